/// A backward pass that cannot run.
package enum LayerError: Error, Sendable, Equatable, CustomStringConvertible, MessageCatalogue {
  /// backward was called before any forward, so there is no mask yet.
  case backwardBeforeForward
  /// The upstream gradient is not shaped like the last forward's input.
  case shapeMismatch(expected: [Int], got: [Int])

  package var words: Words {
    switch self {
    case .backwardBeforeForward:
      return Words(
        en: "backward needs a forward pass first (feed a vector)",
        zh: "backward 之前要先做一次前向计算（先 feed 一个向量）")
    case .shapeMismatch(let expected, let got):
      return Words(
        en:
          "gradient has shape \(Self.text(got)), but the last feed had shape \(Self.text(expected))",
        zh: "梯度的形状是 \(Self.text(got))，但上一次 feed 的形状是 \(Self.text(expected))")
    }
  }

  /// The English message.
  package var description: String { words.en }

  package static var samples: [LayerError] {
    [.backwardBeforeForward, .shapeMismatch(expected: [3], got: [2])]
  }

  private static func text(_ shape: [Int]) -> String {
    shape.map(String.init).joined(separator: "x")
  }
}
