extension Interpreter {
  /// Runs one statement against the session.
  /// - Parameters:
  ///   - statement: The statement.
  ///   - origin: Who wrote it, which decides what `export` and `record` may
  ///     write (``WriteRules``).
  /// - Returns: What the command produced.
  /// - Throws: `CommandError` pointing into the statement; the session is
  ///   then unchanged.
  mutating func execute(
    _ statement: Statement, origin: SourceOrigin
  ) throws(CommandError) -> CommandOutput {
    switch statement.command {
    case .set(let setting):
      if unshowable(setting) != nil {
        return .setting(setting.name, settings.value(of: setting.name))
      }
      settings.apply(setting)
      return .setting(setting.name, settings.value(of: setting.name))
    case .show: return .settings(settings)
    case .use(let kind):
      layerKind = kind
      lastFeed = nil
      return .layer(layerActivation)
    case .feed(let spec):
      // The input, the output, the codes and the mask while it is shown.
      try checkMemory(25 * Double(spec.value.count), for: "feed", at: statement.range)
      return .feed(try feed(spec))
    case .backward(let spec):
      try checkMemory(16 * Double(spec.value.count), for: "backward", at: statement.range)
      return .backward(try backward(spec))
    case .forward(let series, let spec):
      try checkMemory(16 * Double(spec.value.count), for: "forward", at: statement.range)
      let (input, seed) = try tensor(spec)
      let f = series.kind.activation(settings.parameters)
      // A rectifier as the convention's framework computes it, and as feed's mask is.
      let scalars = Self.forward(
        input.scalars, f, derivative: series.isDerivative, atZero: settings.gradientAtZero,
        convention: settings.convention, in: settings.precision)
      let output = Tensor(shapeOf: input, scalars: scalars)
      return .forward(
        ForwardReport(
          activation: f, isDerivative: series.isDerivative, input: input, output: output,
          seed: seed))
    case .plot(let series):
      chosenSeries = series.isEmpty ? nil : series
      hiddenSeries = []
      return .plot(plottedSeries)
    case .decay(let spec):
      // Left out, as F4 takes them: the layer's function, the chapter's 0.9 to 0.5.
      let f = (spec.function ?? layerKind).activation(settings.parameters)
      let rate = spec.learningRate ?? settings.learningRate
      let from =
        spec.from ?? Located(value: .value(DecaySimulation.chapterStart), range: statement.range)
      let to = spec.to ?? Located(value: DecaySimulation.chapterTarget, range: statement.range)
      var typed = [spec.to?.value, spec.learningRate].compactMap { $0 }
      if case .value(let start)? = spec.from?.value { typed.insert(start, at: 0) }
      noteRounding(of: typed, in: settings.precision)
      let simulation: DecaySimulation
      switch from.value {
      case .value(let start):
        simulation = try startDecay(
          f, from: Located(value: start, range: from.range), to: to, learningRate: rate)
      case .last:
        guard let previous = decay else {
          throw CommandError(
            InterpreterMessage.noDecayToContinue.words,
            at: from.range)
        }
        simulation = try continueDecay(
          f, at: previous.current.z, to: to, learningRate: rate)
      }
      decay = simulation
      hidden.remove(.decay)
      var report = Self.report(simulation)
      if spec.function == nil || spec.from == nil {
        report.defaults = DecayDefaults(function: spec.function == nil, range: spec.from == nil)
      }
      return .decay(report)
    case .step(let count):
      var simulation = try currentDecay(statement.range)
      guard !simulation.isFinished else { return .finished(Self.report(simulation)) }
      var taken: [DecayStep] = []
      for index in 0..<count {
        if index % Self.stepsBetweenLooks == 0 { try stopIfAsked(at: statement.range) }
        guard let step = simulation.advance() else { break }
        taken.append(step)
      }
      decay = simulation
      hidden.remove(.decay)
      return .steps(
        StepsReport(
          activation: simulation.activation, steps: taken, status: simulation.status,
          start: simulation.start, target: simulation.target, overshoot: simulation.overshoot))
    case .run(let maxSteps):
      var simulation = try currentDecay(statement.range)
      var left = maxSteps ?? Limits.defaultRunSteps
      var status = simulation.run(maxSteps: 0)
      while left > 0, !simulation.isFinished {
        try stopIfAsked(at: statement.range)
        status = simulation.run(maxSteps: min(left, Self.stepsBetweenLooks))
        left -= Self.stepsBetweenLooks
      }
      decay = simulation
      hidden.remove(.decay)
      return .run(
        RunReport(
          activation: simulation.activation, status: status, final: simulation.current,
          start: simulation.start, target: simulation.target, overshoot: simulation.overshoot))
    case .reset:
      var simulation = try currentDecay(statement.range)
      simulation.reset()
      decay = simulation
      hidden.remove(.decay)
      return .reset(Self.report(simulation))
    case .compare(let spec): return .compare(try compare(spec))
    case .clear(let target):
      if let target {
        hidden.insert(target)
      } else {
        hidden = Set(ClearTarget.allCases)
        race = nil
        lastCensus = nil
        lastTwin = nil
      }
      return .cleared(target)
    case .load:
      preconditionFailure("load is run by the interpreter's loop")
    case .say(let text): return .say(text)
    case .pause(let text):
      return .pause(text)
    case .title(let text):
      title = text.isEmpty ? nil : text
      return .title(text)
    case .record(let target?):
      return try startRecording(target, origin: origin)
    case .record(nil):
      guard let recording else {
        throw CommandError(
          InterpreterMessage.notRecording.words, at: statement.range)
      }
      self.recording = nil
      return .recording(path: recording.path, started: false, commands: recording.commands.count)
    case .save(let target): return try save(target, origin: origin)
    case .lesson(let number):
      guard number == nil else { preconditionFailure("a lesson is run by the interpreter's loop") }
      return .lessons(LessonCatalog.lessons(in: settings.language))
    case .help(let topic): return .help(topic)
    case .quit: return .quit
    case .export(let format, let path):
      if let reason = WriteRules.refusal(
        of: path.value, fileExtension: format.rawValue,
        what: Words(en: "\(format.article) export", zh: "\(format.rawValue) 导出"),
        origin: origin)
      {
        throw CommandError(
          FileError(path: path.value, reason: .refused(reason)).words, at: path.range)
      }
      let (contents, subject) = PlotExport.file(format, of: scene, size: settings.plotSize)
      do {
        try write(contents, to: path.value)
      } catch {
        throw CommandError(error.words, at: path.range)
      }
      return .exported(format: format, path: path.value, subject: subject)
    case .net(let command):
      let report = try buildNetwork(command, at: statement.range)
      hidden.remove(.network)
      return .network(report)
    case .train(let epochs, let rate):
      let report = try trainNetwork(epochs: epochs, rate: rate, at: statement.range)
      hidden.remove(.network)
      return .training(report)
    case .sweep(let sweep):
      if let functions = sweep.functions {
        if let option = sweep.precisions.first?.range ?? sweep.twin.batch?.range {
          throw CommandError(SlopeMessage.functionsTakeRatesAndSeeds.words, at: option)
        }
        let report = try sweepFunctions(
          rates: sweep.rates.map(\.value), seeds: sweep.twin.seeds.map(\.value),
          epochs: sweep.twin.epochs, at: functions.union(statement.range))
        hidden.remove(.network)
        return .functionSweep(report)
      }
      if !sweep.precisions.isEmpty {
        if let rate = sweep.rates.first {
          throw CommandError(TwinMessage.sweepBothLists.words, at: rate.range)
        }
        let report = try twinNetwork(
          sweep.twin, precisions: sweep.precisions.map(\.value), at: statement.range)
        lastTwin = report
        return .twin(report)
      }
      guard !sweep.rates.isEmpty else {
        throw CommandError(TwinMessage.sweepNeedsList.words, at: statement.range)
      }
      if let batch = sweep.twin.batch {
        throw CommandError(
          TwinMessage.onlyWithPrecision(option: "batch").words, at: batch.range)
      }
      if let seed = sweep.twin.seeds.first {
        throw CommandError(TwinMessage.onlyWithPrecision(option: "seeds").words, at: seed.range)
      }
      let report = try sweepNetwork(
        rates: sweep.rates.map(\.value), epochs: sweep.twin.epochs, at: statement.range)
      hidden.remove(.network)
      return .sweep(report)
    case .twin(let command):
      let report = try twinNetwork(command, precisions: nil, at: statement.range)
      lastTwin = report
      return .twin(report)
    case .born(let command):
      let report = try census(command, at: statement.range)
      lastCensus = report
      return .census(report)
    case .view(let name):
      if let name {
        guard scene.has(name.value) else {
          throw CommandError(viewUnavailable(name.value), at: name.range)
        }
        scene.shown = name.value
      }
      let others = scene.families.filter { $0 != scene.shown }
      return .view(shown: scene.shown, switched: name != nil, others: others)
    case .trace(let spec):
      return .trace(try trace(spec, at: statement.range))
    case .toggle(let series):
      guard plottedSeries.contains(series) else {
        throw CommandError(TraceMessage.notPlotted(series.description).words, at: statement.range)
      }
      if hiddenSeries.remove(series) == nil { hiddenSeries.insert(series) }
      return .toggled(series, hidden: hiddenSeries.contains(series))
    }
  }

  private mutating func feed(_ spec: Located<VectorSpec>) throws(CommandError) -> FeedReport {
    let (input, seed) = try tensor(spec)
    let (layer, output) = FedLayer.feeding(input, through: layerKind, settings: settings)
    let report = FeedReport(
      activation: layerActivation, input: input, output: output,
      statistics: FeedStatistics(input: input, output: output, precision: settings.precision),
      seed: seed, layer: layer)
    lastFeed = report
    hidden.remove(.feed)
    // The feed's points go on its layer's curve: plotted now if it was not.
    if let chosen = chosenSeries, !chosen.contains(PlotSeries(layerKind)) {
      chosenSeries = chosen + [PlotSeries(layerKind)]
    }
    return report
  }

  private mutating func backward(_ spec: Located<VectorSpec>) throws(CommandError) -> BackwardReport
  {
    let (typed, seed) = try tensor(spec, rounding: false)
    do throws(LayerError) {
      guard let lastFeed else { throw LayerError.backwardBeforeForward }
      // In the precision of the feed, whose mask it multiplies.
      let upstream = held(typed, typed: seed == nil, in: lastFeed.layer.packedMask.precision)
      let gradient = try lastFeed.layer.backward(upstream)
      // The mask, and so the activation, is the one of the last feed.
      return BackwardReport(
        activation: lastFeed.activation, upstream: upstream, gradient: gradient)
    } catch {
      throw CommandError(error.words, at: spec.range)
    }
  }

  /// The vector `spec` writes or draws, rounded to the session's precision
  /// unless `rounding` is false (a typed value that changes is noted).
  private mutating func tensor(
    _ spec: Located<VectorSpec>, rounding: Bool = true
  ) throws(CommandError) -> (Tensor, UInt64?) {
    let (tensor, seed) = try drawn(spec)
    return (rounding ? held(tensor, typed: seed == nil) : tensor, seed)
  }

  /// The vector `spec` writes, or draws in Double.
  private mutating func drawn(_ spec: Located<VectorSpec>) throws(CommandError) -> (
    Tensor, UInt64?
  ) {
    switch spec.value {
    case .literal(let tensor):
      return (tensor, nil)
    case .random(let count, let seed):
      let chosen = seed ?? unseededDraw()
      var generator = SplitMix64(seed: chosen)
      guard count > Self.valuesBetweenLooks else {
        return (Tensor(generator.standardNormals(count: count)), chosen)
      }
      // In even chunks (whole Box-Muller pairs: the same values as one
      // call), looking at the cancellation between them.
      var values: [Double] = []
      values.reserveCapacity(count)
      while values.count < count {
        try stopIfAsked(at: spec.range)
        values += generator.standardNormals(
          count: min(Self.valuesBetweenLooks, count - values.count))
      }
      return (Tensor(values), chosen)
    }
  }

  /// Decay steps taken between two looks at the cancellation.
  static var stepsBetweenLooks: Int { 4096 }
  /// Random values drawn between two looks at the cancellation (even).
  static var valuesBetweenLooks: Int { 1 << 16 }

  private func startDecay(
    _ f: Activation, from: Located<Double>, to: Located<Double>, learningRate: Double,
    precision: Precision? = nil
  ) throws(CommandError) -> DecaySimulation {
    do {
      return try DecaySimulation(
        activation: f, from: from.value, to: to.value, learningRate: learningRate,
        gradientAtZero: settings.gradientAtZero, precision: precision ?? settings.precision)
    } catch {
      switch error {
      case .startOutsideRange: throw CommandError(error.words, at: from.range)
      case .targetOutsideRange: throw CommandError(error.words, at: to.range)
      }
    }
  }

  private func continueDecay(
    _ f: Activation, at z: Double, to: Located<Double>, learningRate: Double
  ) throws(CommandError) -> DecaySimulation {
    do {
      return try DecaySimulation(
        activation: f, fromZ: z, to: to.value, learningRate: learningRate,
        gradientAtZero: settings.gradientAtZero, precision: settings.precision)
    } catch {
      throw CommandError(error.words, at: to.range)
    }
  }

  private func currentDecay(_ range: SourceRange) throws(CommandError) -> DecaySimulation {
    guard let decay else {
      throw CommandError(InterpreterMessage.noDecay.words, at: range)
    }
    return decay
  }

  /// Why `view NAME` has nothing to show, and what would make it, in each
  /// language.
  func viewUnavailable(_ name: ViewName) -> Words {
    switch name.family {
    case .net where name == .slopes && network?.spec.activation != .prelu:
      SceneMessage.slopesNeedPrelu(function: network?.spec.activation.rawValue).words
    case .decay where decay != nil, .net where network != nil:
      SceneMessage.viewCleared(name).words
    case .decay, .race, .net, .born, .twin: SceneMessage.viewNothingYet(name).words
    case .plot, .steps, .fit, .loss, .slopes, .depth, .heat, .zeros:
      SceneMessage.viewAlwaysShows(name).words
    }
  }

  private mutating func compare(_ spec: CompareSpec) throws(CommandError) -> CompareReport {
    let start = spec.from?.value ?? DecaySimulation.chapterStart
    let target = spec.to?.value ?? DecaySimulation.chapterTarget
    let rate = spec.learningRate ?? settings.learningRate
    var runs: [(row: CompareReport.Row, values: [Double])] = []
    let precisions = spec.precisions ?? [settings.precision]
    // One note, for the narrowest precision that changes a typed value.
    for precision in precisions.sorted(by: { $0.significandBits < $1.significandBits })
    where inputRounding == nil {
      noteRounding(
        of: [spec.from?.value, spec.to?.value, spec.learningRate].compactMap { $0 }, in: precision)
    }
    // One function alone races as the chapter's race does: against relu (relu
    // against sigmoid).
    var functions = spec.functions
    var added: ActivationKind?
    if functions.count == 1, let only = functions.first {
      let partner: ActivationKind = only.value == .relu ? .sigmoid : .relu
      added = partner
      let other = Located(value: partner, range: only.range)
      // In the table's order: relu first, sigmoid after it.
      functions = only.value == .relu ? [only, other] : [other, only]
    }
    for function in functions {
      for precision in precisions {
        let f = function.value.activation(settings.parameters)
        let from = spec.from ?? Located(value: start, range: function.range)
        let to = spec.to ?? Located(value: target, range: function.range)
        var simulation = try startDecay(
          f, from: from, to: to, learningRate: rate, precision: precision)
        var values = [simulation.current.value]
        while !simulation.isFinished, values.count <= Limits.defaultRunSteps {
          simulation.advance()
          values.append(simulation.current.value)
        }
        let status = simulation.isFinished ? simulation.status : .limit
        let row = CompareReport.Row(
          activation: f, status: status, final: simulation.current,
          overshoot: simulation.overshoot, precision: precision)
        runs.append((row, values))
      }
    }
    race = Self.race(
      runs, start: start, target: target, rendering: settings.rendering,
      namingPrecision: spec.precisions != nil)
    return CompareReport(
      start: start, target: target, learningRate: rate, rows: runs.map(\.row),
      added: added?.activation(settings.parameters), precisions: spec.precisions)
  }

  private static func report(_ simulation: DecaySimulation) -> DecayReport {
    DecayReport(
      activation: simulation.activation, start: simulation.start, target: simulation.target,
      learningRate: simulation.learningRate, current: simulation.current,
      status: simulation.status)
  }
}
