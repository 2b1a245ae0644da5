import ReluCore

/// What a key does at a lesson's pause.
enum LessonPauseAnswer: Equatable {
  /// Space or Enter: on to the next pause.
  case next
  /// `b`: back to the previous pause.
  case back
  /// `q`, Esc or Ctrl-C: leave the lesson, staying in the lab as it is.
  case leave
  /// Ctrl-D or the end of input: leave the lab.
  case exit
}

extension LabLoop {
  /// Plays `source` as a lesson: its commands echoed, waiting at each pause,
  /// where `b` goes back to the previous pause by replaying the lesson from
  /// its start (see ``LessonPlayer``), so the plot, settings and output pane
  /// show the session as it was there.
  func playLesson(_ source: Source) {
    let player = LessonPlayer(source: source, start: interpreter)
    let logBefore = log
    var target = 1
    while exitStatus == nil {
      let frame = player.play(toPause: target)
      interpreter = frame.interpreter
      log = logBefore
      log.append(frame.events.flatMap(logLines))
      guard let pause = frame.pause else {
        if frame.summary.quit {
          exitStatus = 0
        } else if frame.summary.failures > 0 {
          log.append("the lesson stopped at the error", role: .note)
        } else {
          log.append("end of \(VisibleText.escaped(source.name))", role: .note)
        }
        return
      }
      banner = Self.pauseBanner(pause, of: player.pauseCount)
      let answer = waitAtLessonPause(canGoBack: pause > 1)
      banner = nil
      switch answer {
      case .next: target = pause + 1
      case .back: target = pause - 1
      case .leave:
        let place = "pause \(pause) of \(player.pauseCount)"
        return log.append(
          "(left the lesson at \(place); the session stays as it is there)", role: .note)
      case .exit:
        exitStatus = 0
        return
      }
    }
  }

  /// The status line while a lesson waits: where it is, and the keys.
  static func pauseBanner(_ pause: Int, of count: Int) -> String {
    "paused at \(pause) of \(count): Space/Enter go on, b back, q leave the lesson"
  }

  /// What a key at a lesson's pause does, or nil for a key that does nothing there.
  static func lessonPauseAnswer(for key: Key) -> LessonPauseAnswer? {
    switch key {
    case .character(" "), .enter: .next
    case .character("b"), .character("B"): .back
    case .character("q"), .character("Q"), .escape, .control("c"): .leave
    case .control("d"): .exit
    default: nil
    }
  }

  /// Waits for a key that answers the pause; PgUp and PgDn scroll meanwhile.
  private func waitAtLessonPause(canGoBack: Bool) -> LessonPauseAnswer {
    while true {
      render()
      switch terminal.read(timeoutMilliseconds: 1000) {
      case .timeout, .key(.resize), .paste: continue
      case .endOfInput: return .exit
      case .signal(let number):
        handleSignal(number)
        return exitStatus == nil ? .leave : .exit
      case .key(let key):
        if let answer = Self.lessonPauseAnswer(for: key) {
          if answer == .back, !canGoBack {
            terminal.bell()  // already at the first pause
            continue
          }
          return answer
        }
        if key == .pageUp || key == .pageDown {
          perform(key == .pageUp ? .scrollUp : .scrollDown)
        }
      }
    }
  }

  /// The output pane's lines for one event of a played lesson.
  private func logLines(_ event: InterpreterEvent) -> [OutputLog.Line] {
    switch event {
    case .echo(let text): [OutputLog.Line(LabRenderer.prompt + text, role: .echo)]
    case .output(let output, let context):
      TextReport.lines(for: output, digits: context.digits).compactMap(line)
    case .note(let text): [OutputLog.Line(text, role: .note)]
    case .failure(let diagnostic): TextReport.lines(for: diagnostic).compactMap(line)
    }
  }
}
