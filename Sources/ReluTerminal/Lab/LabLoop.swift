import ReluCore

/// The lab's event loop over any ``LabTerminal``: reads keys, runs commands
/// through the interpreter, and paints a frame after every change.
///
/// It holds no math and no parsing: every command, typed or bound to a key,
/// is text for the interpreter, and the screen shows the interpreter's results.
package final class LabLoop<Terminal: LabTerminal> {
  /// How long the animation waits between steps.
  package static var frameMilliseconds: Int { 90 }
  /// The most steps one animated run takes.
  package static var maxAnimatedSteps: Int { 500 }
  /// The most keys handled between two frames when keys arrive faster than
  /// frames are painted.
  package static var maxKeysPerFrame: Int { 256 }

  let terminal: Terminal
  private let renderer = LabRenderer()
  /// The plot as last painted: typing does not change it.
  package private(set) var plotCache = PlotCache()
  /// The digits the output pane writes numbers with, following `set digits`.
  private var digits = NumberDigits.standard
  private let historyFile: HistoryFile?
  /// The session as of the last finished run; the screen shows it.
  package internal(set) var interpreter: Interpreter
  package internal(set) var log = OutputLog()
  package private(set) var input: InputLine
  private var showsHelp = false
  /// What Tab offered, shown until the next key; never kept in the log.
  package private(set) var completions: [String] = []
  var banner: String?
  /// The session as a script's `pause` saw it, shown while the lab waits.
  private var paused: SessionSnapshot?
  /// Whether saving the history has failed (and been said).
  private var historyFailed = false
  /// Set when the lab must end: an exit status.
  var exitStatus: Int32?

  /// A loop over `terminal` and `interpreter`'s session.
  package init(terminal: Terminal, interpreter: Interpreter, history: History, file: HistoryFile?) {
    self.terminal = terminal
    self.interpreter = interpreter
    historyFile = file
    input = InputLine(history: history)
  }

  /// Runs the startup scripts, then reads keys until the lab ends.
  /// - Returns: The exit status: 0, or 128 + the signal that ended it.
  package func run(startupScripts: [Source]) -> Int32 {
    log.append(
      "ReluLab \(ReluLabVersion.current): type a command (help lists them), F1 for the keys.",
      role: .note)
    render()
    for script in startupScripts where exitStatus == nil {
      log.append("running \(script.name)", role: .note)
      playLesson(script)  // `quit` in it leaves ReluLab
    }
    render()
    while exitStatus == nil {
      let next = terminal.read(timeoutMilliseconds: 1000)
      guard next != .timeout else { continue }  // nothing changed: nothing to paint
      handle(next)
      // Keys that have already arrived (a paste) are handled before the next
      // frame, so a long paste paints a few frames rather than one per key.
      for _ in 1..<Self.maxKeysPerFrame where exitStatus == nil {
        let waiting = terminal.read(timeoutMilliseconds: 0)
        guard waiting != .timeout else { break }
        handle(waiting)
      }
      if exitStatus == nil { render() }
    }
    return exitStatus ?? 0
  }

  // MARK: Input

  private func handle(_ input: TerminalInput) {
    switch input {
    case .timeout: break
    case .endOfInput: exitStatus = 0
    case .signal(let number): handleSignal(number)
    case .key(let key): handle(key)
    }
  }

  func handleSignal(_ number: Int32) {
    switch number {
    case Platform.Signal.interrupt: perform(.cancel)
    case Platform.Signal.terminalStop: terminal.suspend()
    // Continued after a SIGSTOP, which cannot be caught: the shell drew over the lab.
    case Platform.Signal.continue: terminal.repaintAll()
    default: exitStatus = 128 + number
    }
  }

  /// Whether a signal stops or continues the lab (job control) rather than
  /// ending or cancelling anything.
  private static func isSuspension(_ number: Int32) -> Bool {
    number == Platform.Signal.terminalStop || number == Platform.Signal.continue
  }

  /// Handles one key.
  package func handle(_ key: Key) {
    if key != .resize { completions = [] }
    if showsHelp, key != .resize {
      showsHelp = false
      return
    }
    guard let action = KeyMap.action(for: key, lineIsEmpty: input.editor.isEmpty) else { return }
    perform(action)
  }

  /// Carries out one action.
  package func perform(_ action: LabAction) {
    switch action {
    case .edit(let edit): input.apply(edit)
    case .submit: submit()
    case .complete:
      let before = input.editor
      completions = input.complete()
      if completions.isEmpty, input.editor == before { terminal.bell() }  // nothing fits
    case .historyPrevious: input.historyPrevious()
    case .historyNext: input.historyNext()
    case .cancel:
      input.clear()
      showsHelp = false
    case .quit: exitStatus = 0
    case .redraw: terminal.repaintAll()
    case .scrollUp, .scrollDown:
      let pane = LabLayout(width: terminal.size.width, height: terminal.size.height).output
      let page = max(1, pane.height - 1)
      log.scroll(by: action == .scrollUp ? page : -page, width: pane.width, height: pane.height)
    case .help: showsHelp = true
    case .alphaDown, .alphaUp:
      let alpha = interpreter.settings.alpha
      guard
        let next = action == .alphaUp ? AlphaLadder.above(alpha) : AlphaLadder.below(alpha)
      else { return terminal.bell() }
      runCommand("set alpha \(NumberFormat.plain(next))")
    case .step:
      startDecayIfNeeded()
      runCommand("step")
    case .run: animate()
    case .reset: runCommand("reset")
    case .resize: break  // the next frame is laid out for the new size
    }
  }

  private func submit() {
    let line = input.submit()
    guard line.contains(where: { !$0.isWhitespace }) else { return }
    log.append(LabRenderer.prompt + line, role: .echo)
    saveHistory()
    if let lesson = lessonToPlay(line) { return playLesson(lesson.source) }
    if runSource(Source(name: "<input>", text: line), keepGoing: true).quit { exitStatus = 0 }
  }

  /// Saves the history after each line, so a kill loses nothing typed; the
  /// first failure is said once in the output (later lines try again: a
  /// full disk may have room by then).
  private func saveHistory() {
    guard let historyFile else { return }
    do {
      try historyFile.save(input.history.entries)
    } catch {
      guard !historyFailed else { return }
      historyFailed = true
      log.append(
        "history is not being saved: \(VisibleText.escaped(error.description))", role: .note)
    }
  }

  /// Runs a command a key stands for, shown in the output as if typed.
  private func runCommand(_ text: String) {
    log.append(LabRenderer.prompt + text, role: .echo)
    if runSource(Source(name: "<key>", text: text), keepGoing: false).quit { exitStatus = 0 }
  }

  /// The decay keys start the course chapter's decay through the layer's function when
  /// none is set up yet, written out in full so the output shows what it is.
  private func startDecayIfNeeded() {
    guard interpreter.decay == nil else { return }
    let from = NumberFormat.plain(DecaySimulation.chapterStart)
    let to = NumberFormat.plain(DecaySimulation.chapterTarget)
    runCommand("decay \(interpreter.layerKind.rawValue) from \(from) to \(to)")
  }

  /// F5: steps the decay one frame at a time until it ends, a key is pressed,
  /// or ``maxAnimatedSteps`` have run.
  private func animate() {
    startDecayIfNeeded()
    guard let decay = interpreter.decay else { return }
    guard !decay.isFinished else { return log.append(Self.overNote(decay), role: .note) }
    log.append("F5: step after step, animated (any key stops)", role: .note)
    banner = "running the decay: any key stops"
    defer { banner = nil }
    for _ in 0..<Self.maxAnimatedSteps {
      guard let decay = interpreter.decay, !decay.isFinished else { return }
      runSource(Source(name: "<key>", text: "step"), keepGoing: false)
      render()
      switch terminal.read(timeoutMilliseconds: Self.frameMilliseconds) {
      case .timeout, .key(.resize): continue
      case .key:
        log.append("(stopped)", role: .note)
        return
      case .endOfInput:
        exitStatus = 0
        return
      case .signal(let number) where Self.isSuspension(number):
        handleSignal(number)
      case .signal(let number):
        if number != Platform.Signal.interrupt { handleSignal(number) }
        log.append("(stopped)", role: .note)
        return
      }
    }
  }

  /// What F5 says when the decay has nothing left to run.
  private static func overNote(_ decay: DecaySimulation) -> String {
    let when = "after \(Plural.count(decay.current.index, "step"))"
    let what =
      decay.status == .dead
      ? "died \(when) (f' = 0: no step can move it)"
      : "reached \(NumberFormat.plain(decay.target)) \(when)"
    return "F5: the decay already \(what); F6 resets it"
  }

  // MARK: Running commands

  /// Runs `source`, waiting for a key at each `pause` with the plot and status
  /// as the session stands there.
  @discardableResult
  private func runSource(_ source: Source, keepGoing: Bool) -> RunSummary {
    // The run changes a copy, so the closure below can paint without
    // overlapping the run's access; the screen shows `interpreter`, or the
    // snapshot a pause carries, until the run is done.
    var working = interpreter
    let summary = working.run(source, keepGoing: keepGoing) { event in self.report(event) }
    interpreter = working
    return summary
  }

  private func report(_ event: InterpreterEvent) -> InterpreterFlow {
    switch event {
    case .echo(let text):
      log.append(LabRenderer.prompt + text, role: .echo)
      return exitStatus == nil ? .proceed : .stop
    case .output(.pause(let snapshot, let text)):
      log.append(TextReport.lines(for: .pause(snapshot, text: text)).compactMap(line))
      paused = snapshot
      defer { paused = nil }
      return waitForKey()
    case .output(.quit):
      return .stop  // the run reports it in its summary
    case .output(let output):
      digits = digits.following(output)
      log.append(TextReport.lines(for: output, digits: digits).compactMap(line))
      return exitStatus == nil ? .proceed : .stop
    case .failure(let diagnostic):
      log.append(TextReport.lines(for: diagnostic).compactMap(line))
      return exitStatus == nil ? .proceed : .stop
    }
  }

  func line(_ report: ReportLine) -> OutputLog.Line? {
    switch report.role {
    case .plain: OutputLog.Line(report.text)
    case .heading: OutputLog.Line(report.text, role: .heading)
    case .say: OutputLog.Line((terminal.supportsUnicode ? "» " : "> ") + report.text, role: .say)
    case .note: OutputLog.Line(report.text, role: .note)
    case .error: OutputLog.Line(report.text, role: .error)
    case .plot: nil  // the plot pane shows it
    }
  }

  /// `pause`: shows a prompt and waits for a key; Ctrl-C or Esc stops the script.
  private func waitForKey() -> InterpreterFlow {
    banner = "paused: press any key to go on (Ctrl-C stops the script)"
    defer { banner = nil }
    while true {
      render()
      switch terminal.read(timeoutMilliseconds: 1000) {
      case .timeout, .key(.resize): continue
      case .key(.control("c")), .key(.escape):
        log.append("(script stopped)", role: .note)
        return .stop
      case .key(.control("d")), .endOfInput:
        exitStatus = 0
        return .stop
      case .key: return .proceed
      case .signal(let number) where Self.isSuspension(number):
        handleSignal(number)  // stopped and continued: still paused
      case .signal(let number):
        handleSignal(number)
        return .stop
      }
    }
  }

  // MARK: Painting

  /// Paints the current state.
  package func render() {
    let size = terminal.size
    let layout = LabLayout(width: size.width, height: size.height)
    log.wrap(width: layout.output.width, height: layout.output.height)
    let plot =
      layout.arrangement == .tooSmall
      ? ScreenBuffer(width: 0, height: 0)
      : plotCache.plot(
        paused?.view ?? interpreter.view, width: layout.plot.width, height: layout.plot.height)
    let content = LabRenderer.Content(
      plot: plot, status: StatusLine.text(paused?.status ?? interpreter.status), log: log,
      input: input.editor, completions: completions, banner: banner, showsHelp: showsHelp)
    terminal.draw(renderer.frame(content, layout: layout))
  }
}
