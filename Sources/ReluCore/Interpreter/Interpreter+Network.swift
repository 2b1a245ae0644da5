extension Interpreter {
  /// How many epoch records a session keeps for its charts.
  package static let trainingHistoryLimit = 10_000

  /// `net`: builds the network, with the defaults for what was not written.
  mutating func buildNetwork(_ command: NetCommand) -> NetworkReport {
    var system = SystemRandomNumberGenerator()
    let spec = NetworkSpec(
      activation: command.activation, width: command.width ?? NetworkSpec.defaultWidth,
      depth: command.depth ?? NetworkSpec.defaultDepth, target: command.target ?? .sin,
      points: command.points ?? NetworkSpec.defaultPoints,
      seed: command.seed ?? system.next() >> 12)  // short enough to retype
    let built = Network(spec)
    let f = spec.activation.activation(alpha: settings.alpha)
    let record = built.record(epoch: 0, activation: f, atZero: settings.gradientAtZero)
    network = built
    trainingHistory = [record]
    return NetworkReport(spec: spec, activation: f, record: record)
  }

  /// `train`: epochs of gradient descent on the network.
  mutating func trainNetwork(
    epochs: Located<Int>?, rate: Double?, at range: SourceRange
  ) throws(CommandError) -> TrainingReport {
    var trained = try currentNetwork(range)
    let count = epochs?.value ?? 1
    try checkWork(Double(count) * trained.spec.workPerEpoch, at: epochs?.range ?? range)
    if let last = trainingHistory.last, last.status == .diverged {
      throw CommandError(
        "training diverged at epoch \(last.epoch); build the network again with net", at: range)
    }
    let f = trained.spec.activation.activation(alpha: settings.alpha)
    let learningRate = rate ?? settings.learningRate
    let records = trained.train(
      epochs: count, rate: learningRate, after: trainingHistory.last?.epoch ?? 0,
      activation: f, atZero: settings.gradientAtZero)
    network = trained
    trainingHistory = Array((trainingHistory + records).suffix(Self.trainingHistoryLimit))
    return TrainingReport(
      spec: trained.spec, activation: f, learningRate: learningRate, records: records)
  }

  /// `sweep`: a fresh copy of the network trained at each rate.
  func sweepNetwork(rates: [Double], epochs: Located<Int>?, at range: SourceRange)
    throws(CommandError) -> SweepReport
  {
    let built = try currentNetwork(range)
    let count = epochs?.value ?? Limits.defaultSweepEpochs
    try checkWork(
      Double(rates.count) * Double(count) * built.spec.workPerEpoch, at: epochs?.range ?? range)
    let f = built.spec.activation.activation(alpha: settings.alpha)
    let rows = rates.map { rate in
      var fresh = Network(built.spec)
      let records = fresh.train(
        epochs: count, rate: rate, after: 0, activation: f, atZero: settings.gradientAtZero)
      let last =
        records.last ?? fresh.record(epoch: 0, activation: f, atZero: settings.gradientAtZero)
      return SweepReport.Row(learningRate: rate, record: last)
    }
    return SweepReport(spec: built.spec, activation: f, epochs: count, rows: rows)
  }

  private func currentNetwork(_ range: SourceRange) throws(CommandError) -> Network {
    guard let network else {
      throw CommandError("no network is built; build one, e.g. net relu", at: range)
    }
    return network
  }

  /// Refuses a command that would run for minutes.
  private func checkWork(_ work: Double, at range: SourceRange) throws(CommandError) {
    guard work <= NetworkSpec.maxWork else {
      throw CommandError(
        "that is about \(NumberFormat.short(work)) multiply-adds, more than one command runs"
          + " (\(NumberFormat.short(NetworkSpec.maxWork))); train fewer epochs or a smaller net",
        at: range)
    }
  }
}
