import ReluCore

/// How the lab looks and where it keeps its history.
package struct LabOptions: Sendable {
  /// No colours even when the terminal has them (`--no-color`; `NO_COLOR` in
  /// the environment does the same).
  package var noColor: Bool
  /// Bold everywhere and nothing dim, for projectors (`--high-contrast`).
  package var highContrast: Bool
  /// Where the input history is kept, or nil for none.
  package var historyFile: HistoryFile?
  /// Notes shown under the greeting (the lessons' language fell back).
  package var notes: [String]

  package init(
    noColor: Bool = false, highContrast: Bool = false,
    historyFile: HistoryFile? = Lab.defaultHistoryFile, notes: [String] = []
  ) {
    self.noColor = noColor
    self.highContrast = highContrast
    self.historyFile = historyFile
    self.notes = notes
  }
}

/// The full-screen lab: what the `relulab` executable calls.
package enum Lab {
  /// Whether the lab can run here.
  ///
  /// It can when standard input and output are terminals and `TERM` is set
  /// and not `dumb`; otherwise use the plain line-by-line prompt.
  package static func canStart() -> Bool {
    guard Platform.isTerminal(Platform.standardInput), Platform.isTerminal(Platform.standardOutput),
      let term = Platform.environment("TERM"), !term.isEmpty, term != "dumb"
    else { return false }
    return true
  }

  /// Runs the lab until the person quits, then restores the terminal.
  ///
  /// The startup scripts run first (as `relulab -i FILE`), stopping at their
  /// first error; a `pause` in them waits for a key with a visible prompt, and
  /// `quit` in them leaves the lab.
  /// - Parameters:
  ///   - interpreter: The session; it holds the lab's state when this returns.
  ///   - startupScripts: Scripts to run before the prompt.
  ///   - options: Colours and history.
  /// - Returns: The exit status (0, or 128 + the signal that ended the lab), or
  ///   nil when ncurses could not start: fall back to the plain prompt.
  package static func run(
    interpreter: inout Interpreter, startupScripts: [Source] = [],
    options: LabOptions = LabOptions()
  ) -> Int32? {
    let noColor = options.noColor || !(Platform.environment("NO_COLOR") ?? "").isEmpty
    guard let terminal = CursesTerminal.start(color: !noColor, highContrast: options.highContrast)
    else { return nil }
    LabSignals.install()
    defer {
      terminal.stop()
      LabSignals.uninstall()
    }
    interpreter.cancellation = .interrupt
    let history = History(entries: options.historyFile?.load() ?? [])
    let loop = LabLoop(
      terminal: terminal, interpreter: interpreter, history: history, file: options.historyFile)
    loop.startupNotes += options.notes
    let status = loop.run(startupScripts: startupScripts)
    interpreter = loop.interpreter
    return status
  }

  /// Whether the lab shows Unicode here.
  ///
  /// It does when the locale is UTF-8, or when C.UTF-8's character set could
  /// be taken. The first use adopts the locale.
  package static var showsUnicode: Bool { CursesTerminal.showsUnicode }

  /// Said at start-up when no UTF-8 locale could be had.
  static var asciiOnlyNote: String {
    var name = "C"
    for variable in ["LC_ALL", "LC_CTYPE", "LANG"] {
      if let value = Platform.environment(variable), !value.isEmpty {
        name = value
        break
      }
    }
    return LabMessage.asciiOnly(locale: VisibleText.escaped(name)).words.en
  }

  /// The history file for this user's environment.
  package static var defaultHistoryFile: HistoryFile? {
    var variables: [String: String] = [:]
    for name in ["XDG_STATE_HOME", "HOME"] { variables[name] = Platform.environment(name) }
    return HistoryFile(environment: variables)
  }
}
