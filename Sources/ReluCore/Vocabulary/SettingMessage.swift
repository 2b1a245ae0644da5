/// What `set` says of a value out of range.
///
/// A slope, a plot size and a window are checked by their own types; their
/// errors' English is their `description`, and the Chinese is written here.
package enum SettingMessage: MessageCatalogue, Equatable {
  /// `set alpha` with a slope that is not finite or is negative.
  case invalidAlpha(ActivationError)
  /// `set size`, or `set xrange`/`yrange` (named), refused by the plot.
  case invalidPlot(SettingName?, PlotError)
  /// `set speed` outside the animation's range.
  case speedOutOfRange(ClosedRange<Double>, Double)
  /// A learning rate that is not finite or not > 0 (`set lr`, `lr ETA`).
  case invalidLearningRate(Double)

  package var words: Words {
    switch self {
    case .invalidAlpha(let error):
      return Words(en: error.description, zh: Self.chinese(error))
    case .invalidPlot(let name?, let error):
      return Words(
        en: "\(name.rawValue): \(error.description)", zh: "\(name.rawValue)：\(Self.chinese(error))")
    case .invalidPlot(nil, let error):
      return Words(en: error.description, zh: Self.chinese(error))
    case .speedOutOfRange(let range, let speed):
      let (low, high) = (NumberFormat.plain(range.lowerBound), NumberFormat.plain(range.upperBound))
      let value = NumberFormat.plain(speed)
      return Words(
        en: "speed must be from \(low) to \(high) steps per second, not \(value)",
        zh: "speed 必须是每秒 \(low) 到 \(high) 步，不能是 \(value)")
    case .invalidLearningRate(let rate):
      let value = NumberFormat.plain(rate)
      return Words(
        en: "the learning rate must be a finite number > 0, not \(value)",
        zh: "学习率必须是 > 0 的有限数，不能是 \(value)")
    }
  }

  private static func chinese(_ error: ActivationError) -> String {
    switch error {
    case .invalidAlpha(let alpha):
      let value = NumberFormat.plain(alpha)
      if alpha.isNaN || alpha.isInfinite { return "alpha 必须是有限数，不能是 \(value)" }
      return "alpha 必须 >= 0（0 即 relu，1 为恒等函数），不能是 \(value)"
    }
  }

  private static func chinese(_ error: PlotError) -> String {
    func range(_ lower: Double, _ upper: Double) -> String {
      "\(NumberFormat.plain(lower)) 到 \(NumberFormat.plain(upper))"
    }
    switch error {
    case .sizeOutOfRange(let width, let height):
      let (least, most) = (PlotSize.minimum, PlotSize.maximum)
      return "图的大小必须在 \(least.width)x\(least.height) 到 \(most.width)x\(most.height)"
        + " 个字符之间，不能是 \(width)x\(height)"
    case .nonFiniteBound(let lower, let upper):
      return "范围必须是有限数，不能是 \(range(lower, upper))"
    case .reversedBounds(let lower, let upper):
      return "范围必须从小到大，不能是 \(range(lower, upper))"
        + (lower == upper ? "（这个范围是空的）" : "（请对调两个数）")
    case .boundsTooNarrow(let lower, let upper):
      let least = NumberFormat.plain(PlotBounds.minimumWidth(near: lower, upper))
      return "范围 \(range(lower, upper)) 太窄，画不出来；宽度至少要 \(least)"
    case .boundsTooWide(let lower, let upper):
      return "范围 \(range(lower, upper)) 太宽，画不出来"
    }
  }

  package static var samples: [SettingMessage] {
    [
      .speedOutOfRange(1...1000, 0), .invalidLearningRate(-1), .invalidAlpha(.invalidAlpha(-1)),
      .invalidAlpha(.invalidAlpha(.infinity)),
      .invalidPlot(nil, .sizeOutOfRange(width: 5, height: 5)),
      .invalidPlot(.xrange, .nonFiniteBound(lower: 0, upper: .infinity)),
      .invalidPlot(.xrange, .reversedBounds(lower: 2, upper: 1)),
      .invalidPlot(.yrange, .reversedBounds(lower: 1, upper: 1)),
      .invalidPlot(.xrange, .boundsTooNarrow(lower: 1, upper: 1 + 1e-15)),
      .invalidPlot(.yrange, .boundsTooWide(lower: -1e308, upper: 1e308)),
    ]
  }
}
