import Testing

@testable import ReluCore

/// What a student types first and what it does: defaults taken as F4 takes
/// them, one function raced as the chapter races it, suggestions for the
/// spellings of other tools, a usage line on every syntax error, and the
/// status words of decays and sweeps.
@Suite struct FirstTriesTests {
  private func message(_ text: String) throws -> String {
    var interpreter = Interpreter()
    return try interpreter.failure(text).message
  }

  @Test func decayAloneTakesF4sDefaultsAndSaysSo() throws {
    var interpreter = Interpreter()
    let lines = try interpreter.printed("use leaky; decay")
    #expect(
      Array(lines.dropFirst().prefix(3)) == [
        "decay leaky (alpha=0.01) from 0.9 to 0.5, lr 0.2 (descent)",
        "  as F4 takes them: the layer's function leaky (alpha=0.01), from 0.9 to 0.5,"
          + " the chapter's decay",
        "step 0: z = 0.9, leaky(z) = 0.9, leaky'(z) = 1",
      ])
    let decay = try #require(interpreter.decay)
    #expect(decay.activation == .leaky(alpha: 0.01) && decay.start == 0.9 && decay.target == 0.5)
    #expect(decay.learningRate == 0.2)
  }

  @Test func decayWithAFunctionTakesTheChaptersRange() throws {
    var interpreter = Interpreter()
    let lines = try interpreter.printed("decay sigmoid lr 0.5")
    #expect(lines.count == 3)
    #expect(lines[0] == "decay sigmoid from 0.9 to 0.5, lr 0.5 (descent)")
    #expect(lines[1] == "  as F4 takes them: from 0.9 to 0.5, the chapter's decay")
    #expect(interpreter.decay?.learningRate == 0.5)
    // Everything given: no line about defaults, as before.
    var given = Interpreter()
    #expect(try given.printed("decay relu from 0.9 to 0.5").count == 2)
  }

  @Test func decayDefaultsInChinese() throws {
    var interpreter = Interpreter()
    interpreter.language = .zh
    let lines = try interpreter.printed("decay")
    #expect(lines[1] == "  未写的部分与 F4 相同：层的函数 relu，从 0.9 到 0.5（课程章节的模拟）")
  }

  @Test func compareOneFunctionRacesItAgainstRelu() throws {
    var interpreter = Interpreter()
    let outputs = try interpreter.outputs("compare sigmoid")
    guard case .compare(let report) = outputs.first else { throw TestFailure("compare") }
    #expect(report.rows.map(\.activation.name) == ["relu", "sigmoid"])
    #expect(report.rows.map(\.final.index) == [2, 67])
    #expect(report.added == .relu)
    var text = Interpreter()
    let lines = try text.printed("compare sigmoid")
    #expect(
      lines[1]
        == "sigmoid alone races against relu, the chapter's race (name two or more to choose)")
    // relu alone races against sigmoid; two functions race as named.
    var one = Interpreter()
    var both = Interpreter()
    guard case .compare(let alone) = try one.outputs("compare relu").first,
      case .compare(let two) = try both.outputs("compare tanh leaky").first
    else { throw TestFailure("compare") }
    #expect(alone.rows.map(\.activation.name) == ["relu", "sigmoid"])
    #expect(two.rows.map(\.activation.name) == ["tanh", "leaky"] && two.added == nil)
  }

  @Test(arguments: [
    ("relu(2)", "unknown command 'relu(2)'; did you mean 'forward relu [2]'?"),
    ("leaky(1, -2)", "unknown command 'leaky(1'; did you mean 'forward leaky [1, -2]'?"),
    (
      "plot relu derivative",
      "'derivative' is not a function: a derivative is written with a prime (relu');"
        + " did you mean 'plot relu''?"
    ),
    (
      "plot sigmoid gradient tanh",
      "'gradient' is not a function: a derivative is written with a prime (relu');"
        + " did you mean 'plot sigmoid' tanh'?"
    ),
    ("set alpha to 0.2", "'to' is not a number; did you mean 'set alpha 0.2'?"),
    ("set lr to 1", "'to' is not a number; did you mean 'set lr 1'?"),
  ])
  func otherToolsSpellingsSuggestTheCommand(typed: String, said: String) throws {
    #expect(try parseError(typed).message == said)
  }

  @Test func suggestionsInChinese() throws {
    var interpreter = Interpreter()
    interpreter.language = .zh
    #expect(
      try interpreter.failure("set alpha to 0.2").message
        == "'to' 不是数字；是不是想写 'set alpha 0.2'？")
  }

  /// Every syntax error of a command ends with its usage line; errors about
  /// a name or a value (not the words' order) do not.
  @Test(arguments: [
    ("decay relu from 0.9", "expected 'to', found the end of the input"),
    ("decay relu from", "expected a start value (or last), found the end of the input"),
    ("compare relu from 0.9", "expected 'to', found the end of the input"),
    (
      "feed",
      "expected a vector: numbers like 1 -2 0.5, [1, -2, 0.5] or random N, found the end of the input"
    ),
    ("feed 1 x", "'x' is not a number"),
    ("record", "expected a file name, found the end of the input"),
    ("sweep lr", "expected a learning rate, found the end of the input"),
    (
      "net",
      "expected relu, leaky, sigmoid, tanh, elu, softplus, prelu or rrelu, found the end of the"
        + " input"
    ),
    ("net relu width 2 width 3", "'width' is given twice"),
    ("export svg", "expected a file name, found the end of the input"),
    ("train 5 lr", "expected a learning rate, found the end of the input"),
  ])
  func syntaxErrorsEndWithTheUsage(typed: String, error: String) throws {
    guard
      case .failure(let failed) = try #require(Parser.parse(Source(name: "t", text: typed)).first)
    else { throw TestFailure("\(typed) parsed") }
    let name = try #require(CommandName(word: String(typed.prefix { $0 != " " })))
    #expect(failed.message.en == error + "; usage: " + name.usage)
    #expect(failed.message.zh.hasSuffix("；用法：" + name.usage))
  }

  @Test func setsUsageIsTheSettings() throws {
    #expect(
      try parseError("set alpha").message
        == "expected a number, found the end of the input; usage: set alpha A")
    #expect(try parseError("set alpha x").message == "'x' is not a number; usage: set alpha A")
  }

  @Test(arguments: ["plot relu sine", "use sigmoid", "step 0", "export png a.png", "lesson 99"])
  func nameAndValueErrorsHaveNoUsage(typed: String) throws {
    #expect(!(try parseError(typed).message.contains("usage:")))
  }

  @Test func theDecayAndTheRaceSayOvershotForALiveOvershoot() throws {
    var interpreter = Interpreter()
    let lines = try interpreter.printed("set lr 1; compare relu leaky")
    #expect(lines.contains("relu                dead          1          0.5  -0.1       0"))
    #expect(lines.contains("leaky (alpha=0.01)  overshot      1        0.501  -0.1  -0.001"))
    #expect(lines.contains("# leaky (alpha=0.01): overshot after 1 step, 0.501 past"))
    var run = Interpreter()
    let ran = try run.printed("set lr 1; decay leaky; run")
    #expect(
      ran.contains(
        "overshot 0.5 in 1 step, 0.501 past the target: z = -0.1, leaky(z) = -0.001,"
          + " leaky'(z) = 0.01; the neuron is alive"))
    var stepped = Interpreter()
    let steps = try stepped.printed("set lr 1; decay leaky; step")
    #expect(
      steps.last
        == "  -> overshot 0.5: 0.501 past the target (f = -0.001); the gradient is not 0,"
        + " so the neuron is alive")
    var json = Interpreter()
    let outputs = try json.outputs("set lr 1; compare relu leaky; decay leaky; run")
    let text = outputs.flatMap { JSONReport.lines(for: $0) }.joined(separator: "\n")
    #expect(text.contains(#""fn":"leaky","alpha":0.01,"status":"overshot""#))
    #expect(text.contains(#""cmd":"run","fn":"leaky","status":"overshot""#))
  }

  @Test func theRaceLabelsInChinese() {
    #expect(
      FigureLabel.race(function: "leaky", status: .overshot, steps: 1, past: "0.501").words
        == Words(en: "leaky: overshot after 1 step, 0.501 past", zh: "leaky：1 步后越过目标 0.501"))
  }

  @Test func aSweepSaysOkOrDiverged() throws {
    var interpreter = Interpreter()
    let lines = try interpreter.printed("net relu seed 10; sweep lr 0.05 5 epochs 5")
    let rows = lines.drop { !$0.hasPrefix("lr ") }
    #expect(rows.count == 3, "the header and two rates")
    #expect(rows.dropFirst().allSatisfy { $0.hasSuffix("  ok") || $0.hasSuffix("  diverged") })
    #expect(!rows.contains { $0.contains("running") || $0.contains("finite") })
    var json = Interpreter()
    let outputs = try json.outputs("net relu seed 10; sweep lr 0.05 epochs 5")
    let text = JSONReport.lines(for: try #require(outputs.last)).joined(separator: "\n")
    #expect(text.contains(#""status":"ok""#) && !text.contains("running"))
    #expect(TrainingStatus.running.words == Words(en: "ok", zh: "未发散"))
    #expect(TrainingStatus.diverged.words == Words(en: "diverged", zh: "已发散"))
  }
}
