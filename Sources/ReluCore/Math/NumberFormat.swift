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
      var mantissa = rounded(x / LibM.pow(10, Double(exponent)), decimals: digits - 1)
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
    let scale = LibM.pow(10, Double(decimals))
    let result = (x * scale).rounded() / scale
    return result.isFinite ? result : x
  }

  /// `plain` applied to each element, joined as `[a, b, c]`.
  package static func list(_ xs: some Sequence<Double>) -> String {
    "[" + xs.map(plain).joined(separator: ", ") + "]"
  }
}
