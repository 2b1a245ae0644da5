import ReluTestSupport
import Testing

@testable import ReluCore

/// Golden files for the step chart and the race, drawn through the
/// interpreter as batch mode draws them; re-record with
/// `RELULAB_RECORD_SNAPSHOTS=1 swift test --filter ChartSnapshot`.
@Suite struct ChartSnapshotTests {
  private func text(_ commands: String, _ view: (Interpreter) -> Chart?) throws -> String {
    var lab = Interpreter()
    _ = try lab.outputs(commands)
    let chart = try #require(view(lab))
    return PlotExport.text(chart, size: lab.settings.plotSize)
  }

  @Test func theRaceOfCompare() throws {
    let race = try text("set size 72 18; compare") { $0.scene.race }
    Golden.check(race, file: "race-compare-72x18.txt")
  }

  @Test func theRaceWithABigStep() throws {
    let race = try text("set size 60 14; set lr 1; compare relu leaky") { $0.scene.race }
    Golden.check(race, file: "race-lr1-60x14.txt")
  }

  @Test func theStepChartOfASigmoidDecay() throws {
    let chart = try text("set size 70 16; decay sigmoid from 0.9 to 0.5; step 20") {
      $0.scene.decay?.steps
    }
    Golden.check(chart, file: "steps-sigmoid-70x16.txt")
  }

  @Test func theStepChartInBraille() throws {
    let chart = try text("set size 50 12; set canvas braille; decay relu from 0.9 to 0.5; step") {
      $0.scene.decay?.steps
    }
    Golden.check(chart, file: "steps-relu-braille-50x12.txt")
  }

  @Test func theStepChartSpansTheWholeRunAndMarksNow() throws {
    var lab = Interpreter()
    _ = try lab.outputs("decay sigmoid from 0.9 to 0.5; step 3")
    let chart = try #require(lab.scene.decay?.steps)
    #expect(chart.xRange.upper == 67, "the axis runs to the step the decay will end at")
    #expect(chart.series[1].highlighted == 3)
    #expect(chart.series[0].role == .reference && chart.series[0].points[0].y == 0.5)
  }

  @Test func aMarkerOffThePlotGetsAnArrowWithItsValue() throws {
    var lab = Interpreter()
    _ = try lab.outputs("set size 60 16; decay relu from 100 to 0.5")
    let lines = PlotExport.text(lab.scene.functions, size: lab.settings.plotSize)
    #expect(lines.contains("^ 100"), "relu's start at (100, 100) is far above the plot")
    _ = try lab.outputs("set yrange 0 200")
    let wide = PlotExport.text(lab.scene.functions, size: lab.settings.plotSize)
    #expect(wide.contains("z=100 >"), "with y in range, the arrow points right")
  }

  @Test func clearAndPlotFollowWhatYouDo() throws {
    var lab = Interpreter()
    _ = try lab.outputs("plot relu sigmoid; feed 1 -2; decay sigmoid from 0.9 to 0.5; step")
    #expect(lab.scene.functions.overlays.count == 2)
    guard case .decay = lab.scene.view else { throw Failure("a decay shows its two views") }
    _ = try lab.outputs("plot sigmoid")
    #expect(lab.scene.functions.overlays.map(\.kind) == [.decay], "relu's feed: relu not plotted")
    _ = try lab.outputs("plot relu sigmoid")
    _ = try lab.outputs("clear feed")
    #expect(lab.scene.functions.overlays.map(\.kind) == [.decay])
    let range = lab.scene.functions.effectiveYRange
    #expect(range.upper > 4.9, "y covers every curve plotted, relu's too: \(range)")
    _ = try lab.outputs("clear")
    #expect(lab.scene.functions.overlays.isEmpty)
    guard case .functions = lab.scene.view else {
      throw Failure("clear goes back to the functions")
    }
    _ = try lab.outputs("step; plot tanh")
    #expect(
      lab.scene.functions.series == [PlotSeries(.tanh)] && lab.scene.functions.overlays.isEmpty)
    _ = try lab.outputs("compare")
    guard case .chart = lab.scene.view else { throw Failure("compare shows the race") }
  }

  struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
  }
}
