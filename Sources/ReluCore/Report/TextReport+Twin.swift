extension TextReport.Writer {
  /// `twin` and `sweep precision`: what ran, one row per precision and seed,
  /// and per precision how many seeds' gradients ever differed; a table
  /// wider than the writer's width in blocks, precision and seed in each.
  func twin(_ report: TwinReport) -> [ReportLine] {
    var lines = [
      ReportLine(
        TwinMessage.heading(
          function: TextReport.label(report.activation, derivative: false), rules: report.rules,
          epochs: report.epochs, rate: NumberFormat.plain(report.rate), batch: report.batch
        ).words(language)),
      ReportLine(TwinMessage.zerosNote(rule: report.rules[0]).words(language), role: .note),
    ]
    lines += TextReport.table(
      header: TwinMessage.headings.map { $0(language) },
      rows: report.runs.map { run in
        [
          run.precision.rawValue, String(run.seed), String(run.zeros),
          run.firstDifference.map(String.init) ?? "-", String(run.differingEpochs),
          number(run.largestDifference), number(run.finalLosses.0), number(run.finalLosses.1),
        ]
      }, rightAligned: [1, 2, 3, 4, 5, 6, 7], fitting: width, keeping: 2)
    for run in report.runs {
      if let epoch = run.divergedAt {
        lines.append(
          ReportLine(
            TwinMessage.diverged(precision: run.precision.rawValue, seed: run.seed, epoch: epoch)
              .words(language), role: .note))
      }
    }
    for precision in report.precisions {
      let runs = report.runs.filter { $0.precision == precision }
      lines.append(
        ReportLine(
          TwinMessage.summary(
            precision: precision.rawValue, differed: runs.count { $0.firstDifference != nil },
            seeds: runs.count
          ).words(language)))
    }
    return lines
  }
}
