/// A value an activation cannot accept.
package enum ActivationError: Error, Sendable, Equatable, CustomStringConvertible, MessageCatalogue
{
  /// A Leaky ReLU slope that is NaN, infinite or negative.
  case invalidAlpha(Double)
  /// ELU's alpha or softplus's beta out of its range.
  case invalidParameter(FunctionParameter, Double)

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
    case .invalidParameter(let parameter, let number):
      let value = NumberFormat.plain(number)
      let name = parameter.rawValue
      if parameter == .beta {
        return Words(
          en: "\(name) must be a finite number > 0, not \(value)",
          zh: "\(name) 必须是大于 0 的有限数，不能是 \(value)")
      }
      return Words(
        en: "\(name) must be a finite number >= 0 (0 makes elu relu), not \(value)",
        zh: "\(name) 必须是大于等于 0 的有限数（取 0 时 elu 就是 relu），不能是 \(value)")
    }
  }

  /// The English message.
  package var description: String { words.en }

  package static var samples: [ActivationError] {
    [
      .invalidAlpha(.nan), .invalidAlpha(-0.5), .invalidParameter(.eluAlpha, -1),
      .invalidParameter(.beta, 0),
    ]
  }
}
