import Testing

@testable import ReluTerminal

@Suite struct CompleterTests {
  let completer = Completer(
    commands: ["set", "show", "step", "feed", "help", "plot", "use"],
    settings: ["alpha", "lr", "grad0"],
    functions: ["relu", "leaky", "relu'", "leaky'", "sigmoid"])

  @Test func firstWordIsACommand() {
    let completion = completer.complete(Array("s"), cursor: 1)
    #expect(completion.candidates == ["set", "show", "step"])
    #expect(completion.range == 0..<1)
    #expect(completion.commonPrefix == "s")
    #expect(completer.complete(Array("fe"), cursor: 2).candidates == ["feed"])
  }

  @Test func afterSetIsASetting() {
    #expect(completer.complete(Array("set al"), cursor: 6).candidates == ["alpha"])
    #expect(completer.complete(Array("set "), cursor: 4).candidates == ["alpha", "grad0", "lr"])
  }

  @Test func otherArgumentsAreFunctions() {
    let completion = completer.complete(Array("plot relu le"), cursor: 12)
    #expect(completion.candidates == ["leaky", "leaky'"])
    #expect(completion.range == 10..<12)
    #expect(completion.commonPrefix == "leaky")
  }

  @Test func completesTheWordAtTheCursorOnly() {
    let completion = completer.complete(Array("use re x"), cursor: 6)
    #expect(completion.candidates == ["relu", "relu'"])
    #expect(completion.range == 4..<6)
  }

  @Test func tabCompletesCyclesAndShowsCandidates() {
    var line = InputLine(history: History(), completer: completer)
    line.apply(.insert("fe"))
    #expect(line.complete() == [])
    #expect(line.text == "feed ")

    line.clear()
    line.apply(.insert("use le"))
    #expect(line.complete() == ["leaky", "leaky'"])
    #expect(line.text == "use leaky")
    #expect(line.complete() == [])
    #expect(line.text == "use leaky")
    #expect(line.complete() == [])
    #expect(line.text == "use leaky'")
    #expect(line.complete() == [])
    #expect(line.text == "use leaky")

    line.apply(.insert(" "))  // any edit ends the cycle
    #expect(line.complete().count == 8)  // functions and settings
  }

  @Test func noCandidateLeavesTheLineAlone() {
    var line = InputLine(history: History(), completer: completer)
    line.apply(.insert("xyz"))
    #expect(line.complete() == [])
    #expect(line.text == "xyz")
  }

  @Test func submitRecordsHistory() {
    var line = InputLine(history: History(), completer: completer)
    line.apply(.insert("step"))
    #expect(line.submit() == "step")
    #expect(line.text == "")
    line.historyPrevious()
    #expect(line.text == "step")
    line.historyNext()
    #expect(line.text == "")
  }
}
