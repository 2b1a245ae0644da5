extension Interpreter {
  /// The look of each width's line in the census chart, in the order the
  /// widths were given: the plot series' glyphs and colours in their order
  /// (``PlotSeries/style``), solid, again from the first after eight.
  static let censusLineStyles: [SeriesStyle] = PlotSeries.all.map {
    SeriesStyle(glyph: $0.style.glyph, color: $0.style.color, dashed: false)
  }

  /// The census's figures.
  ///
  /// The chart: for each width, the fraction born dead (or inactive) at each
  /// depth counted, joined by lines in the width's style, and the one-input
  /// closed form 1 - (1 - 2^-N)^D at every whole depth between the least
  /// and the greatest counted, dotted in the same colour (named once in the
  /// legend). The heat map: widths down, depths across, each cell the
  /// fraction with the table's three significant digits.
  static func censusFigure(
    _ report: CensusReport, rendering: PlotRendering, language: InterfaceLanguage
  ) -> CensusFigure {
    let spec = report.spec
    let depths = spec.depths
    let low = depths.min() ?? 1
    let high = depths.max() ?? 1
    var lines: [DataSeries] = []
    var closedForms: [DataSeries] = []
    for (row, width) in spec.widths.enumerated() {
      let style = censusLineStyles[row % censusLineStyles.count]
      let cells = report.cells[(row * depths.count)..<((row + 1) * depths.count)]
      let points = cells.map { PlotPoint(x: Double($0.depth), y: $0.fraction) }
        .sorted { $0.x < $1.x }
      lines.append(
        DataSeries(
          role: .styled(style, short: "N=\(width)"),
          label: FigureLabel.censusWidth(width).words, points: points))
      closedForms.append(
        DataSeries(
          role: .styled(
            SeriesStyle(glyph: ChartRenderer.referenceGlyph, color: style.color, dashed: true),
            short: FigureLabel.closedFormShort.words(language),
            column: FigureLabel.closedFormColumn(width).words(language)),
          label: FigureLabel.closedFormOneInput.words,
          points: (low...high).map {
            PlotPoint(x: Double($0), y: CensusSpec.closedForm(width: width, depth: $0))
          }, inLegend: row == 0))
    }
    let fractions = (try? PlotBounds(lower: 0, upper: 1)) ?? .defaultX
    let chart = Chart(
      series: lines + closedForms,
      xRange: (try? PlotBounds(lower: Double(low), upper: Double(high)))
        ?? Chart.range(covering: [Double(low)], margin: 0),
      yRange: fractions, xName: "depth", rendering: rendering, language: language)
    let heat = HeatMap(
      rows: spec.widths.map(String.init), columns: depths.map(String.init),
      values: report.cells.map(\.fraction),
      texts: report.cells.map { NumberFormat.short($0.fraction, digits: 3) },
      rowName: CensusMessage.width, columnName: CensusMessage.depthName,
      title: FigureLabel.censusShare(trials: spec.trials, inactive: !spec.countsDead).words,
      rendering: rendering, language: language)
    return CensusFigure(chart: chart, heat: heat)
  }
}
