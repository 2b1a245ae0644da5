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
  /// show the session as it was there: the same draws, and no file written
  /// again.
  ///
  /// At a pause the words said since the previous one stay in a box above
  /// the output pane (``LessonNarration``); the box goes when the lesson ends
  /// or is left.
  func playLesson(_ source: Source) {
    let player = working { LessonPlayer(source: source, start: interpreter) }
    let logBefore = log
    var target = 1
    var last: LessonFrame?
    defer {
      narration = nil
      interpreter.endReplay()  // the session draws and writes as usual again
    }
    while exitStatus == nil {
      // On to the next pause from where the lesson stands; back by a replay.
      let frame = working {
        last.map { player.play(from: $0, toPause: target) } ?? player.first
      }
      last = frame
      interpreter = frame.interpreter
      log = logBefore
      log.append(Self.shownInLab(frame.transcript.entries).flatMap(logLines))
      narration = frame.pause.map { _ in
        Self.narration(of: frame, named: source.name, before: logBefore, lines: logLines)
      }
      guard let pause = frame.pause else {
        if frame.summary.quit {
          exitStatus = 0
        } else if frame.summary.failures > 0 {
          note(.lessonStoppedAtError)
        } else {
          note(.lessonEnded(name: VisibleText.escaped(source.name)))
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
        return note(.lessonLeft(pause: pause, count: player.pauseCount))
      case .exit:
        exitStatus = 0
        return
      }
    }
  }

  /// The status line while a lesson waits: where it is, and the keys.
  static func pauseBanner(_ pause: Int, of count: Int) -> LabMessage {
    .lessonPaused(pause: pause, count: count)
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

  /// The box of words at `frame`'s pause, holding the output pane without
  /// them: the log before the lesson, then the lesson's lines to the
  /// previous pause whole, then since it all but the words.
  private static func narration(
    of frame: LessonFrame, named name: String, before: OutputLog,
    lines: (LessonTranscript.Entry) -> [OutputLog.Line]
  ) -> LessonNarration {
    let entries = frame.transcript.entries
    // Just after the previous pause: the frame ends at its own pause, the
    // last entry (older entries may have gone, past the transcript's bounds).
    let ownPause = entries.lastIndex { $0.isPause } ?? entries.endIndex
    let cut = entries[..<ownPause].lastIndex { $0.isPause }.map { $0 + 1 } ?? entries.startIndex
    let title = frame.interpreter.title ?? name
    var words: [OutputLog.Line] = []
    var output = before
    output.append(shownInLab(entries[..<cut]).flatMap(lines))
    for entry in shownInLab(entries[cut...]) {
      guard case .words(let said) = entry, let line = word(said, title: title) else {
        output.append(lines(entry))
        continue
      }
      if let line = line { words.append(line) }
    }
    return LessonNarration(
      title: VisibleText.escaped(title), lines: words, output: output)
  }

  /// The box's line for a lesson's words: nil for other output, and
  /// `.some(nil)` for a word the box shows otherwise (an empty pause, the
  /// title the box has as its own).
  private static func word(_ output: CommandOutput, title: String) -> OutputLog.Line?? {
    switch output {
    case .say(let text): .some(OutputLog.Line(VisibleText.escaped(text), role: .say))
    case .pause(let text):
      .some(text.isEmpty ? nil : OutputLog.Line(VisibleText.escaped(text), role: .say))
    case .title(let text):
      .some(text == title ? nil : OutputLog.Line(VisibleText.escaped(text), role: .heading))
    default: nil
    }
  }

  /// A played lesson's entries as the lab's output pane shows them: all but
  /// a bare `view` and its echo.
  ///
  /// A lesson says `view` where its words point at a picture, so batch and
  /// `--plain` print the picture there; in the lab the plot pane shows it
  /// already, and the echo with its "on screen:" line would only crowd the
  /// output. A bare `view` is told by its output (`switched` false: it
  /// changed nothing); `view NAME`, which switches, is shown as usual.
  static func shownInLab(_ entries: ArraySlice<LessonTranscript.Entry>) -> [LessonTranscript.Entry]
  {
    var shown: [LessonTranscript.Entry] = []
    var index = entries.startIndex
    while index < entries.endIndex {
      let next = entries.index(after: index)
      if case .echo = entries[index], next < entries.endIndex,
        case .bareView = entries[next]
      {
        index = entries.index(after: next)
        continue
      }
      shown.append(entries[index])
      index = next
    }
    return shown
  }

  /// The narration box's rows of words at `width` (LabLayout asks).
  func narrationRows(_ width: Int) -> Int {
    narration?.rows(width: width).count ?? 0
  }

  /// Wraps the output pane's lines for `layout` before a frame.
  func wrapOutput(for layout: LabLayout) {
    if narration != nil, !layout.narration.isEmpty {
      narration?.output.wrap(width: layout.output.width, height: layout.output.height)
    } else {
      log.wrap(width: layout.output.width, height: layout.output.height)
    }
  }

  /// What the output pane shows: while the narration box is on screen, the
  /// log without its words; else the log.
  func shownOutput(in layout: LabLayout) -> OutputLog {
    guard let narration, !layout.narration.isEmpty else { return log }
    return narration.output
  }

  /// PgUp or PgDn at a pause.
  ///
  /// With the box on screen, PgUp shows the box's
  /// earlier words first, then scrolls the output pane; PgDn brings the
  /// output pane back to the newest first, then the box to the pause.
  private func scrollAtPause(up: Bool) {
    let size = terminal.size
    let layout = LabLayout(width: size.width, height: size.height, narrationRows: narrationRows)
    guard var box = narration, !layout.narration.isEmpty else {
      return perform(up ? .scrollUp : .scrollDown)
    }
    let text = (width: layout.narration.width - 2, height: layout.narration.height - 1)
    let pane = layout.output
    let page = max(1, pane.height - 1)
    let shown = box.visibleRows(width: text.width, height: text.height)
    if up, shown.earlier {
      box.scroll(by: max(1, text.height - 1), width: text.width, height: text.height)
    } else if up {
      box.output.scroll(by: page, width: pane.width, height: pane.height)
    } else if box.output.isScrolledBack {
      box.output.scroll(by: -page, width: pane.width, height: pane.height)
    } else {
      box.scroll(by: -max(1, text.height - 1), width: text.width, height: text.height)
    }
    narration = box
  }

  /// Waits for a key that answers the pause; PgUp and PgDn scroll meanwhile.
  private func waitAtLessonPause(canGoBack: Bool) -> LessonPauseAnswer {
    while true {
      render()
      switch terminal.read(timeoutMilliseconds: 1000) {
      case .timeout, .key(.resize), .paste: continue
      case .endOfInput: return .exit
      case .signal(let number)
      where number == Platform.Signal.terminalStop || number == Platform.Signal.continue:
        handleSignal(number)  // stopped and continued: still paused
      case .signal(let number):
        handleSignal(number)
        return exitStatus == nil ? .leave : .exit
      case .key(.control("z")):
        terminal.suspend()
      case .key(let key):
        if let answer = Self.lessonPauseAnswer(for: key) {
          if answer == .back, !canGoBack {
            terminal.bell()  // already at the first pause
            continue
          }
          return answer
        }
        if key == .pageUp || key == .pageDown { scrollAtPause(up: key == .pageUp) }
      }
    }
  }

  /// The output pane's lines for one entry of a played lesson.
  private func logLines(_ entry: LessonTranscript.Entry) -> [OutputLog.Line] {
    switch entry {
    case .echo(let text): [OutputLog.Line(LabRenderer.prompt + text, role: .echo)]
    case .words(let output): TextReport.lines(for: output).compactMap(line)
    case .bareView(let lines), .lines(let lines): lines.compactMap(line)
    }
  }
}
