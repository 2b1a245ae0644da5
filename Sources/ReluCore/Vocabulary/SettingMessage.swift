/// What `set` says of a value out of range.
///
/// A slope, a plot size and a window are checked by their own types, whose
/// errors say why in both languages; a window's error is named by its setting.
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
      return error.words
    case .invalidPlot(let name?, let error):
      return Words(en: "\(name.rawValue): ", zh: "\(name.rawValue)：") + error.words
    case .invalidPlot(nil, let error):
      return error.words
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
