import Testing

@testable import ReluCore

/// Random command soup, from a seeded generator so every failure reproduces:
/// nothing may trap, and every failure must point inside its source.
@Suite struct RobustnessTests {
  private static let vocabulary = [
    "set", "alpha", "lr", "grad0", "left", "right", "xrange", "yrange", "auto", "size", "show",
    "use", "relu", "leaky", "sigmoid", "tanh", "relu'", "leaky'", "feed", "backward", "forward",
    "plot", "decay", "from", "to", "step", "run", "reset", "compare", "load", "say", "pause",
    "help", "random", "seed", "0", "1", "-1", "0.5", "0.9", "1e400", "nan", "inf", "-inf", "-0",
    "2", "30", "[", "]", ",", ";", "\n", "#", "\"", "\\", "x", "\u{1B}", "\u{0}", "你", "\u{301}",
    "a.relu", "0x1p3", "1_0", "..", "--", "+", "'",
  ]

  @Test func randomCommandSoupNeverTraps() {
    var generator = SplitMix64(seed: 2026)
    let reader = MemoryScripts(files: ["a.relu": "load a.relu", "b.relu": "feed 1 -1"])
    var lab = Interpreter(fileSystem: reader)
    for round in 0..<3000 {
      let count = Int(generator.next() % 12) + 1
      var text = ""
      for _ in 0..<count {
        let word = Self.vocabulary[Int(generator.next() % UInt64(Self.vocabulary.count))]
        text += word + (generator.next() % 3 == 0 ? "" : " ")
      }
      let source = Source(name: "soup", text: text)
      for event in lab.run(source, keepGoing: round % 2 == 0) {
        guard case .failure(let d) = event else { continue }
        if d.file == "soup" {
          #expect(d.line >= 1 && d.column >= 1, "\(text)")
          #expect(!d.renderedLines.joined().contains("\u{1B}"), "\(text)")
        }
      }
    }
  }

  // "Did you mean" must not compare a pasted paragraph with every name (an
  // edit distance over 2 million characters would take minutes).
  @Test func aHugeUnknownWordGetsNoSuggestion() throws {
    var lab = Interpreter()
    let d = try lab.failure(String(repeating: "x", count: 2_000_000))
    #expect(d.message.hasSuffix("(help lists the commands)"))
    #expect(NameSuggestion.nearest(to: "x", among: ["s", "q", "set"]) == nil)
    #expect(NameSuggestion.nearest(to: "stpe", among: ["s", "step"]) == "step")
  }

  @Test func randomBytesNeverTrap() {
    var generator = SplitMix64(seed: 7)
    var lab = Interpreter(fileSystem: MemoryScripts(files: [:]))
    for _ in 0..<2000 {
      let bytes = (0..<Int(generator.next() % 40)).map { _ in
        UInt8(truncatingIfNeeded: generator.next())
      }
      _ = lab.run(Source(name: "bytes", bytes: bytes), keepGoing: true)
    }
  }
}
