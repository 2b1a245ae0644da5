/// A backward pass that cannot run.
package enum LayerError: Error, Sendable, Equatable, CustomStringConvertible {
  /// backward was called before any forward, so there is no mask yet.
  case backwardBeforeForward
  /// The upstream gradient is not shaped like the last forward's input.
  case shapeMismatch(expected: [Int], got: [Int])

  package var description: String {
    switch self {
    case .backwardBeforeForward:
      return "backward needs a forward pass first (feed a vector)"
    case .shapeMismatch(let expected, let got):
      return
        "gradient has shape \(Self.text(got)), but the last feed had shape \(Self.text(expected))"
    }
  }

  private static func text(_ shape: [Int]) -> String {
    shape.map(String.init).joined(separator: "x")
  }
}
