import Testing

@testable import ReluCore

/// One table of how each series looks (``PlotSeries/style``), read by the text
/// plot, the SVG export and the lab.
@Suite struct SeriesStyleTests {
  @Test func everySeriesHasItsOwnGlyphAndColor() {
    let styles = PlotSeries.all.map(\.style)
    #expect(Set(styles.map(\.glyph)).count == 8)
    #expect(Set(styles.map(\.color)).count == 8)
    #expect(Set(styles.map(\.color.hex)).count == 8)
    #expect(Set(styles.map(\.color)) == Set(SeriesColor.allCases))
    let taken: Set<Character> = [
      PlotGlyphs.vertical, PlotGlyphs.horizontal, PlotGlyphs.crossing, PlotGlyphs.openPoint,
      PlotGlyphs.closedPoint, PlotGlyphs.feedPoint, PlotGlyphs.currentMarker, " ",
    ]
    for series in PlotSeries.all {
      let glyph = series.style.glyph
      #expect(glyph.isASCII && !glyph.isNumber && !taken.contains(glyph), "\(series)")
      #expect(series.glyph == glyph)
      #expect(series.style.dashed == series.isDerivative)
    }
  }

  /// Okabe and Ito's seven colours other than black, and R's grey60, exactly.
  @Test func colorsAreOkabeItosWithoutBlack() {
    let hex: [SeriesColor: String] = [
      .orange: "#e69f00", .skyBlue: "#56b4e9", .bluishGreen: "#009e73", .yellow: "#f0e442",
      .blue: "#0072b2", .vermillion: "#d55e00", .reddishPurple: "#cc79a7", .grey: "#999999",
    ]
    for color in SeriesColor.allCases {
      #expect(color.hex == hex[color])
      let (red, green, blue) = color.components
      #expect(UInt32(red << 16 | green << 8 | blue) == color.rgb)
    }
    #expect(PlotSeries(.relu).style.color == .blue)
    #expect(PlotSeries(.leaky).style.color == .vermillion)
  }

  @Test func svgStrokesAndLegendComeFromTheTable() {
    let scene = PlotScene(series: PlotSeries.all.reversed(), alpha: 0.1)
    let svg = PlotExport.svg(scene)
    let legend = ExportTests.group("legend", of: svg).split(separator: "\n").filter {
      $0.contains("<line")
    }
    #expect(legend.count == 8)
    for (index, series) in scene.series.enumerated() {
      let stroke = "stroke=\"\(series.style.color.hex)\""
      let dash = "stroke-dasharray=\"\(SeriesStyle.svgDashArray)\""
      let group = ExportTests.group("series-\(index)", of: svg)
      let opening = String(group.split(separator: "\n").first ?? "")
      #expect(opening.contains(stroke), "\(series)")
      #expect(opening.contains(dash) == series.isDerivative, "\(series)")
      #expect(legend[index].contains(stroke) && legend[index].contains(dash) == series.isDerivative)
    }
  }
}
