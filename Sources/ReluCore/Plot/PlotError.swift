/// A plot request that cannot be drawn, with a message a person can act on.
package enum PlotError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A canvas smaller than ``PlotSize/minimum`` or larger than ``PlotSize/maximum``.
  case sizeOutOfRange(width: Int, height: Int)
  /// A bound that is NaN or infinite.
  case nonFiniteBound(lower: Double, upper: Double)
  /// Bounds with `lower >= upper`.
  case reversedBounds(lower: Double, upper: Double)
  /// Bounds closer together than ``PlotBounds/minimumWidth(near:)`` allows.
  case boundsTooNarrow(lower: Double, upper: Double)
  /// Bounds so far apart that `upper - lower` overflows to infinity.
  case boundsTooWide(lower: Double, upper: Double)

  package var description: String {
    switch self {
    case .sizeOutOfRange(let width, let height):
      let least = PlotSize.minimum
      let most = PlotSize.maximum
      return "a plot must be between \(least.width)x\(least.height) and "
        + "\(most.width)x\(most.height) characters, not \(width)x\(height)"
    case .nonFiniteBound(let lower, let upper):
      return "a range needs finite numbers, not \(Self.range(lower, upper))"
    case .reversedBounds(let lower, let upper):
      return "a range must go from low to high, not \(Self.range(lower, upper))"
        + (lower == upper ? " (it is empty)" : " (swap the two numbers)")
    case .boundsTooNarrow(let lower, let upper):
      return "the range \(Self.range(lower, upper)) is too narrow to plot; "
        + "make it at least \(NumberFormat.plain(PlotBounds.minimumWidth(near: lower, upper))) wide"
    case .boundsTooWide(let lower, let upper):
      return "the range \(Self.range(lower, upper)) is too wide to plot"
    }
  }

  private static func range(_ lower: Double, _ upper: Double) -> String {
    "\(NumberFormat.plain(lower)) to \(NumberFormat.plain(upper))"
  }
}
