/// A lesson as the lab plays it: the session at each of its pauses, rebuilt
/// on demand by replaying the script.
///
/// The interpreter is a value, so the session before the lesson is kept as it
/// was, and "back to pause 2" is "run a copy of it up to pause 2": settings,
/// plot, decay and the output the lesson printed all come out as they were
/// there, with no undo log to keep in step. Going on from a pause runs only
/// the commands after it.
///
/// Replays are faithful (``LessonReplay``): a lesson's unseeded draws
/// (`feed random N`, `net` without a seed) come from one seed drawn when
/// the player is made, so every run draws the same values; and a file
/// written once (`export`, `record`) is not written again by a replay.
///
/// A frame keeps the lesson's output as text (``LessonTranscript``), bounded
/// like the output pane, not the results themselves.
package struct LessonPlayer: Sendable {
  /// The script: a shipped lesson, or a file given to `relulab -i`.
  package let source: Source
  /// The session as it was before the lesson began.
  package let start: Interpreter
  /// How many pauses a run of the whole lesson passes.
  package let pauseCount: Int
  /// The lesson at its first pause (or its end when it has none): the run
  /// the player made to count the pauses got there first.
  package let first: LessonFrame
  /// The seed of the lesson's unseeded draws.
  private let seed: UInt64
  /// The script parsed once.
  private let parsed: [Result<Statement, CommandError>]
  /// The index in ``parsed`` of each pause, when every pause of a run is one
  /// of the script's own statements (it loads no script and plays no lesson,
  /// and parses whole); nil otherwise, and every play replays from the start.
  private let pauseStatements: [Int]?

  /// The player of `source` from the session `start`.
  ///
  /// - Parameters:
  ///   - source: The script.
  ///   - start: The session before the lesson.
  ///   - seed: The seed of the lesson's unseeded draws; a new one from the
  ///     system when nil.
  package init(source: Source, start: Interpreter, seed: UInt64? = nil) {
    self.source = source
    self.start = start
    var system = SystemRandomNumberGenerator()
    let seed = seed ?? system.next()
    self.seed = seed
    let parsed = Parser.parse(source)
    self.parsed = parsed
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
    let pauseStatements =
      standsAlone
      ? statements.indices.filter {
        if case .pause = statements[$0].command { return true }
        return false
      } : nil
    self.pauseStatements = pauseStatements
    // The first pause, for real: its writes are made.
    var started = start
    started.beginReplay(LessonReplay(seed: seed))
    let first = Self.play(
      parsed, of: source, from: LessonFrame(interpreter: started), toPause: 1)
    self.first = first
    // Then on to the end, writing nothing and keeping no output, to count the
    // pauses a run passes: an error or `quit` ends it before the script's
    // last pause. From the start when it cannot go on from the first pause.
    guard first.pause != nil else {
      pauseCount = 0
      return
    }
    var pauses = 1
    var counting = first.interpreter
    var rest = parsed[...]
    if let pauseStatements, !pauseStatements.isEmpty {
      rest = parsed[(pauseStatements[0] + 1)...]
    } else {
      pauses = 0
      counting = started
    }
    counting.beginReplay(counting.replay?.writingNothing)
    counting.run(source, parsed: Array(rest), echo: true) { event in
      if case .output(.pause, _) = event { pauses += 1 }
      return .proceed
    }
    pauseCount = pauses
  }

  /// The lesson played from its start up to pause `target` (numbered from
  /// 1), or to its end when it has fewer pauses, stops at an error or quits.
  /// - Parameters:
  ///   - target: The pause, from 1.
  ///   - writesMade: The file writes of a run made already (by the frames
  ///     played before): the replay does not make them again.
  /// - Returns: The lesson there.
  /// - Complexity: O(the commands up to that pause).
  package func play(toPause target: Int, writesMade: Int = 0) -> LessonFrame {
    var started = start
    let made = max(writesMade, first.interpreter.replay?.writesMade ?? 0)
    started.beginReplay(LessonReplay(seed: seed, writesMade: made))
    return Self.play(parsed, of: source, from: LessonFrame(interpreter: started), toPause: target)
  }

  /// The lesson played on from `frame`, where it waits at a pause, to pause
  /// `target`: on from there when `target` is later, else (or when the
  /// script's pauses are not all its own statements) a replay from the start
  /// that makes none of the writes the runs up to `frame` made.
  ///
  /// The same frame as ``play(toPause:writesMade:)`` gives, without running
  /// again what ran before `frame`.
  /// - Complexity: O(the commands between the two pauses) going on.
  package func play(from frame: LessonFrame, toPause target: Int) -> LessonFrame {
    guard let pauseStatements, let at = frame.pause, at < target, at <= pauseStatements.count,
      !frame.summary.quit, frame.summary.failures == 0
    else {
      return play(toPause: target, writesMade: frame.interpreter.replay?.writesMade ?? 0)
    }
    return Self.play(
      Array(parsed[(pauseStatements[at - 1] + 1)...]), of: source, from: frame, toPause: target)
  }

  /// Runs `statements` of `source` from `frame`'s session on to pause `target`.
  private static func play(
    _ statements: [Result<Statement, CommandError>], of source: Source, from frame: LessonFrame,
    toPause target: Int
  ) -> LessonFrame {
    var interpreter = frame.interpreter
    var transcript = frame.transcript
    var reached = frame.pause ?? 0
    var text: String?
    let summary = interpreter.run(source, parsed: statements, echo: true) { event in
      transcript.append(event)
      guard case .output(.pause(let said), _) = event else { return .proceed }
      reached += 1
      guard reached == target else { return .proceed }
      text = said
      return .stop
    }
    return LessonFrame(
      interpreter: interpreter, transcript: transcript, pause: text == nil ? nil : target,
      pauseText: text ?? "", summary: summary)
  }
}

/// Where a played lesson stands: at one of its pauses, or at its end.
package struct LessonFrame: Sendable {
  /// The session there (its ``Interpreter/replay`` set: the lab ends it
  /// when the lesson is over or left).
  package var interpreter: Interpreter
  /// What the lesson reported on the way, echoes included, as text.
  package var transcript: LessonTranscript
  /// The pause it waits at, from 1; nil when the lesson is over.
  package var pause: Int?
  /// That pause's text.
  package var pauseText: String
  /// How the run ended: `quit` or a failure end the lesson early.
  package var summary: RunSummary

  package init(
    interpreter: Interpreter, transcript: LessonTranscript = LessonTranscript(),
    pause: Int? = nil, pauseText: String = "", summary: RunSummary = RunSummary()
  ) {
    self.interpreter = interpreter
    self.transcript = transcript
    self.pause = pause
    self.pauseText = pauseText
    self.summary = summary
  }
}
