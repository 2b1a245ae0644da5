import ReluCore
import Testing

@testable import ReluTerminal

@Suite struct CompleterTests {
  let completer = Completer()

  private func candidates(_ line: String) -> [String] {
    completer.complete(Array(line), cursor: line.count).candidates
  }

  @Test func firstWordIsACommand() {
    let completion = completer.complete(Array("s"), cursor: 1)
    #expect(completion.candidates == ["set", "show", "step", "sweep", "say", "save"])
    #expect(completion.range == 0..<1)
    #expect(completion.commonPrefix == "s")
    #expect(candidates("fe") == ["feed"])
  }

  @Test func eachCommandOffersWhatItAccepts() {
    #expect(candidates("set al") == ["alpha"])
    #expect(candidates("set grad0 r") == ["right"])
    #expect(candidates("set canvas b") == ["braille"])
    #expect(candidates("set yrange a") == ["auto"])
    #expect(candidates("use l") == ["leaky"])
    #expect(candidates("feed r") == ["random"])
    #expect(candidates("feed random 5 s") == ["seed"])
    #expect(candidates("decay sigmoid f") == ["from"])
    #expect(candidates("compare relu l") == ["leaky", "lr"])
    #expect(candidates("help ex") == ["export"])
    #expect(candidates("set alpha 0").isEmpty)
  }

  @Test func aSemicolonStartsANewCommand() {
    let completion = completer.complete(Array("use relu; pl"), cursor: 12)
    #expect(completion.candidates == ["plot"])
    #expect(completion.range == 10..<12)
    #expect(candidates("plot relu;set g") == ["grad0"])
    #expect(candidates("say \"a; b\" ; use r") == ["relu"])
    #expect(candidates("say \"a; se").isEmpty)  // inside a string
    #expect(candidates("use relu # se").isEmpty)  // in a comment
    #expect(candidates("say \"a \\\" ;\"; u") == ["use"])  // an escaped quote
  }

  @Test func completesTheWordAtTheCursorOnly() {
    let completion = completer.complete(Array("plot re x"), cursor: 7)
    #expect(completion.candidates == ["relu", "relu'"])
    #expect(completion.range == 5..<7)
  }

  @Test func aUniqueCandidateIsCompletedWithASpace() {
    var line = InputLine(history: History())
    line.apply(.insert("fe"))
    #expect(line.complete() == [])
    #expect(line.text == "feed ")
    #expect(line.complete() == [])  // the only word that can follow
    #expect(line.text == "feed random ")

    line.clear()
    line.apply(.insert("set grad0 r"))
    #expect(line.complete() == [])
    #expect(line.text == "set grad0 right ")
  }

  @Test func aCompleteUniqueWordJustGetsItsSpace() {
    var line = InputLine(history: History())
    line.apply(.insert("use leaky"))
    #expect(line.complete() == [])
    #expect(line.text == "use leaky ")
    line.clear()
    line.apply(.insert("set canvas ascii x"))
    for _ in 0..<2 { line.apply(.left) }
    #expect(line.complete() == [])  // a space follows already: the cursor steps over it
    #expect(line.text == "set canvas ascii x")
    #expect(line.editor.cursor == 17)
  }

  @Test func severalCandidatesAreShownAndCycled() {
    var line = InputLine(history: History())
    line.apply(.insert("plot le"))
    #expect(line.complete() == ["leaky", "leaky'"])
    #expect(line.text == "plot leaky")
    #expect(line.complete() == ["leaky", "leaky'"])  // typed in full: on to the next one
    #expect(line.text == "plot leaky'")
    #expect(line.complete() == ["leaky", "leaky'"])
    #expect(line.text == "plot leaky")

    line.clear()
    line.apply(.insert("set "))
    #expect(line.complete().count == SettingName.allCases.count)
    #expect(line.text == "set ")
    #expect(line.complete().count == SettingName.allCases.count)
    #expect(line.text == "set alpha")

    line.apply(.insert(" "))  // any edit ends the cycle
    #expect(line.complete() == [])
    #expect(line.text == "set alpha ")
  }

  @Test func noCandidateLeavesTheLineAlone() {
    var line = InputLine(history: History())
    line.apply(.insert("xyz"))
    #expect(line.complete() == [])
    #expect(line.text == "xyz")
  }

  @Test func submitRecordsHistory() {
    var line = InputLine(history: History())
    line.apply(.insert("step"))
    #expect(line.submit() == "step")
    #expect(line.text == "")
    line.historyPrevious()
    #expect(line.text == "step")
    line.historyNext()
    #expect(line.text == "")
  }
}
