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

  /// `plain` applied to each element, joined as `[a, b, c]`.
  package static func list(_ xs: some Sequence<Double>) -> String {
    "[" + xs.map(plain).joined(separator: ", ") + "]"
  }
}
