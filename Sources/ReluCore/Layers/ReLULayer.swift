/// A ReLU layer: forward computes max(x, 0) element-wise and remembers the
/// mask of derivatives (1 where x > 0, 0 where x < 0, and at 0 by
/// ``gradientAtZero``); backward multiplies the upstream gradient by that mask.
///
/// At -0.0, at NaN and with infinite gradients it does what ``convention``'s
/// framework does (``ConventionRectifier``).
///
/// Unlike the course chapter's reference class, the shape comes from each input.
package struct ReLULayer: Sendable {
  /// The derivative convention at exactly 0, applied by the next forward.
  package var gradientAtZero: GradientAtZero
  /// Whose arithmetic the next forward and its backward follow.
  package var convention: Convention
  /// The floating-point format the next forward and its backward compute in.
  package var precision: Precision
  private var memory = RectifierMemory()

  package init(
    gradientAtZero: GradientAtZero = .left, convention: Convention = .pytorch,
    precision: Precision = .double
  ) {
    self.gradientAtZero = gradientAtZero
    self.convention = convention
    self.precision = precision
  }

  /// The rectifier the next forward computes.
  private var rectifier: ConventionRectifier {
    .relu(atZero: gradientAtZero.relu, rule: convention.relu)
  }

  /// The mask of local derivatives from the last forward, or nil before any.
  /// - Complexity: O(n): spelled out from the remembered packed mask on each call.
  package var mask: Tensor? { memory.mask }

  /// The same mask as kept, two bits per element, or nil before any forward.
  var packedMask: RectifierMask? { memory.packedMask }

  /// relu(x), element-wise; remembers the mask of x, two bits per element.
  /// - Complexity: O(n).
  package mutating func forward(_ x: Tensor) -> Tensor {
    memory.forward(x, rectifier, in: precision)
  }

  /// relu(x) and the mask of relu'(x), element-wise (two passes).
  /// - Complexity: O(n).
  package mutating func forwardWithMask(_ x: Tensor) -> (output: Tensor, mask: Tensor) {
    memory.forwardWithMask(x, rectifier, in: precision)
  }

  /// relu(x) of a vector of binary32 values, computed in binary32 (whatever
  /// ``precision`` says); remembers the mask of x, two bits per element.
  /// - Complexity: O(n).
  package mutating func forward(_ x: [Float]) -> [Float] {
    memory.forward(x, rectifier)
  }

  /// upstream * relu'(x) of a vector of binary32 values, computed in binary32.
  /// - Throws: as ``backward(_:)-(Tensor)``.
  package func backward(_ upstream: [Float]) throws(LayerError) -> [Float] {
    try memory.backward(upstream)
  }

  /// upstream * relu'(x) for the x of the last forward, element-wise, in the
  /// precision of that forward.
  /// - Throws: `LayerError.backwardBeforeForward` before any forward;
  ///   `LayerError.shapeMismatch` when `upstream` is not shaped like that x.
  package func backward(_ upstream: Tensor) throws(LayerError) -> Tensor {
    try memory.backward(upstream)
  }
}
