/// Which one-sided derivative a rectifier reports at exactly z = 0.
///
/// ReLU and Leaky ReLU have a kink at 0, so f'(0) is a convention:
/// - `left` (the default): f'(0) is the slope on the left, so relu'(0) = 0 and
///   leaky'(0) = alpha. This is what the course chapter's reference code does (its mask
///   tests `x > 0`), and what PyTorch and TensorFlow do.
/// - `right`: f'(0) is the slope on the right, 1 for both, which is what the
///   chapter's formulas say (`z >= 0`).
///
/// -0.0 counts as 0. Smooth functions (sigmoid, tanh) ignore the convention.
package enum GradientAtZero: String, Sendable, Hashable, CaseIterable {
  case left
  case right

  /// One line a person reads to learn what the convention means.
  package var explanation: String {
    switch self {
    case .left: "the left slope: relu'(0) = 0, leaky'(0) = alpha (as the chapter's code)"
    case .right: "the right slope: relu'(0) = leaky'(0) = 1 (as the chapter's formula)"
    }
  }
}
