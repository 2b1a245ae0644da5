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

  package init(source: Source, start: Interpreter) {
    self.source = source
    self.start = start
    var pauses = 0
    var copy = start.unrecorded  // a trial run writes no recording
    copy.run(source, echo: true) { event in
      if case .output(.pause, _) = event { pauses += 1 }
      return .proceed
    }
    pauseCount = pauses
  }

  /// The lesson played from its start up to pause `target` (numbered from
  /// 1), or to its end when it has fewer pauses, stops at an error or quits.
  /// - Complexity: O(the commands up to that pause).
  package func play(toPause target: Int) -> LessonFrame {
    var interpreter = start
    var events: [InterpreterEvent] = []
    var reached = 0
    var text: String?
    let summary = interpreter.run(source, echo: true) { event in
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
}
