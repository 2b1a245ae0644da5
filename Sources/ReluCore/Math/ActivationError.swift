/// A value an activation cannot accept.
package enum ActivationError: Error, Sendable, Equatable, CustomStringConvertible, MessageCatalogue
{
  /// A Leaky ReLU slope that is NaN, infinite or negative.
  case invalidAlpha(Double)

  package var words: Words {
    switch self {
    case .invalidAlpha(let alpha):
      let value = NumberFormat.plain(alpha)
      if alpha.isNaN || alpha.isInfinite {
        return Words(
          en: "alpha must be a finite number, not \(value)",
          zh: "alpha 必须是有限的数，不能是 \(value)")
      }
      return Words(
        en: "alpha must be >= 0 (0 is plain relu, 1 the identity), not \(value)",
        zh: "alpha 必须 >= 0（0 就是普通的 relu，1 是恒等函数），不能是 \(value)")
    }
  }

  /// The English message.
  package var description: String { words.en }

  package static var samples: [ActivationError] { [.invalidAlpha(.nan), .invalidAlpha(-0.5)] }
}
