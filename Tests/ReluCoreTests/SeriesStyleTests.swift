import Testing

@testable import ReluCore

/// One table of how each series looks (``PlotSeries/style``), read by the text
/// plot, the SVG export and the lab.
@Suite struct SeriesStyleTests {
  @Test func everySeriesHasItsOwnGlyphAndColor() {
    let styles = PlotSeries.all.map(\.style)
    let count = ActivationKind.allCases.count * 2
    #expect(PlotSeries.all.count == count)
    #expect(Set(styles.map(\.glyph)).count == count)
    #expect(Set(styles.map(\.color)).count == count)
    #expect(Set(styles.map(\.color.hex)).count == count)
    #expect(Set(styles.map(\.color)) == Set(SeriesColor.allCases))
    let taken: Set<Character> = [
      PlotGlyphs.vertical, PlotGlyphs.horizontal, PlotGlyphs.crossing, PlotGlyphs.openPoint,
      PlotGlyphs.closedPoint, PlotGlyphs.feedPoint, PlotGlyphs.currentMarker, PlotGlyphs.cursor,
      PlotGlyphs.cursorPoint, ChartRenderer.referenceGlyph, ChartRenderer.liveMarkGlyph,
      ChartRenderer.deadMarkGlyph, "'", " ",
    ]
    for series in PlotSeries.all {
      let glyph = series.style.glyph
      #expect(glyph.isASCII && !glyph.isNumber && !taken.contains(glyph), "\(series)")
      #expect(series.glyph == glyph)
      #expect(series.style.dashed == series.isDerivative)
    }
  }

  /// Okabe and Ito's seven colours other than black, R's grey60, and Paul
  /// Tol's muted teal, olive, rose, sand, wine, cyan, purple and green, exactly.
  @Test func colorsAreOkabeItosWithoutBlackThenTolsMuted() {
    let hex: [SeriesColor: String] = [
      .orange: "#e69f00", .skyBlue: "#56b4e9", .bluishGreen: "#009e73", .yellow: "#f0e442",
      .blue: "#0072b2", .vermillion: "#d55e00", .reddishPurple: "#cc79a7", .grey: "#999999",
      .teal: "#44aa99", .olive: "#999933", .rose: "#cc6677", .sand: "#ddcc77",
      .wine: "#882255", .cyan: "#88ccee", .purple: "#aa4499", .green: "#117733",
    ]
    for color in SeriesColor.allCases {
      #expect(color.hex == hex[color])
      let (red, green, blue) = color.components
      #expect(UInt32(red << 16 | green << 8 | blue) == color.rgb)
    }
    #expect(PlotSeries(.relu).style.color == .blue)
    #expect(PlotSeries(.leaky).style.color == .vermillion)
  }

  /// Each series' SVG stroke has its colour from the table; one drawn over
  /// no earlier series has the table's dash too (derivatives dashed), one
  /// drawn over an earlier series it runs along is thinner and dashed
  /// (``SVGLineStroke``); the legend's line has the series' stroke.
  @Test func svgStrokesAndLegendComeFromTheTable() {
    let scene = PlotScene(
      series: PlotSeries.all.reversed(), parameters: FunctionParameters(alpha: 0.1))
    let svg = PlotExport.svg(scene)
    let legend = ExportTests.group("legend", of: svg).split(separator: "\n").filter {
      $0.contains("<line")
    }
    #expect(legend.count == PlotSeries.all.count)
    var over = 0
    for (index, series) in scene.series.enumerated() {
      let stroke = "stroke=\"\(series.style.color.hex)\""
      let dash = "stroke-dasharray=\"\(SeriesStyle.svgDashArray)\""
      let overDash = "stroke-dasharray=\"\(SVGLineStroke.overDashArray)\""
      let group = ExportTests.group("series-\(index)", of: svg)
      let opening = group.split(separator: "\n").first ?? ""
      #expect(opening.contains(stroke), "\(series)")
      if opening.contains("stroke-width=\"2\"") {
        #expect(opening.contains(dash) == series.isDerivative, "\(series)")
      } else {
        #expect(opening.contains(overDash), "\(series)")
        over += 1
      }
      for name in ["stroke", "stroke-width", "stroke-dasharray", "stroke-dashoffset"] {
        #expect(
          Self.attribute(name, in: legend[index]) == Self.attribute(name, in: opening),
          "\(series) \(name)")
      }
    }
    #expect(
      ExportTests.group("series-0", of: svg).contains("stroke-width=\"2\""),
      "tanh', drawn first, is over nothing")
    #expect(over >= 3, "at least relu' over leaky', leaky over leaky', relu over leaky")
  }

  /// The text of attribute `name` in an element's line, or nil.
  static func attribute(_ name: String, in line: Substring) -> Substring? {
    guard let range = line.firstRange(of: " \(name)=\"") else { return nil }
    return line[range.upperBound...].prefix { $0 != "\"" }
  }
}
