import Testing

@testable import ReluCore

/// ``Canvas/lines`` (UTF-8 written straight into each row's string) against
/// its definition ``Canvas/plainLines``.
@Suite struct CanvasLinesTests {
  /// Scalars of every UTF-8 length: ASCII glyphs, blanks, braille (the empty
  /// pattern too), accented and wide letters, a 4-byte emoji, a combining mark.
  static let pool: [Unicode.Scalar] = [
    " ", " ", " ", "*", "=", "#", "|", "-", "+", "0", "\u{2800}", "\u{2836}", "\u{28FF}",
    "\u{E9}", "\u{4E2D}", "\u{20AC}", "\u{1F600}", "\u{301}", "\u{7F}",
  ]

  @Test func fastRowsAgreeWithTheDefinitionOnRandomCells() {
    var generator = SplitMix64(seed: 13)
    for _ in 0..<300 {
      let width = Int.random(in: 0...12, using: &generator)
      let height = Int.random(in: 0...5, using: &generator)
      // Rows end in a run of blanks half of the time.
      let cells = (0..<(width * height)).map { index -> Cell in
        let trailing = index % max(1, width) >= width / 2 && generator.next() % 2 == 0
        let scalar = trailing ? " " : Self.pool.randomElement(using: &generator) ?? " "
        return Cell(scalar: scalar, role: scalar == " " ? .blank : .legend)
      }
      let canvas = Canvas(width: width, height: height, cells: cells)
      #expect(canvas.lines == canvas.plainLines, "\(cells.map(\.scalar))")
      #expect(canvas.lines.count == height)
    }
  }

  @Test func trailingBlanksGoButInnerOnesAndBrailleBlanksStay() {
    let row: [Unicode.Scalar] = ["a", " ", "\u{4E2D}", "\u{2800}", " ", " "]
    let canvas = Canvas(
      width: 6, height: 2, cells: row.map { Cell(scalar: $0, role: .legend) } + [Cell.blank])
    #expect(canvas.lines == ["a \u{4E2D}\u{2800}", ""])
    #expect(canvas.plainLines == canvas.lines)
    #expect(canvas.lines[0].utf8.count == 1 + 1 + 3 + 3)
  }

  @Test(arguments: PlotRendering.allCases)
  func renderedPlotsAgreeWithTheDefinition(rendering: PlotRendering) throws {
    let series = [PlotSeries(.relu), PlotSeries(.relu, derivative: true), PlotSeries(.leaky)]
    for (width, height) in [(80, 24), (200, 60), (21, 8), (47, 13)] {
      let scene = PlotScene(series: series, rendering: rendering)
      let canvas = PlotRenderer.render(scene, size: try PlotSize(width: width, height: height))
      #expect(canvas.lines == canvas.plainLines, "\(width)x\(height)")
    }
  }
}
