import Testing

@testable import ReluCore

@Suite struct ReportTests {
  private func text(_ command: String) throws -> [String] {
    var lab = Interpreter()
    return try lab.outputs(command).flatMap(TextReport.lines(for:)).map(\.text)
  }

  private func json(_ command: String) throws -> [String] {
    var lab = Interpreter()
    return try lab.outputs(command).flatMap(JSONReport.objects(for:)).map(\.serialized)
  }

  @Test func feedText() throws {
    #expect(
      try text("feed 1 -2 0 0.5")
        == [
          "feed relu: 4 values, 2 active (50%)",
          "  input  [1, -2, 0, 0.5]",
          "  output [1, 0, 0, 0.5]",
          "  mask   [1, 0, 0, 1]",
          "  input min -2, max 1, mean -0.125; output min 0, max 1, mean 0.375",
        ])
  }

  @Test func longVectorsAreElided() throws {
    let lines = try text("feed random 100 seed 1")
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
          "step 1: z = 0.7, relu(z) = 0.7, relu'(z) = 1",
          "step 2: z = 0.49999999999999994, relu(z) = 0.49999999999999994, relu'(z) = 1  -> reached 0.5",
        ])
    #expect(
      try text("set lr 1; decay relu from 0.9 to 0.5; run").last
        == "dead after 1 step: z = -0.09999999999999998, relu(z) = 0, relu'(z) = 0; the neuron stopped learning"
    )
  }

  @Test func compareTable() throws {
    #expect(
      try text("compare relu sigmoid")
        == [
          "decay from 0.9 to 0.5, lr 0.2",
          "function  status   steps  z                     f(z)",
          "relu      reached      2  0.49999999999999994   0.49999999999999994",
          "sigmoid   reached     67  -0.00363484341168855  0.49909129014757375",
        ])
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
      try json("compare relu")
        == [
          #"{"cmd":"compare","from":0.9,"to":0.5,"lr":0.2,"rows":[{"fn":"relu","status":"reached","steps":2,"z":0.49999999999999994,"value":0.49999999999999994}]}"#
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
    #expect(JSONValue.string("a\"b\\c\n\u{1}").serialized == #""a\"b\\c\n\u0001""#)
  }

  @Test func jsonDiagnostic() throws {
    var lab = Interpreter()
    let d = try lab.failure("feed 1 x", name: "s.relu")
    #expect(
      JSONReport.object(for: d).serialized
        == #"{"error":"'x' is not a number","file":"s.relu","line":1,"column":8}"#)
  }

  @Test func diagnosticLines() throws {
    var lab = Interpreter()
    let d = try lab.failure("feed 1 x", name: "s.relu")
    #expect(
      TextReport.lines(for: d) == [
        ReportLine("s.relu:1:8: error: 'x' is not a number", role: .error),
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
