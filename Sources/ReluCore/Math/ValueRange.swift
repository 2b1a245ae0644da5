/// An interval of the real line with open or closed ends, used for an
/// activation's range (the values it can output).
package struct ValueRange: Sendable, Hashable, CustomStringConvertible {
  /// The lower end; `-infinity` when unbounded below.
  package var lower: Double
  /// The upper end; `+infinity` when unbounded above.
  package var upper: Double
  /// Whether `lower` itself belongs to the range.
  package var includesLower: Bool
  /// Whether `upper` itself belongs to the range.
  package var includesUpper: Bool

  package init(lower: Double, upper: Double, includesLower: Bool, includesUpper: Bool) {
    self.lower = lower
    self.upper = upper
    self.includesLower = includesLower && lower.isFinite
    self.includesUpper = includesUpper && upper.isFinite
  }

  /// The whole real line, (-inf, inf).
  package static let all = ValueRange(
    lower: -.infinity, upper: .infinity, includesLower: false, includesUpper: false)

  /// Whether `y` lies in the range (NaN lies in no range).
  package func contains(_ y: Double) -> Bool {
    let aboveLower = includesLower ? y >= lower : y > lower
    let belowUpper = includesUpper ? y <= upper : y < upper
    return aboveLower && belowUpper
  }

  /// Interval notation, such as `[0, inf)` or `(0, 1)`.
  package var description: String {
    let open = includesLower ? "[" : "("
    let close = includesUpper ? "]" : ")"
    return "\(open)\(NumberFormat.plain(lower)), \(NumberFormat.plain(upper))\(close)"
  }
}
