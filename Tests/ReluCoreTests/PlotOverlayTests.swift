import Testing

@testable import ReluCore

@Suite struct PlotOverlayTests {
  @Test(arguments: PlotRendering.allCases)
  func feedPointsSitOnTheirCells(rendering: PlotRendering) throws {
    let relu = PlotSeries(.relu)
    let points = [-2.0, 0.5, 3].map { PlotPoint(x: $0, y: Activation.relu.value($0)) }
    let scene = PlotScene(
      series: [relu], rendering: rendering,
      overlays: [PlotOverlay(kind: .feed, series: relu, points: points)])
    let canvas = PlotRenderer.render(scene, size: .standard)
    let frame = PlotFrame(scene: scene, size: .standard)
    for point in points {
      let cell = try #require(frame.cell(of: point))
      #expect(canvas[cell.row, cell.column] == Cell(character: "X", role: .feedPoint))
    }
    #expect(canvas.lines[0].contains("X feed (relu)"))
  }

  @Test func decayStepsAreNumberedAndTheLastIsCurrent() throws {
    let sigmoid = PlotSeries(.sigmoid)
    let zs = [3.0, 2.0, 1.0, 0.0, -1.0]
    let points = zs.map { PlotPoint(x: $0, y: Activation.sigmoid.value($0)) }
    let scene = PlotScene(
      series: [sigmoid], overlays: [PlotOverlay(kind: .decay, series: sigmoid, points: points)])
    let canvas = PlotRenderer.render(scene, size: .standard)
    let frame = PlotFrame(scene: scene, size: .standard)
    for (step, point) in points.enumerated() {
      let cell = try #require(frame.cell(of: point))
      let expected =
        step == points.count - 1
        ? Cell(character: "C", role: .currentMarker)
        : Cell(character: Character(String(step)), role: .decayMarker)
      #expect(canvas[cell.row, cell.column] == expected)
    }
    #expect(canvas.lines[0] == "% sigmoid  0-3 decay steps (sigmoid)  C now (step 4)")
    #expect(PlotGlyphs.decayMarker(step: 12) == "2")
  }

  /// Past ten steps the digits wrap round, and the legend says so rather
  /// than reading as "zero to nine steps".
  @Test func theLegendSaysWhenStepDigitsWrap() throws {
    let sigmoid = PlotSeries(.sigmoid)
    func legend(steps: Int, width: Int) throws -> [String] {
      let points = (0...steps).map {
        PlotPoint(x: 3 - 0.1 * Double($0), y: Activation.sigmoid.value(3 - 0.1 * Double($0)))
      }
      let scene = PlotScene(
        series: [sigmoid], overlays: [PlotOverlay(kind: .decay, series: sigmoid, points: points)])
      let size = try PlotSize(width: width, height: 12)
      let lines = PlotRenderer.render(scene, size: size).lines
      return Array(lines.prefix(PlotFrame(scene: scene, size: size).top))
    }
    #expect(
      try legend(steps: 1, width: 80) == ["% sigmoid  0 decay steps (sigmoid)  C now (step 1)"])
    #expect(
      try legend(steps: 10, width: 80) == ["% sigmoid  0-9 decay steps (sigmoid)  C now (step 10)"])
    #expect(
      try legend(steps: 11, width: 80) == [
        "% sigmoid  0-9 decay step mod 10 (sigmoid)  C now (step 11)"
      ])
    #expect(try legend(steps: 67, width: 20) == ["% sigmoid", "0-9 step mod 10", "C now"])
  }

  /// Markers on a function that is not plotted bring its curve (and legend
  /// entry) with them, so they never float on empty space.
  @Test(arguments: PlotRendering.allCases)
  func anOverlayOnAnUnplottedCurveDrawsThatCurve(rendering: PlotRendering) throws {
    let sigmoid = PlotSeries(.sigmoid)
    let points = [2.2, 2.0, 1.8, 1.6].map { PlotPoint(x: $0, y: Activation.sigmoid.value($0)) }
    let scene = PlotScene(
      series: [PlotSeries(.leaky)], rendering: rendering,
      overlays: [
        PlotOverlay(kind: .decay, series: sigmoid, points: points),
        PlotOverlay(kind: .feed, series: PlotSeries(.leaky), points: [PlotPoint(x: 1, y: 1)]),
        PlotOverlay(kind: .feed, series: PlotSeries(.tanh), points: []),
      ])
    #expect(scene.series == [PlotSeries(.leaky), sigmoid], "added once; not for an empty overlay")
    let canvas = PlotRenderer.render(scene, size: .standard)
    let frame = PlotFrame(scene: scene, size: .standard)
    #expect(canvas.lines[0].hasPrefix("# leaky (alpha=0.01)  % sigmoid  0-2 decay steps (sigmoid)"))
    for point in points {
      let cell = try #require(frame.cell(of: point))
      let near = (cell.column - 3...cell.column + 3).filter { column in
        (cell.row - 1...cell.row + 1).contains { canvas[$0, column].role == .series(1) }
      }
      #expect(near.count >= 3, "sigmoid is drawn around the marker at \(point.x)")
    }
  }

  @Test func pointsOutsideTheViewOrNotFiniteAreSkipped() {
    let relu = PlotSeries(.relu)
    let points = [
      PlotPoint(x: .nan, y: 1), PlotPoint(x: 1, y: .infinity), PlotPoint(x: 100, y: 100),
      PlotPoint(x: -1e308, y: 0),
    ]
    let scene = PlotScene(
      series: [relu], yRange: try? PlotBounds(lower: -1, upper: 5),
      overlays: [PlotOverlay(kind: .feed, series: relu, points: points)])
    let canvas = PlotRenderer.render(scene, size: .standard)
    let roles = (1..<24).flatMap { row in (0..<80).map { canvas[row, $0].role } }
    #expect(!roles.contains(.feedPoint))
  }

  @Test func theAutomaticRangeCoversOverlaysAndPadsConstants() throws {
    let relu = PlotSeries(.relu)
    let high = PlotScene(
      series: [relu],
      overlays: [PlotOverlay(kind: .feed, series: relu, points: [PlotPoint(x: 1, y: 9)])])
    #expect(high.automaticYRange.upper > 9)
    let constant = PlotScene(
      series: [PlotSeries(.leaky, derivative: true)], parameters: FunctionParameters(alpha: 1))
    #expect(constant.automaticYRange == (try PlotBounds(lower: 0.5, upper: 1.5)))
    #expect(PlotScene().automaticYRange == (try PlotBounds(lower: -1, upper: 1)))
    let zero = PlotScene(series: [PlotSeries(.relu)], xRange: try PlotBounds(lower: -3, upper: -1))
    #expect(zero.automaticYRange == (try PlotBounds(lower: -1, upper: 1)))
    let relus = PlotScene(series: [relu])
    #expect(relus.automaticYRange == (try PlotBounds(lower: -0.25, upper: 5.25)))
  }

  @Test func nonFiniteValuesAreNeverDrawn() throws {
    // alpha = NaN makes leaky NaN for z < 0: nothing is drawn there, nothing traps.
    let scene = PlotScene(
      series: [PlotSeries(.leaky), PlotSeries(.leaky, derivative: true)],
      parameters: FunctionParameters(alpha: .nan))
    for rendering in PlotRendering.allCases {
      var withRendering = scene
      withRendering.rendering = rendering
      let canvas = PlotRenderer.render(withRendering, size: .standard)
      let frame = PlotFrame(scene: withRendering, size: .standard)
      let zero = frame.left + frame.xScale.cell(of: 0)
      for row in frame.top..<(frame.top + frame.rows) {
        for column in frame.left..<(zero - 1) {
          #expect(canvas[row, column].role != .series(0) && canvas[row, column].role != .series(1))
        }
      }
    }
    let huge = PlotScene(
      series: PlotSeries.all, xRange: try PlotBounds(lower: -1e300, upper: 1e300),
      rendering: .braille)
    #expect(PlotRenderer.render(huge, size: .standard).lines.count == 24)
    _ = PlotExport.svg(huge)
    _ = PlotExport.csv(huge)
  }

  @Test func legendShowsGlyphsWithTheirRoles() throws {
    let scene = PlotScene(
      series: [PlotSeries(.leaky), PlotSeries(.tanh, derivative: true)],
      parameters: FunctionParameters(alpha: 0.1))
    let canvas = PlotRenderer.render(scene, size: .standard)
    #expect(canvas.lines[0] == "# leaky (alpha=0.1)  ~ tanh'")
    #expect(canvas[0, 0] == Cell(character: "#", role: .series(0)))
    #expect(canvas[0, 2].role == .legend)
    #expect(canvas[0, 21] == Cell(character: "~", role: .series(1)))
    #expect(Set(PlotSeries.all.map(\.glyph)).count == PlotSeries.all.count)
  }

  @Test func theLegendWrapsAndNeverCoversTheData() throws {
    let scene = PlotScene(series: PlotSeries.all, parameters: FunctionParameters(alpha: 0.25))
    for width in [20, 40, 80] {
      let size = try PlotSize(width: width, height: 16)
      let frame = PlotFrame(scene: scene, size: size)
      let canvas = PlotRenderer.render(scene, size: size)
      #expect(frame.legend.lines.count == frame.top)
      #expect(frame.rows >= PlotFrame.minimumRows)
      for row in 0..<frame.top {
        for column in 0..<width {
          let role = canvas[row, column].role
          #expect(
            role == .legend || role == .blank || role == .openPoint || role == .closedPoint
              || { if case .series = role { true } else { false } }())
        }
      }
    }
  }
}

@Suite struct PlotLegendTests {
  @Test func narrowPlotsUseShortNamesThenCountWhatIsLeftOut() throws {
    let scene = PlotScene(series: PlotSeries.all, parameters: FunctionParameters(alpha: 0.01))
    let small = PlotFrame(scene: scene, size: PlotSize.minimum)
    #expect(small.legend.lines.count == 2)
    // Every series and the two marks of relu's and leaky's jumps.
    let entries = PlotSeries.all.count + 2
    #expect(small.legend.omitted == entries - 2)
    let lines = PlotRenderer.render(scene, size: PlotSize.minimum).lines
    #expect(lines[0] == "* relu")
    #expect(lines[1] == "# leaky a=0.01  +\(entries - 2)")
    let roomy = PlotFrame(scene: scene, size: try PlotSize(width: 20, height: 22))
    #expect(roomy.legend.omitted == 0)
    #expect(roomy.legend.lines.joined().count == entries)
    let wide = PlotFrame(scene: scene, size: .standard)
    #expect(wide.legend.lines.joined().map(\.text).contains("leaky' (alpha=0.01)"))
  }
}
