import Testing

@testable import ReluCore

/// The parser's fast paths (word tables, short decimals) against the plain
/// definitions beside them.
@Suite struct ParserFastPathTests {
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
