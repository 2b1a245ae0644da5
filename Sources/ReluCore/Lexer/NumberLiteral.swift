/// The number syntax of the command language.
///
/// Decimal numbers with an optional sign, fraction and exponent (`-2`, `0.5`,
/// `.5`, `1e-3`, `2.5E+4`), and the special values `nan`, `inf`, `+inf`,
/// `-inf`. Hexadecimal, digit separators and values beyond the range of a
/// `Double` (such as `1e400`) are rejected, and so are nonzero literals too
/// small for one (such as `1e-400`), which would silently become 0 and change
/// what the command means (`set alpha 1e-400` would turn leaky into relu).
package enum NumberLiteral {
  /// Why a word is not a number.
  package enum Problem: Error, Equatable {
    case malformed
    case overflow
    case underflow

    /// A message naming the word.
    package func message(for text: String) -> NumberMessage {
      switch self {
      case .malformed: .malformed(text)
      case .overflow: .overflow(text)
      case .underflow: .underflow(text)
      }
    }
  }

  /// The value of `text`, or why it is not a number.
  ///
  /// Decimal text is checked first: no special value is decimal, so the
  /// special values are looked up (in any letter case) only for other text.
  package static func parse(_ text: String) -> Result<Double, Problem> {
    guard isDecimal(text.utf8) else {
      switch text.lowercased() {
      case "nan", "+nan", "-nan": return .success(.nan)
      case "inf", "+inf", "infinity", "+infinity": return .success(.infinity)
      case "-inf", "-infinity": return .success(-.infinity)
      default: return .failure(.malformed)
      }
    }
    guard let value = exactShortDecimal(text.utf8) ?? Double(text) else {
      return .failure(.malformed)
    }
    guard value.isFinite else { return .failure(.overflow) }
    if value == 0, hasNonzeroDigit(text.utf8) { return .failure(.underflow) }
    return .success(value)
  }

  /// Whether `text` starts like a number (a digit, a sign or a point), or is
  /// one of the special values: what may begin an optional number.
  package static func looksNumeric(_ text: String) -> Bool {
    if case .success = parse(text) { return true }
    guard let first = text.utf8.first else { return false }
    return (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
      || first == UInt8(ascii: "+") || first == UInt8(ascii: "-") || first == UInt8(ascii: ".")
  }

  /// The value of decimal text without an exponent and with at most 15
  /// digits (`-1.5`, `0.1`, `3`), or nil for any other text, which
  /// `Double(_:)` reads instead.
  ///
  /// The digits as an integer are exact in a `Double` (below 2^53), and so
  /// is 10^k for k <= 15, so one division rounds once: the correctly rounded
  /// value, the same `Double(_:)` gives (tested).
  /// - Complexity: O(n) in the length of the text.
  static func exactShortDecimal(_ bytes: String.UTF8View) -> Double? {
    var mantissa = 0
    var digits = 0
    var decimals = 0
    var negative = false
    var afterPoint = false
    for (offset, byte) in bytes.enumerated() {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        digits += 1
        guard digits <= 15 else { return nil }
        mantissa = mantissa * 10 + Int(byte - UInt8(ascii: "0"))
        if afterPoint { decimals += 1 }
      case UInt8(ascii: "-") where offset == 0: negative = true
      case UInt8(ascii: "+") where offset == 0: break
      case UInt8(ascii: ".") where !afterPoint: afterPoint = true
      default: return nil
      }
    }
    guard digits > 0 else { return nil }
    let magnitude = Double(mantissa) / powersOfTen[decimals]
    return negative ? -magnitude : magnitude
  }

  /// 10^0 through 10^15, each exact.
  private static let powersOfTen: [Double] = (0...15).map { power in
    (0..<power).reduce(1.0) { value, _ in value * 10 }
  }

  /// Whether a digit 1-9 stands before the exponent.
  private static func hasNonzeroDigit(_ bytes: String.UTF8View) -> Bool {
    for byte in bytes {
      if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") { return false }
      if byte >= UInt8(ascii: "1") && byte <= UInt8(ascii: "9") { return true }
    }
    return false
  }

  private static func isDecimal(_ bytes: String.UTF8View) -> Bool {
    var iterator = bytes.makeIterator()
    var current = iterator.next()
    func isDigit(_ byte: UInt8?) -> Bool {
      guard let byte else { return false }
      return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
    if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { current = iterator.next() }
    var digits = 0
    while isDigit(current) {
      digits += 1
      current = iterator.next()
    }
    if current == UInt8(ascii: ".") {
      current = iterator.next()
      while isDigit(current) {
        digits += 1
        current = iterator.next()
      }
    }
    guard digits > 0 else { return false }
    if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
      current = iterator.next()
      if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { current = iterator.next() }
      guard isDigit(current) else { return false }
      while isDigit(current) { current = iterator.next() }
    }
    return current == nil
  }
}
