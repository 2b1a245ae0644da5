import Testing

@testable import ReluCore

/// What people coming from gnuplot, Octave, NumPy or a shell type first.
@Suite struct ForgivingInputTests {
  @Test func namesAreCaseInsensitive() throws {
    #expect(try parseOne("PLOT ReLU") == .plot([PlotSeries(.relu)]))
    #expect(try parseOne("Set Alpha 0.3") == .set(.alpha(0.3)))
    #expect(try parseOne("set GRAD0 Right") == .set(.gradientAtZero(.right)))
    #expect(try parseOne("USE Leaky") == .use(.leaky))
    #expect(try parseOne("Feed RANDOM 3 Seed 1") == parseOne("feed random 3 seed 1"))
    #expect(try parseOne("EXPORT SVG A.svg") == parseOne("export svg A.svg"))
  }

  @Test(arguments: ["set alpha=0.3", "set alpha = 0.3", "set alpha =0.3", "set alpha= 0.3"])
  func settingsTakeAnEqualsSign(_ text: String) throws {
    #expect(try parseOne(text) == .set(.alpha(0.3)))
  }

  @Test func anEqualsSignKeepsColumnsRight() throws {
    let d = try parseError("set alpha=-1")
    #expect(d.column == 11)
    #expect(d.caretLine == "          ^~")
  }

  @Test func gnuplotRangesAndAuto() throws {
    let three = try PlotBounds(lower: -3, upper: 3)
    #expect(try parseOne("set xrange [-3:3]") == .set(.xRange(three)))
    #expect(try parseOne("set xrange [ -3 : 3 ]") == .set(.xRange(three)))
    #expect(try parseOne("set xrange=[-3:3]") == .set(.xRange(three)))
    #expect(try parseOne("set yrange [0:1]") == .set(.yRange(try PlotBounds(lower: 0, upper: 1))))
    #expect(try parseOne("set xrange auto") == .set(.xRange(nil)))
    #expect(try parseOne("set yrange AUTO") == .set(.yRange(nil)))
    #expect(try parseError("set xrange [3:-3]").message.hasPrefix("xrange: a range must go"))
    #expect(
      try parseError("set xrange [:3]").message
        == "a range in brackets needs both ends, as in [-3:3]")
    #expect(
      try parseError("set xrange [1 2]").message
        == "a range in brackets is written [A:B], as in [-3:3]")
  }

  @Test func xrangeAutoIsTheDefaultWindow() throws {
    var lab = Interpreter()
    _ = try lab.outputs("set xrange -1 1")
    #expect(lab.scene.functions.xRange == (try PlotBounds(lower: -1, upper: 1)))
    #expect(try lab.outputs("set xrange auto") == [.setting(.xrange, .bounds(nil))])
    #expect(lab.scene.functions.xRange == PlotBounds.defaultX)
  }

  @Test func plotTakesCommas() throws {
    #expect(
      try parseOne("plot relu, leaky,sigmoid'")
        == .plot([PlotSeries(.relu), PlotSeries(.leaky), PlotSeries(.sigmoid, derivative: true)]))
  }

  @Test func forwardTakesADerivative() throws {
    var lab = Interpreter()
    guard case .forward(let relu) = try lab.outputs("forward relu' -1 0 2")[0] else {
      throw TestFailure("forward")
    }
    #expect(relu.isDerivative && relu.output.scalars == [0, 0, 1])
    guard case .forward(let leaky) = try lab.outputs("set alpha 0.1; forward leaky' -1 0 1")[1]
    else { throw TestFailure("forward") }
    #expect(leaky.output.scalars == [0.1, 0.1, 1])
    guard case .forward(let right) = try lab.outputs("set grad0 right; forward relu' 0")[1] else {
      throw TestFailure("forward")
    }
    #expect(right.output.scalars == [1])
    #expect(
      TextReport.lines(for: .forward(leaky)).first?.text == "leaky' (alpha=0.1)")
  }

  @Test func helpExplainsSettingsAndFunctionsToo() throws {
    #expect(try parseOne("help set alpha") == .help(.setting(.alpha)))
    #expect(try parseOne("help SET lr") == .help(.setting(.lr)))
    #expect(try parseOne("help alpha") == .help(.setting(.alpha)))
    #expect(try parseOne("help relu") == .help(.function(.relu)))
    #expect(try parseOne("help leaky'") == .help(.function(.leaky)))
    #expect(try parseOne("?") == .help(.index))
    #expect(try parseOne("? plot") == .help(.command(.plot)))
    let alpha = TextReport.lines(for: .help(.setting(.alpha))).map(\.text)
    #expect(alpha.first == "set alpha A")
    #expect(alpha.dropFirst().first == "  Leaky ReLU's slope for z < 0; default 0.01")
    let relu = TextReport.lines(for: .help(.function(.relu))).map(\.text)
    #expect(relu.first == "relu and relu'")
    #expect(relu.contains { $0.contains("relu(z) = max(0, z)") })
    #expect(relu.contains { $0.contains("Range [0, inf)") })
  }

  @Test(arguments: [
    ("relu 2", "unknown command 'relu'; did you mean 'forward relu 2'?"),
    ("Sigmoid [0, 1]", "unknown command 'Sigmoid'; did you mean 'forward Sigmoid [0, 1]'?"),
    ("relu", "unknown command 'relu'; did you mean 'plot relu' or 'use relu'?"),
    ("tanh'", "unknown command 'tanh''; did you mean 'plot tanh''?"),
    ("plto relu", "unknown command 'plto'; did you mean 'plot'?"),
    ("alpha 0.3", "unknown command 'alpha'; did you mean 'set alpha 0.3'?"),
    ("lr=1", "unknown command 'lr=1'; did you mean 'set lr=1'?"),
    (
      "set alpah 3",
      "unknown setting 'alpah'; did you mean 'alpha'? The settings are alpha,"
        + " elu-alpha, beta, lr, grad0, convention, precision, xrange, yrange, size, canvas, digits, speed and lang"
    ),
    ("set grad0 rigth", "grad0 is left, right or mid, not 'rigth'; did you mean 'right'?"),
  ])
  func didYouMeanComesFromTheVocabularyAndContext(_ text: String, _ message: String) throws {
    #expect(try parseError(text).message == message)
  }

  @Test func aByteOrderMarkIsSkipped() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("plot relu\nfeed 1 x".utf8)
    let source = Source(name: "bom.relu", bytes: bytes)
    let results = Parser.parse(source)
    #expect(try results[0].get().command == .plot([PlotSeries(.relu)]))
    guard case .failure(let error) = results[1] else { throw TestFailure("feed 1 x") }
    let d = Diagnostic(error, in: source, language: .en)
    #expect(d.line == 2 && d.column == 8)
    let first = Diagnostic(
      CommandError(.same("here"), at: SourceRange(start: 0, end: 4)), in: source, language: .en)
    #expect(first.column == 1 && first.lineText == "plot relu")
  }

  @Test func crlfLineEndsKeepCaretsInPlace() throws {
    let d = try parseError("set alpha 0.3\r\nfeed 1 x\r\n")
    #expect(d.line == 2 && d.column == 8 && d.lineText == "feed 1 x")
    #expect(d.caretLine == "       ^")
    let end = try parseError("say ok\r\ndecay relu from\r\nshow")
    #expect(end.line == 2 && end.column == 16)
    #expect(end.caretLine == String(repeating: " ", count: 15) + "^")
    #expect(Parser.parse(Source(name: "t", text: "say a\r\nsay b\r\n")).count == 2)
  }

  @Test func numbersThatWouldRoundToZeroAreRefused() throws {
    let tiny =
      "1e-400 is too small for a Double and would round to 0; the smallest is about 4.9e-324"
    #expect(try parseError("set alpha 1e-400").message == tiny)
    #expect(try parseError("feed 1 1e-400").message == tiny)
    #expect(try parseError("set lr 1e-400").message == tiny)
    #expect(try parseOne("set alpha 0e-400") == .set(.alpha(0)))
    #expect(try parseOne("set alpha 5e-324") == .set(.alpha(.leastNonzeroMagnitude)))
    guard case .feed(let v) = try parseOne("feed 0.000 -0") else { throw TestFailure("feed") }
    #expect(v.value == .literal(Tensor([0, 0])))
  }
}

@Suite struct HelpIndexTests {
  /// The index fits an 86-column window (a projector's terminal).
  @Test func theIndexFitsEightySixColumns() {
    let lines = TextReport.lines(for: .help(.index)).map(\.text)
    #expect(lines.count == CommandName.allCases.count + 5)
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 86 }, "\(lines.filter { $0.count > 86 })")
  }

  @Test func helpSetWithAnUnknownSettingSaysSo() throws {
    #expect(try parseError("help set alpah").message.hasPrefix("unknown setting 'alpah'"))
  }
}
