/// What `set` says of a value out of range (the checks ``SettingName`` makes
/// itself; a slope, a size and a window are checked by their own types).
package enum SettingMessage: MessageCatalogue, Equatable {
  /// `set speed` outside the animation's range.
  case speedOutOfRange(ClosedRange<Double>, Double)
  /// A learning rate that is not finite or not > 0 (`set lr`, `lr ETA`).
  case invalidLearningRate(Double)

  package var words: Words {
    switch self {
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
    [.speedOutOfRange(1...1000, 0), .invalidLearningRate(-1)]
  }
}
