extension TextReport.Writer {
  /// `born`: widths down, depths across, in blocks of depths that fit the
  /// writer's width.
  ///
  /// Each cell is the fraction born dead (or inactive) +- its standard error,
  /// under it, in brackets, the closed form for one input, and with
  /// `train E`, marked `->`, the fraction that ends constant. Three
  /// significant digits: JSON has them exact.
  func census(_ report: CensusReport) -> [ReportLine] {
    let spec = report.spec
    var lines = [
      ReportLine(
        CensusMessage.heading(
          function: TextReport.label(report.activation, derivative: false), trials: spec.trials,
          inactive: !spec.countsDead
        ).words(language))
    ]
    lines.append(ReportLine(ResultMessage.seed(spec.seed).words(language), role: .note))
    if spec.initialization == .asym {
      lines.append(ReportLine(ResultMessage.asymmetricInit.words(language), role: .note))
    }
    let check =
      spec.twoPoint ? CensusMessage.twoPoint : CensusMessage.dataPoints(spec.points.count)
    lines.append(ReportLine(check.words(language), role: .note))
    if let training = spec.training {
      lines.append(
        ReportLine(
          CensusMessage.trained(
            epochs: training.epochs, rate: NumberFormat.plain(training.rate),
            target: training.target
          ).words(language), role: .note))
      lines.append(
        ReportLine(
          CensusMessage.constantRule(points: NetworkSpec.defaultPoints).words(language),
          role: .note))
      if training.mayRevive(spec.activation, alpha: spec.alpha),
        let slope = training.slopeAtZero(spec.activation, alpha: spec.alpha)
      {
        lines.append(
          ReportLine(
            CensusMessage.mayRevive(
              function: spec.activation.rawValue, slope: NumberFormat.plain(slope)
            ).words(language), role: .note))
      }
    }
    var rows: [[String]] = []
    for (row, width) in spec.widths.enumerated() {
      let cells = report.cells[(row * spec.depths.count)..<((row + 1) * spec.depths.count)]
      rows.append(
        [String(width)]
          + cells.map {
            Self.short($0.fraction) + " +- " + Self.short($0.standardError)
          })
      rows.append([""] + cells.map { "(" + Self.short($0.closedForm) + ")" })
      if spec.training != nil {
        // The mark in the width column: the cells as wide as the born ones.
        rows.append(
          ["->"]
            + cells.map {
              Self.short($0.trainedFraction ?? 0) + " +- "
                + Self.short($0.trainedStandardError ?? 0)
            })
      }
    }
    lines += TextReport.table(
      header: [CensusMessage.width(language)]
        + spec.depths.map { CensusMessage.depth($0)(language) },
      rows: rows, rightAligned: [0], fitting: width)
    lines.append(ReportLine(CensusMessage.closedForm.words(language), role: .note))
    lines.append(ReportLine(CensusMessage.closedFormBound.words(language), role: .note))
    if !spec.countsDead {
      lines.append(
        ReportLine(
          CensusMessage.leakyNotDead(alpha: NumberFormat.plain(spec.alpha)).words(language),
          role: .note))
    }
    return lines
  }

  /// Three significant digits.
  private static func short(_ x: Double) -> String { NumberFormat.short(x, digits: 3) }
}
