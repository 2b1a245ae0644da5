/// A closed interval [lower, upper] of one plot axis.
///
/// Valid bounds are finite, increasing (`lower < upper`), with a finite width
/// `upper - lower`, and not narrower than ``minimumWidth(near:_:)``: 1e-9, or
/// 1e-9 of the larger magnitude of the two ends, whichever is more. Narrower
/// ranges would put several plot columns on the same binary64 value.
package struct PlotBounds: Sendable, Equatable, CustomStringConvertible {
  /// The low end.
  package let lower: Double
  /// The high end, greater than `lower`.
  package let upper: Double

  /// Checks and stores a range.
  /// - Parameters:
  ///   - lower: The low end.
  ///   - upper: The high end.
  /// - Throws: `PlotError` for NaN or infinite ends, `lower >= upper`, a width
  ///   that overflows, or a width below ``minimumWidth(near:_:)``.
  package init(lower: Double, upper: Double) throws(PlotError) {
    guard lower.isFinite, upper.isFinite else {
      throw .nonFiniteBound(lower: lower, upper: upper)
    }
    guard lower < upper else { throw .reversedBounds(lower: lower, upper: upper) }
    guard (upper - lower).isFinite else { throw .boundsTooWide(lower: lower, upper: upper) }
    guard upper - lower >= Self.minimumWidth(near: lower, upper) else {
      throw .boundsTooNarrow(lower: lower, upper: upper)
    }
    self.lower = lower == 0 ? 0 : lower  // fold -0.0 into 0
    self.upper = upper == 0 ? 0 : upper
  }

  /// The default x range, -5 to 5.
  package static let defaultX = PlotBounds(checkedLower: -5, upper: 5)

  /// The smallest width allowed for a range with these ends:
  /// max(1e-9, 1e-9 * max(|lower|, |upper|)).
  /// - Parameters:
  ///   - lower: The low end.
  ///   - upper: The high end.
  /// - Returns: The least `upper - lower` that ``init(lower:upper:)`` accepts.
  package static func minimumWidth(near lower: Double, _ upper: Double) -> Double {
    1e-9 * max(1, abs(lower), abs(upper))
  }

  /// upper - lower.
  package var width: Double { upper - lower }

  /// Whether `x` lies in [lower, upper].
  package func contains(_ x: Double) -> Bool { x >= lower && x <= upper }

  /// `lower to upper`, as a person reads it.
  package var description: String {
    "\(NumberFormat.plain(lower)) to \(NumberFormat.plain(upper))"
  }

  /// Bounds known to be valid, for constants.
  private init(checkedLower lower: Double, upper: Double) {
    self.lower = lower
    self.upper = upper
  }
}
