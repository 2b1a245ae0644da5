/// A lesson as the lab plays it: the session at each of its pauses, rebuilt
/// on demand by replaying the script from its start.
///
/// The interpreter is a value, so the session before the lesson is kept as it
/// was, and "back to pause 2" is "run a copy of it up to pause 2": settings,
/// plot, decay and the output the lesson printed all come out as they were
/// there, with no undo log to keep in step. A replay costs the commands up to
/// that pause, which for a lesson is a few milliseconds.
package struct LessonPlayer: Sendable {
  /// The script: a shipped lesson, or a file given to `relulab -i`.
  package let source: Source
  /// The session as it was before the lesson began.
  package let start: Interpreter
  /// How many pauses a run of the whole lesson passes.
  package let pauseCount: Int
  /// The script parsed once.
  private let parsed: [Result<Statement, CommandError>]
  /// The index in ``parsed`` of each pause, when every pause of a run is one
  /// of the script's own statements (it loads no script and plays no lesson,
  /// and parses whole); nil otherwise, and every play replays from the start.
  private let pauseStatements: [Int]?

  package init(source: Source, start: Interpreter) {
    self.source = source
    self.start = start
    parsed = Parser.parse(source)
    var statements: [Statement] = []
    for item in parsed {
      guard case .success(let statement) = item else { break }
      statements.append(statement)
    }
    let standsAlone =
      statements.count == parsed.count
      && !statements.contains {
        switch $0.command {
        case .load, .lesson(.some): true
        default: false
        }
      }
    pauseStatements =
      standsAlone
      ? statements.indices.filter {
        if case .pause = statements[$0].command { return true }
        return false
      } : nil
    // A trial run counts the pauses a run passes: an error or `quit` ends it
    // before the script's last pause.
    var pauses = 0
    var copy = start.unrecorded  // a trial run writes no recording
    copy.run(source, parsed: parsed, echo: true) { event in
      if case .output(.pause, _) = event { pauses += 1 }
      return .proceed
    }
    pauseCount = pauses
  }

  /// The lesson played from its start up to pause `target` (numbered from
  /// 1), or to its end when it has fewer pauses, stops at an error or quits.
  /// - Complexity: O(the commands up to that pause).
  package func play(toPause target: Int) -> LessonFrame {
    play(parsed, from: LessonFrame(interpreter: start, events: []), toPause: target)
  }

  /// The lesson played on from `frame`, where it waits at a pause, to a
  /// later pause `target`.
  ///
  /// The same frame as ``play(toPause:)`` gives, without running again what
  /// ran before `frame`; from the start when the script's pauses are not all
  /// its own statements.
  /// - Complexity: O(the commands between the two pauses).
  package func play(from frame: LessonFrame, toPause target: Int) -> LessonFrame {
    guard let pauseStatements, let at = frame.pause, at < target, at <= pauseStatements.count,
      !frame.summary.quit, frame.summary.failures == 0
    else { return play(toPause: target) }
    return play(Array(parsed[(pauseStatements[at - 1] + 1)...]), from: frame, toPause: target)
  }

  /// Runs `statements` from `frame`'s session on to pause `target`.
  private func play(
    _ statements: [Result<Statement, CommandError>], from frame: LessonFrame, toPause target: Int
  ) -> LessonFrame {
    var interpreter = frame.interpreter
    var events = frame.events
    var reached = frame.pause ?? 0
    var text: String?
    let summary = interpreter.run(source, parsed: statements, echo: true) { event in
      events.append(event)
      guard case .output(.pause(let said), _) = event else { return .proceed }
      reached += 1
      guard reached == target else { return .proceed }
      text = said
      return .stop
    }
    return LessonFrame(
      interpreter: interpreter, events: events, pause: text == nil ? nil : target,
      pauseText: text ?? "", summary: summary)
  }
}

/// Where a played lesson stands: at one of its pauses, or at its end.
package struct LessonFrame: Sendable {
  /// The session there.
  package var interpreter: Interpreter
  /// Everything the lesson reported on the way, echoes included.
  package var events: [InterpreterEvent]
  /// The pause it waits at, from 1; nil when the lesson is over.
  package var pause: Int?
  /// That pause's text.
  package var pauseText: String
  /// How the run ended: `quit` or a failure end the lesson early.
  package var summary: RunSummary

  package init(
    interpreter: Interpreter, events: [InterpreterEvent], pause: Int? = nil,
    pauseText: String = "", summary: RunSummary = RunSummary()
  ) {
    self.interpreter = interpreter
    self.events = events
    self.pause = pause
    self.pauseText = pauseText
    self.summary = summary
  }
}
