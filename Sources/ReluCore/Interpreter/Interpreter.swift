/// What the interpreter reports while it runs a source.
package enum InterpreterEvent: Sendable, Equatable {
  /// A command succeeded and produced this, to be rendered in `context`
  /// (the session as it stands after the command).
  case output(CommandOutput, RenderContext)
  /// A command failed; the session's state is as it was before that command.
  case failure(Diagnostic)
  /// What a command changed in the scene that the user should know: an
  /// overlay the plot now leaves off, and why.
  case note(String)
  /// A lesson's command is about to run: its text as written, so a front end
  /// can show what to type (narration, `say`, `title` and `pause`, is not echoed).
  case echo(String)
}

/// Whether the interpreter should go on after an event.
package enum InterpreterFlow: Sendable {
  case proceed
  case stop
}

/// How a run of a source ended.
package struct RunSummary: Sendable, Equatable {
  /// Commands that failed (at most 1 unless `keepGoing`).
  package var failures = 0
  /// Whether `quit` ran: the session should end.
  package var quit = false
  /// Whether the run ended before the end of its source: at `quit`, at a
  /// failure without `keepGoing`, or because the event handler said stop.
  package var halted = false
}

/// Runs commands over a session's state and reports structured results.
///
/// The data flows one way: text -> ``Lexer`` -> ``Parser`` -> ``Interpreter``
/// -> ``CommandOutput`` -> a renderer. The interpreter never prints.
package struct Interpreter: Sendable {
  package internal(set) var settings = SessionSettings()
  /// The layer feed and backward go through: relu or leaky.
  package internal(set) var layerKind = ActivationKind.relu
  /// The last feed, with the layer it went through (built from the settings
  /// then), which backward multiplies by.
  package internal(set) var lastFeed: FeedReport?
  package internal(set) var decay: DecaySimulation?
  /// The network `net` built and `train` trains.
  package internal(set) var network: Network?
  /// The last `compare`'s race, until `clear`.
  package internal(set) var race: Chart?
  /// The last `born`'s census, until `clear`.
  package internal(set) var lastCensus: CensusReport?
  /// The last `twin`'s (or `sweep precision`'s) report, until `clear`.
  package internal(set) var lastTwin: TwinReport?
  /// The network's epochs so far (epoch 0 first), at most
  /// ``trainingHistoryLimit`` of the latest.
  package internal(set) var trainingHistory: [EpochRecord] = []
  /// The series `plot` chose; nil follows the layer (f and f').
  package internal(set) var chosenSeries: [PlotSeries]?
  /// What the screen shows: built after each command (see ``Scene``).
  package internal(set) var scene = Scene()
  /// The plotted curves `toggle` hid.
  package internal(set) var hiddenSeries: Set<PlotSeries> = []
  /// The trace cursor, on the view of its activity, until `trace off`.
  package internal(set) var cursor: TraceCursor?
  /// The overlays and views `clear` took off, until their next command.
  package internal(set) var hidden: Set<ClearTarget> = []
  /// The section the last `title` named.
  package internal(set) var title: String?
  /// The commands that made the feed, decay, network, race and census, for `save`.
  package internal(set) var origins = SessionOrigins()
  /// The language of everything a person reads (the `lang` setting); the
  /// front end sets it from `--lang` or the locale.
  package var language: InterfaceLanguage {
    get { settings.language }
    set { settings.apply(.language(newValue)) }
  }
  /// Whether the screen can show more than ASCII; when not (a lab whose
  /// locale is not UTF-8), `set canvas braille` keeps the ascii canvas and
  /// `set lang zh` keeps English, and each says so.
  package var canShowUnicode = true {
    didSet {
      guard !canShowUnicode else { return }
      if settings.language != .en { settings.apply(.language(.en)) }
      guard settings.rendering == .braille else { return }
      settings.apply(.canvas(.ascii))
      _ = rebuildScene(after: .show)
    }
  }
  /// The script `record` is writing, if any.
  package internal(set) var recording: Recording?
  /// A played lesson's draws and writes; nil but while a lesson is played.
  ///
  /// While ``LessonPlayer`` plays one: where its unseeded draws come from,
  /// and the file writes its run has made, so that a replay draws the same
  /// values and makes no write again.
  package internal(set) var replay: LessonReplay?
  package let fileSystem: any FileSystem
  /// What stops a running command (Ctrl-C), looked at by every long loop;
  /// nil: commands run to their end.
  package var cancellation: Cancellation?
  /// The running command's note about a typed value its precision rounded.
  var inputRounding: InputRounding?
  private var loading: [String] = []

  /// The error of a command Ctrl-C stopped.
  package static let stoppedMessage = Words(en: "stopped: Ctrl-C", zh: "已停止：Ctrl-C")
  /// The error of a command stopped because relulab was asked to end.
  package static let endingMessage = Words(
    en: "stopped: relulab was asked to end", zh: "已停止：relulab 收到了退出请求")

  /// The error of a command a ``cancellation`` stopped, for `reason`.
  package static func stoppedMessage(_ reason: Cancellation.StopReason) -> Words {
    reason == .ending ? endingMessage : stoppedMessage
  }

  /// The error of the command ``cancellation`` stopped, at `range`.
  func stoppedError(at range: SourceRange) -> CommandError {
    CommandError(Self.stoppedMessage(cancellation?.reason ?? .interrupt), at: range)
  }

  /// - Parameters:
  ///   - fileSystem: Where `load` reads and `export` writes.
  ///   - plotSize: The size of printed plots until `set size` changes it.
  package init(fileSystem: any FileSystem = RealFileSystem(), plotSize: PlotSize = .standard) {
    self.fileSystem = fileSystem
    settings.plotSize = plotSize
    _ = rebuildScene(after: .show)
  }

  /// Said when `set canvas braille` keeps the ascii canvas.
  package static let noBrailleNote = SceneMessage.noBraille.words

  /// Why `setting` was not taken as asked, on a screen that cannot show
  /// more than ASCII; nil when it was. (Chinese refused is said in both
  /// languages: the screen cannot show it alone.)
  func unshowable(_ setting: Setting) -> Words? {
    guard !canShowUnicode else { return nil }
    switch setting {
    case .canvas(.braille): return Self.noBrailleNote
    case .language(.zh): return Words.same(InterfaceLanguage.asciiNote.both)
    default: return nil
    }
  }

  /// What renderers need besides an output: the settings they follow and
  /// the session's scene and status as they stand now.
  package var renderContext: RenderContext {
    RenderContext(
      digits: settings.digits, plotSize: settings.plotSize, scene: scene, status: status,
      language: settings.language)
  }

  /// The layer's activation, with the session's alpha.
  package var layerActivation: Activation { layerKind.activation(settings.parameters) }

  /// The series the plot shows now.
  package var plottedSeries: [PlotSeries] {
    chosenSeries ?? [PlotSeries(layerKind), PlotSeries(layerKind, derivative: true)]
  }

  /// Runs every command of `source` in order, reporting each result or error
  /// to `onEvent` as it happens (so a front end can wait inside it on `pause`).
  ///
  /// Without `keepGoing`, a source with a syntax error runs nothing, and the
  /// first failing command stops the run. With it, bad commands are reported
  /// and skipped. `quit` (in this source or any script it loads), or `.stop`
  /// from `onEvent`, ends the run.
  @discardableResult
  package mutating func run(
    _ source: Source, keepGoing: Bool = false, echo: Bool = false,
    onEvent: (InterpreterEvent) -> InterpreterFlow
  ) -> RunSummary {
    var summary = RunSummary()
    runSource(source, keepGoing: keepGoing, echo: echo, summary: &summary, onEvent: onEvent)
    return summary
  }

  /// Runs a command a front end built (what a key stands for), written out
  /// as the language writes it (``Command/text``), so that its echo, a
  /// failure's caret and a recording show it as if typed; it counts as typed
  /// (``SourceOrigin/typed``).
  @discardableResult
  package mutating func run(
    command: Command, sourceName: String, onEvent: (InterpreterEvent) -> InterpreterFlow
  ) -> RunSummary {
    run(Source(name: sourceName, text: command.text, origin: .typed), onEvent: onEvent)
  }

  /// Runs statements the caller parsed from `source` (a front end that looks
  /// at a typed line before running it), exactly as ``run(_:keepGoing:echo:onEvent:)``.
  @discardableResult
  package mutating func run(
    _ source: Source, parsed: [Result<Statement, CommandError>], keepGoing: Bool = false,
    echo: Bool = false, onEvent: (InterpreterEvent) -> InterpreterFlow
  ) -> RunSummary {
    var summary = RunSummary()
    runSource(
      source, parsed: parsed, keepGoing: keepGoing, echo: echo, summary: &summary,
      onEvent: onEvent)
    return summary
  }

  /// Runs `source` and collects every event (for tests and one-shot use).
  package mutating func run(_ source: Source, keepGoing: Bool = false) -> [InterpreterEvent] {
    var events: [InterpreterEvent] = []
    run(source, keepGoing: keepGoing) { event in
      events.append(event)
      return .proceed
    }
    return events
  }

  /// Runs a script file read by the caller (a command-line argument) exactly
  /// as `load` would: a `load` of the same file inside it is a cycle.
  @discardableResult
  package mutating func run(
    script: ScriptFile, path: String, keepGoing: Bool = false,
    onEvent: (InterpreterEvent) -> InterpreterFlow
  ) -> RunSummary {
    var summary = RunSummary()
    runScript(script, path: path, keepGoing: keepGoing, summary: &summary, onEvent: onEvent)
    return summary
  }

  private mutating func runSource(
    _ source: Source, parsed: [Result<Statement, CommandError>]? = nil, keepGoing: Bool,
    echo: Bool = false, summary: inout RunSummary,
    onEvent: (InterpreterEvent) -> InterpreterFlow
  ) {
    func report(_ event: InterpreterEvent) {
      if case .failure = event {
        summary.failures += 1
        if !keepGoing { summary.halted = true }
      }
      if onEvent(event) == .stop { summary.halted = true }
    }
    let parsed = parsed ?? Parser.parse(source)
    if !keepGoing, let firstError = parsed.lazy.compactMap(\.failureValue).first {
      return report(.failure(Diagnostic(firstError, in: source, language: settings.language)))
    }
    for item in parsed {
      guard !summary.halted else { return }
      switch item {
      case .failure(let error):
        report(.failure(Diagnostic(error, in: source, language: settings.language)))
      case .success(let statement):
        if echo, statement.command.isEchoed {
          report(.echo(VisibleText.escaped(source.slice(statement.range))))
        }
        if case .load(let path) = statement.command {
          load(path, from: source, keepGoing: keepGoing, summary: &summary, onEvent: onEvent)
          continue
        }
        if case .lesson(let number?) = statement.command {
          // A recording keeps `lesson N`, which replays the lesson from its
          // fresh start, not the lesson's own commands.
          let kept: Recording?
          do {
            kept = try beginLesson(statement, in: source)
          } catch {
            report(.failure(Diagnostic(error, in: source, language: settings.language)))
            continue
          }
          runLesson(number.value, keepGoing: keepGoing, summary: &summary, onEvent: onEvent)
          endLesson(resuming: kept)
          continue
        }
        // A stopped command leaves the session as it was before it: each
        // command changes the session only once its long loops are done, and
        // the scene is built without a stop (no snapshot of the session is
        // kept, which would make every buffer a command grows a copy).
        do {
          try stopIfAsked(at: statement.range)
          let before = decay
          inputRounding = nil
          let output = try execute(statement, origin: source.origin)
          keepOrigin(of: statement.command, output: output, before: before)
          var notes = rebuildScene(after: statement.command)
          if let rounding = inputRounding { notes.insert(rounding.words(settings.language), at: 0) }
          if case .born = statement.command, settings.precision != .double {
            notes.insert(CensusMessage.inDouble(settings.precision).words(settings.language), at: 0)
          }
          if case .forward(let series, _) = statement.command,
            let note = SlopeMessage.fixedSlope(of: series.kind)
          {
            notes.insert(note.words(settings.language), at: 0)
          }
          if case .set(let setting) = statement.command, let kept = unshowable(setting) {
            notes.insert(kept(settings.language), at: 0)
          }
          report(.output(output, renderContext))
          for note in notes { report(.note(note)) }
          if recording != nil, statement.command.isRecorded {
            try keep(source.slice(statement.range), at: statement.range)
          }
          if case .quit = output {
            summary.quit = true
            summary.halted = true
          }
        } catch
          where error.message == Self.stoppedMessage || error.message == Self.endingMessage
        {
          summary.halted = true  // the rest of the source too
          report(.failure(Diagnostic(error, in: source, language: settings.language)))
        } catch {
          report(.failure(Diagnostic(error, in: source, language: settings.language)))
        }
      }
    }
  }

  /// Throws the stopped error when the ``cancellation`` asks to stop.
  func stopIfAsked(at range: SourceRange) throws(CommandError) {
    if cancellation.shouldStop() { throw stoppedError(at: range) }
  }

  private mutating func load(
    _ path: Located<String>, from source: Source, keepGoing: Bool, summary: inout RunSummary,
    onEvent: (InterpreterEvent) -> InterpreterFlow
  ) {
    func fail(_ message: Words) {
      summary.failures += 1
      if !keepGoing { summary.halted = true }
      let event = InterpreterEvent.failure(
        Diagnostic(
          CommandError(message, at: path.range), in: source,
          language: settings.language))
      if onEvent(event) == .stop { summary.halted = true }
    }
    let resolved = Self.resolve(path.value, relativeTo: source.directory)
    guard loading.count < Limits.maxLoadDepth else {
      return fail(InterpreterMessage.loadTooDeep(Limits.maxLoadDepth).words)
    }
    let file: ScriptFile
    do {
      file = try fileSystem.read(path: resolved)
    } catch {
      return fail(error.words)
    }
    if loading.contains(file.canonicalPath) {
      let chain = (loading + [file.canonicalPath]).joined(separator: " -> ")
      return fail(InterpreterMessage.loadCycle(chain).words)
    }
    runScript(file, path: resolved, keepGoing: keepGoing, summary: &summary, onEvent: onEvent)
  }

  private mutating func runScript(
    _ file: ScriptFile, path: String, keepGoing: Bool, summary: inout RunSummary,
    onEvent: (InterpreterEvent) -> InterpreterFlow
  ) {
    loading.append(file.canonicalPath)
    defer { loading.removeLast() }
    let source = Source(name: path, bytes: file.bytes, directory: PathText.directory(of: path))
    runSource(source, keepGoing: keepGoing, summary: &summary, onEvent: onEvent)
  }

  /// `lesson N`: the lesson in the session's language, its commands echoed.
  private mutating func runLesson(
    _ number: Int, keepGoing: Bool, summary: inout RunSummary,
    onEvent: (InterpreterEvent) -> InterpreterFlow
  ) {
    guard let lesson = LessonCatalog.find(String(number), in: settings.language) else {
      preconditionFailure("the parser checked lesson \(number)")
    }
    let name = "lesson:" + lesson.path
    guard !loading.contains(name), loading.count < Limits.maxLoadDepth else { return }
    loading.append(name)
    defer { loading.removeLast() }
    runSource(lesson.source, keepGoing: keepGoing, echo: true, summary: &summary, onEvent: onEvent)
  }

  /// Sets the session up for a lesson a front end plays itself (the lab's
  /// `lesson N`, pause by pause), as running `statement` would: the recording
  /// keeps the statement as written and sets itself aside (the lesson's own
  /// commands are not recorded), and the session starts from the defaults.
  /// - Returns: The recording set aside, for ``endLesson(resuming:)``.
  /// - Throws: The recording's write error, pointing at the statement; the
  ///   session is then unchanged but for the recording, which stopped.
  package mutating func beginLesson(_ statement: Statement, in source: Source)
    throws(CommandError) -> Recording?
  {
    if recording != nil { try keep(source.slice(statement.range), at: statement.range) }
    let kept = recording
    recording = nil
    resetForLesson()
    return kept
  }

  /// Takes back the recording ``beginLesson(_:in:)`` set aside, unless the
  /// lesson started one of its own.
  package mutating func endLesson(resuming kept: Recording?) {
    if recording == nil { recording = kept }
  }

  /// The session a shipped lesson starts from: the default settings (but
  /// the plot size, which belongs to the front end) and an empty scene; the
  /// recording and the language go on.
  package mutating func resetForLesson() {
    let size = settings.plotSize
    let language = settings.language
    settings = SessionSettings()
    settings.plotSize = size
    settings.language = language
    layerKind = .relu
    lastFeed = nil
    decay = nil
    network = nil
    trainingHistory = []
    race = nil
    lastCensus = nil
    lastTwin = nil
    origins = SessionOrigins()
    chosenSeries = nil
    hidden = []
    cursor = nil
    hiddenSeries = []
    title = nil
    scene = Scene()
    _ = rebuildScene(after: .show)
  }

  /// `path` as given if absolute, else joined to `directory`.
  static func resolve(_ path: String, relativeTo directory: String?) -> String {
    guard !path.hasPrefix("/"), let directory, !directory.isEmpty else { return path }
    return directory.hasSuffix("/") ? directory + path : directory + "/" + path
  }

}

extension Result {
  fileprivate var failureValue: Failure? {
    if case .failure(let error) = self { return error }
    return nil
  }
}
