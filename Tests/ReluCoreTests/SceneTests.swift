import Testing

@testable import ReluCore

/// What the screen shows after a sequence of commands: which view, which
/// series, which overlays, and what a stale overlay becomes.
@Suite struct SceneTests {
  private func notes(_ lab: inout Interpreter, _ text: String) -> [String] {
    lab.run(Source(name: "t", text: text)).compactMap {
      if case .note(let note) = $0 { return note }
      return nil
    }
  }

  @Test func plotAfterADecayShowsExactlyItsFunctionsWithTheTrailOnRelu() throws {
    var lab = Interpreter()
    _ = try lab.outputs("decay relu from 0.9 to 0.5; run")
    #expect(lab.scene.shown == .decay)
    guard case .decay(let curve, let steps) = lab.scene.view else {
      throw TestFailure("the decay view")
    }
    #expect(curve.series == [PlotSeries(.relu)])
    #expect(steps.series.count == 2)
    _ = try lab.outputs("plot relu leaky")
    #expect(lab.scene.shown == .plot)
    #expect(lab.scene.functions.series == [PlotSeries(.relu), PlotSeries(.leaky)])
    #expect(lab.scene.functions.overlays.map(\.kind) == [.decay], "the trail on relu")
    _ = try lab.outputs("set alpha 0.3")
    #expect(lab.scene.shown == .plot, "set changes no view")
    #expect(lab.scene.functions.alpha == 0.3)
    #expect(lab.scene.functions.overlays.map(\.kind) == [.decay], "relu's trail: alpha-free")
    #expect(lab.scene.available == [.plot, .decay, .steps])
  }

  @Test func aFeedMadeAtAnotherAlphaComesOffWithOneNote() throws {
    var lab = Interpreter()
    _ = try lab.outputs("use leaky; set alpha 0.5; feed [1, -2, 0.5]")
    #expect(lab.scene.functions.overlays.first?.points.map(\.y) == [1, -1, 0.5])
    let said = notes(&lab, "set alpha 0.3")
    #expect(
      said == [
        "the feed's points are off the plot: they went through leaky (alpha=0.5)"
          + " (feed again to see them)"
      ])
    #expect(lab.scene.functions.overlays.isEmpty)
    #expect(notes(&lab, "set alpha 0.2").isEmpty, "said once, not at every change")
    _ = try lab.outputs("set alpha 0.5")
    #expect(lab.scene.functions.overlays.count == 1, "back at its alpha, back on the plot")
    _ = try lab.outputs("set alpha 0.3; feed [1, -2, 0.5]")
    #expect(lab.scene.functions.overlays.first?.points.map(\.y) == [1, -0.6, 0.5])
  }

  @Test func aDecayKeepsItsOwnAlphaInItsViewAndLeavesTheStalePlot() throws {
    var lab = Interpreter()
    _ = try lab.outputs("set alpha 0.1; decay leaky from 0.9 to 0.5 lr 1; step")
    let said = notes(&lab, "set alpha 0.3; plot relu leaky")
    #expect(
      said == [
        "the decay's trail is off the plot: it ran on leaky (alpha=0.1) (decay again to see it)"
      ])
    #expect(lab.scene.functions.overlays.isEmpty)
    _ = try lab.outputs("view decay")
    guard case .decay(let curve, _) = lab.scene.view else { throw TestFailure("decay view") }
    #expect(curve.alpha == 0.1, "the curve the trail ran on")
    #expect(lab.scene.functions.alpha == 0.3)
  }

  @Test func theLastCommandThatShowsSomethingPicksTheView() throws {
    var lab = Interpreter()
    #expect(lab.scene.shown == .plot && lab.scene.available == [.plot])
    _ = try lab.outputs("decay sigmoid from 0.9 to 0.5")
    #expect(lab.scene.shown == .decay)
    _ = try lab.outputs("view steps; step")
    #expect(lab.scene.shown == .steps, "a decay command keeps the decay's part on screen")
    _ = try lab.outputs("compare relu sigmoid")
    #expect(lab.scene.shown == .race)
    _ = try lab.outputs("feed 1 -1")
    #expect(lab.scene.shown == .plot)
    _ = try lab.outputs("forward tanh 1; set lr 0.1; show; backward 1 1")
    #expect(lab.scene.shown == .plot, "commands that show nothing keep the view")
    _ = try lab.outputs("net relu width 4 points 20 seed 1")
    #expect(lab.scene.shown == .net)
    #expect(lab.scene.families == [.plot, .decay, .race, .net])
    _ = try lab.outputs("view race")
    #expect(lab.scene.shown == .race)
    _ = try lab.outputs("reset")
    #expect(lab.scene.shown == .decay)
    _ = try lab.outputs("clear")
    #expect(lab.scene.shown == .plot && lab.scene.available == [.plot])
    #expect(lab.scene.race == nil)
    _ = try lab.outputs("train")
    #expect(lab.scene.shown == .net)
  }

  @Test func viewSaysWhatIsShownAndRefusesAnEmptyView() throws {
    var lab = Interpreter()
    let outputs = try lab.outputs("compare; view; view plot")
    #expect(outputs[1] == .view(shown: .race, switched: false, others: [.plot]))
    #expect(outputs[2] == .view(shown: .plot, switched: true, others: [.race]))
    let error = try lab.failure("view net")
    #expect(
      error.message == "the network has nothing to show yet: a network, e.g. net relu, makes it")
    #expect(error.column == 6)
    #expect(lab.scene.shown == .plot, "a failed view changes nothing")
    let printed = try lab.printed("view")
    #expect(printed[0] == "on screen: the function plot (view plot)")
    #expect(printed[1] == "also to see: view race")
    #expect(printed.count == 2 + PlotSize.standard.height, "batch prints the picture")
  }

  @Test func theNetworkIsComputedOnceAndOnlyWhenItsInputsChange() throws {
    var lab = Interpreter()
    _ = try lab.outputs("net relu width 8 points 30 seed 3")
    let first = try #require(lab.scene.network)
    _ = try lab.outputs("set digits 3; show; plot relu; view net")
    #expect(lab.scene.network == first, "nothing the figures show changed")
    _ = try lab.outputs("train 2")
    let trained = try #require(lab.scene.network)
    #expect(trained.inputs.lastEpoch == 2)
    #expect(trained.fit != first.fit)
    #expect(lab.status.network?.epoch == 2)
    #expect(lab.status.decay == nil)
  }

  @Test func netIsBoundedByTheWorkLimit() throws {
    var lab = Interpreter()
    let error = try lab.failure("net relu width 1024 depth 8 points 10000")
    #expect(error.message.hasPrefix("that is about "))
    #expect(lab.network == nil && lab.scene.network == nil)
  }

  @Test func everyOutputCarriesTheDigitsInForce() throws {
    var lab = Interpreter()
    let digits = lab.run(
      Source(name: "t", text: "forward sigmoid 1; set digits 3; forward sigmoid 1")
    )
    .compactMap { event -> NumberDigits? in
      if case .output(_, let context) = event { return context.digits }
      return nil
    }
    #expect(digits == [.standard, .significant(3), .significant(3)])
    #expect(try lab.printed("forward sigmoid 1").last == "  1       0.731")
  }

  @Test func aLessonStartsFromTheDefaults() throws {
    var lab = Interpreter()
    _ = try lab.outputs("set alpha 0.3; set digits 3; use leaky; plot tanh; compare")
    var first: RenderContext?
    lab.run(Source(name: "t", text: "lesson 1")) { event in
      if first == nil, case .output(_, let context) = event { first = context }
      return .stop
    }
    let context = try #require(first)
    #expect(context.digits == .standard)
    #expect(context.status.alpha == Activation.defaultAlpha)
    #expect(context.status.layer == .relu)
    #expect(context.scene.race == nil)
  }
}

/// What each view shows in the lab's plot pane at the four sizes the README
/// lists: the part a lesson looks at is the last to go, and what is left out
/// is named.
@Suite struct ViewArrangementTests {
  /// The plot panes of 60x20, 80x24, 120x36 and 200x60 terminals.
  static let panes = [(58, 11), (78, 13), (118, 21), (118, 58)]

  private func decayView() throws -> PlotView {
    var lab = Interpreter()
    _ = try lab.outputs("decay relu from 0.9 to 0.5")
    return lab.scene.view
  }

  private func networkView() throws -> PlotView {
    var lab = Interpreter()
    _ = try lab.outputs("net relu width 4 points 20 seed 1")
    return lab.scene.view
  }

  private func kinds(_ arrangement: ViewArrangement) -> [String] {
    arrangement.panels.map {
      switch $0.figure {
      case .functions: "curve"
      case .chart(let chart): chart.xName == "x" ? "fit" : chart.series.last?.label.en ?? "?"
      case .heatMap: "heat map"
      }
    }
  }

  @Test func theDecayKeepsItsCurveAndNamesTheStepChart() throws {
    let view = try decayView()
    let shown = Self.panes.map { ViewArrangement.arrange(view, width: $0.0, height: $0.1) }
    #expect(
      shown.map(kinds) == [
        ["curve"], ["curve"], ["curve", "relu(z) by step"], ["curve", "relu(z) by step"],
      ])
    #expect(
      shown[0].leftOut == "step chart left out: view steps", "the short note fits 58 columns")
    #expect(shown[1].leftOut == "step chart left out: view steps, or widen the window by 4 columns")
    #expect(shown[2].leftOut == nil && shown[3].leftOut == nil)
    #expect(shown[1].panels[0].height == 12, "the note takes the last row")
    #expect(shown[2].panels.map(\.column) == [0, 60])
  }

  @Test func theNetworkKeepsItsDeadUnitsAndNamesTheRest() throws {
    let view = try networkView()
    let shown = Self.panes.map { ViewArrangement.arrange(view, width: $0.0, height: $0.1) }
    #expect(
      shown.map(kinds) == [
        ["dead units by epoch"], ["dead units by epoch"],
        ["fit", "log10 of the loss by epoch", "dead units by epoch"],
        ["fit", "log10 of the loss by epoch", "dead units by epoch"],
      ])
    #expect(
      shown[1].leftOut
        == "fit and loss left out: view fit, view loss, or widen by 4 columns")
    #expect(shown[2].leftOut == nil)
  }

  @Test func theCensusKeepsItsChartAndNamesTheHeatMap() throws {
    var lab = Interpreter()
    _ = try lab.outputs("born trials 20 seed 1")
    let shown = Self.panes.map {
      ViewArrangement.arrange(lab.scene.view, width: $0.0, height: $0.1)
    }
    #expect(
      shown.map(kinds) == [
        ["1 - (1 - 2^-N)^D, one input"], ["1 - (1 - 2^-N)^D, one input"],
        ["1 - (1 - 2^-N)^D, one input", "heat map"], ["1 - (1 - 2^-N)^D, one input", "heat map"],
      ], "the chart (its last series the closed form) is the part that stays")
    #expect(shown[0].leftOut == "heat map left out: view heat")
    #expect(shown[1].leftOut == "heat map left out: view heat, or widen the window by 4 columns")
    #expect(shown[2].leftOut == nil && shown[3].leftOut == nil)
    #expect(shown[2].panels.map(\.column) == [0, 60])
  }

  @Test func aSinglePartTakesTheWholePane() throws {
    var lab = Interpreter()
    _ = try lab.outputs("decay relu from 0.9 to 0.5; view steps")
    let steps = ViewArrangement.arrange(lab.scene.view, width: 58, height: 11)
    #expect(steps.panels.count == 1 && steps.leftOut == nil)
    #expect(steps.panels[0].width == 58 && steps.panels[0].height == 11)
  }
}
