extension Interpreter {
  /// The twin's figures, of its first run (the first seed at the first
  /// precision): log10 of each copy's loss over every data point by epoch,
  /// copy 0 (f'(0) left) solid and copy 1 (right) in the derivative's style,
  /// and the z = 0 that copy 0 met in each epoch.
  static func twinFigure(
    _ report: TwinReport, rendering: PlotRendering, language: InterfaceLanguage
  ) -> TwinFigure {
    let run = report.runs.first
    let epochs = run?.epochs ?? []
    let precision = run?.precision.rawValue ?? report.precisions.first?.rawValue ?? ""
    let seed = run?.seed ?? report.spec.seed
    let kind = report.activation.kind
    func logLoss(_ loss: (TwinEpoch) -> Double) -> [PlotPoint] {
      epochs.compactMap {
        let value = loss($0)
        guard value.isFinite, value > 0 else { return nil }
        return PlotPoint(x: Double($0.epoch), y: LibM.log10(value))
      }
    }
    let left = logLoss(\.losses.0)
    let right = logLoss(\.losses.1)
    let last = epochs.last?.epoch ?? 1
    let xRange = stepRange(last: last)
    let losses = Chart(
      series: [
        DataSeries(
          role: .line(PlotSeries(kind)),
          label: FigureLabel.twinLoss(rule: report.rules[0], precision: precision, seed: seed)
            .words, points: left),
        DataSeries(
          role: .line(PlotSeries(kind, derivative: true)),
          label: FigureLabel.twinLoss(rule: report.rules[1], precision: precision, seed: seed)
            .words, points: right),
      ], xRange: xRange,
      yRange: Chart.range(covering: (left + right).map(\.y), margin: decayMargin),
      xName: "epoch", rendering: rendering, language: language)
    let counts = epochs.map { PlotPoint(x: Double($0.epoch), y: Double($0.zeros)) }
    let most = Double(counts.map(\.y).max() ?? 0)
    let zeros = Chart(
      series: [
        DataSeries(
          role: .line(PlotSeries(kind)),
          label: FigureLabel.twinZeros(precision: precision, seed: seed).words, points: counts)
      ], xRange: xRange,
      yRange: (try? PlotBounds(lower: -0.05 * max(most, 1), upper: 1.1 * max(most, 1)))
        ?? .defaultX, xName: "epoch", rendering: rendering, language: language)
    return TwinFigure(losses: losses, zeros: zeros)
  }
}
