import ReluCore

/// The lab's event loop over any ``LabTerminal``: reads keys, runs commands
/// through the interpreter, and paints a frame after every change.
///
/// It holds no math and no parsing: every command, typed or bound to a key,
/// is text for the interpreter, and the screen shows the interpreter's results.
package final class LabLoop<Terminal: LabTerminal> {
  /// The most steps one animated run takes.
  package static var maxAnimatedSteps: Int { 500 }
  /// The most keys handled between two frames when keys arrive faster than
  /// frames are painted.
  package static var maxKeysPerFrame: Int { 256 }

  let terminal: Terminal
  private let renderer = LabRenderer()
  /// The plot as last painted: typing does not change it.
  package private(set) var plotCache = PlotCache()
  private let historyFile: HistoryFile?
  /// The session as of the last finished run; the screen shows it.
  package internal(set) var interpreter: Interpreter
  package internal(set) var log = OutputLog()
  package private(set) var input: InputLine
  private var showsHelp = false
  /// The help viewer `help` opened, until q or Esc.
  package private(set) var viewer: HelpViewer?
  /// What Tab offered, shown until the next key; never kept in the log.
  package private(set) var completions: [String] = []
  /// What replaces the status line while the lab waits or animates; shown
  /// in the session's language as it stands at each frame.
  var banner: LabMessage?
  /// A lesson's words while it waits at a pause (LabLoop+Lesson.swift).
  var narration: LessonNarration?
  /// The session as a running source last reported it (its scene, status
  /// and digits), shown while the run goes on or waits at a `pause`; nil
  /// between runs, when the screen shows ``interpreter``.
  var live: RenderContext?
  /// Whether outputs go unlogged: F7's view switch, which the plot and the
  /// rule above the output show.
  var muted = false
  /// The step table of the animation running, which prints its header once.
  private var animatedTable: AnimatedStepTable?
  /// Whether saving the history has failed (and been said).
  private var historyFailed = false
  /// Set when the lab must end: an exit status.
  var exitStatus: Int32?
  /// Notes shown under the greeting (an ASCII-only locale, the lessons'
  /// language).
  package var startupNotes: [String] = []

  /// A loop over `terminal` and `interpreter`'s session.
  package init(terminal: Terminal, interpreter: Interpreter, history: History, file: HistoryFile?) {
    self.terminal = terminal
    self.interpreter = interpreter
    historyFile = file
    input = InputLine(history: history)
    if !terminal.supportsUnicode {
      // No UTF-8 locale: braille would be rows of '?'.
      self.interpreter.canShowUnicode = false
      startupNotes = [Lab.asciiOnlyNote]
    }
  }

  /// The language the lab speaks now: the running source's (a `set lang`
  /// in it shows at once), else the session's.
  var language: InterfaceLanguage { live?.language ?? interpreter.language }

  /// Adds `message` to the output pane as a note, in the lab's language.
  func note(_ message: LabMessage) {
    log.language = language
    log.append(message.words(language), role: .note)
  }

  /// Runs the startup scripts, then reads keys until the lab ends.
  /// - Returns: The exit status: 0, or 128 + the signal that ended it.
  package func run(startupScripts: [Source]) -> Int32 {
    note(.greeting(version: ReluLabVersion.current))
    for note in startupNotes { log.append(note, role: .note) }
    render()
    for script in startupScripts where exitStatus == nil {
      note(.runningScript(name: script.name))
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
    case .paste(let text): paste(text)
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

  /// A bracketed paste: its commands go onto the input line as text, joined
  /// by `; `, and nothing runs until Enter.
  package func paste(_ text: String) {
    completions = []
    showsHelp = false
    if viewer != nil { viewer = nil }
    input.acceptSearch()
    input.apply(.insert(PastedText.line(from: text)))
  }

  /// Handles one key.
  package func handle(_ key: Key) {
    if key != .resize { completions = [] }
    if showsHelp, key != .resize {
      showsHelp = false
      return
    }
    if viewer != nil, key != .resize { return handleViewer(key) }
    if input.search != nil {
      switch input.handleSearch(key) {
      case .handled: return
      case .submit: return submit()
      case .passOn: break
      }
    }
    guard
      let action = KeyMap.action(
        for: key, lineIsEmpty: input.editor.isEmpty, tracing: isTracing)
    else { return }
    perform(action)
  }

  /// A key while the help viewer is open: it scrolls or closes the viewer;
  /// any other key closes it and does its usual job (typing starts a command).
  private func handleViewer(_ key: Key) {
    guard var open = viewer else { return }
    guard let move = HelpViewer.move(for: key) else {
      viewer = nil
      return handle(key)
    }
    let rect = LabRenderer.viewerRect(
      LabLayout(width: terminal.size.width, height: terminal.size.height))
    viewer = open.apply(move, width: rect.width - 2, height: rect.height) ? open : nil
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
    case .historySearch: input.searchHistory()
    case .cancel:
      input.clear()
      showsHelp = false
    case .quit: exitStatus = 0
    case .redraw: terminal.repaintAll()
    case .suspend: terminal.suspend()
    case .scrollUp, .scrollDown:
      let pane = LabLayout(width: terminal.size.width, height: terminal.size.height).output
      let page = max(1, pane.height - 1)
      log.scroll(by: action == .scrollUp ? page : -page, width: pane.width, height: pane.height)
    case .scrollLines(let rows):
      let pane = LabLayout(width: terminal.size.width, height: terminal.size.height).output
      log.scroll(by: rows, width: pane.width, height: pane.height)
    case .trace: toggleTrace()
    case .traceMove(let move): moveTrace(move)
    case .traceStep(let direction, let fine): stepTrace(direction, fine: fine)
    case .click(let row, let column): click(row: row, column: column)
    case .help: showsHelp = true
    case .alphaDown, .alphaUp:
      let alpha = interpreter.settings.alpha
      guard
        let next = action == .alphaUp ? AlphaLadder.above(alpha) : AlphaLadder.below(alpha)
      else {
        terminal.bell()
        return note(Self.ladderEndNote(up: action == .alphaUp, alpha: alpha))
      }
      runCommand(.set(.alpha(next)))
      if !interpreter.plottedSeries.contains(where: { $0.kind == .leaky }) {
        note(.alphaNotShown)
      }
    case .step where showsNetwork: runCommand(.train(epochs: nil, learningRate: nil))
    case .step:
      startDecayIfNeeded()
      runCommand(.step(1))
    case .run where showsNetwork: animateTraining()
    case .run: animate()
    case .reset: runCommand(.reset)
    case .nextView:
      let families = interpreter.scene.families
      guard families.count > 1 else {
        terminal.bell()
        return note(.onlyFunctionPlot)
      }
      let now = families.firstIndex(of: interpreter.scene.shown.family) ?? 0
      muted = true
      defer { muted = false }
      runQuietly(.view(Located(families[(now + 1) % families.count])))
    case .resize: break  // the next frame is laid out for the new size
    }
  }

  /// The names of the sources the lab echoes before it runs them.
  ///
  /// Typed lines and the commands keys stand for: their errors take the
  /// one-line form.
  private static var echoedSources: Set<String> { [typedSource, keySource] }
  private static var typedSource: String { "<input>" }
  private static var keySource: String { "<key>" }

  private func submit() {
    let line = input.submit()
    guard line.contains(where: { !$0.isWhitespace }) else { return }
    log.append(LabRenderer.prompt + line, role: .echo)
    saveHistory(line)
    let source = Source(name: Self.typedSource, text: line, origin: .typed)
    let parsed = Parser.parse(source)
    // A line that is just `lesson N` plays the lesson; just `run [MAX]`, with a
    // decay that can go on, animates it; anything else runs as parsed.
    if parsed.count == 1, case .success(let statement) = parsed[0] {
      if case .lesson(let number?) = statement.command,
        let lesson = LessonCatalog.find(String(number.value), in: interpreter.settings.language)
      {
        let kept: Recording?
        do {
          kept = try interpreter.beginLesson(statement, in: source)
        } catch {
          _ = report(.failure(Diagnostic(error, in: source, language: interpreter.language)))
          return
        }
        playLesson(lesson.source)
        interpreter.endLesson(resuming: kept)
        return
      }
      if case .run(let maxSteps) = statement.command, let decay = interpreter.decay,
        !decay.isFinished
      {
        return animateRun(maxSteps: maxSteps)
      }
    }
    if runSource(source, parsed: parsed, keepGoing: true).quit { exitStatus = 0 }
  }

  /// Saves the history after each line, so a kill loses nothing typed; the
  /// first failure is said once in the output (later lines try again: a
  /// full disk may have room by then).
  private func saveHistory(_ line: String) {
    guard let historyFile else { return }
    do {
      try historyFile.append(line, limit: input.history.limit)
    } catch {
      guard !historyFailed else { return }
      historyFailed = true
      note(.historyNotSaved(reason: VisibleText.escaped(error.description)))
    }
  }

  /// Runs a command a key stands for, shown in the output as if typed
  /// (``Command/text``).
  func runCommand(_ command: Command) {
    log.append(LabRenderer.prompt + command.text, role: .echo)
    runQuietly(command)
  }

  /// Runs a command a key stands for without echoing it (each frame of an
  /// animation).
  @discardableResult
  func runQuietly(_ command: Command) -> RunSummary {
    var copy = interpreter
    let summary = working {
      copy.run(command: command, sourceName: Self.keySource) { event in self.report(event) }
    }
    interpreter = copy
    live = nil
    if summary.quit { exitStatus = 0 }
    return summary
  }

  /// Runs `body`, which runs commands, as the terminal's work: Ctrl-C stops
  /// the command (it fails with "stopped: Ctrl-C"), Ctrl-Z suspends the lab.
  func working<Result>(_ body: () -> Result) -> Result {
    terminal.beginWork()
    defer {
      terminal.endWork()
      // Ctrl-C as a signal flushes what the terminal had not yet shown.
      if interpreter.cancellation?.isRequested == true { terminal.repaintAll() }
    }
    return body()
  }

  /// The decay keys start the course chapter's decay through the layer's function when
  /// none is set up yet, written out in full so the output shows what it is.
  private func startDecayIfNeeded() {
    guard interpreter.decay == nil else { return }
    runCommand(
      .decay(
        DecaySpec(
          function: interpreter.layerKind, from: Located(.value(DecaySimulation.chapterStart)),
          to: Located(DecaySimulation.chapterTarget))))
  }

  /// F5: steps the decay one frame at a time until it ends, a key other than
  /// the speed keys stops it, or ``maxAnimatedSteps`` have run.
  private func animate() {
    startDecayIfNeeded()
    guard let decay = interpreter.decay else { return }
    guard !decay.isFinished else { return note(Self.overNote(decay)) }
    note(.decayAnimationStarts)
    _ = animateSteps(limit: Self.maxAnimatedSteps, otherKeys: .stop)
  }

  /// A typed `run [MAX]` whose decay can go on: animated like F5, and any key
  /// but the speed keys skips to the end (Ctrl-C stops where it is).
  private func animateRun(maxSteps: Int?) {
    let limit = maxSteps ?? Limits.defaultRunSteps
    let (taken, skipped) = animateSteps(limit: limit, otherKeys: .skipToEnd)
    guard skipped, taken < limit, exitStatus == nil else { return }
    runQuietly(.run(maxSteps: limit - taken))
  }

  /// What a key other than + and - does to an animation.
  private enum AnimationKeys { case stop, skipToEnd }

  /// Steps the decay, painting each step and waiting the pace
  /// ``AnimationPace`` gives for `set speed`, until it ends, `limit` steps
  /// have run, or a key ends the animation.
  /// - Returns: The steps taken, and whether a key asked to skip to the end.
  private func animateSteps(limit: Int, otherKeys: AnimationKeys) -> (taken: Int, skipped: Bool) {
    animatedTable = AnimatedStepTable(digits: interpreter.settings.digits)
    defer {
      banner = nil
      animatedTable = nil
    }
    var taken = 0
    while taken < limit, exitStatus == nil {
      guard let decay = interpreter.decay, !decay.isFinished else { break }
      let stepped = runQuietly(.step(1))
      taken += 1
      let speed = NumberFormat.plain(interpreter.settings.animationSpeed)
      banner = .decayRunning(speed: speed, keyStops: otherKeys == .stop)
      render()
      // The last frame is not waited after: the next key is the input line's.
      guard stepped.failures == 0, taken < limit, interpreter.decay?.isFinished == false else {
        break
      }
      let started = Platform.monotonicMilliseconds()
      waiting: while true {
        let wait = AnimationPace.milliseconds(
          afterStep: taken, speed: interpreter.settings.animationSpeed)
        let remaining = started + wait - Platform.monotonicMilliseconds()
        guard remaining > 0 else { break }
        switch terminal.read(timeoutMilliseconds: remaining) {
        case .timeout: break waiting
        case .key(.resize): render()
        case .key(let key):
          if let faster = AnimationPace.speed(
            after: key, from: interpreter.settings.animationSpeed)
          {
            runCommand(.set(.animationSpeed(faster)))
            banner = .decayRunning(
              speed: NumberFormat.plain(faster), keyStops: otherKeys == .stop)
            render()
            continue
          }
          if otherKeys == .skipToEnd, key != .control("c") { return (taken, true) }
          note(.stopped)
          return (taken, false)
        case .paste:
          if otherKeys == .skipToEnd { return (taken, true) }
          note(.stopped)
          return (taken, false)
        case .endOfInput:
          exitStatus = 0
          return (taken, false)
        case .signal(let number) where Self.isSuspension(number):
          handleSignal(number)
        case .signal(let number):
          if number != Platform.Signal.interrupt { handleSignal(number) }
          note(.stopped)
          return (taken, false)
        }
      }
    }
    return (taken, false)
  }

  /// What F2 at the bottom of alpha's ladder, or F3 at its top, says.
  private static func ladderEndNote(up: Bool, alpha: Double) -> LabMessage {
    let value = NumberFormat.plain(alpha)
    guard up else { return .alphaAtBottom(value: value) }
    let top = AlphaLadder.notches.last ?? 1
    guard alpha > top else { return .alphaAtTop(value: value) }
    return .alphaAboveTop(value: value, top: NumberFormat.plain(top))
  }

  /// What F5 says when the decay has nothing left to run.
  private static func overNote(_ decay: DecaySimulation) -> LabMessage {
    switch decay.status {
    case .dead: .decayDied(steps: decay.current.index)
    case .overshot:
      .decayOvershot(target: NumberFormat.plain(decay.target), steps: decay.current.index)
    case .reached, .running, .limit:
      .decayReached(target: NumberFormat.plain(decay.target), steps: decay.current.index)
    }
  }

  // MARK: Running commands

  /// Runs `source`, waiting for a key at each `pause` with the plot and status
  /// as the session stands there.
  @discardableResult
  func runSource(
    _ source: Source, parsed: [Result<Statement, CommandError>]? = nil, keepGoing: Bool
  ) -> RunSummary {
    // The run changes a copy, so the closure below can paint without
    // overlapping the run's access; the screen shows `interpreter`, or the
    // context the last event carried, until the run is done.
    var copy = interpreter
    let summary = working {
      copy.run(source, parsed: parsed ?? Parser.parse(source), keepGoing: keepGoing) { event in
        self.report(event)
      }
    }
    interpreter = copy
    live = nil
    return summary
  }

  private func report(_ event: InterpreterEvent) -> InterpreterFlow {
    switch event {
    case .echo(let text):
      log.append(LabRenderer.prompt + text, role: .echo)
      return exitStatus == nil ? .proceed : .stop
    case .output(let output, let context):
      live = context
      if muted { return .proceed }
      return report(output, digits: context.digits)
    case .note(let text):
      log.append(text, role: .note)
      return exitStatus == nil ? .proceed : .stop
    case .failure(let diagnostic) where Self.echoedSources.contains(diagnostic.file):
      // The command is echoed just above: a caret under it and the message.
      let indent = DisplayWidth.of(LabRenderer.prompt)
      if let shown = line(TextReport.compactLine(for: diagnostic, indent: indent)) {
        log.append([shown])
      }
      return exitStatus == nil ? .proceed : .stop
    case .failure(let diagnostic):
      log.append(TextReport.lines(for: diagnostic).compactMap(line))
      return exitStatus == nil ? .proceed : .stop
    }
  }

  /// Shows one output of a running source, numbers with `digits`, words in
  /// the language in force when it was made (a line may change it midway).
  private func report(_ output: CommandOutput, digits: NumberDigits) -> InterpreterFlow {
    switch output {
    case .pause:
      log.append(
        TextReport.lines(for: output, digits: digits, language: language)
          .compactMap(line))
      // Keys are keys while it waits; the rest of the source is work again.
      terminal.endWork()
      defer { terminal.beginWork() }
      return waitForKey()
    case .quit:
      return .stop  // the run reports it in its summary
    case .help(let topic):
      // Help opens in the viewer, at its top; the log says where it went.
      let helpLanguage = language
      viewer = HelpViewer(
        lines: HelpText.lines(for: topic, language: helpLanguage).compactMap(line),
        oneColumn: HelpText.lines(for: topic, language: helpLanguage, oneColumn: true)
          .compactMap(line))
      note(.helpOpened)
      return exitStatus == nil ? .proceed : .stop
    default:
      // Wide tables fit the pane (78 columns before the first frame).
      var lines = TextReport.lines(
        for: output, digits: digits, language: language,
        width: log.width > 0 ? log.width : TextReport.lineWidth)
      if case .steps = output, var table = animatedTable {
        lines = table.lines(lines)
        animatedTable = table
      }
      log.append(lines.compactMap(line))
      return exitStatus == nil ? .proceed : .stop
    }
  }

  func line(_ report: ReportLine) -> OutputLog.Line? {
    switch report.role {
    case .plain: OutputLog.Line(report.text)
    case .heading: OutputLog.Line(report.text, role: .heading)
    case .say:
      // » is ambiguous width: two columns in a terminal set up for Chinese.
      OutputLog.Line(
        (terminal.supportsUnicode && language == .en ? "» " : "> ") + report.text, role: .say)
    case .note: OutputLog.Line(report.text, role: .note)
    case .error: OutputLog.Line(report.text, role: .error)
    case .plot: nil  // the plot pane shows it
    }
  }

  /// `pause`: shows a prompt and waits for a key; Ctrl-C or Esc stops the script.
  private func waitForKey() -> InterpreterFlow {
    banner = .scriptPaused
    defer { banner = nil }
    while true {
      render()
      switch terminal.read(timeoutMilliseconds: 1000) {
      case .timeout, .key(.resize), .paste: continue
      case .key(.control("c")), .key(.escape):
        note(.scriptStopped)
        return .stop
      case .key(.control("d")), .endOfInput:
        exitStatus = 0
        return .stop
      case .key(.control("z")): terminal.suspend()  // still paused after fg
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
    let layout = LabLayout(width: size.width, height: size.height, narrationRows: narrationRows)
    wrapOutput(for: layout)
    let readout = readoutRows(for: layout)
    let plot =
      layout.arrangement == .tooSmall
      ? ScreenBuffer(width: 0, height: 0)
      : plotCache.plot(
        (live?.scene ?? interpreter.scene).view, width: layout.plot.width,
        height: layout.plot.height - readout.count, colors: terminal.colorDepth)
    let status = live?.status ?? interpreter.status
    let language = language
    var content = LabRenderer.Content(
      plot: plot, status: StatusLine.text(status, in: language),
      compactStatus: StatusLine.compact(status, in: language),
      untitledStatus: status.title == nil
        ? nil : StatusLine.compact(status, in: language, withTitle: false),
      log: shownOutput(in: layout),
      input: input.editor, search: input.search, completions: completions,
      banner: banner?.words(language),
      showsHelp: showsHelp,
      viewer: viewer, viewLabel: StatusLine.viewLabel(status, in: language), narration: narration,
      shortBanner: banner?.shortForm?.words(language), language: language)
    content.unicode = terminal.supportsUnicode
    content.readout = readout
    terminal.draw(renderer.frame(content, layout: layout))
  }
}
