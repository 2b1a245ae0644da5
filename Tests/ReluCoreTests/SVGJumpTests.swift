import Testing

@testable import ReluCore

/// The SVG export draws a jump's ends where the text plot does: both take
/// them from ``PlotJump``.
@Suite struct SVGJumpTests {
  struct Case: Sendable, CustomStringConvertible {
    var series: PlotSeries
    var alpha: Double
    var convention: GradientAtZero
    var closed: Double
    var left: Double
    var right: Double
    var description: String { "\(series) alpha \(alpha) \(convention)" }
  }

  static let cases: [Case] = [
    Case(
      series: PlotSeries(.relu, derivative: true), alpha: 0.1, convention: .left, closed: 0,
      left: 0, right: 1),
    Case(
      series: PlotSeries(.relu, derivative: true), alpha: 0.1, convention: .right, closed: 1,
      left: 0, right: 1),
    Case(
      series: PlotSeries(.leaky, derivative: true), alpha: 0.25, convention: .left,
      closed: 0.25, left: 0.25, right: 1),
    Case(
      series: PlotSeries(.leaky, derivative: true), alpha: 0.25, convention: .right, closed: 1,
      left: 0.25, right: 1),
    Case(
      series: PlotSeries(.leaky, derivative: true), alpha: 3, convention: .left, closed: 3,
      left: 3, right: 1),
  ]

  static let xRanges: [PlotBounds] = [
    .defaultX, (try? PlotBounds(lower: -1e-6, upper: 3e-6)) ?? .defaultX,
    (try? PlotBounds(lower: 0, upper: 2)) ?? .defaultX,
    (try? PlotBounds(lower: -2, upper: 0)) ?? .defaultX,
  ]

  /// The SVG's plot area in pixels: (left, top, right, bottom).
  static func area(of svg: String) throws -> (Double, Double, Double, Double) {
    let clip = String(try #require(svg.split(separator: "\n").first { $0.contains("<rect x=") }))
    let x = try #require(ExportTests.attribute("x", ofFirst: "<rect x=", in: clip))
    let y = try #require(ExportTests.attribute("y", ofFirst: "<rect x=", in: clip))
    let width = try #require(ExportTests.attribute("width", ofFirst: "<rect x=", in: clip))
    let height = try #require(ExportTests.attribute("height", ofFirst: "<rect x=", in: clip))
    return (x, y, x + width, y + height)
  }

  @Test(arguments: cases, xRanges)
  func svgJumpEndsAreTheTextPlotsEnds(_ jump: Case, xRange: PlotBounds) throws {
    let yRange = try PlotBounds(lower: -0.5, upper: 3.5)
    let scene = PlotScene(
      series: [jump.series], parameters: FunctionParameters(alpha: jump.alpha),
      gradientAtZero: jump.convention, xRange: xRange,
      yRange: yRange)
    let ends = try #require(PlotJump(of: jump.series, in: scene))
    #expect(ends == PlotJump(value: jump.closed, leftLimit: jump.left, rightLimit: jump.right))
    let open = jump.closed == jump.left ? jump.right : jump.left
    #expect(ends.openEnd == open)

    // The text plot marks the cells of those values at x = 0.
    let canvas = PlotRenderer.render(scene, size: .standard)
    let frame = PlotFrame(scene: scene, size: .standard)
    let closedCell = try #require(frame.cell(of: PlotPoint(x: 0, y: ends.value)))
    let openCell = try #require(frame.cell(of: PlotPoint(x: 0, y: ends.openEnd)))
    #expect(canvas[closedCell.row, closedCell.column].role == .closedPoint)
    #expect(canvas[openCell.row, openCell.column].role == .openPoint)

    // The SVG's circles and the ends of its polylines, read back as data.
    let svg = PlotExport.svg(scene)
    let (left, top, right, bottom) = try Self.area(of: svg)
    func dataY(_ pixel: Double) -> Double {
      yRange.lower + (bottom - pixel) / (bottom - top) * yRange.width
    }
    func dataX(_ pixel: Double) -> Double {
      xRange.lower + (pixel - left) / (right - left) * xRange.width
    }
    let tolerance = 0.01 / (bottom - top) * yRange.width
    let closedY = try #require(ExportTests.attribute("cy", ofFirst: "closed-point", in: svg))
    let openY = try #require(ExportTests.attribute("cy", ofFirst: "open-point", in: svg))
    #expect(abs(dataY(closedY) - jump.closed) <= tolerance, "\(jump) \(xRange)")
    #expect(abs(dataY(openY) - open) <= tolerance, "\(jump) \(xRange)")
    let runs = ExportTests.group("series-0", of: svg).split(separator: "\n")
      .filter { $0.contains("<polyline") }
      .map { line in
        line.split(separator: "\"")[1].split(separator: " ").map { point in
          point.split(separator: ",").map { Double(String($0)) ?? .nan }
        }
      }
    if xRange.lower < 0 {
      let end = try #require(runs.first?.last)
      #expect(abs(dataX(end[0])) <= 0.01 / (right - left) * xRange.width)
      #expect(abs(dataY(end[1]) - jump.left) <= tolerance, "left limit, \(jump) \(xRange)")
    }
    if xRange.upper > 0 {
      let start = try #require(runs.last?.first)
      #expect(abs(dataX(start[0])) <= 0.01 / (right - left) * xRange.width)
      #expect(abs(dataY(start[1]) - jump.right) <= tolerance, "right limit, \(jump) \(xRange)")
    }
  }

  @Test func noJumpNoEnds() {
    let scene = PlotScene(
      series: [PlotSeries(.leaky, derivative: true)], parameters: FunctionParameters(alpha: 1))
    #expect(PlotJump(of: PlotSeries(.leaky, derivative: true), in: scene) == nil)
    for series in PlotSeries.all where series.kind == .sigmoid || series.kind == .tanh {
      #expect(PlotJump(of: series, in: PlotScene(series: [series])) == nil)
    }
    #expect(!PlotExport.svg(scene).contains("open-point"))
  }
}
