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
    var lines = [
      ReportLine(
        ResultMessage.network(
          function: TextReport.label(report.activation, derivative: false), depth: spec.depth,
          width: spec.width, formula: spec.target.formula, points: spec.points
        ).words(language))
    ]
    switch report.birth {
    case .dead(let layer)?:
      lines.append(ReportLine(ResultMessage.bornDead(layer: layer).words(language)))
    case .inactive(let layer)?:
      lines.append(ReportLine(ResultMessage.bornInactive(layer: layer).words(language)))
    case nil:
      break
    }
    lines.append(ReportLine(ResultMessage.seed(spec.seed).words(language), role: .note))
    lines += precisionNote(report.precision) + meanSlopeNote(spec)
    if spec.initialization == .asym {
      lines.append(ReportLine(ResultMessage.asymmetricInit.words(language), role: .note))
    }
    return lines + epochTable([report.record], spec)
  }

  /// `train`: the epochs run, every one or every k-th and the last.
  func training(_ report: TrainingReport) -> [ReportLine] {
    guard let first = report.records.first, let last = report.records.last else { return [] }
    var lines = [
      ReportLine(
        ResultMessage.training(
          function: TextReport.label(report.activation, derivative: false),
          rate: NumberFormat.plain(report.learningRate), first: first.epoch, last: last.epoch
        ).words(language))
    ]
    lines += precisionNote(report.precision) + meanSlopeNote(report.spec)
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
        ReportLine(ResultMessage.everyNthEpoch(every).words(language), role: .note))
    }
    if last.status == .diverged {
      lines.append(
        ReportLine(
          ResultMessage.diverged(epoch: last.epoch, loss: number(last.loss)).words(language),
          role: .note))
    }
    return lines
  }

  /// `sweep`: one row per rate.
  func sweep(_ report: SweepReport) -> [ReportLine] {
    let units = report.spec.width * report.spec.depth
    return [
      ReportLine(
        ResultMessage.sweep(
          function: TextReport.label(report.activation, derivative: false),
          seed: report.spec.seed, epochs: report.epochs
        ).words(language))
    ] + precisionNote(report.precision)
      + TextReport.table(
        header: TableHeading.sweep.map { $0(language) },
        rows: report.rows.map {
          [
            NumberFormat.plain($0.learningRate),
            ResultMessage.ofUnits($0.record.totalDead, units: units).words(language),
            "\($0.record.totalInactive)", number($0.record.loss),
            $0.record.status.words(language),
          ]
        }, rightAligned: [1, 2, 3])
  }

  /// `sweep functions`: one row per function and rate, means over the seeds.
  func functionSweep(_ report: FunctionSweepReport) -> [ReportLine] {
    let units = report.spec.width * report.spec.depth
    return [
      ReportLine(
        SlopeMessage.functionSweep(
          width: report.spec.width, depth: report.spec.depth, seeds: report.seeds.count,
          epochs: report.epochs
        ).words(language))
    ] + precisionNote(report.precision)
      + TextReport.table(
        header: TableHeading.functionSweep.map { $0(language) },
        rows: report.rows.map {
          [
            $0.activation.kind == .leaky
              ? "\($0.activation.name) \(number($0.activation.parameter))" : $0.activation.name,
            NumberFormat.plain($0.learningRate),
            ResultMessage.meanOfUnits(number($0.meanDead), units: units).words(language),
            number($0.meanInactive), $0.meanLoss.map(number) ?? "-", "\($0.diverged)",
            $0.meanSlope.map(number) ?? "-",
          ]
        }, rightAligned: [1, 2, 3, 4, 5, 6])
  }

  /// `  computed in half precision (Float16)`, for a network not in double.
  private func precisionNote(_ precision: Precision) -> [ReportLine] {
    precision == .double
      ? [] : [ReportLine(TwinMessage.computedIn(precision).words(language), role: .note)]
  }

  /// `  losses and units are at the mean slope ...`, for an rrelu network.
  private func meanSlopeNote(_ spec: NetworkSpec) -> [ReportLine] {
    guard spec.activation == .rrelu else { return [] }
    return [
      ReportLine(
        SlopeMessage.rreluLossAtMean(mean: spec.meanRandomSlope).words(language), role: .note)
    ]
  }

  /// The epochs' table; with PReLU's learned slopes (mean, least, greatest)
  /// after the units when the records have them.
  private func epochTable(_ records: [EpochRecord], _ spec: NetworkSpec) -> [ReportLine] {
    let units = spec.width * spec.depth
    let withSlopes = records.contains { $0.slopes != nil }
    return TextReport.table(
      header: (TableHeading.epochs + (withSlopes ? TableHeading.slopes : [])).map { $0(language) },
      rows: records.map {
        [
          String($0.epoch), number($0.loss),
          ResultMessage.ofUnits($0.totalDead, units: units).words(language),
          String($0.totalInactive), TextReport.percent($0.activeFraction),
        ]
          + (withSlopes
            ? [$0.slopes?.mean, $0.slopes?.min, $0.slopes?.max].map { $0.map(number) ?? "-" } : [])
      }, rightAligned: withSlopes ? Set(0...7) : [0, 1, 2, 3, 4])
  }

}
