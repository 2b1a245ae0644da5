/// A command that made part of the session's state, with the settings it
/// ran under: what `save` writes to make that part again.
package struct StateOrigin: Sendable, Equatable {
  /// The settings in force when the command ran.
  package var settings: SessionSettings
  /// The command in its canonical form (``Command/text``); a command that
  /// drew random numbers has its generator's starting value written out.
  package var command: String
}

/// The commands that made the session's feed, decay, network, race, census
/// and twin, each with its settings: `save` replays them in order.
package struct SessionOrigins: Sendable, Equatable {
  /// The last feed.
  package var feed: [StateOrigin] = []
  /// The decays, from the last one started from a value (each `decay ... from
  /// last` after the steps the one before it had taken).
  package var decay: [StateOrigin] = []
  /// `net`, then every `train` as it ran (its epochs and its rate).
  package var network: [StateOrigin] = []
  /// The last `compare`.
  package var race: [StateOrigin] = []
  /// The last `born`.
  package var census: [StateOrigin] = []
  /// The last `twin` or `sweep precision`, after the commands that made the
  /// network it ran on (as that network was then).
  package var twin: [StateOrigin] = []
}

extension Interpreter {
  /// Keeps what a command that succeeded made, for `save`.
  mutating func keepOrigin(of command: Command, output: CommandOutput, before: DecaySimulation?) {
    func origin(_ command: Command) -> StateOrigin {
      StateOrigin(settings: settings, command: command.text)
    }
    switch (command, output) {
    case (.use, _): origins.feed = []
    case (.feed(var spec), .feed(let report)):
      if case .random(let count, nil) = spec.value {
        spec.value = .random(count: count, seed: report.seed)
      }
      origins.feed = [origin(.feed(spec))]
    case (.decay(var spec), _):
      if case .last = spec.from?.value, let before {
        origins.decay += Self.stepCommands(before.current.index).map {
          StateOrigin(settings: settings, command: $0)
        }
      } else {
        origins.decay = []
      }
      // `decay` alone takes the layer's function: write the one it took.
      if spec.function == nil, let decay { spec.function = decay.activation.kind }
      origins.decay.append(origin(.decay(spec)))
    case (.net(var net), .network(let report)):
      net.seed = report.spec.seed
      origins.network = [origin(.net(net))]
    case (.train(let epochs, _), .training(let report)):
      let count = Located(epochs?.value ?? 1)
      origins.network.append(origin(.train(epochs: count, learningRate: report.learningRate)))
    case (.compare, _): origins.race = [origin(command)]
    case (.born(var born), .census(let report)):
      born.seed = report.spec.seed
      origins.census = [origin(.born(born))]
    case (.twin, .twin), (.sweep, .twin): origins.twin = origins.network + [origin(command)]
    case (.clear(nil), _):
      origins.race = []
      origins.census = []
      origins.twin = []
    default: break
    }
  }

  /// `step N` commands that take `count` steps (none for 0).
  private static func stepCommands(_ count: Int) -> [String] {
    var left = count
    var commands: [String] = []
    while left > 0 {
      let chunk = min(left, Limits.maxSteps)
      commands.append(Command.step(chunk).text)
      left -= chunk
    }
    return commands
  }

  /// The session as a script that `load` brings back to the same scene
  /// (hidden curves and the trace cursor included):
  /// comment lines, then commands the interpreter wrote itself (each in its
  /// canonical form, every string in it quoted and escaped).
  ///
  /// The settings written are those that differ from the defaults; each
  /// command that made a part of the session runs under the settings it
  /// ran under, and the settings in force follow. The language is left
  /// out: it belongs to whoever loads the file.
  func sessionScript() -> [String] {
    var lines = [
      RecordingWriter.firstLinePrefix + "\(ReluLabVersion.current)"
        + RecordingWriter.savedFirstLineMark + "\(Platform.utcMinute()).",
      "# Bring it back with: load FILE, or relulab FILE.",
    ]
    var state = SessionSettings()
    state.language = settings.language
    func run(_ origin: StateOrigin) {
      lines += Self.settingCommands(from: &state, to: origin.settings)
      lines.append(origin.command)
    }
    if layerKind != .relu { lines.append(Command.use(layerKind).text) }
    origins.feed.forEach(run)
    if let chosenSeries { lines.append(Command.plot(chosenSeries).text) }
    origins.decay.forEach(run)
    if let decay { lines += Self.stepCommands(decay.current.index) }
    // The twin's network first: the network's own commands then make the
    // network as it is now.
    origins.twin.forEach(run)
    origins.network.forEach(run)
    origins.race.forEach(run)
    origins.census.forEach(run)
    lines += Self.settingCommands(from: &state, to: settings)
    if let title { lines.append(Command.title(title).text) }
    for target in ClearTarget.allCases where hidden.contains(target) {
      lines.append(Command.clear(target).text)
    }
    for series in PlotSeries.all where hiddenSeries.contains(series) {
      lines.append(Command.toggle(series).text)
    }
    // The cursor is put back on its own view, then the view shown follows.
    if let cursor {
      let at: Double =
        switch cursor {
        case .plot(let z): z
        case .decay(let step): Double(step)
        case .network(let x): x
        }
      lines.append(Command.view(Located(cursor.family)).text)
      lines.append(Command.trace(TraceSpec(at: Located(at))).text)
    }
    lines.append(Command.view(Located(scene.shown)).text)
    return lines
  }

  /// The `set` commands that take `state` to `target` (the language aside),
  /// the convention first, as it sets alpha and grad0.
  private static func settingCommands(
    from state: inout SessionSettings, to target: SessionSettings
  ) -> [String] {
    var commands: [String] = []
    if state.convention != target.convention {
      state.apply(.convention(target.convention))
      commands.append(setCommand(.convention, target.value(of: .convention)))
    }
    for name in SettingName.allCases where name != .lang && name != .convention {
      let value = target.value(of: name)
      if state.value(of: name) != value { commands.append(setCommand(name, value)) }
    }
    let language = state.language
    state = target
    state.language = language
    return commands
  }

  /// `save FILE [replace]` from a source of `origin`.
  /// - Throws: `CommandError` at the path: a name refused by ``WriteRules``,
  ///   an existing file without replace, a script past the most a script
  ///   may hold, or the write's error.
  mutating func save(_ target: RecordTarget, origin: SourceOrigin) throws(CommandError)
    -> CommandOutput
  {
    let path = target.path.value
    func refuse(_ reason: Words) -> CommandError {
      CommandError(FileError(path: path, reason: .refused(reason)).words, at: target.path.range)
    }
    if let reason = WriteRules.refusal(
      of: path, fileExtension: "relu", what: Words(en: "a saved session", zh: "保存的会话"),
      origin: origin)
    {
      throw refuse(reason)
    }
    let lines = sessionScript()
    let text = lines.map { $0 + "\n" }.joined()
    guard text.utf8.count <= RealFileSystem.maxBytes else {
      throw refuse(InterpreterMessage.saveTooLarge(limit: RealFileSystem.maxBytes).words)
    }
    do {
      try writeOnce { (fileSystem) throws(FileError) in
        _ = try fileSystem.startRecording(
          text, at: path, mode: target.mode, limit: RealFileSystem.maxBytes)
      }
    } catch {
      switch error.reason {
      case .recordingExists, .recordingExistsNow:
        throw refuse(InterpreterMessage.saveExists.words)
      default: throw CommandError(error.words, at: target.path.range)
      }
    }
    return .saved(path: path, commands: lines.count { !$0.hasPrefix("#") })
  }
}
