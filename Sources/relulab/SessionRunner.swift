import ReluCore
import ReluTerminal

/// Runs sources one after another over one session and prints their events,
/// with one rule for when to stop: at `quit`, or at the first failure unless
/// `keepGoing`.
///
/// Batch mode, pipes and the plain prompt all go through it.
struct SessionRunner {
  var interpreter: Interpreter
  var printer: ResultPrinter
  let keepGoing: Bool
  /// Called on `pause` with its text and the session's language; nil
  /// ignores it (batch mode without --step).
  var onPause: ((String, InterfaceLanguage) -> Void)?
  /// Whether any command failed.
  private(set) var failed = false

  init(interpreter: Interpreter, printer: ResultPrinter, keepGoing: Bool) {
    self.interpreter = interpreter
    self.printer = printer
    self.keepGoing = keepGoing
  }

  /// Runs commands; returns whether the session goes on.
  ///
  /// With `echo`, each command is shown before its output, as a lesson does.
  mutating func run(_ source: Source, echo: Bool = false) -> Bool {
    printer.language = interpreter.language
    let summary = interpreter.run(source, keepGoing: keepGoing, echo: echo, onEvent: handle)
    return record(summary)
  }

  /// Runs a script file named on the command line; returns whether the session goes on.
  mutating func run(script: ScriptFile, path: String) -> Bool {
    printer.language = interpreter.language
    let summary = interpreter.run(script: script, path: path, keepGoing: keepGoing, onEvent: handle)
    return record(summary)
  }

  /// Reports an error found before the interpreter saw the text (a line too
  /// long to read) as a failed command; returns whether the session goes on.
  mutating func report(_ error: CommandError, in source: Source) -> Bool {
    printer.print(.failure(Diagnostic(error, in: source, language: interpreter.language)))
    failed = true
    return keepGoing
  }

  /// What a person answers at a `--step` lesson's pause.
  enum StepAnswer: Equatable {
    /// Enter (or the end of standard input): on to the next pause.
    case next
    /// `b`: back to the previous pause.
    case back
    /// `q`: leave the lesson.
    case quit

    /// The answer a line typed at the pause gives.
    init(line: String?) {
      let word = line.map { String($0.filter { !$0.isWhitespace }).lowercased() } ?? ""
      switch word {
      case "b", "back": self = .back
      case "q", "quit": self = .quit
      default: self = .next
      }
    }
  }

  /// Runs a lesson, asking at each `pause` how to go on; returns whether the
  /// session goes on.
  ///
  /// `answer` gets the pause's number, from 1: on, back to the previous
  /// pause, or out of the lesson, as the lab's keys do.
  ///
  /// Going back replays the lesson from its start (one seed for its
  /// unseeded draws, and no file written twice, as ``LessonPlayer`` does)
  /// without printing, up to the pause before the one wanted, then prints
  /// what was said from there to it and asks again.
  mutating func runStepping(
    _ source: Source, answer: (Int) -> StepAnswer, steppedBack: (Int) -> Void
  ) -> Bool {
    printer.language = interpreter.language
    // The pauses are answered here, not by onPause.
    let onPause = self.onPause
    self.onPause = nil
    defer { self.onPause = onPause }
    let start = interpreter
    var system = SystemRandomNumberGenerator()
    let seed: UInt64 = system.next()
    var writesMade = 0
    // Events are printed once the run has passed this many pauses.
    var shownFrom = 0
    while true {
      var session = start
      session.beginReplay(LessonReplay(seed: seed, writesMade: writesMade))
      var reached = 0
      var wanted: StepAnswer = .next
      let summary = session.run(source, keepGoing: keepGoing, echo: true) { event in
        guard reached >= shownFrom else {
          if case .output(.pause, _) = event { reached += 1 }
          return .proceed
        }
        _ = handle(event)
        guard case .output(.pause, _) = event else { return .proceed }
        reached += 1
        wanted = answer(reached)
        switch wanted {
        case .next: return .proceed
        case .quit: return .stop
        case .back:
          shownFrom = max(reached - 2, 0)
          return .stop
        }
      }
      writesMade = max(writesMade, session.replay?.writesMade ?? 0)
      if wanted == .back {
        steppedBack(shownFrom + 1)
        continue
      }
      session.endReplay()
      interpreter = session
      return record(summary) && wanted != .quit
    }
  }

  private func handle(_ event: InterpreterEvent) -> InterpreterFlow {
    printer.print(event)
    StandardStreams.resultDone()
    // SIGTERM, SIGHUP, SIGQUIT (and SIGINT in batch mode) stopped the
    // command: the results so far are written, then the program ends.
    if let signal = LabSignals.endingSignal { StandardStreams.exit(signal: signal) }
    if case .output(.pause(let text), let context) = event {
      StandardStreams.flush()
      onPause?(text, context.language)
    }
    return .proceed
  }

  private mutating func record(_ summary: RunSummary) -> Bool {
    if summary.failures > 0 { failed = true }
    return !summary.quit && (keepGoing || summary.failures == 0)
  }
}
