import Testing

@testable import ReluCore

@Suite struct PlotSizeTests {
  static let scenes: [PlotScene] = [
    PlotScene(),
    PlotScene(series: [PlotSeries(.relu), PlotSeries(.relu, derivative: true)]),
    PlotScene(series: PlotSeries.all, parameters: FunctionParameters(alpha: 0.1)),
    PlotScene(series: PlotSeries.all, rendering: .braille),
    PlotScene(
      series: [PlotSeries(.sigmoid)],
      xRange: (try? PlotBounds(lower: 1, upper: 1.000001)) ?? .defaultX,
      overlays: [
        PlotOverlay(kind: .decay, series: PlotSeries(.sigmoid), points: [PlotPoint(x: 1, y: 0.7)])
      ]),
  ]

  /// The size asked is the size delivered: exactly `height` lines, none wider than `width`.
  @Test(arguments: scenes)
  func exactLineCountAndMaximumWidth(scene: PlotScene) throws {
    for width in [20, 21, 23, 29, 40, 64, 80, 81, 120, 233] {
      for height in [8, 9, 10, 12, 17, 24, 25, 50] {
        let size = try PlotSize(width: width, height: height)
        let canvas = PlotRenderer.render(scene, size: size)
        #expect(canvas.width == width && canvas.height == height)
        let lines = canvas.lines
        #expect(lines.count == height, "\(size)")
        for line in lines {
          #expect(line.count <= width, "\(size): \(line)")
          #expect(line.last != " ")
        }
        if scene.rendering == .ascii {
          #expect(lines.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) })
        }
        #expect(PlotExport.text(scene, size: size).split(separator: "\n").count <= height)
      }
    }
  }

  @Test func largestSizeRenders() {
    let canvas = PlotRenderer.render(PlotScene(series: PlotSeries.all), size: PlotSize.maximum)
    #expect(canvas.lines.count == 500)
    #expect(canvas.lines.allSatisfy { $0.count <= 1000 })
  }

  @Test(arguments: [
    (19, 8), (20, 7), (0, 0), (-80, 24), (80, -24), (1001, 24), (80, 501), (.max, .max),
  ])
  func sizesOutsideTheLimitsAreClearErrors(width: Int, height: Int) {
    let error = #expect(throws: PlotError.self) { try PlotSize(width: width, height: height) }
    #expect(error == .sizeOutOfRange(width: width, height: height))
    #expect(
      error?.description
        == "a plot must be between 20x8 and 1000x500 characters, not \(width)x\(height)")
  }

  @Test func limitsAreAccepted() throws {
    #expect(try PlotSize(width: 20, height: 8) == PlotSize.minimum)
    #expect(try PlotSize(width: 1000, height: 500) == PlotSize.maximum)
    #expect(PlotSize.standard.description == "80x24")
  }

  @Test func badBoundsAreClearErrors() {
    #expect(throws: PlotError.reversedBounds(lower: 5, upper: -5)) {
      try PlotBounds(lower: 5, upper: -5)
    }
    #expect(throws: PlotError.reversedBounds(lower: 1, upper: 1)) {
      try PlotBounds(lower: 1, upper: 1)
    }
    #expect(throws: PlotError.self) { try PlotBounds(lower: .nan, upper: 1) }
    #expect(throws: PlotError.self) { try PlotBounds(lower: 0, upper: .nan) }
    #expect(throws: PlotError.self) { try PlotBounds(lower: -.infinity, upper: 0) }
    #expect(throws: PlotError.boundsTooNarrow(lower: 0, upper: 1e-12)) {
      try PlotBounds(lower: 0, upper: 1e-12)
    }
    #expect(throws: PlotError.boundsTooNarrow(lower: 1e6, upper: 1e6 + 1e-4)) {
      try PlotBounds(lower: 1e6, upper: 1e6 + 1e-4)
    }
    #expect(throws: PlotError.boundsTooWide(lower: -1e308, upper: 1e308)) {
      try PlotBounds(lower: -1e308, upper: 1e308)
    }
    #expect(
      PlotError.reversedBounds(lower: 5, upper: -5).description
        == "a range must go from low to high, not 5 to -5 (swap the two numbers)")
    #expect(
      PlotError.reversedBounds(lower: 1, upper: 1).description
        == "a range must go from low to high, not 1 to 1 (it is empty)")
    #expect(
      PlotError.nonFiniteBound(lower: .nan, upper: 1).description
        == "a range needs finite numbers, not nan to 1")
    #expect(
      PlotError.boundsTooNarrow(lower: 0, upper: 1e-12).description
        == "the range 0 to 1e-12 is too narrow to plot; make it at least 1e-09 wide")
  }

  @Test func boundsAtTheLimitsAreAccepted() throws {
    #expect(try PlotBounds(lower: 0, upper: 1e-9).width == 1e-9)
    #expect(try PlotBounds(lower: -1e307, upper: 1e307).width == 2e307)
    #expect(try PlotBounds(lower: -0.0, upper: 1).lower.sign == .plus)
    #expect(PlotBounds.defaultX.lower == -5 && PlotBounds.defaultX.upper == 5)
  }

  @Test func canvasOutsideItsBoundsIsBlank() {
    let canvas = PlotRenderer.render(PlotScene(series: [PlotSeries(.relu)]), size: .standard)
    #expect(canvas[-1, 0] == .blank)
    #expect(canvas[0, 80] == .blank)
    #expect(canvas[24, 3] == .blank)
    #expect(Canvas(width: -3, height: 2, cells: []).lines == ["", ""])
  }
}
