import ReluTestSupport
import Testing

@testable import ReluCore

/// The census's figures: the fraction born dead against depth (one line per
/// width, the closed form dotted) and the heat map, in the scene, the text
/// renderers and the exports; re-record the goldens with
/// `RELULAB_RECORD_SNAPSHOTS=1 swift test --filter CensusFigure`.
@Suite struct CensusFigureTests {
  /// A lab after a small census at a fixed seed.
  private func lab(_ commands: String = "born trials 200 seed 1") throws -> Interpreter {
    var lab = Interpreter()
    _ = try lab.outputs(commands)
    return lab
  }

  @Test func theChartHoldsTheCensusAndTheClosedForm() throws {
    let lab = try lab()
    let report = try #require(lab.lastCensus)
    let figure = try #require(lab.scene.census)
    let widths = CensusSpec.defaultWidths
    #expect(figure.chart.series.count == 2 * widths.count)
    for (row, width) in widths.enumerated() {
      let line = figure.chart.series[row]
      let cells = report.cells.filter { $0.width == width }
      #expect(line.points.map(\.x) == CensusSpec.defaultDepths.map(Double.init))
      #expect(line.points.map(\.y) == cells.map(\.fraction))
      guard case .styled(let lineStyle, let short, _) = line.role, !lineStyle.dashed else {
        Issue.record("width \(width) is a solid line")
        continue
      }
      #expect(short == "N=\(width)")
      let closed = figure.chart.series[widths.count + row]
      guard case .styled(let style, _, _) = closed.role, style.dashed else {
        Issue.record("the closed form of width \(width) is dotted")
        continue
      }
      #expect(style.color == line.lineStyle?.color, "the closed form takes its width's colour")
      #expect(closed.points.count == 50 - 2 + 1, "every whole depth from 2 to 50")
      for point in closed.points {
        #expect(point.y == CensusSpec.closedForm(width: width, depth: Int(point.x)))
      }
      #expect(closed.inLegend == (row == 0), "the closed form is named once")
    }
    #expect(figure.chart.xRange.lower == 2 && figure.chart.xRange.upper == 50)
    #expect(figure.chart.yRange.lower == 0 && figure.chart.yRange.upper == 1)
  }

  @Test func theHeatMapHoldsEveryCellWithTheTablesDigits() throws {
    var lab = try lab()
    let report = try #require(lab.lastCensus)
    let heat = try #require(lab.scene.census?.heat)
    #expect(heat.rows == ["2", "3", "5", "10"])
    #expect(heat.columns == ["2", "5", "10", "20", "50"])
    #expect(heat.values == report.cells.map(\.fraction))
    #expect(heat.value(row: 0, column: 2) == report.cells[2].fraction)
    #expect(heat.text(row: 0, column: 2) == NumberFormat.short(report.cells[2].fraction, digits: 3))
    let table = try lab.printed("born trials 200 seed 1").joined(separator: "\n")
    for text in heat.texts { #expect(table.contains(text + " +- "), "\(text) is in the table") }
  }

  @Test func shadesRiseWithTheValueAndOnlyZeroIsBlank() {
    #expect(HeatMap.level(of: 0, levels: 10) == 0)
    #expect(HeatMap.level(of: .nan, levels: 10) == 0)
    #expect(HeatMap.level(of: 0.001, levels: 10) == 1, "a cell above 0 never looks empty")
    #expect(HeatMap.level(of: 0.5, levels: 10) == 5)
    #expect(HeatMap.level(of: 0.999, levels: 10) == 9)
    #expect(HeatMap.level(of: 1, levels: 10) == 9)
    #expect(HeatMap.level(of: 1, levels: 9) == 8)
    let values = (0...100).map { Double($0) / 100 }
    let levels = values.map { HeatMap.level(of: $0, levels: 10) }
    #expect(levels == levels.sorted(), "never darker for a smaller value")
    #expect(HeatMapRenderer.asciiRamp.count == 10 && HeatMapRenderer.brailleRamp.count == 9)
    let dots = HeatMapRenderer.brailleRamp.map { $0.unicodeScalars.first!.value - 0x2800 }
    #expect(dots.map { $0.nonzeroBitCount } == Array(0...8), "each braille level one dot more")
  }

  @Test func cellsSayTheirNumberOnlyWhereItFits() throws {
    let map = HeatMap(
      rows: ["2", "3"], columns: ["5", "10"], values: [0, 0.125, 0.5, 1],
      texts: ["0", "0.125", "0.5", "1"], rowName: CensusMessage.width,
      columnName: CensusMessage.depthName, title: Words(en: "share", zh: "比例"))
    let wide = PlotExport.text(map, size: try PlotSize(width: 40, height: 12))
    for text in [" 0.125 ", " 0.5 ", " 1 "] { #expect(wide.contains(text)) }
    #expect(wide.contains("@@@"), "1 is the darkest shade")
    let narrow = PlotExport.text(map, size: try PlotSize(width: 20, height: 8))
    #expect(!narrow.contains("0.125"), "a 6-column cell has no room for ' 0.125 '")
    #expect(narrow.contains(" 0.5 ") && narrow.contains("@"))
  }

  @Test func rowsThatDoNotFitAreCounted() throws {
    var lab = try lab("born width 1 2 3 4 5 6 7 8 9 10 depth 2 trials 50 seed 1")
    _ = try lab.outputs("view heat")
    guard case .heatMap(let map) = lab.scene.view else {
      Issue.record("view heat shows the heat map")
      return
    }
    let lines = HeatMapRenderer.render(map, size: try PlotSize(width: 40, height: 8)).lines
    #expect(lines.count == 8)
    #expect(lines.contains { $0.contains("+6") }, "5 lines of cells: 4 rows and +6")
  }

  @Test func bornShowsItsViewAndViewSwitchesBetweenItsParts() throws {
    var lab = Interpreter()
    let error = try lab.failure("view heat")
    #expect(
      error.message
        == "the census's heat map has nothing to show yet: a census, e.g. born, makes it")
    _ = try lab.outputs("born trials 20 seed 1")
    #expect(lab.scene.shown == .born)
    #expect(lab.scene.families == [.plot, .born])
    _ = try lab.outputs("view depth")
    guard case .chart = lab.scene.view else {
      Issue.record("view depth shows the chart alone")
      return
    }
    _ = try lab.outputs("plot relu")
    #expect(lab.scene.shown == .plot)
    _ = try lab.outputs("clear")
    #expect(lab.scene.census == nil && !lab.scene.has(.born))
  }

  @Test func exportsWriteTheCellsExactly() throws {
    var lab = try lab("born width 2 3 depth 5 10 trials 100 seed 1")
    let report = try #require(lab.lastCensus)
    _ = try lab.outputs("view heat")
    let csv = PlotExport.file(.csv, of: lab.scene, size: .standard).contents
    let rows = csv.split(separator: "\n")
    #expect(rows.first == "width,depth,value")
    #expect(rows.count == 1 + 4)
    for (row, cell) in zip(rows.dropFirst(), report.cells) {
      #expect(row == "\(cell.width),\(cell.depth),\(NumberFormat.plain(cell.fraction))")
    }
    let svg = PlotExport.file(.svg, of: lab.scene, size: .standard).contents
    try XMLCheck.wellFormed(svg)
    #expect(svg.components(separatedBy: "<rect").count - 1 == 1 + 4 + 10 + 1)
    _ = try lab.outputs("view born")
    let chart = PlotExport.file(.csv, of: lab.scene, size: .standard)
    #expect(chart.subject.en == "born dead by depth")
    // Every column's head is its own: the closed form's names its width.
    #expect(chart.contents.hasPrefix("depth,N=2,N=3,closed form N=2,closed form N=3\n"))
  }

  /// Printed, a heat map of two rows ends at its last row of cells, not at
  /// the bottom of its canvas.
  @Test func printedHeatMapsEndAtTheirLastRow() throws {
    let lab = try lab("born width 2 3 depth 5 10 trials 20 seed 1")
    let heat = try #require(lab.scene.census?.heat)
    let canvas = PlotFigure.heatMap(heat).canvas(size: .standard).lines
    let printed = PlotView.heatMap(heat).textLines(size: .standard)
    #expect(printed.count < canvas.count)
    #expect(printed == Array(canvas.prefix(printed.count)))
    #expect(printed.last?.contains { $0 != " " } == true)
  }

  @Test func heatColoursRunFromWhiteToBlue() {
    #expect(PlotExport.heatColor(0) == "#ffffff")
    #expect(PlotExport.heatColor(1) == SeriesColor.blue.hex)
    #expect(PlotExport.heatColor(.nan) == "#eeeeee")
  }

  // MARK: - Goldens

  @Test func goldenFiguresInTextAndSVG() throws {
    var lab = try lab("born trials 200 seed 1")
    let figure = try #require(lab.scene.census)
    let size = try PlotSize(width: 72, height: 20)
    Golden.check(PlotExport.text(figure.chart, size: size), file: "census-chart-72x20.txt")
    Golden.check(PlotExport.text(figure.heat, size: size), file: "census-heat-72x20.txt")
    Golden.check(PlotExport.svg(figure.chart), file: "census-chart.svg")
    Golden.check(PlotExport.svg(figure.heat), file: "census-heat.svg")
    _ = try lab.outputs("set canvas braille")
    let braille = try #require(lab.scene.census)
    Golden.check(PlotExport.text(braille.chart, size: size), file: "census-chart-braille-72x20.txt")
    Golden.check(PlotExport.text(braille.heat, size: size), file: "census-heat-braille-72x20.txt")
  }

  @Test func goldenBatchPicturesInChinese() throws {
    var lab = Interpreter()
    let printed = try lab.printed(
      "set lang zh; set size 60 16; born leaky width 2 5 depth 3 10 trials 100 seed 2")
    Golden.check(printed.joined(separator: "\n") + "\n", file: "zh/census-leaky-60x16.txt")
  }
}
