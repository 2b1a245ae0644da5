import Testing

@testable import ReluCore

/// `trace`: the cursor's readout at ordinary points, at the kink under every
/// convention and grad0 set by hand, on the decay and the network, in text
/// (both languages) and exact JSON, and what it refuses.
@Suite struct TraceTests {
  /// The text of the readout `trace ARGS` gives after `setup`.
  private func readout(_ setup: String, _ trace: String) throws -> [String] {
    var lab = Interpreter()
    if !setup.isEmpty { _ = try lab.outputs(setup) }
    let outputs = try lab.outputs(trace)
    guard case .trace(let readout?) = outputs.last else { throw TestFailure("no readout") }
    return TextReport.lines(
      for: .trace(readout), digits: lab.settings.digits, language: lab.language
    ).map(\.text)
  }

  @Test func ordinaryPointsGiveFAndTheDerivative() throws {
    #expect(try readout("", "trace 0.5") == ["relu(0.5) = 0.5   relu'(0.5) = 1"])
    #expect(try readout("", "trace -2") == ["relu(-2) = 0   relu'(-2) = 0"])
    #expect(
      try readout("plot leaky tanh sigmoid'", "trace -1")
        == [
          "leaky(-1) = -0.01   leaky'(-1) = 0.01",
          "tanh(-1) = -0.761594   tanh'(-1) = 0.419974",
          "sigmoid(-1) = 0.268941   sigmoid'(-1) = 0.196612",
        ])
    // A function and its derivative read once; the digits in force.
    #expect(
      try readout("plot sigmoid sigmoid'; set digits 3", "trace 1")
        == ["sigmoid(1) = 0.731   sigmoid'(1) = 0.197"])
  }

  /// relu'(0) and leaky'(0) (alpha 0.05 kept where the convention has none)
  /// as each convention picks them.
  static let conventions: [(Convention, relu: String, leaky: (left: String, chosen: String))] = [
    (.pytorch, "0", ("0.01", "0.01")), (.tensorflow, "0", ("0.2", "0.2")),
    (.keras, "0", ("0.3", "0.3")), (.jax, "0", ("0.01", "1")), (.formula, "1", ("0.05", "1")),
    (.code, "0", ("0.05", "0.05")),
  ]

  @Test(arguments: conventions.indices)
  func everyKinkUnderEveryConvention(_ row: Int) throws {
    let (convention, relu, leaky) = Self.conventions[row]
    let name = convention.rawValue
    let lines = try readout(
      "set alpha 0.05; set convention \(name); plot relu leaky sigmoid", "trace 0")
    #expect(
      lines == [
        "relu(0) = 0   relu'(0-) = 0, relu'(0+) = 1, relu'(0) = \(relu) by \(name)",
        "leaky(0) = 0   leaky'(0-) = \(leaky.left), leaky'(0+) = 1, leaky'(0) = \(leaky.chosen)"
          + " by \(name)",
        "sigmoid(0) = 0.5   sigmoid'(0) = 0.25",
      ])
  }

  @Test(arguments: SlopeAtZero.allCases)
  func grad0ByHandIsNamedAsSuch(_ rule: SlopeAtZero) throws {
    let picked = ["left": ("0", "0.2"), "right": ("1", "1"), "mid": ("0.5", "0.6")][rule.rawValue]
    let lines = try readout(
      "set alpha 0.2; set grad0 \(rule.rawValue); plot relu leaky", "trace -0")
    let (relu, leaky) = try #require(picked)
    // grad0 left is pytorch's own: named by the convention.
    let by = rule == .left ? "pytorch" : "grad0 \(rule.rawValue)"
    #expect(
      lines == [
        "relu(0) = 0   relu'(0-) = 0, relu'(0+) = 1, relu'(0) = \(relu) by \(by)",
        "leaky(0) = 0   leaky'(0-) = 0.2, leaky'(0+) = 1, leaky'(0) = \(leaky) by \(by)",
      ])
  }

  @Test func chineseNamesTheLimits() throws {
    #expect(
      try readout("set lang zh", "trace 0")
        == ["relu(0) = 0   左极限 relu'(0-) = 0，右极限 relu'(0+) = 1，按 pytorch 取 relu'(0) = 0"])
    #expect(
      try readout("set lang zh; decay relu from 0.9 to 0.5; step 2", "trace 1")
        == ["第 1 步（共 2 步）：z = 0.7  relu(z) = 0.7  relu'(z) = 1  这一步 z 移动 -0.2"])
  }

  @Test func nextAndPreviousJumpBetweenFeedPointsDecayStepsAndKinks() throws {
    var lab = Interpreter()
    _ = try lab.outputs("feed -3 4; decay relu from 2 to 0.5; step 1")
    // The decay view is shown now; the function plot holds the stops.
    _ = try lab.outputs("view plot; trace -5")
    var stops: [Double] = []
    for _ in 0..<6 {
      _ = try lab.outputs("trace next")
      guard case .plot(let z)? = lab.cursor else { throw TestFailure("no cursor") }
      stops.append(z)
    }
    let step = try #require(lab.decay?.steps.last?.z)
    #expect(stops == [-3, 0, step, 2, 4, -3].map { $0 })
    _ = try lab.outputs("trace previous")
    #expect(lab.cursor == .plot(z: 4))
    _ = try lab.outputs("trace first")
    #expect(lab.cursor == .plot(z: -5))
    _ = try lab.outputs("trace 1 last")
    #expect(lab.cursor == .plot(z: 5))
  }

  @Test func theDecayWalksItsSteps() throws {
    let lines = try readout("decay relu from 0.9 to 0.5; step 2", "trace 0")
    #expect(lines == ["step 0 of 2: z = 0.9  relu(z) = 0.9  relu'(z) = 1  the start, no step yet"])
    var lab = Interpreter()
    _ = try lab.outputs("decay relu from 0.9 to 0.5; step 2; trace; trace previous")
    #expect(lab.cursor == .decay(step: 1))
    // Round at the ends, as on the plot: after the last step the first, and back.
    _ = try lab.outputs("trace next; trace next")
    #expect(lab.cursor == .decay(step: 0))
    _ = try lab.outputs("trace previous")
    #expect(lab.cursor == .decay(step: 2))
    _ = try lab.outputs("trace 1")
    // A reset leaves the step the cursor stood on: it moves back to the last there is.
    _ = try lab.outputs("reset")
    #expect(lab.cursor == .decay(step: 0))
    #expect(lab.scene.decay?.steps.cursor == 0)
  }

  @Test func theNetworkReadsItsFitAndActiveUnits() throws {
    var lab = Interpreter()
    _ = try lab.outputs("net relu width 4 seed 1")
    let outputs = try lab.outputs("trace 0.3")
    guard case .trace(.network(let reading)?) = outputs.last, let network = lab.network else {
      throw TestFailure("no network readout")
    }
    // The network's own forward pass at its data points agrees with the readout.
    let f = Activation.relu
    let (fits, _) = network.predictions(activation: f, atZero: lab.settings.gradientAtZero)
    for (x, fit) in zip(network.x, fits).prefix(20) {
      guard case .network(let at) = TraceReadout.network(network, activation: f, at: x) else {
        throw TestFailure("network")
      }
      #expect(abs(at.fit - fit) <= 1e-12 * max(1, abs(fit)))
    }
    let zs = zip(network.weights[0], network.biases[0]).map { $0 * 0.3 + $1 }
    #expect(reading.active == zs.filter { $0 > 0 }.count)
    #expect(reading.units == 4)
    #expect(reading.target == network.spec.target.value(0.3))
    #expect(lab.scene.network?.fit.cursor == 0.3)
  }

  @Test func jsonIsExact() throws {
    var lab = Interpreter()
    _ = try lab.outputs("set digits 2; plot relu sigmoid")
    let outputs = try lab.outputs("trace 0.1")
    let line = try #require(outputs.last.map(JSONReport.lines(for:))?.first)
    #expect(
      line
        == "{\"cmd\":\"trace\",\"view\":\"plot\",\"z\":0.1,\"functions\":["
        + "{\"fn\":\"relu\",\"f\":0.1,\"df\":1},"
        + "{\"fn\":\"sigmoid\",\"f\":\(Activation.sigmoid.value(0.1)),"
        + "\"df\":\(Activation.sigmoid.derivative(0.1))}]}")
    let kink = try #require(try lab.outputs("trace 0").last.map(JSONReport.lines(for:))?.first)
    #expect(
      kink.contains(
        "{\"fn\":\"relu\",\"f\":0,\"df\":0,\"left\":0,\"right\":1,\"rule\":\"pytorch\"}"))
  }

  @Test func refusals() throws {
    var lab = Interpreter()
    #expect(try lab.failure("trace off").message.contains("no cursor"))
    #expect(try lab.failure("trace nan").message.contains("finite"))
    _ = try lab.outputs("compare")
    #expect(try lab.failure("trace").message.contains("not view race"))
    _ = try lab.outputs("view plot; clear; trace next")
    #expect(lab.cursor == .plot(z: 0))
    _ = try lab.outputs("plot sigmoid")
    #expect(try lab.failure("trace next").message.contains("nothing to jump to"))
    _ = try lab.outputs("decay relu from 0.9 to 0.5; step 2")
    #expect(try lab.failure("trace 3").message.contains("0 to 2"))
    #expect(try lab.failure("trace 0.5").message.contains("0 to 2"))
    #expect(try lab.failure("toggle tanh").message.contains("not on the plot"))
  }

  @Test func toggleHidesACurveKeptInTheLegend() throws {
    var lab = Interpreter()
    _ = try lab.outputs("toggle relu'")
    #expect(lab.scene.functions.hiddenSeries == [PlotSeries(.relu, derivative: true)])
    let text = PlotView.functions(lab.scene.functions).textLines(size: PlotSize.standard)
    #expect(text[0].contains("= relu' (hidden)"))
    #expect(!text.dropFirst().joined().contains("="))
    _ = try lab.outputs("toggle relu'")
    #expect(lab.scene.functions.hiddenSeries.isEmpty)
    _ = try lab.outputs("toggle relu; plot relu")
    #expect(lab.hiddenSeries.isEmpty)
  }

  /// SVG and CSV hold only the curves shown; the text plot names the hidden
  /// one in its legend, as the screen does.
  @Test func exportsLeaveHiddenCurvesOut() throws {
    var lab = Interpreter()
    _ = try lab.outputs("plot relu leaky sigmoid; toggle leaky")
    let csv = PlotExport.file(.csv, of: lab.scene, size: .standard)
    #expect(csv.contents.hasPrefix("z,relu,sigmoid\n"))
    #expect(csv.subject.en == "relu sigmoid")
    let svg = PlotExport.file(.svg, of: lab.scene, size: .standard).contents
    #expect(svg.contains("relu") && svg.contains("sigmoid") && !svg.contains("leaky"))
    let txt = PlotExport.file(.txt, of: lab.scene, size: .standard).contents
    #expect(txt.contains("leaky (alpha=0.01) (hidden)"))
    _ = try lab.outputs("toggle leaky")
    #expect(PlotExport.file(.csv, of: lab.scene, size: .standard).contents.contains("leaky"))
  }

  @Test func theCursorIsDrawnWhereTheFrameMapsIt() throws {
    var lab = Interpreter()
    _ = try lab.outputs("plot relu; trace 2")
    let size = PlotSize.standard
    let scene = lab.scene.functions
    let lines = PlotView.functions(scene).textLines(size: size)
    let frame = PlotFrame(scene: scene, size: size)
    let column = try #require(frame.column(of: 2))
    let point = try #require(frame.cell(of: PlotPoint(x: 2, y: 2)))
    #expect(point.column == column)
    let rows = lines.map { Array($0) }
    for row in frame.top..<(frame.top + frame.rows) where row != point.row {
      #expect(rows[row][column] == "!" || rows[row][column] == "*", "row \(row)")
    }
    #expect(rows[point.row][column] == "O")
    // Read back: the column's x is within half a column of 2.
    let x = try #require(frame.x(atColumn: column))
    #expect(abs(x - 2) <= frame.columnWidth / 2)
    #expect(frame.column(of: x) == column)
    // At the kink, the jump's points stay: relu' has its own there.
    _ = try lab.outputs("plot relu'; trace 0")
    let kink = PlotView.functions(lab.scene.functions).textLines(size: size).joined()
    #expect(kink.contains("@") && kink.contains("o") && !kink.contains("O"))
  }

  @Test func theCommandWritesBackAsParsed() throws {
    for text in [
      "trace", "trace 0.5", "trace next", "trace -2 previous", "trace off", "toggle relu'",
    ] {
      let parsed = Parser.parse(Source(name: "t", text: text))
      guard case .success(let statement)? = parsed.first else { throw TestFailure(text) }
      #expect(statement.command.text == text)
    }
  }
}
