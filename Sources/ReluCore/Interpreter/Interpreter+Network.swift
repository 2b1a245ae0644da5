extension Interpreter {
  /// How many epoch records a session keeps for its charts.
  package static let trainingHistoryLimit = 10_000

  /// `net`: builds the network, with the defaults for what was not written.
  mutating func buildNetwork(_ command: NetCommand, at range: SourceRange) throws(CommandError)
    -> NetworkReport
  {
    var spec = NetworkSpec(
      activation: command.activation, width: command.width ?? NetworkSpec.defaultWidth,
      depth: command.depth ?? NetworkSpec.defaultDepth, target: command.target ?? .sin,
      points: command.points ?? NetworkSpec.defaultPoints,
      seed: command.seed ?? unseededDraw(), initialization: command.initialization ?? .he)
    try Self.applySlopeOptions(command, to: &spec, at: range)
    // Building runs a forward pass for epoch 0 and the figures another: two
    // thirds of an epoch's work (forward, and backward's two products).
    try checkWork(spec.workPerEpoch, at: range)
    try checkMemory(spec.memoryBytes, for: "net", at: range)
    let built = Network(spec)
    let f = spec.activation.activation(settings.parameters)
    let record = built.record(
      epoch: 0, activation: f, atZero: settings.gradientAtZero, precision: settings.precision,
      cancellation: cancellation)
    try stopIfAsked(at: range)
    network = built
    trainingHistory = [record]
    return NetworkReport(
      spec: spec, activation: f, record: record, precision: settings.precision)
  }

  /// `train`: epochs of gradient descent on the network.
  mutating func trainNetwork(
    epochs: Located<Int>?, rate: Double?, at range: SourceRange
  ) throws(CommandError) -> TrainingReport {
    var trained = try currentNetwork(range)
    let count = epochs?.value ?? 1
    try checkWork(Double(count) * trained.spec.workPerEpoch, at: epochs?.range ?? range)
    try checkMemory(trained.spec.memoryBytes, for: "train", at: range)
    if let last = trainingHistory.last, last.status == .diverged {
      throw CommandError(
        InterpreterMessage.trainingDiverged(epoch: last.epoch).words,
        at: range)
    }
    let f = trained.spec.activation.activation(settings.parameters)
    let learningRate = rate ?? settings.learningRate
    let records = trained.train(
      epochs: count, rate: learningRate, after: trainingHistory.last?.epoch ?? 0,
      activation: f, atZero: settings.gradientAtZero, precision: settings.precision,
      cancellation: cancellation)
    try stopIfAsked(at: range)
    network = trained
    // In place: the history grows in its own buffer and sheds its oldest
    // records there, never copied whole per command.
    trainingHistory.append(contentsOf: records)
    let excess = trainingHistory.count - Self.trainingHistoryLimit
    if excess > 0 { trainingHistory.removeFirst(excess) }
    return TrainingReport(
      spec: trained.spec, activation: f, learningRate: learningRate, records: records,
      precision: settings.precision)
  }

  /// `sweep`: a fresh copy of the network trained at each rate.
  func sweepNetwork(rates: [Double], epochs: Located<Int>?, at range: SourceRange)
    throws(CommandError) -> SweepReport
  {
    let built = try currentNetwork(range)
    let count = epochs?.value ?? Limits.defaultSweepEpochs
    try checkWork(
      Double(rates.count) * Double(count) * built.spec.workPerEpoch, at: epochs?.range ?? range)
    try checkMemory(built.spec.memoryBytes, for: "sweep", at: range)
    let f = built.spec.activation.activation(settings.parameters)
    var rows: [SweepReport.Row] = []
    for rate in rates {
      var fresh = Network(built.spec)
      let records = fresh.train(
        epochs: count, rate: rate, after: 0, activation: f, atZero: settings.gradientAtZero,
        precision: settings.precision, cancellation: cancellation)
      try stopIfAsked(at: range)
      let last =
        records.last
        ?? fresh.record(
          epoch: 0, activation: f, atZero: settings.gradientAtZero, precision: settings.precision)
      rows.append(SweepReport.Row(learningRate: rate, record: last))
    }
    return SweepReport(
      spec: built.spec, activation: f, epochs: count, rows: rows, precision: settings.precision)
  }

  /// `sweep functions`: each compared function trains the network's shape
  /// from each seed at each rate.
  func sweepFunctions(
    rates: [Double], seeds: [UInt64], epochs: Located<Int>?, at range: SourceRange
  ) throws(CommandError) -> FunctionSweepReport {
    let built = try currentNetwork(range)
    let count = epochs?.value ?? Limits.defaultSweepEpochs
    let functions = FunctionSweepReport.functions
    let seeds = seeds.isEmpty ? [built.spec.seed] : seeds
    let rates = rates.isEmpty ? [settings.learningRate] : rates
    try checkWork(
      Double(functions.count * rates.count * seeds.count) * Double(count)
        * built.spec.workPerEpoch, at: epochs?.range ?? range)
    try checkMemory(built.spec.memoryBytes, for: "sweep", at: range)
    var rows: [FunctionSweepReport.Row] = []
    for f in functions {
      for rate in rates {
        var records: [EpochRecord] = []
        for seed in seeds {
          var spec = built.spec
          spec.activation = f.kind
          spec.seed = seed
          var fresh = Network(spec)
          let run = fresh.train(
            epochs: count, rate: rate, after: 0, activation: f, atZero: settings.gradientAtZero,
            precision: settings.precision, cancellation: cancellation)
          try stopIfAsked(at: range)
          if let last = run.last { records.append(last) }
        }
        rows.append(FunctionSweepReport.Row(activation: f, learningRate: rate, records: records))
      }
    }
    return FunctionSweepReport(
      spec: built.spec, epochs: count, seeds: seeds, rows: rows, precision: settings.precision)
  }

  /// `twin`, or `sweep precision` (`precisions` given): two copies of the
  /// network as built, f'(0) apart, trained side by side at each precision
  /// for each seed.
  func twinNetwork(_ command: TwinCommand, precisions: [Precision]?, at range: SourceRange)
    throws(CommandError) -> TwinReport
  {
    let built = try currentNetwork(range)
    let f = built.spec.activation.activation(settings.parameters)
    guard built.spec.activation.isRectifier else {
      throw CommandError(TwinMessage.noKink(function: f.name).words, at: range)
    }
    let points = built.spec.points
    if let batch = command.batch, batch.value > points {
      throw CommandError(
        TwinMessage.batchTooLarge(batch: batch.value, points: points).words, at: batch.range)
    }
    let batch = command.batch.map(\.value).flatMap { $0 == points ? nil : $0 }
    let epochs = command.epochs?.value ?? Limits.defaultTwinEpochs
    let seeds = command.seeds.isEmpty ? [built.spec.seed] : command.seeds.map(\.value)
    let formats = precisions ?? [settings.precision]
    // Two copies; mini-batches add a forward pass over the data per epoch.
    let passes = batch == nil ? 2.0 : 2.0 * 4 / 3
    try checkWork(
      passes * Double(formats.count * seeds.count) * Double(epochs) * built.spec.workPerEpoch,
      at: command.epochs?.range ?? range)
    try checkMemory(
      2 * built.spec.memoryBytes, for: precisions == nil ? "twin" : "sweep", at: range)
    let spec = TwinSpec(
      epochs: epochs, batch: batch, rate: settings.learningRate, precision: .double)
    var runs: [TwinRun] = []
    for precision in formats {
      for seed in seeds {
        var networkSpec = built.spec
        networkSpec.seed = seed
        var twinSpec = spec
        twinSpec.precision = precision
        // nil only when the cancellation stopped it, which stopIfAsked says.
        guard
          let run = Network(networkSpec).twin(twinSpec, activation: f, cancellation: cancellation)
        else {
          try stopIfAsked(at: range)
          continue
        }
        try stopIfAsked(at: range)
        runs.append(run)
      }
    }
    return TwinReport(
      spec: built.spec, activation: f, epochs: epochs, batch: batch, rate: settings.learningRate,
      precisions: formats, runs: runs, fromSweep: precisions != nil)
  }

  /// PReLU's and RReLU's options of `net` into `spec`, each checked: they
  /// go with their own function only, alpha0 is finite, 0 <= L <= U <= 1.
  private static func applySlopeOptions(
    _ command: NetCommand, to spec: inout NetworkSpec, at range: SourceRange
  ) throws(CommandError) {
    let function = command.activation.rawValue
    let preluOptions: [(String, SourceRange?)] = [
      ("slope", command.sharing?.range), ("alpha0", command.startingSlope?.range),
    ]
    let rreluOptions: [(String, SourceRange?)] = [
      ("lower", command.lower?.range), ("upper", command.upper?.range),
    ]
    if command.activation != .prelu {
      for case (let option, let range?) in preluOptions {
        throw CommandError(
          SlopeMessage.preluOptionOnly(option: option, function: function).words, at: range)
      }
    }
    if command.activation != .rrelu {
      for case (let option, let range?) in rreluOptions {
        throw CommandError(
          SlopeMessage.rreluOptionOnly(option: option, function: function).words, at: range)
      }
    }
    if let sharing = command.sharing { spec.slopeSharing = sharing.value }
    if let slope = command.startingSlope {
      guard slope.value.isFinite else {
        throw CommandError(SlopeMessage.startingSlopeNotFinite(slope.value).words, at: slope.range)
      }
      spec.startingSlope = slope.value == 0 ? 0 : slope.value
    }
    let lower = command.lower?.value ?? spec.randomSlopes.lowerBound
    let upper = command.upper?.value ?? spec.randomSlopes.upperBound
    guard lower >= 0, lower <= upper, upper <= 1 else {
      throw CommandError(
        SlopeMessage.badBounds(lower: lower, upper: upper).words,
        at: (command.upper ?? command.lower)?.range ?? range)
    }
    spec.randomSlopes = (lower == 0 ? 0 : lower)...upper
  }

  private func currentNetwork(_ range: SourceRange) throws(CommandError) -> Network {
    guard let network else {
      throw CommandError(InterpreterMessage.noNetwork.words, at: range)
    }
    return network
  }

  /// Refuses a command whose large buffers, about `bytes`, cannot be had.
  ///
  /// Checked with `malloc` before they are made (see
  /// ``Platform/canAllocate(bytes:)``), so short of memory the command is a
  /// one-line error naming it, not a crash. Small needs are not checked.
  func checkMemory(_ bytes: Double, for name: String, at range: SourceRange) throws(CommandError) {
    guard bytes >= Double(Limits.checkedMemoryBytes) else { return }
    guard bytes < Double(Int.max / 2), Platform.canAllocate(bytes: Int(bytes)) else {
      throw CommandError(
        InterpreterMessage.noMemory(command: name, megabytes: bytes / 1e6).words,
        at: range)
    }
  }

  /// Refuses a command that would run for minutes.
  func checkWork(_ work: Double, at range: SourceRange) throws(CommandError) {
    guard work <= NetworkSpec.maxWork else {
      throw CommandError(
        InterpreterMessage.tooMuchWork(work, most: NetworkSpec.maxWork).words,
        at: range)
    }
  }
}

extension Interpreter {
  /// What the network's figures depend on now.
  func networkInputs(_ network: Network) -> NetworkFigure.Inputs {
    NetworkFigure.Inputs(
      spec: network.spec, epochs: trainingHistory.count,
      lastEpoch: trainingHistory.last?.epoch ?? 0,
      alpha: network.spec.activation == .leaky ? settings.alpha : 0,
      gradientAtZero: settings.gradientAtZero, precision: settings.precision,
      rendering: settings.rendering, language: settings.language)
  }

  /// The network's three charts: the fit (targets as dots, the network's
  /// output as a line, and for depth 1 each unit's kink on the x axis, dead
  /// ones as `x`), log10 of the loss by epoch, and the dead units by epoch.
  /// - Complexity: One forward pass over the data.
  func networkFigure(_ network: Network, inputs: NetworkFigure.Inputs) -> NetworkFigure {
    let spec = network.spec
    let f = spec.activation.activation(settings.parameters)
    // Not stopped midway: the command before it is done, and its scene with it.
    let (outputs, dead) = network.predictions(
      activation: f, atZero: settings.gradientAtZero, precision: settings.precision)
    let epoch = trainingHistory.last?.epoch ?? 0
    var fitSeries = [
      DataSeries(
        role: .points, label: FigureLabel.networkTarget(formula: spec.target.formula).words,
        points: zip(network.x, network.y).map { PlotPoint(x: $0, y: $1) }),
      DataSeries(
        role: .line(PlotSeries(spec.activation)),
        label: FigureLabel.networkOutput(epoch: epoch).words,
        points: zip(network.x, outputs).map { PlotPoint(x: $0, y: $1) }),
    ]
    if spec.depth == 1 {
      let kinks = network.kinks
      for deadOnes in [false, true] {
        let points = kinks.indices.compactMap { j -> PlotPoint? in
          guard dead[j] == deadOnes, let x = kinks[j], abs(x) <= 1 else { return nil }
          return PlotPoint(x: x, y: 0)
        }
        if !points.isEmpty {
          fitSeries.append(
            DataSeries(
              role: .marks(dead: deadOnes), label: FigureLabel.kink(dead: deadOnes).words,
              points: points))
        }
      }
    }
    let fit = Chart(
      series: fitSeries, xRange: (try? PlotBounds(lower: -1, upper: 1)) ?? .defaultX,
      yRange: Chart.range(covering: network.y + outputs, margin: Self.decayMargin), xName: "x",
      wholeX: false, rendering: settings.rendering, language: settings.language)
    let epochs = Self.stepRange(last: max(epoch, 1))
    let losses = trainingHistory.filter { $0.loss.isFinite && $0.loss > 0 }.map {
      PlotPoint(x: Double($0.epoch), y: LibM.log10($0.loss))
    }
    let loss = Chart(
      series: [
        DataSeries(
          role: .line(PlotSeries(spec.activation, derivative: true)),
          label: FigureLabel.logLoss.words, points: losses,
          highlighted: losses.isEmpty ? nil : losses.count - 1)
      ], xRange: epochs, yRange: Chart.range(covering: losses.map(\.y), margin: Self.decayMargin),
      xName: "epoch", rendering: settings.rendering, language: settings.language)
    let units = spec.width * spec.depth
    // A diverged epoch's record repeats the units of the state kept, the
    // epoch before: its charts end there, as the loss chart does.
    let kept = trainingHistory.filter { $0.status != .diverged }
    let deadPoints = kept.map { PlotPoint(x: Double($0.epoch), y: Double($0.totalDead)) }
    let deadChart = Chart(
      series: [
        DataSeries(
          role: .reference, label: FigureLabel.allUnits(units).words,
          points: [PlotPoint(x: 0, y: Double(units))]),
        DataSeries(
          role: .line(PlotSeries(spec.activation)), label: FigureLabel.deadByEpoch.words,
          points: deadPoints, highlighted: deadPoints.isEmpty ? nil : deadPoints.count - 1),
      ], xRange: epochs,
      yRange: (try? PlotBounds(lower: -0.05 * Double(units), upper: 1.1 * Double(units)))
        ?? .defaultX, xName: "epoch", rendering: settings.rendering,
      language: settings.language)
    return NetworkFigure(
      fit: fit, loss: loss, dead: deadChart,
      slopes: slopeChart(spec, history: kept, epochs: epochs), inputs: inputs)
  }

  /// A PReLU network's learned slopes by epoch: the mean as prelu's line,
  /// the least and the greatest as prelu''s; nil when `history` has none.
  private func slopeChart(_ spec: NetworkSpec, history: [EpochRecord], epochs: PlotBounds)
    -> Chart?
  {
    let summaries = history.compactMap { record in
      record.slopes.map { (epoch: Double(record.epoch), slopes: $0) }
    }
    guard !summaries.isEmpty else { return nil }
    func points(_ value: (SlopeSummary) -> Double) -> [PlotPoint] {
      summaries.filter { value($0.slopes).isFinite }.map {
        PlotPoint(x: $0.epoch, y: value($0.slopes))
      }
    }
    let mean = points(\.mean)
    let least = points(\.min)
    let greatest = points(\.max)
    let bounds = PlotSeries(spec.activation, derivative: true)
    return Chart(
      series: [
        DataSeries(
          role: .line(PlotSeries(spec.activation)), label: FigureLabel.meanSlopeByEpoch.words,
          points: mean, highlighted: mean.isEmpty ? nil : mean.count - 1),
        DataSeries(
          role: .line(bounds), label: FigureLabel.slopeBoundsByEpoch.words, points: least),
        DataSeries(
          role: .line(bounds), label: FigureLabel.slopeBoundsByEpoch.words, points: greatest,
          inLegend: false),
      ], xRange: epochs,
      yRange: Chart.range(covering: least.map(\.y) + greatest.map(\.y), margin: Self.decayMargin),
      xName: "epoch", rendering: settings.rendering, language: settings.language)
  }
}
