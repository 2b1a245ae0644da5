import Testing

@testable import ReluCore

@Suite struct CompletionTests {
  /// What Tab offers after `line` and a blank.
  private func next(_ line: String) -> [String] {
    Parser.completions(in: line + " ").candidates
  }

  private let commandNames = CommandName.allCases.map(\.rawValue)

  @Test func firstWordIsACommand() {
    #expect(next("") == commandNames)
    #expect(next("").starts(with: ["set", "show", "use", "feed"]))
    #expect(next("help") == commandNames)
    #expect(next("help decay").isEmpty)
    #expect(
      next("help set") == [
        "alpha", "elu-alpha", "beta", "lr", "grad0", "convention", "precision", "xrange",
        "yrange", "size", "canvas", "digits", "speed", "lang",
      ])
  }

  @Test func setOffersSettingsThenTheirNamedValues() {
    #expect(
      next("set") == [
        "alpha", "elu-alpha", "beta", "lr", "grad0", "convention", "precision", "xrange",
        "yrange", "size", "canvas", "digits", "speed", "lang",
      ])
    #expect(next("set grad0") == ["left", "right", "mid"])
    #expect(next("set canvas") == ["ascii", "braille"])
    #expect(next("set yrange") == ["auto"])
    #expect(next("set xrange") == ["auto"])
    #expect(next("set alpha").isEmpty)  // a number
    #expect(next("set xrange -3").isEmpty)
    #expect(next("set grad0 right").isEmpty)
  }

  @Test func useOffersTheTwoLayers() {
    #expect(next("use") == ["relu", "leaky"])
    #expect(next("use leaky").isEmpty)
  }

  @Test func vectorsOfferRandomThenSeed() {
    for command in ["feed", "backward", "back", "forward relu", "apply tanh"] {
      #expect(next(command) == ["random"], "\(command)")
      #expect(next(command + " random").isEmpty, "\(command)")  // a count
      #expect(next(command + " random 5") == ["seed"], "\(command)")
      #expect(next(command + " random 5 seed 7").isEmpty, "\(command)")
      #expect(next(command + " 1 -2").isEmpty, "\(command)")
    }
    #expect(
      next("forward") == [
        "relu", "leaky", "sigmoid", "tanh", "elu", "softplus", "prelu", "rrelu", "relu'", "leaky'",
        "sigmoid'", "tanh'", "elu'", "softplus'", "prelu'", "rrelu'",
      ])
  }

  @Test func plotOffersTheSeriesNotYetChosen() {
    #expect(
      next("plot") == [
        "relu", "leaky", "sigmoid", "tanh", "elu", "softplus", "prelu", "rrelu", "relu'", "leaky'",
        "sigmoid'", "tanh'", "elu'", "softplus'", "prelu'", "rrelu'",
      ])
    #expect(
      next("plot relu relu'") == [
        "leaky", "sigmoid", "tanh", "elu", "softplus", "prelu", "rrelu", "leaky'", "sigmoid'",
        "tanh'", "elu'", "softplus'", "prelu'", "rrelu'",
      ])
  }

  @Test func decayFollowsItsSyntax() {
    #expect(
      next("decay") == [
        "relu", "leaky", "sigmoid", "tanh", "elu", "softplus", "prelu", "rrelu", "from", "lr",
      ])
    #expect(next("decay relu") == ["from", "lr"])
    #expect(next("decay relu from").isEmpty)
    #expect(next("decay relu from 0.9") == ["to"])
    #expect(next("decay relu from 0.9 to 0.5") == ["lr"])
    #expect(next("decay relu from 0.9 to 0.5 lr 1").isEmpty)
  }

  @Test func compareTakesFunctionsThenFromToAndLr() {
    #expect(
      next("compare") == [
        "relu", "leaky", "sigmoid", "tanh", "elu", "softplus", "prelu", "rrelu", "from", "lr",
        "precision",
      ])
    #expect(
      next("compare relu tanh") == [
        "leaky", "sigmoid", "elu", "softplus", "prelu", "rrelu", "from", "lr", "precision",
      ])
    #expect(next("compare relu from 0.9") == ["to"])
    #expect(next("compare from 0.9 to 0.5") == ["lr", "precision"])
    #expect(next("compare relu precision") == ["half", "single", "double"])
    #expect(next("set precision") == ["half", "single", "double"])
    #expect(next("compare relu lr").isEmpty)
  }

  @Test func exportOffersTheFormats() {
    #expect(next("export") == ["svg", "csv", "txt"])
    #expect(next("export svg").isEmpty)  // a file name
  }

  @Test func commandsWithoutNamedArgumentsOfferNothing() {
    for line in ["step", "run", "reset", "show", "load", "say", "pause", "quit", "nosuch"] {
      #expect(next(line).isEmpty, "\(line)")
    }
  }

  /// Every name in these valid commands is offered where it stands, so Tab
  /// never leaves out a word the parser accepts.
  @Test(arguments: [
    "set grad0 right", "set canvas braille", "set yrange auto", "use leaky", "use relu",
    "feed random 5 seed 7", "backward random 3 seed 1", "forward sigmoid random 4 seed 2",
    "plot relu leaky' tanh'", "decay leaky from 0.9 to 0.5 lr 0.3",
    "compare relu leaky from 0.9 to 0.5 lr 1", "compare lr 2", "help export", "export csv a.csv",
  ])
  func everyNameInAValidCommandIsOffered(_ line: String) throws {
    _ = try parseOne(line)
    let words = line.split(separator: " ").map(String.init)
    for index in words.indices where Double(words[index]) == nil && !words[index].contains(".") {
      let offered = next(words[..<index].joined(separator: " "))
      #expect(offered.contains(words[index]), "\(words[..<index]) then \(words[index])")
    }
  }

  @Test func thePartWordTypedChoosesAndAnyCaseFits() {
    #expect(
      Parser.completions(in: "set grad0 r")
        == CompletionCandidates(partial: "r", candidates: ["right"]))
    #expect(Parser.completions(in: "PL").candidates == ["plot"])
    #expect(Parser.completions(in: "set CAN").candidates == ["canvas"])
    #expect(Parser.completions(in: "show; use l").candidates == ["leaky"])
    #expect(Parser.completions(in: "plot relu, le").candidates == ["leaky", "leaky'"])
    #expect(Parser.completions(in: "feed random 5 s").candidates == ["seed"])
  }

  @Test func nothingInsideAStringOrAComment() {
    #expect(Parser.completions(in: "say \"pl").candidates.isEmpty)
    #expect(Parser.completions(in: "show # pl").candidates.isEmpty)
    #expect(Parser.completions(in: "say \"a;b\"; pl").candidates == ["plot"])
  }

  /// Every candidate is accepted by the parser there: no `relu` after
  /// `set grad0`, no `leaky'` after `use`.
  ///
  /// The command parses whole, or
  /// fails only after the candidate (`decay lr from 0.9 to 0.5` fails at
  /// `from`, where lr's value goes: `lr` itself is right after `decay`).
  @Test(arguments: [
    ("set grad0", ""), ("set canvas", ""), ("set yrange", ""), ("use", ""), ("forward", " 1"),
    ("plot", ""), ("decay", " from 0.9 to 0.5"), ("help", ""), ("export", " out.txt"),
    ("feed random 3", " 7"),
  ])
  func everyCandidateParses(_ prefix: String, _ rest: String) throws {
    for candidate in next(prefix) {
      let text = "\(prefix) \(candidate)\(rest)"
      let results = Parser.parse(Source(name: "t", text: text))
      #expect(results.count == 1, "\(text)")
      if case .failure(let error) = results.first {
        #expect(error.range.start > prefix.utf8.count + candidate.utf8.count, "\(text)")
      }
    }
  }
}
