import ReluTestSupport
import Testing

@testable import ReluCore

/// Braille plots marked by colour (``SeriesMarking/color``): no glyph inside
/// a braille line, each cell one series' own dots, shared cells handed round.
@Suite struct BrailleColorTests {
  static let four = [
    PlotSeries(.relu), PlotSeries(.leaky), PlotSeries(.sigmoid), PlotSeries(.tanh),
  ]

  /// The dots each series lights in each plot cell, from the tracer alone,
  /// keyed by canvas (row, column).
  static func dots(of scene: PlotScene, size: PlotSize) -> [[Int]: [Int: UInt8]] {
    let frame = PlotFrame(scene: scene, size: size, marking: .color)
    var dots: [[Int]: [Int: UInt8]] = [:]
    for (index, series) in scene.series.enumerated() {
      CurveTracer(scene: scene, series: series, frame: frame).forEachSample { column, row in
        let cell = [frame.top + row / 4, frame.left + column / 2]
        dots[cell, default: [:]][index, default: 0] |= Braille.bit(column: column, row: row)
      }
    }
    return dots
  }

  @Test(arguments: [(100, 16), (88, 36), (80, 24), (40, 12)])
  func everyCellIsOneSeriesOwnDots(width: Int, height: Int) throws {
    let size = try PlotSize(width: width, height: height)
    let scene = PlotScene(series: Self.four, rendering: .braille)
    let canvas = PlotRenderer.render(scene, size: size, marking: .color)
    let lit = Self.dots(of: scene, size: size)
    let glyphs = Set(Self.four.map(\.glyph))
    var owned = Array(repeating: 0, count: Self.four.count)
    for (cell, bySeries) in lit {
      let shown = canvas[cell[0], cell[1]]
      guard case .series(let index) = shown.role else {
        // Only an axis-free overlay or a jump's end may cover a curve's cell.
        #expect([CellRole.openPoint, .closedPoint].contains(shown.role), "\(cell): \(shown)")
        continue
      }
      #expect(!glyphs.contains(shown.character), "a glyph at \(cell)")
      let expected = try #require(bySeries[index], "\(cell) shows a series that is not there")
      #expect(Braille.dots(shown.character) == expected, "\(cell) mixes dots of several series")
      owned[index] += 1
    }
    for row in 0..<canvas.height {
      for column in 0..<canvas.width where glyphs.contains(canvas[row, column].character) {
        Issue.record("glyph \(canvas[row, column].character) at \(row), \(column)")
      }
    }
    #expect(owned.allSatisfy { $0 > 0 }, "\(owned)")
  }

  /// relu and leaky light the very same cells for z > 0: the run is shared
  /// out between them, each showing about every other cell, never one
  /// swallowing the other.
  @Test func aSharedRunIsHandedRound() throws {
    let size = try PlotSize(width: 100, height: 16)
    let scene = PlotScene(
      series: [PlotSeries(.relu), PlotSeries(.leaky)], xRange: try PlotBounds(lower: 1, upper: 5),
      rendering: .braille)
    let canvas = PlotRenderer.render(scene, size: size, marking: .color)
    var shown = [0, 0]
    for row in 0..<canvas.height {
      for column in 0..<canvas.width {
        if case .series(let index) = canvas[row, column].role { shown[index] += 1 }
      }
    }
    let total = shown[0] + shown[1]
    #expect(total > 50)
    #expect(abs(shown[0] - shown[1]) <= total / 10, "\(shown)")
  }

  @Test func theLegendShowsASwatchNotAGlyph() throws {
    let scene = PlotScene(series: Self.four, rendering: .braille)
    let colored = PlotRenderer.render(scene, size: .standard, marking: .color).lines[0]
    #expect(colored.hasPrefix(PlotLegend.colorSwatch + " relu  " + PlotLegend.colorSwatch))
    let ascii = PlotScene(series: Self.four)
    #expect(
      PlotRenderer.render(ascii, size: .standard, marking: .color)
        == PlotRenderer.render(ascii, size: .standard), "ascii plots ignore the marking")
    let text = PlotRenderer.render(scene, size: .standard).lines
    #expect(text[0].hasPrefix("* relu  # leaky"))
    #expect(text.dropFirst().joined().contains("*"), "glyph marks stay without colour")
  }

  /// The race in braille marked by colour: each cell one series' dots.
  @Test func theRaceInColorKeepsItsLinesApart() throws {
    var lab = Interpreter()
    _ = try lab.outputs("set canvas braille; compare relu sigmoid")
    let race = try #require(lab.scene.race)
    let size = try PlotSize(width: 72, height: 18)
    let canvas = ChartRenderer.render(race, size: size, marking: .color)
    let frame = PlotFrame(
      legend: ChartRenderer.legend(for: race, marking: .color), xRange: race.xRange,
      yRange: race.yRange, rendering: .braille, size: size, wholeX: true)
    var lit: [[Int]: [Int: UInt8]] = [:]
    for (index, series) in race.series.enumerated() {
      guard case .line = series.role else { continue }
      ChartRenderer.forEachSample(of: series.points, frame) { column, row in
        lit[[frame.top + row / 4, frame.left + column / 2], default: [:]][index, default: 0] |=
          Braille.bit(column: column, row: row)
      }
    }
    var shared = 0
    for (cell, bySeries) in lit {
      if bySeries.count > 1 { shared += 1 }
      let shown = canvas[cell[0], cell[1]]
      guard case .series(let index) = shown.role else { continue }
      #expect(Braille.dots(shown.character) == bySeries[index], "\(cell) mixes dots")
    }
    #expect(shared > 0, "both lines start at 0.9, so some cells are shared")
  }

  @Test func goldenFourCurvesInColor() throws {
    let scene = PlotScene(series: Self.four, rendering: .braille)
    let canvas = PlotRenderer.render(
      scene, size: try PlotSize(width: 100, height: 20), marking: .color)
    // The text, then which series each cell went to (its index, `.` for none).
    let owners = (0..<canvas.height).map { row in
      String(
        (0..<canvas.width).map { column -> Character in
          guard case .series(let index) = canvas[row, column].role else { return "." }
          return Character(String(index))
        })
    }
    Golden.check(
      (canvas.lines + [""] + owners).map { $0 + "\n" }.joined(),
      file: "four-braille-color-100x20.txt")
  }
}
