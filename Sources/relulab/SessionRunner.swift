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
