import ReluCore
import ReluTerminal

/// The start-up file: `$XDG_CONFIG_HOME/relulab/init.relu`, else
/// `~/.config/relulab/init.relu`, run before anything else in every mode
/// (batch, the plain prompt, the lab, a lesson) unless `--no-init` is given.
///
/// Its commands run as a script's (its writes follow ``WriteRules`` for
/// scripts), each whatever the others did: a failing one is reported with
/// its path, line, column and caret and skipped, and relulab goes on. Its
/// results are not printed. A missing file is silent; an unreadable one is
/// a one-line note. `quit` in it ends the file, not relulab. Before a
/// session a person works in (the lab, the prompt, a lesson), Ctrl-C stops
/// the file's running command and the rest of the file, and says so;
/// before batch work it ends relulab, as it would the batch.
struct StartupFile {
  /// The file's path.
  let path: String

  /// The start-up file for an environment, or nil when neither
  /// `XDG_CONFIG_HOME` nor `HOME` is an absolute path.
  init?(environment: [String: String]) {
    if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
      path = Self.join(config, "relulab/init.relu")
    } else if let home = environment["HOME"], home.hasPrefix("/") {
      path = Self.join(home, ".config/relulab/init.relu")
    } else {
      return nil
    }
  }

  /// The start-up file for this process's environment.
  static var current: StartupFile? {
    var variables: [String: String] = [:]
    for name in ["XDG_CONFIG_HOME", "HOME"] { variables[name] = Platform.environment(name) }
    return StartupFile(environment: variables)
  }

  private static func join(_ folder: String, _ name: String) -> String {
    folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }

  /// Runs the file's commands in `interpreter`; with `interruptible`,
  /// Ctrl-C stops them (and is not caught after).
  /// - Returns: What to tell the person, a line each: every failure as a
  ///   script's error (`FILE:LINE:COLUMN: error: ...`, the line, the caret),
  ///   then a note that relulab goes on (or that Ctrl-C stopped the file);
  ///   or the note that the file cannot be read; nothing when it is missing
  ///   or every command succeeded.
  func run(in interpreter: inout Interpreter, interruptible: Bool = false) -> [String] {
    let file: ScriptFile
    do {
      file = try interpreter.fileSystem.read(path: path)
    } catch {
      // Missing: silent. Anything else (a folder not readable, a file too
      // large, not text) is said.
      if error.reason == .system(Platform.ErrorNumber.noSuchFile) { return [] }
      let reason = VisibleText.escaped(error.words(interpreter.language))
      return [CommandLineMessage.startupFileUnread(reason).words(interpreter.language)]
    }
    var lines: [String] = []
    var failures = 0
    var stopped = false
    let cancellation = interpreter.cancellation
    let interrupt = [Platform.Signal.interrupt]
    if interruptible {
      LabSignals.install(interrupt)
      LabSignals.beginWork()
      interpreter.cancellation = .interrupt
    }
    interpreter.run(script: file, path: path, keepGoing: true) { event in
      if case .failure(let diagnostic) = event {
        failures += 1
        lines += TextReport.lines(for: diagnostic).map(\.text)
      }
      // A Ctrl-C between two commands stops the file as well as one in a
      // long command.
      if interruptible, Cancellation.interrupt.isRequested {
        stopped = true
        return .stop
      }
      return .proceed
    }
    if interruptible {
      LabSignals.uninstall(interrupt)
      interpreter.cancellation = cancellation
      Cancellation.interrupt.clear()
    }
    if stopped {
      lines.append(
        CommandLineMessage.startupFileStopped(VisibleText.escaped(path))
          .words(interpreter.language))
    } else if failures > 0 {
      let shown = VisibleText.escaped(path)
      lines.append(
        CommandLineMessage.startupFileFailed(shown, errors: failures)
          .words(interpreter.language))
    }
    return lines
  }
}
