extension TextReport {
  /// The most epochs a `train` table lists in full; longer runs show every
  /// k-th epoch and the last.
  package static let fullEpochTable = 12

  /// `50%`, `1.2%`: a fraction as a percentage to one decimal.
  static func percent(_ fraction: Double) -> String {
    NumberFormat.plain((fraction * 1000).rounded() / 10) + "%"
  }
}

extension TextReport.Writer {
  /// `net`: what was built, and its epoch 0.
  func network(_ report: NetworkReport) -> [ReportLine] {
    let spec = report.spec
    let layers = spec.depth == 1 ? "1 hidden layer" : "\(spec.depth) hidden layers"
    return [
      ReportLine(
        "net \(TextReport.label(report.activation, derivative: false)): 1 input, \(layers) of"
          + " \(Plural.count(spec.width, "unit")), 1 output; fits \(spec.target.formula) at"
          + " \(spec.points) points on [-1, 1]"),
      ReportLine("  seed \(spec.seed)", role: .note),
    ] + epochTable([report.record], spec)
  }

  /// `train`: the epochs run, every one or every k-th and the last.
  func training(_ report: TrainingReport) -> [ReportLine] {
    guard let first = report.records.first, let last = report.records.last else { return [] }
    let epochs =
      first.epoch == last.epoch ? "epoch \(first.epoch)" : "epochs \(first.epoch) to \(last.epoch)"
    var lines = [
      ReportLine(
        "train \(TextReport.label(report.activation, derivative: false)), lr \(NumberFormat.plain(report.learningRate)):"
          + " \(epochs)")
    ]
    var shown = report.records
    var every = 1
    if shown.count > TextReport.fullEpochTable {
      every = (shown.count + 9) / 10
      shown = report.records.enumerated().filter {
        ($0.offset + 1) % every == 0 || $0.offset == report.records.count - 1
      }.map(\.element)
    }
    lines += epochTable(shown, report.spec)
    if every > 1 {
      lines.append(
        ReportLine("  (every \(Plural.ordinal(every)) epoch shown, and the last)", role: .note))
    }
    if last.status == .diverged {
      lines.append(
        ReportLine(
          "diverged at epoch \(last.epoch): the loss is \(number(last.loss)); the network stays"
            + " as it was after epoch \(last.epoch - 1)", role: .note))
    }
    return lines
  }

  /// `sweep`: one row per rate.
  func sweep(_ report: SweepReport) -> [ReportLine] {
    let units = report.spec.width * report.spec.depth
    return [
      ReportLine(
        "sweep \(TextReport.label(report.activation, derivative: false)): the network as built"
          + " (seed \(report.spec.seed)) trained \(Plural.count(report.epochs, "epoch")) at each rate"
      )
    ]
      + TextReport.table(
        header: ["lr", "dead", "inactive", "loss", "status"],
        rows: report.rows.map {
          [
            NumberFormat.plain($0.learningRate), "\($0.record.totalDead) of \(units)",
            "\($0.record.totalInactive)", number($0.record.loss),
            $0.record.status.rawValue,
          ]
        }, rightAligned: [1, 2, 3])
  }

  private func epochTable(_ records: [EpochRecord], _ spec: NetworkSpec) -> [ReportLine] {
    let units = spec.width * spec.depth
    return TextReport.table(
      header: ["epoch", "loss", "dead", "inactive", "active"],
      rows: records.map {
        [
          String($0.epoch), number($0.loss), "\($0.totalDead) of \(units)",
          String($0.totalInactive), TextReport.percent($0.activeFraction),
        ]
      }, rightAligned: [0, 1, 2, 3, 4])
  }

}
