import Testing

@testable import ReluCore

/// Each fast path of the text output and the parser against the plain
/// definition beside it, on random and special inputs.
@Suite struct FastPathTests {
  private static let pieces: [String] = [
    "a", "Z", "0", " ", "~", "\t", "\n", "\r", "\r\n", "\u{0}", "\u{1B}", "\u{7F}", "\u{85}",
    "\u{9B}", "\u{A0}", "é", "e\u{301}", "\u{301}", "好", "한", "ｱ", "Ｗ", "🙂", "❤\u{FE0F}",
    "\u{200B}", "\u{2028}", "\u{202E}", "\u{2066}", "\u{FEFF}", "👍🏽", "🇫🇷",
  ]

  @Test func displayWidthAgreesWithTheCharacterByCharacterDefinition() {
    var random = SplitMix64(seed: 11)
    for _ in 0..<5_000 {
      var text = ""
      for _ in 0..<Int.random(in: 0...8, using: &random) {
        text += Self.pieces.randomElement(using: &random) ?? ""
      }
      #expect(DisplayWidth.of(text) == DisplayWidth.ofCharacters(text), "\(text.unicodeScalars)")
      let sub = text.dropFirst()
      #expect(DisplayWidth.of(sub) == DisplayWidth.ofCharacters(sub))
    }
    for byte in UInt8(0)..<0x80 {
      let text = "x" + String(UnicodeScalar(byte)) + "\r\ny"
      #expect(DisplayWidth.of(text) == DisplayWidth.ofCharacters(text), "byte \(byte)")
    }
  }

  private static let specialNumbers: [Double] = [
    .nan, .infinity, -.infinity, 0, -0.0, 1, -1, 9, 10, 99_999, 100_000, 999_999, 1_000_000,
    -999_999, -1_000_000, 123_456_789, 1e14, 999_999_999_999_999, 1e15, -1e15, 1e16, 0.5, -1.5,
    0.1, 2.5e-8, 4_503_599_627_370_496, 9_007_199_254_740_992, 99_999_999_999_999,
    .greatestFiniteMagnitude,
    .leastNonzeroMagnitude,
  ]

  @Test func wholeNumbersPrintAsDigitsFormatThem() {
    var random = SplitMix64(seed: 5)
    var values = Self.specialNumbers
    for _ in 0..<3_000 {
      let magnitude = Double(Int.random(in: 0...17, using: &random))
      let scale = (0..<Int(magnitude)).reduce(1.0) { value, _ in value * 10 }
      let x = (Double.random(in: -1...1, using: &random) * scale).rounded()
      values += [x, x + 0.5, Double(bitPattern: random.next())]
    }
    let choices = (0...18).map(NumberDigits.significant) + [.full]
    for digits in choices {
      let writer = TextReport.Writer(digits: digits)
      for x in values {
        #expect(writer.number(x) == digits.format(x), "\(x) with \(digits)")
      }
    }
  }

  @Test func wordTablesFindWhatTheVocabularyFinds() {
    var words = CommandName.allWords + SettingName.allWords
    words += ["", "FEED", "Feed", "SeT", "alpha", "ALPHA", "Q", "?", "feeds", "nope", "é", "fEEd"]
    words += words.map { $0.uppercased() }
    for word in words {
      #expect(Parser.commandNames.name(word) == CommandName(word: word), "\(word)")
      #expect(Parser.settingNames.name(word) == SettingName(word: word), "\(word)")
    }
  }

  @Test func numberLiteralsParseAsBefore() {
    let expected: [(String, String)] = [
      ("1", "success(1.0)"), ("-2", "success(-2.0)"), ("+3", "success(3.0)"),
      (".5", "success(0.5)"), ("5.", "success(5.0)"), ("1E-3", "success(0.001)"),
      ("2.5e+4", "success(25000.0)"), ("-0", "success(-0.0)"), ("nan", "success(nan)"),
      ("NaN", "success(nan)"), ("-nan", "success(nan)"), ("+NAN", "success(nan)"),
      ("inf", "success(inf)"), ("+inf", "success(inf)"), ("-inf", "success(-inf)"),
      ("Infinity", "success(inf)"), ("-INFINITY", "success(-inf)"), ("+infinity", "success(inf)"),
      ("infinit", "failure(malformed)"), ("1e400", "failure(overflow)"),
      ("-1e400", "failure(overflow)"), ("1e-400", "failure(underflow)"),
      ("0e-400", "success(0.0)"), ("0x10", "failure(malformed)"), ("1_000", "failure(malformed)"),
      ("", "failure(malformed)"), ("-", "failure(malformed)"), (".", "failure(malformed)"),
      ("e3", "failure(malformed)"), ("1e", "failure(malformed)"), ("1e+", "failure(malformed)"),
      ("--1", "failure(malformed)"), ("1.2.3", "failure(malformed)"), ("١", "failure(malformed)"),
      ("nan1", "failure(malformed)"), ("-nan.5", "failure(malformed)"),
    ]
    for (word, result) in expected {
      let shown = "\(NumberLiteral.parse(word))".replacing(
        "ReluCore.NumberLiteral.Problem.", with: "")
      #expect(shown == result, "\(word)")
    }
  }

  @Test func shortDecimalsReadAsDoubleReadsThem() throws {
    var random = SplitMix64(seed: 3)
    var words = ["0", "-0", "+0", "0.0", "-0.0", ".5", "5.", "-.5", "0.1", "0.3", "-1.5", "1e3"]
    words += ["999999999999999", "9007199254740993", "0.000000000000001", "123456789012345.6"]
    for _ in 0..<20_000 {
      let count = Int.random(in: 1...16, using: &random)
      var digits = (0..<count).map { _ in String(Int.random(in: 0...9, using: &random)) }
      let point = Int.random(in: 0...count + 2, using: &random)
      if point <= count { digits.insert(".", at: point) }
      let sign = ["", "-", "+"].randomElement(using: &random) ?? ""
      words.append(sign + digits.joined())
    }
    for word in words {
      let fast = NumberLiteral.exactShortDecimal(word.utf8)
      let plain = Double(word)
      if let fast {
        let expected = try #require(plain, "\(word)")
        #expect(fast.bitPattern == expected.bitPattern, "\(word)")
      }
      if case .success(let value) = NumberLiteral.parse(word), let plain {
        #expect(value.bitPattern == plain.bitPattern, "\(word)")
      }
    }
    #expect(NumberLiteral.exactShortDecimal("1e3".utf8) == nil)
    #expect(NumberLiteral.exactShortDecimal("1234567890123456".utf8) == nil)
    #expect(NumberLiteral.exactShortDecimal("-1.5".utf8) == -1.5)
  }
}
