import Testing

@testable import ReluCore

/// Each fast path of the text output against the plain definition beside
/// it, on random and special inputs.
@Suite struct TextFastPathTests {
  private static let pieces: [String] = [
    "a", "Z", "0", " ", "~", "\t", "\n", "\r", "\r\n", "\u{0}", "\u{1B}", "\u{7F}", "\u{85}",
    "\u{9B}", "\u{A0}", "é", "e\u{301}", "\u{301}", "好", "한", "ｱ", "Ｗ", "🙂", "❤\u{FE0F}",
    "\u{200B}", "\u{2028}", "\u{202E}", "\u{2066}", "\u{FEFF}", "👍🏽", "🇫🇷", "\u{1100}",
    "\u{1161}", "\u{11A8}", "\u{1100}\u{1161}", "\u{D7B0}", "\u{3000}",
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

  @Test func rightAlignedTablesMatchTheGeneralTable() {
    var random = SplitMix64(seed: 17)
    for _ in 0..<500 {
      let columns = Int.random(in: 1...5, using: &random)
      let rows = Int.random(in: 0...6, using: &random)
      func cell() -> String {
        (0..<Int.random(in: 0...3, using: &random)).map { _ in
          Self.pieces.randomElement(using: &random) ?? ""
        }.joined()
      }
      let grid = (0..<rows).map { _ in (0..<columns).map { _ in cell() } }
      let header = Bool.random(using: &random) ? (0..<columns).map { _ in cell() } : nil
      let indent = ["", "  ", "    "].randomElement(using: &random) ?? ""
      let general = TextReport.table(
        header: header, rows: grid, rightAligned: Set(0..<columns), indent: indent)
      let flat = TextReport.rightAligned(
        header: header, cells: grid.flatMap { $0 }, columns: columns, indent: indent)
      #expect(flat == general)
    }
  }

  @Test func shortDigitsWrittenAsBytesMatchShort() {
    var random = SplitMix64(seed: 29)
    var values = Self.specialNumbers
    for power in -24...24 {
      let p = NumberFormat.powerOfTen(power)
      values += [p, p.nextUp, p.nextDown, -p, p * 0.99999949, p * 0.9999995, p * 1.0000005]
    }
    for _ in 0..<4_000 {
      let scale = NumberFormat.powerOfTen(Int.random(in: -8...17, using: &random))
      let x = Double.random(in: -1...1, using: &random) * scale
      let decimals = NumberFormat.powerOfTen(Int.random(in: 0...6, using: &random))
      values += [x, (x * decimals).rounded() / decimals, Double(bitPattern: random.next())]
    }
    for digits in -1...18 {
      for x in values {
        var bytes: [UInt8] = []
        NumberFormat.appendShort(x, digits: digits, to: &bytes)
        #expect(
          String(decoding: bytes, as: UTF8.self) == NumberFormat.short(x, digits: digits),
          "\(x) with \(digits) digits")
      }
    }
    for digits in (0...18).map(NumberDigits.significant) + [.full] {
      for x in values.prefix(200) {
        var bytes: [UInt8] = []
        digits.append(x, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == digits.format(x))
      }
    }
  }

  @Test func powersOfTenFromTheTableArePow() {
    for n in -30...30 {
      #expect(NumberFormat.powerOfTen(n) == LibM.pow(10, Double(n)), "10^\(n)")
    }
  }

  @Test func decimalTextWritesWhatStringDoes() {
    var random = SplitMix64(seed: 31)
    var values = [0, 1, -1, 9, 10, -10, 99, 100, Int.max, Int.min, Int.max - 1, Int.min + 1]
    for _ in 0..<2_000 {
      values.append(
        Int(truncatingIfNeeded: random.next()) >> Int.random(in: 0...63, using: &random))
    }
    for n in values {
      var bytes: [UInt8] = [UInt8(ascii: "x")]
      DecimalText.append(n, to: &bytes)
      #expect(String(decoding: bytes, as: UTF8.self) == "x" + DecimalText.plain(n))
    }
  }

  @Test func pluralCountsAsWords() {
    #expect(Plural.count(1, "step") == "1 step")
    #expect(Plural.count(0, "value") == "0 values")
    #expect(Plural.count(12, "command") == "12 commands")
    for n in [-1, 2, 99, 1_000_000, Int.min, Int.max] {
      #expect(Plural.count(n, "é") == "\(n) é" + (n == 1 ? "" : "s"))
    }
  }

  /// Batch mode's bytes are the lab's lines, each ended by a newline, `say`
  /// lines after the marker.
  @Test func byteSinkWritesTheLinesSinksLines() throws {
    let script = """
      feed 1 -2 0 0.5; forward leaky -1.5 0 2; set alpha 0.1; forward relu' 1 -1
      feed [[1, -2], [3, 4]]; feed random 40 seed 3; backward 1 2 3 4 5 6 7 8 9 10 11 12 13 14 \
      15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40
      say héllo 好; title Ｗide; show; decay relu from 0.9 to 0.5; step 3; run; compare
      set digits 3; forward sigmoid 0.123456 -7e-9 1e300; set digits full; forward tanh 0.3
      """
    var lab = Interpreter()
    let outputs = lab.run(Source(name: "t", text: script)).compactMap { event in
      if case .output(let output, let context) = event { return (output, context.digits) }
      return nil
    }
    #expect(outputs.count > 15)
    #expect(outputs.last?.1 == .full)
    for (output, digits) in outputs {
      let lines = TextReport.lines(for: output, digits: digits)
      var expected: [UInt8] = [UInt8(ascii: ">")]
      for line in lines {
        if line.role == .say { expected += "» ".utf8 }
        expected += line.text.utf8
        expected.append(UInt8(ascii: "\n"))
      }
      var bytes: [UInt8] = [UInt8(ascii: ">")]
      var sink = ReportSink.bytes(&bytes, sayMarker: "» ")
      #expect(bytes.isEmpty)
      TextReport.write(output, digits: digits, into: &sink)
      sink.take(into: &bytes)
      #expect(bytes == expected, "\(output)")
    }
  }
}
