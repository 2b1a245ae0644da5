import Testing

@testable import ReluCore

@Suite struct ReportTests {
  private func text(_ command: String) throws -> [String] {
    var lab = Interpreter()
    return try lab.printed(command)
  }

  private func json(_ command: String) throws -> [String] {
    var lab = Interpreter()
    return try lab.outputs(command).flatMap(JSONReport.lines(for:))
  }

  @Test func feedText() throws {
    #expect(
      try text("feed 1 -2 0 0.5")
        == [
          "feed relu: 4 values, 2 active (50%)",
          "    z  relu(z)  relu'(z)",
          "    1        1         1",
          "   -2        0         0",
          "    0        0         0",
          "  0.5      0.5         1",
          "  z min -2, max 1, mean -0.125; relu(z) min 0, max 1, mean 0.375",
        ])
  }

  @Test func digitsRoundTextButNotJSON() throws {
    #expect(try text("forward sigmoid 2") == ["sigmoid", "  z  sigmoid(z)", "  2    0.880797"])
    var lab = Interpreter()
    let full = try lab.outputs("set digits full; forward sigmoid 2")
    #expect(full[0] == .setting(.digits, .digits(.full)))
    #expect(TextReport.lines(for: full[1], digits: .full).last?.text == "  2  0.8807970779778823")
    #expect(TextReport.lines(for: full[1], digits: .significant(2)).last?.text == "  2        0.88")
    #expect(try json("forward sigmoid 2")[0].contains("0.8807970779778823"))
    #expect(NumberDigits.standard.format(0.49999999999999994) == "0.5")
    #expect(NumberDigits.standard.format(0.898368295785431) == "0.898368")
    #expect(NumberDigits.significant(17).format(0.1 + 0.2) == "0.30000000000000004")
  }

  @Test func matricesPrintByRow() throws {
    let lines = try text("feed [[1, -2], [3, 4]]")
    #expect(lines[1] == "  z:")
    #expect(lines[2] == "    1  -2")
    #expect(lines[3] == "    3   4")
    #expect(lines[4] == "  relu(z):")
    #expect(lines[5] == "    1  0")
  }

  @Test func longVectorsAreElided() throws {
    let lines = try text("feed random 100 seed 1")
    #expect(lines[1].hasPrefix("  z"))
    #expect(lines[1].hasSuffix("(100 values)"))
    #expect(lines[1].contains(", ..., "))
    #expect(lines.last == "  seed 1")
  }

  @Test func decayText() throws {
    #expect(
      try text("decay relu from 0.9 to 0.5; step 2")
        == [
          "decay relu from 0.9 to 0.5, lr 0.2 (descent)",
          "step 0: z = 0.9, relu(z) = 0.9, relu'(z) = 1",
          "  step    z  relu(z)  relu'(z)",
          "     1  0.7      0.7         1",
          "     2  0.5      0.5         1",
          "  -> reached 0.5",
        ])
    let run = try text("set lr 1; decay relu from 0.9 to 0.5; run")
    #expect(
      run[3]
        == "dead after 1 step, 0.5 past the target: z = -0.1, relu(z) = 0, relu'(z) = 0; the neuron stopped learning"
    )
    #expect(run.count == 3 + 1 + PlotSize.standard.height, "the step chart follows")
  }

  @Test func overshootIsSaidPastOnePercent() throws {
    let leaky = try text("set lr 1; decay leaky from 0.9 to 0.5; step")
    #expect(
      leaky.last
        == "  -> overshot 0.5: 0.501 past the target (f = -0.001); the gradient is not 0,"
        + " so the neuron is alive")
    let sigmoid = try text("decay sigmoid from 0.9 to 0.5; run")
    #expect(sigmoid[2].hasPrefix("reached 0.5 in 67 steps: "), "0.0009 past is under 1%")
    let json = try json("set lr 1; compare relu leaky")[1]
    #expect(
      json.contains(
        #""status":"overshot","steps":1,"z":-0.09999999999999998,"value":-0.0009999999999999998,"overshoot":0.501"#
      ))
    #expect(try self.json("compare relu")[0].contains(#""overshoot":0"#))
    let over = try text("set lr 1; decay leaky from 0.9 to 0.5; run")
    #expect(
      over[3]
        == "overshot 0.5 in 1 step, 0.501 past the target: z = -0.1, leaky(z) = -0.001,"
        + " leaky'(z) = 0.01; the neuron is alive")
  }

  @Test func compareTable() throws {
    #expect(
      try text("compare relu sigmoid").prefix(4)
        == [
          "decay from 0.9 to 0.5, lr 0.2",
          "function  status   steps  past target            z      f(z)",
          "relu      reached      2                       0.5       0.5",
          "sigmoid   reached     67               -0.00363484  0.499091",
        ])
    let big = try text("set lr 1; compare relu leaky")
    #expect(big[4].hasPrefix("leaky (alpha=0.01)  overshot      1        0.501"), "\(big)")
  }

  @Test func sayEscapesControlCharacters() throws {
    #expect(try text("say \"bell\\there\"") == ["bell  here"])
    #expect(try text("say a\u{7}b") == ["a^Gb"])
  }

  @Test func jsonShapes() throws {
    #expect(
      try json("feed 1 -2")
        == [
          #"{"cmd":"feed","fn":"relu","shape":[2],"input":[1,-2],"output":[1,0],"mask":[1,0],"active":1,"count":2,"fraction":0.5}"#
        ])
    #expect(
      try json("forward relu [-1, 2]") == [
        #"{"cmd":"forward","fn":"relu","input":[-1,2],"output":[0,2]}"#
      ])
    #expect(
      try json("feed 1 -2; backward 3 3")[1]
        == #"{"cmd":"backward","fn":"relu","upstream":[3,3],"grad":[3,0]}"#)
    let steps = try json("decay relu from 0.9 to 0.5; step 2")
    #expect(steps[1] == #"{"cmd":"step","step":1,"z":0.7,"value":0.7,"grad":1,"status":"running"}"#)
    #expect(
      steps[2]
        == #"{"cmd":"step","step":2,"z":0.49999999999999994,"value":0.49999999999999994,"grad":1,"status":"reached"}"#
    )
    #expect(
      try json("decay sigmoid from 0.9 to 0.5; run")[1].hasPrefix(
        #"{"cmd":"run","fn":"sigmoid","status":"reached","steps":67,"#))
    #expect(
      try json("compare relu relu")
        == [
          #"{"cmd":"compare","from":0.9,"to":0.5,"lr":0.2,"rows":[{"fn":"relu","status":"reached","steps":2,"z":0.49999999999999994,"value":0.49999999999999994,"overshoot":0},{"fn":"relu","status":"reached","steps":2,"z":0.49999999999999994,"value":0.49999999999999994,"overshoot":0}]}"#
        ])
  }

  @Test func jsonNonFiniteNumbersAreStrings() throws {
    #expect(
      try json("forward leaky nan inf -inf")
        == [
          #"{"cmd":"forward","fn":"leaky","alpha":0.01,"input":["nan","inf","-inf"],"output":["nan","inf","-inf"]}"#
        ])
  }

  @Test func jsonMatricesNest() throws {
    #expect(try json("forward relu [[1, -1], [-2, 2]]")[0].hasSuffix(#""output":[[1,0],[0,2]]}"#))
  }

  @Test func jsonEscapesStrings() {
    #expect(JSONWriter.quoted("a\"b\\c\n\u{1}") == #""a\"b\\c\n\u0001""#)
  }

  @Test func jsonDiagnostic() throws {
    var lab = Interpreter()
    let d = try lab.failure("feed 1 x", name: "s.relu")
    #expect(
      JSONReport.line(for: d)
        == #"{"error":"'x' is not a number; usage: feed V","file":"s.relu","line":1,"column":8}"#)
  }

  @Test func diagnosticLines() throws {
    var lab = Interpreter()
    let d = try lab.failure("feed 1 x", name: "s.relu")
    #expect(
      TextReport.lines(for: d) == [
        ReportLine("s.relu:1:8: error: 'x' is not a number; usage: feed V", role: .error),
        ReportLine("feed 1 x"), ReportLine("       ^", role: .error),
      ])
  }

  @Test func compactDiagnosticPutsTheCaretUnderTheEcho() throws {
    var lab = Interpreter()
    let d = try lab.failure("set alpah 3", name: "<input>")
    let line = TextReport.compactLine(for: d, indent: "relulab> ".count)
    #expect(line.role == .error)
    // The echo is `relulab> set alpah 3`: `alpah` starts at column 14.
    #expect(line.text.hasPrefix(String(repeating: " ", count: 13) + "^~~~~ "))
    #expect(line.text.hasSuffix(d.message))
    #expect(!line.text.contains("<input>"))
  }
}

/// Wide tables print in blocks of columns that fit, the rows' names repeated.
@Suite struct WideTableTests {
  @Test func aWideTableSplitsIntoBlocksThatFit() {
    let header = ["n"] + (1...6).map { "column \($0)" }
    let rows = [["1"] + (1...6).map { "value \($0) of one" }, ["22"] + (1...6).map { "v\($0)" }]
    let lines = TextReport.table(header: header, rows: rows, rightAligned: [0], fitting: 45)
    let text = lines.map(\.text)
    #expect(text.allSatisfy { DisplayWidth.of($0) <= 45 })
    // Each block: its header, its two rows, and a blank line between blocks.
    #expect(text.count == 3 * 3 + 2)
    #expect(text[3] == "" && text[7] == "")
    #expect(text[0] == " n  column 1        column 2")
    #expect(text[1] == " 1  value 1 of one  value 2 of one")
    #expect(text[2] == "22  v1              v2")
    #expect(text[8] == " n  column 5        column 6")
    #expect(lines[0].role == .heading && lines[4].role == .heading)
  }

  @Test func keptColumnsRepeatInEveryBlock() {
    let header = ["p", "s", "first column", "second column"]
    let rows = [["half", "1", "a", "b"]]
    let text = TextReport.table(header: header, rows: rows, fitting: 30, keeping: 2).map(\.text)
    #expect(
      text == ["p     s  first column", "half  1  a", "", "p     s  second column", "half  1  b"])
  }

  @Test func aTableThatFitsIsOneBlock() {
    let rows = [["1", "a", "b"]]
    #expect(
      TextReport.table(header: ["n", "x", "y"], rows: rows, fitting: 78)
        == TextReport.table(header: ["n", "x", "y"], rows: rows))
  }

  @Test func theCensusAtFiveDepthsFitsSeventyEightColumns() throws {
    var lab = Interpreter()
    let outputs = try lab.outputs("born width 2 3 10 depth 2 5 10 20 50 trials 300 seed 1")
    let text = TextReport.lines(for: outputs[0]).map(\.text)
    #expect(text.allSatisfy { DisplayWidth.of($0) <= TextReport.lineWidth })
    let headers = text.filter { $0.hasPrefix("width  depth") }
    #expect(headers.count == 2)
    #expect(headers.joined().components(separatedBy: "depth ").count - 1 == 5)
  }
}
