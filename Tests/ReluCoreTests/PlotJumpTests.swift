import Testing

@testable import ReluCore

/// relu' and leaky' jump at 0: a gap, a closed point on the side holding the
/// value at 0 and an open point on the other, never a vertical line.
@Suite struct PlotJumpTests {
  struct Case: Sendable {
    var series: PlotSeries
    var alpha: Double
    var convention: GradientAtZero
    var closed: Double
    var open: Double
  }

  static let cases: [Case] = [
    Case(
      series: PlotSeries(.relu, derivative: true), alpha: 0.1, convention: .left, closed: 0, open: 1
    ),
    Case(
      series: PlotSeries(.relu, derivative: true), alpha: 0.1, convention: .right, closed: 1,
      open: 0),
    Case(
      series: PlotSeries(.leaky, derivative: true), alpha: 0.1, convention: .left, closed: 0.1,
      open: 1),
    Case(
      series: PlotSeries(.leaky, derivative: true), alpha: 0.1, convention: .right, closed: 1,
      open: 0.1),
    Case(
      series: PlotSeries(.leaky, derivative: true), alpha: 3, convention: .left, closed: 3, open: 1),
  ]

  @Test(arguments: cases, PlotRendering.allCases)
  func closedAndOpenPointsMarkTheEnds(_ jump: Case, rendering: PlotRendering) throws {
    for (width, height) in [(80, 24), (40, 12), (20, 8), (61, 30)] {
      let scene = PlotScene(
        series: [jump.series], parameters: FunctionParameters(alpha: jump.alpha),
        gradientAtZero: jump.convention,
        rendering: rendering)
      let size = try PlotSize(width: width, height: height)
      let canvas = PlotRenderer.render(scene, size: size)
      let frame = PlotFrame(scene: scene, size: size)
      let column = frame.left + frame.xScale.cell(of: 0)
      let closedRow = frame.top + frame.yScale.cell(of: jump.closed)
      let openRow = frame.top + frame.yScale.cell(of: jump.open)
      #expect(canvas[closedRow, column] == Cell(character: "@", role: .closedPoint), "\(size)")
      #expect(canvas[openRow, column] == Cell(character: "o", role: .openPoint), "\(size)")
      // The jump's column shows nothing of the curve, and no column of the
      // curve spans the rows between the two ends: no fake vertical line.
      let between = (min(closedRow, openRow) + 1)..<max(closedRow, openRow)
      for row in frame.top..<(frame.top + frame.rows) {
        #expect(canvas[row, column].role != .series(0))
      }
      for offset in [-1, 1] {
        for row in between { #expect(canvas[row, column + offset].role != .series(0), "\(size)") }
      }
      // Once on the plot (the legend names them too, above it).
      let roles = (frame.top..<size.height).flatMap { row in
        (0..<width).map { canvas[row, $0].role }
      }
      #expect(roles.filter { $0 == .closedPoint }.count == 1)
      #expect(roles.filter { $0 == .openPoint }.count == 1)
    }
  }

  /// grad0 mid: relu'(0) = 0.5 sits between the two limits, both open.
  @Test func midHasAClosedPointBetweenTwoOpenEnds() throws {
    let scene = PlotScene(series: [PlotSeries(.relu, derivative: true)], gradientAtZero: .mid)
    let size = try PlotSize(width: 80, height: 24)
    let canvas = PlotRenderer.render(scene, size: size)
    let frame = PlotFrame(scene: scene, size: size)
    let column = frame.left + frame.xScale.cell(of: 0)
    #expect(canvas[frame.top + frame.yScale.cell(of: 0.5), column].role == .closedPoint)
    #expect(canvas[frame.top + frame.yScale.cell(of: 0), column].role == .openPoint)
    #expect(canvas[frame.top + frame.yScale.cell(of: 1), column].role == .openPoint)
    let jump = try #require(PlotJump(of: PlotSeries(.relu, derivative: true), in: scene))
    #expect(jump.value == 0.5 && jump.openEnds == [0, 1])
  }

  @Test func noJumpWithoutADiscontinuityInView() throws {
    let scenes = [
      PlotScene(
        series: [PlotSeries(.leaky, derivative: true)], parameters: FunctionParameters(alpha: 1)),
      PlotScene(
        series: [PlotSeries(.relu, derivative: true)], xRange: try PlotBounds(lower: 0.5, upper: 3)),
      PlotScene(
        series: [PlotSeries(.relu, derivative: true)],
        xRange: try PlotBounds(lower: -3, upper: -1e-3)),
      PlotScene(series: [PlotSeries(.relu), PlotSeries(.sigmoid, derivative: true)]),
    ]
    for scene in scenes {
      let canvas = PlotRenderer.render(scene, size: .standard)
      for row in 0..<24 {
        for column in 0..<80 {
          #expect(![CellRole.openPoint, .closedPoint].contains(canvas[row, column].role))
        }
      }
    }
  }

  @Test func aJumpAtTheEdgeOfTheRangeIsStillMarked() throws {
    let scene = PlotScene(
      series: [PlotSeries(.relu, derivative: true)], xRange: try PlotBounds(lower: 0, upper: 2))
    let canvas = PlotRenderer.render(scene, size: .standard)
    let frame = PlotFrame(scene: scene, size: .standard)
    #expect(canvas[frame.top + frame.yScale.cell(of: 0), frame.left].role == .closedPoint)
    #expect(canvas[frame.top + frame.yScale.cell(of: 1), frame.left].role == .openPoint)
  }
}
