/// A value an activation cannot accept.
package enum ActivationError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A Leaky ReLU slope that is NaN, infinite or negative.
  case invalidAlpha(Double)

  package var description: String {
    switch self {
    case .invalidAlpha(let alpha):
      if alpha.isNaN || alpha.isInfinite {
        return "alpha must be a finite number, not \(NumberFormat.plain(alpha))"
      }
      return
        "alpha must be >= 0 (0 is plain relu, 1 the identity), not \(NumberFormat.plain(alpha))"
    }
  }
}
