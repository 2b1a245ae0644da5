/// Formatting of numbers for people, without Foundation.
package enum NumberFormat {
  /// The shortest text that reads back as the same `Double` (Swift's own
  /// description), with integral values shown without a trailing `.0`
  /// and non-finite values as `nan`, `inf` and `-inf`.
  ///
  /// `plain(2.0)` is `2`, `plain(0.7 - 0.2)` is `0.49999999999999994`.
  package static func plain(_ x: Double) -> String {
    if x.isNaN { return "nan" }
    if x.isInfinite { return x < 0 ? "-inf" : "inf" }
    if x == x.rounded(), abs(x) < 1e15 {
      let integral = Int(x)
      return integral == 0 && x.sign == .minus ? "-0" : String(integral)
    }
    return x.description
  }

  /// At most `digits` significant digits, for places too narrow for the full
  /// value (a status line): `0.49999999999999994` is `0.5`, `2.025272111807714`
  /// is `2.02527`, `1234567.8` is `1.23457e+06`; integral values as in `plain`.
  ///
  /// With 17 or more digits every `Double` is told apart, so that is `plain`.
  package static func short(_ x: Double, digits: Int = 6) -> String {
    guard x.isFinite, x != 0, digits > 0, digits < 17 else { return plain(x) }
    var exponent = Int(LibM.log10(abs(x)).rounded(.down))
    if exponent >= digits || exponent < -4 {
      var mantissa = rounded(x / powerOfTen(exponent), decimals: digits - 1)
      if abs(mantissa) >= 10 {
        mantissa /= 10
        exponent += 1
      }
      let sign = exponent < 0 ? "-" : "+"
      let magnitude = abs(exponent)
      return plain(mantissa) + "e" + sign + (magnitude < 10 ? "0" : "") + String(magnitude)
    }
    return plain(rounded(x, decimals: max(0, digits - 1 - exponent)))
  }

  private static func rounded(_ x: Double, decimals: Int) -> Double {
    let scale = powerOfTen(decimals)
    let result = (x * scale).rounded() / scale
    return result.isFinite ? result : x
  }

  /// 10^n as `pow(10, n)` gives it: from a table for |n| <= 22, where both
  /// are the correctly rounded value (tested), else from `pow`.
  static func powerOfTen(_ n: Int) -> Double {
    guard n >= -22, n <= 22 else { return LibM.pow(10, Double(n)) }
    return n >= 0 ? positivePowers[n] : 1 / positivePowers[-n]
  }

  /// The powers 10^0 to 10^22, each exact in a Double.
  private static let positivePowers: [Double] = (0...22).map { power in
    (0..<power).reduce(1.0) { value, _ in value * 10 }
  }

  /// Appends the UTF-8 of `short(x, digits:)`, writing the digits of a
  /// number shown in fixed notation straight from the rounded integer
  /// (tested against `short`).
  ///
  /// With at most 15 significant digits, `m / 10^d` (m the value scaled by
  /// 10^d and rounded, as `short` rounds) is the one decimal of that many
  /// digits that reads back as the rounded Double, so it is the Double's
  /// shortest form: the digits of m with a point d places from the right,
  /// trailing zeros dropped. Everything else goes through `short`.
  /// - Complexity: O(digits).
  static func appendShort(_ x: Double, digits: Int, to bytes: inout [UInt8]) {
    guard x.isFinite, x != 0, digits > 0, digits <= 15 else {
      bytes += short(x, digits: digits).utf8
      return
    }
    let exponent = Int(LibM.log10(abs(x)).rounded(.down))
    guard exponent < digits, exponent >= -4 else {
      bytes += short(x, digits: digits).utf8
      return
    }
    let decimals = max(0, digits - 1 - exponent)
    let scale = powerOfTen(decimals)
    let scaled = (x * scale).rounded()
    guard scaled != 0, abs(scaled) < 1e15, (scaled / scale).isFinite else {
      bytes += short(x, digits: digits).utf8
      return
    }
    if scaled < 0 { bytes.append(UInt8(ascii: "-")) }
    var m = UInt64(abs(scaled))
    var shown = decimals
    while shown > 0, m % 10 == 0 {
      m /= 10
      shown -= 1
    }
    let start = bytes.count
    var written = 0
    repeat {
      bytes.append(UInt8(ascii: "0") + UInt8(m % 10))
      m /= 10
      written += 1
      if written == shown { bytes.append(UInt8(ascii: ".")) }
    } while m > 0 || written < shown
    if written == shown, shown > 0 { bytes.append(UInt8(ascii: "0")) }
    bytes[start...].reverse()
  }

  /// `plain` applied to each element, joined as `[a, b, c]`.
  package static func list(_ xs: some Sequence<Double>) -> String {
    "[" + xs.map(plain).joined(separator: ", ") + "]"
  }
}
