/// A plot request that cannot be drawn, with a message a person can act on.
package enum PlotError: Error, Sendable, Equatable, CustomStringConvertible, MessageCatalogue {
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

  package var words: Words {
    switch self {
    case .sizeOutOfRange(let width, let height):
      let least = "\(PlotSize.minimum.width)x\(PlotSize.minimum.height)"
      let most = "\(PlotSize.maximum.width)x\(PlotSize.maximum.height)"
      return Words(
        en: "a plot must be between \(least) and \(most) characters, not \(width)x\(height)",
        zh: "图的大小必须在 \(least) 到 \(most) 个字符之间，不能是 \(width)x\(height)")
    case .nonFiniteBound(let lower, let upper):
      return Words(
        en: "a range needs finite numbers, not \(Self.range(lower, upper).en)",
        zh: "范围的两端必须是有限的数，不能是 \(Self.range(lower, upper).zh)")
    case .reversedBounds(let lower, let upper):
      return Words(
        en: "a range must go from low to high, not \(Self.range(lower, upper).en)"
          + (lower == upper ? " (it is empty)" : " (swap the two numbers)"),
        zh: "范围必须从小到大，不能是 \(Self.range(lower, upper).zh)"
          + (lower == upper ? "（这个范围是空的）" : "（把两个数对调）"))
    case .boundsTooNarrow(let lower, let upper):
      let least = NumberFormat.plain(PlotBounds.minimumWidth(near: lower, upper))
      return Words(
        en: "the range \(Self.range(lower, upper).en) is too narrow to plot; "
          + "make it at least \(least) wide",
        zh: "范围 \(Self.range(lower, upper).zh) 太窄，画不出来；宽度至少要有 \(least)")
    case .boundsTooWide(let lower, let upper):
      return Words(
        en: "the range \(Self.range(lower, upper).en) is too wide to plot",
        zh: "范围 \(Self.range(lower, upper).zh) 太宽，画不出来")
    }
  }

  /// The English message.
  package var description: String { words.en }

  package static var samples: [PlotError] {
    [
      .sizeOutOfRange(width: 2, height: 2), .nonFiniteBound(lower: 0, upper: .infinity),
      .reversedBounds(lower: 3, upper: -3), .reversedBounds(lower: 1, upper: 1),
      .boundsTooNarrow(lower: 1, upper: 1.000_000_000_000_001),
      .boundsTooWide(lower: -1e308, upper: 1e308),
    ]
  }

  private static func range(_ lower: Double, _ upper: Double) -> Words {
    let (low, high) = (NumberFormat.plain(lower), NumberFormat.plain(upper))
    return Words(en: "\(low) to \(high)", zh: "\(low) 到 \(high)")
  }
}
