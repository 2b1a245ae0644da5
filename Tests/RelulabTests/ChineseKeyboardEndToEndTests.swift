import Testing

/// What a Chinese input method types reads as its ASCII form in every way a
/// line reaches relulab: `-e`, a script on standard input and `--plain` fed by
/// a pipe (the lab's line editor is tested in ReluTerminalTests and tmux).
@Suite struct ChineseKeyboardEndToEndTests {
  /// Each line as typed with full-width forms, and its ASCII form.
  static let pairs: [(typed: String, ascii: String)] = [
    ("feed [1，-2，3]", "feed [1, -2, 3]"),
    ("feed ［1, -2］", "feed [1, -2]"),
    ("set alpha＝0.1", "set alpha=0.1"),
    ("set alpha ０.１", "set alpha 0.1"),
    ("set\u{3000}alpha 0.2", "set alpha 0.2"),
    ("plot relu’", "plot relu'"),
    ("plot relu′", "plot relu'"),
    ("plot ReLU，leaky", "plot ReLU, leaky"),
    ("set xrange [-3：3]", "set xrange [-3:3]"),
    ("feed [1, 2, 3]；backward 1 1 1", "feed [1, 2, 3]; backward 1 1 1"),
  ]

  @Test(arguments: ["-e", "stdin", "--plain"])
  func fullWidthFormsReadAsTheirASCII(way: String) throws {
    for (typed, ascii) in Self.pairs {
      let wide = try run(typed, way: way)
      let plain = try run(ascii, way: way)
      #expect(wide.status == 0, "\(way) \(typed): \(wide.stderr)")
      #expect(wide.stdout == plain.stdout, "\(way) \(typed)")
      #expect(wide.stderr == plain.stderr, "\(way) \(typed)")
    }
  }

  /// A character that still cannot be read is named, in Chinese too.
  @Test func aFullStopInANumberIsNamed() throws {
    let result = try relulab(["--lang", "zh", "-e", "set alpha 0。1"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("'。'"), "\(result.stderr)")
    #expect(result.stderr.contains("句号"), "\(result.stderr)")
  }

  private func run(_ line: String, way: String) throws -> Run {
    switch way {
    case "-e": try relulab(["--lang", "en", "-e", line])
    case "stdin": try relulab(["--lang", "en"], stdin: line + "\n")
    default: try relulab(["--lang", "en", "--plain"], stdin: line + "\n")
    }
  }
}
