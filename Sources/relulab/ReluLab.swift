import ArgumentParser
import ReluCore
import ReluTerminal

struct ReluLab: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "relulab",
    abstract: "An interactive terminal lab for the ReLU and Leaky ReLU activation functions.",
    discussion: """
      With no arguments in a terminal, relulab opens the lab: a full-screen plot, an output \
      pane and a command line (F1 lists the keys). With --plain, or when the terminal cannot \
      host it (TERM unset or dumb), it opens a line-by-line prompt instead, which edits its \
      line as the lab does (history, Ctrl-R, Tab) when standard input and output are \
      terminals. Script files, -e \
      commands, or commands piped to standard input run in batch mode, in the order given: \
      results go to standard output, errors to standard error as FILE:LINE:COLUMN: error: MESSAGE.

      Before anything else, in every mode, relulab runs the start-up file \
      $XDG_CONFIG_HOME/relulab/init.relu (default ~/.config/relulab/init.relu), unless --no-init \
      is given: its commands set the session up (set, use, plot...) and print nothing; a \
      failing one is reported as FILE:LINE:COLUMN: error: MESSAGE with its line and a caret, is \
      skipped, and relulab goes on. A missing start-up file is silent; one that cannot be read \
      is a one-line note.

      Exit status: 0 when every command succeeded, 1 when a command failed, 2 for a bad \
      invocation. Type `help` (or run `relulab -e help`) for the command language.
      """,
    version: ReluLabVersion.current
  )

  @Argument(
    help: "Script files to run in order, then exit.",
    completion: .file(extensions: ["relu"]))
  var files: [String] = []

  @Option(
    name: [.customShort("e"), .customLong("execute")],
    help: ArgumentHelp("Run these commands (repeatable).", valueName: "commands"))
  var scriptCommands: [String] = []

  @Flag(help: "Print results as JSON Lines, one object per result.")
  var json = false

  @Flag(help: "Go on after a failing command instead of stopping at the first.")
  var keepGoing = false

  @Flag(help: "Use the line-by-line prompt instead of the full-screen lab.")
  var plain = false

  @Option(
    name: .customShort("i"),
    help: ArgumentHelp("Run this script, then stay in the lab.", valueName: "file"),
    completion: .file(extensions: ["relu"]))
  var startupScript: String?

  @Flag(name: .customLong("no-color"), help: "No colours in the lab (as NO_COLOR does).")
  var noColor = false

  @Option(
    help: ArgumentHelp(
      "Run a lesson that ships with ReluLab, by number or name (`lesson` lists them).",
      valueName: "n"))
  var lesson: String?

  @Option(
    help: ArgumentHelp(
      "The interface's language (messages, help, lessons): en or zh, also zh-CN, zh_CN,"
        + " zh-Hans, cn (default: from LC_ALL, LC_MESSAGES or LANG).",
      valueName: "lang"))
  var lang: String?

  @Flag(help: "In batch mode, wait for Enter at each pause (the lab always waits).")
  var step = false
  @Flag(
    name: .customLong("high-contrast"),
    help: "Bold text and nothing dim in the lab, for projectors.")
  var highContrast = false
  @Flag(
    name: .customLong("no-init"),
    help: ArgumentHelp(
      "Do not run the start-up file, $XDG_CONFIG_HOME/relulab/init.relu"
        + " (default ~/.config/relulab/init.relu)."))
  var noInit = false

  static func main() {
    StandardStreams.ignoreBrokenPipes()
    // Ctrl-\ at the plain prompt quits as a shell's programs do, not as a
    // crash with a backtrace (the lab catches it itself).
    Platform.defaultSignalAction(Platform.Signal.quit)
    do {
      var command = try parseAsRoot()
      guard let lab = command as? ReluLab else {
        try command.run()  // ArgumentParser's own help command: throws its clean exit
        StandardStreams.exit(0)
      }
      StandardStreams.exit(lab.execute())
    } catch {
      // The parser's messages quote the arguments: escaped line by line, so
      // an argument's escape sequences never reach the terminal raw.
      let message = visible(fullMessage(for: error))
      if exitCode(for: error) == .success {
        StandardStreams.out(message + "\n")
        StandardStreams.exit(0)
      }
      StandardStreams.err(message + "\n")
      StandardStreams.exit(2)
    }
  }

  /// `text` with each line's control characters made visible, its line breaks kept.
  static func visible(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { VisibleText.escaped(String($0)) }.joined(separator: "\n")
  }

  func validate() throws {
    if startupScript != nil, !files.isEmpty || !scriptCommands.isEmpty {
      throw ValidationError(CommandLineMessage.startupScriptAlone.words(language))
    }
    if let lang, InterfaceLanguage.named(lang) == nil {
      throw ValidationError(
        CommandLineMessage.unknownLanguage(VisibleText.escaped(lang)).words(language))
    }
    if let lesson {
      guard startupScript == nil, files.isEmpty, scriptCommands.isEmpty else {
        throw ValidationError(CommandLineMessage.lessonAlone.words(language))
      }
      guard LessonCatalog.find(lesson, in: language) != nil else {
        let names = LessonCatalog.lessons(in: language).map { "\($0.number) \($0.name)" }
        throw ValidationError(
          CommandLineMessage.noLesson(lesson, lessons: names).words(language))
      }
    }
  }

  /// --lang, else the locale's.
  var language: InterfaceLanguage {
    if let lang, let chosen = InterfaceLanguage.named(lang) { return chosen.language }
    return Self.localeLanguage
  }

  /// The note the language asked for brings (Traditional Chinese, by --lang
  /// or the locale, gets the Simplified text and a line saying so).
  var languageTagNote: Words? {
    if let lang { return InterfaceLanguage.named(lang)?.note }
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let value = Platform.environment(name), !value.isEmpty else { continue }
      return InterfaceLanguage.named(value)?.note
    }
    return nil
  }

  /// The language the locale asks for.
  static var localeLanguage: InterfaceLanguage {
    var environment: [String: String] = [:]
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] { environment[name] = Platform.environment(name) }
    return InterfaceLanguage.from(environment: environment)
  }

  /// Runs the chosen mode and returns the exit status.
  func execute() -> Int32 {
    // Printed plots fill the terminal's width when standard output is one.
    var plotSize = PlotSize.standard
    if let columns = StandardStreams.terminalColumns(), !json,
      let fitted = try? PlotSize(
        width: min(columns, PlotSize.maximum.width), height: plotSize.height)
    {
      plotSize = fitted
    }
    var interpreter = Interpreter(plotSize: plotSize)
    let opensLab =
      files.isEmpty && scriptCommands.isEmpty && !plain && !json && !(lesson != nil && step)
      && Lab.canStart()
    // The lab shows Chinese only in a UTF-8 locale (or C.UTF-8's character
    // set); otherwise its lessons are in English, and it says so.
    let (language, languageNote) = language.shown(unicode: !opensLab || Lab.showsUnicode)
    interpreter.language = language
    StandardStreams.language = language
    // What the front end says about the language: the Traditional note in the
    // language shown; the no-UTF-8 note in both (stderr, the plain prompt),
    // or in English in the lab, which cannot draw the Chinese half.
    let tagNotes = languageTagNote.map { [$0(language)] } ?? []
    // The start-up file runs first, in every mode; what it says goes to the
    // lab's output pane, or to standard error.
    let interactive = Platform.isTerminal(Platform.standardInput)
    // Before a session a person works in, Ctrl-C stops the file, not relulab.
    let interruptible = opensLab || (interactive && files.isEmpty && scriptCommands.isEmpty)
    let startupFileLines =
      noInit ? [] : StartupFile.current?.run(in: &interpreter, interruptible: interruptible) ?? []
    let printer = ResultPrinter(json: json)
    var startup = lesson.flatMap {
      (LessonCatalog.find($0, in: language) ?? LessonCatalog.find($0, in: self.language))?.source
    }
    if let path = startupScript {
      do {
        let file = try interpreter.fileSystem.read(path: path)
        startup = Source(name: path, bytes: file.bytes, directory: PathText.directory(of: path))
      } catch {
        printer.printInvocationError(error.description, file: path)
        return 2
      }
    }
    if opensLab,
      let status = Lab.run(
        interpreter: &interpreter, startupScripts: startup.map { [$0] } ?? [],
        options: LabOptions(
          noColor: noColor, highContrast: highContrast,
          notes: tagNotes + (languageNote == nil ? [] : [InterfaceLanguage.asciiNote.en])
            + startupFileLines))
    {
      return status
    }
    for line in startupFileLines { StandardStreams.err(line + "\n") }
    // Prompts, banners and pause lines go to the terminal, not into a file
    // or a JSON stream on standard output.
    if json || !Platform.isTerminal(Platform.standardOutput) {
      StandardStreams.sendPromptsToStandardError()
    }
    let prompting = interactive && files.isEmpty && scriptCommands.isEmpty && lesson == nil
    let notes = tagNotes + (languageNote.map { [$0] } ?? [])
    if !prompting { for note in notes { StandardStreams.err(note + "\n") } }
    installSignals(prompting: prompting)
    interpreter.cancellation = .interrupt
    var runner = SessionRunner(
      interpreter: interpreter, printer: printer,
      keepGoing: keepGoing
        || (interactive && files.isEmpty && scriptCommands.isEmpty && lesson == nil))
    if step { runner.onPause = Self.waitForEnter }
    if lesson != nil, let startup {
      if step {
        _ = runner.runStepping(
          startup, answer: Self.askAtPause, steppedBack: Self.sayWentBack)
      } else {
        _ = runner.run(startup, echo: true)
      }
      return runner.failed ? 1 : 0
    }
    if !files.isEmpty || !scriptCommands.isEmpty {
      let inputs = BatchRunner.order(
        arguments: Array(CommandLine.arguments.dropFirst()), files: files, commands: scriptCommands)
      var batch = BatchRunner(runner: runner)
      return batch.run(inputs)
    }
    if let startup, !runner.run(startup) { return runner.failed ? 1 : 0 }
    let editor =
      interactive
      ? PlainPrompt(
        historyFile: Lab.defaultHistoryFile, output: StandardStreams.promptDescriptor) : nil
    var loop = LineLoop(
      runner: runner, prompt: interactive, editor: editor, notes: prompting ? notes : [])
    return loop.run()
  }

  /// At a prompt, SIGINT stops the running command and SIGTSTP suspends
  /// (between two steps of a long command, or at the prompt); in batch mode
  /// SIGINT ends the program as SIGTERM, SIGHUP and SIGQUIT do, each once
  /// the results so far are written (see ``StandardStreams/exit(signal:)``).
  private func installSignals(prompting: Bool) {
    if prompting {
      LabSignals.install()
      Cancellation.interrupt.interjection = {
        if LabSignals.take(Platform.Signal.terminalStop) { LabSignals.stopProcess() }
        _ = LabSignals.take(Platform.Signal.continue)
      }
    } else {
      LabSignals.install(LabSignals.ending + [Platform.Signal.interrupt], interruptEnds: true)
      LabSignals.beginWork()
    }
  }

  /// --step: waits for a line on standard input (the pause's text, if any,
  /// was printed as narration).
  static func waitForEnter(_: String, language: InterfaceLanguage) {
    StandardStreams.prompt(CommandLineMessage.stepPaused.words(language) + "\n")
    // On screen before the wait, not after it.
    StandardStreams.flush()
    _ = readLine()
  }

  /// `--lesson N --step` at pause `number`: says the keys, then reads the
  /// answer (the pause's text was printed as narration).
  static func askAtPause(_ number: Int) -> SessionRunner.StepAnswer {
    let language = StandardStreams.language
    StandardStreams.prompt(
      CommandLineMessage.lessonStepPaused(number: number).words(language) + "\n")
    StandardStreams.flush()
    return SessionRunner.StepAnswer(line: readLine())
  }

  /// `--lesson N --step` after `b`: says where the lesson went back to.
  static func sayWentBack(to number: Int) {
    StandardStreams.prompt(
      CommandLineMessage.lessonSteppedBack(number: number).words(StandardStreams.language) + "\n")
    StandardStreams.flush()
  }
}
