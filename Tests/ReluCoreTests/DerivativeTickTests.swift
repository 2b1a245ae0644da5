import Testing

@testable import ReluCore

/// A derivative sitting at 1 can be read against a labelled tick at 1, in
/// text plots (ascii and braille) and in SVG; and the legend names the
/// marks of a derivative's jump at 0.
@Suite struct DerivativeTickTests {
  static let withDerivatives = [
    PlotSeries(.relu), PlotSeries(.relu, derivative: true),
    PlotSeries(.leaky, derivative: true),
  ]

  static let sizes = [(120, 36), (80, 24), (80, 16), (60, 20), (60, 14)]

  /// The y tick labels of a text plot, by canvas row, read from the canvas
  /// itself: the text left of a `+` on the left border.
  static func yLabels(_ canvas: Canvas, frame: PlotFrame) -> [Int: String] {
    var labels: [Int: String] = [:]
    for (row, line) in canvas.lines.enumerated()
    where row >= frame.top && row < frame.top + frame.rows {
      let characters = Array(line)
      guard characters.count >= frame.left, characters[frame.left - 1] == "+" else { continue }
      labels[row] =
        String(characters[..<(frame.left - 1)]).trimmingPrefix(while: { $0 == " " })
        .description
    }
    return labels
  }

  @Test(arguments: [PlotRendering.ascii, .braille])
  func aTextPlotOfADerivativeHasATickAt1(rendering: PlotRendering) throws {
    for (width, height) in Self.sizes {
      let size = try PlotSize(width: width, height: height)
      let scene = PlotScene(series: Self.withDerivatives, rendering: rendering)
      let frame = PlotFrame(scene: scene, size: size)
      let canvas = PlotRenderer.render(scene, size: size)
      let labels = Self.yLabels(canvas, frame: frame)
      let one = try #require(frame.yTicks.first { $0.tick.value == 1 }, "\(width)x\(height)")
      #expect(labels[one.position] == "1", "\(width)x\(height): \(labels)")
      // Every tick on a row of its own, its label as printed, 0 kept.
      #expect(Set(frame.yTicks.map(\.position)).count == frame.yTicks.count)
      #expect(Set(labels.values) == Set(frame.yTicks.map(\.tick.label)))
      #expect(labels.values.contains("0"))
      // The curve at 1 (relu' and leaky' for z > 0) runs along that row.
      let row = Array(canvas.lines[one.position])
      #expect(row.dropFirst(frame.left).contains { $0 != " " && $0 != "-" })
    }
  }

  /// Without a derivative nothing is forced: on a short 0-5 axis 1 has no
  /// tick, which is what the derivative's tick adds.
  @Test func withoutADerivativeTheNiceStepAloneDecides() throws {
    let size = try PlotSize(width: 60, height: 16)
    let plain = PlotFrame(scene: PlotScene(series: [PlotSeries(.relu)]), size: size)
    #expect(!plain.yTicks.contains { $0.tick.value == 1 }, "\(plain.yTicks.map(\.tick.label))")
    let scene = PlotScene(series: [PlotSeries(.relu), PlotSeries(.relu, derivative: true)])
    #expect(scene.effectiveYRange == plain.yRange)
    let forced = PlotFrame(scene: scene, size: size)
    #expect(forced.yTicks.map(\.tick.label).contains("1"))
    #expect(PlotScene(series: [PlotSeries(.relu)]).forcedYTicks(in: plain.yRange) == [])
    let above = try PlotBounds(lower: 2, upper: 5)
    #expect(scene.forcedYTicks(in: above) == [])
    #expect(scene.forcedYTicks(in: plain.yRange) == [1])
  }

  @Test func aForcedTickDropsNeighboursTooCloseAndYieldsTo0() {
    let ticks = [0.0, 2, 4].map { PlotTick(value: $0, label: TickFormat.label($0)) }
    // Rows: a unit is one row; 2 is a row from 1, so it goes; 0 stays.
    let position = { (y: Double) in -y }
    let forced = PlotTick.forcing([1], into: ticks, position: position, clearance: 2, collision: 1)
    #expect(forced.map(\.label) == ["0", "1", "4"])
    // In 0's row, 1 is not added.
    let crowded = PlotTick.forcing(
      [1], into: ticks, position: { -$0 / 10 }, clearance: 2, collision: 1)
    #expect(crowded.map(\.label) == ["0", "2", "4"])
    #expect(
      PlotTick.forcing([2], into: ticks, position: position, clearance: 2, collision: 1) == ticks)
  }

  /// The SVG's y tick labels (right-aligned texts of the tick-labels group).
  static func svgYLabels(_ svg: String) -> [String] {
    svg.split(separator: "\n").filter { $0.contains("text-anchor=\"end\"") }.compactMap { line in
      guard let open = line.firstIndex(of: ">"), let close = line.lastIndex(of: "<") else {
        return nil
      }
      return String(line[line.index(after: open)..<close])
    }
  }

  @Test func anSVGOfADerivativeHasATickAt1() throws {
    let scene = PlotScene(series: Self.withDerivatives)
    for (width, height) in [(800, 500), (400, 240), (240, 160)] {
      let labels = Self.svgYLabels(PlotExport.svg(scene, width: width, height: height))
      #expect(labels.contains("1"), "\(width)x\(height): \(labels)")
      #expect(labels.contains("0"))
    }
    let plain = Self.svgYLabels(PlotExport.svg(PlotScene(series: [PlotSeries(.relu)]), height: 160))
    #expect(!plain.contains("1"), "\(plain)")
    // Where 1 would be on 0's label it is left out.
    let tall = PlotScene(series: Self.withDerivatives, yRange: try PlotBounds(lower: 0, upper: 100))
    #expect(!Self.svgYLabels(PlotExport.svg(tall)).contains("1"))
  }

  // MARK: The jump's marks in the legend

  static func jumpEntries(_ scene: PlotScene) -> [PlotLegend.Entry] {
    PlotLegend.entries(for: scene).filter { [.openPoint, .closedPoint].contains($0.symbolRole) }
  }

  @Test func theLegendNamesTheJumpsMarks() throws {
    let reluPrime = PlotSeries(.relu, derivative: true)
    let entries = Self.jumpEntries(PlotScene(series: [PlotSeries(.relu), reluPrime]))
    #expect(entries.map(\.printed) == ["o open end", "@ value at 0"])
    #expect(entries.map(\.symbolRole) == [.openPoint, .closedPoint])
    #expect(entries.map(\.shortText) == ["open", "at 0"])
    let zh = Self.jumpEntries(PlotScene(series: [reluPrime], language: .zh))
    #expect(zh.map(\.printed) == ["o 空心（取不到）", "@ 0 处的值"])
    #expect(zh.map(\.shortText) == ["空心", "0 处"])
    // No jump, no entries: the functions, leaky' at alpha 1, 0 out of view.
    #expect(Self.jumpEntries(PlotScene(series: [PlotSeries(.relu), PlotSeries(.leaky)])).isEmpty)
    let straight = PlotScene(
      series: [PlotSeries(.leaky, derivative: true)], parameters: FunctionParameters(alpha: 1))
    #expect(Self.jumpEntries(straight).isEmpty)
    let right = PlotScene(series: [reluPrime], xRange: try PlotBounds(lower: 1, upper: 5))
    #expect(Self.jumpEntries(right).isEmpty)
    // leaky' alone jumps too; with the closed end out of the y range only
    // the open end is named.
    #expect(Self.jumpEntries(PlotScene(series: [PlotSeries(.leaky, derivative: true)])).count == 2)
    let high = PlotScene(series: [reluPrime], yRange: try PlotBounds(lower: 0.5, upper: 2))
    #expect(Self.jumpEntries(high).map(\.symbol) == ["o"])
  }

  @Test func theJumpsMarksAreNamedOnTheCanvasAndInSVG() throws {
    let scene = PlotScene(series: Self.withDerivatives)
    let canvas = PlotRenderer.render(scene, size: .standard)
    #expect(canvas.lines[0].hasSuffix("o open end  @ value at 0"), "\(canvas.lines[0])")
    // Short names on a narrow plot.
    let narrow = PlotRenderer.render(
      PlotScene(series: [PlotSeries(.relu), PlotSeries(.relu, derivative: true)]), size: .minimum)
    #expect(
      Array(narrow.lines.prefix(2)) == ["* relu  = relu'", "o open  @ at 0"], "\(narrow.lines)")
    let svg = PlotExport.svg(scene)
    #expect(svg.contains(">open end</text>") && svg.contains(">value at 0</text>"))
  }
}
