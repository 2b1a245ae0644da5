/// A Leaky ReLU layer: forward computes x for x > 0 and alpha * x for x < 0,
/// element-wise, and remembers the mask of derivatives (1 where x > 0, alpha
/// where x < 0, and at 0 by ``gradientAtZero``); backward multiplies the
/// upstream gradient by that mask.
///
/// At -0.0, at NaN and with infinite gradients it does what ``convention``'s
/// framework does (``ConventionRectifier``).
package struct LeakyReLULayer: Sendable {
  /// The slope for negative inputs: finite and >= 0.
  package private(set) var alpha: Double
  /// The derivative convention at exactly 0, applied by the next forward.
  package var gradientAtZero: GradientAtZero
  /// Whose arithmetic the next forward and its backward follow.
  package var convention: Convention
  /// The floating-point format the next forward and its backward compute in.
  package var precision: Precision
  private var memory = RectifierMemory()

  /// - Throws: `ActivationError.invalidAlpha` for NaN, infinite or negative alpha.
  package init(
    alpha: Double = Activation.defaultAlpha, gradientAtZero: GradientAtZero = .left,
    convention: Convention = .pytorch,
    precision: Precision = .double
  ) throws(ActivationError) {
    self.alpha = try Activation.validateAlpha(alpha)
    self.gradientAtZero = gradientAtZero
    self.convention = convention
    self.precision = precision
  }

  /// The rectifier the next forward computes.
  private var rectifier: ConventionRectifier {
    .leaky(alpha: alpha, atZero: gradientAtZero.leaky, rule: convention.leaky)
  }

  /// The mask of local derivatives from the last forward, or nil before any.
  /// - Complexity: O(n): spelled out from the remembered packed mask on each call.
  package var mask: Tensor? { memory.mask }

  /// The same mask as kept, two bits per element, or nil before any forward.
  var packedMask: RectifierMask? { memory.packedMask }

  /// leaky(x), element-wise; remembers the mask of x, two bits per element.
  /// - Complexity: O(n).
  package mutating func forward(_ x: Tensor) -> Tensor {
    memory.forward(x, rectifier, in: precision)
  }

  /// leaky(x) and the mask of leaky'(x), element-wise (two passes).
  /// - Complexity: O(n).
  package mutating func forwardWithMask(_ x: Tensor) -> (output: Tensor, mask: Tensor) {
    memory.forwardWithMask(x, rectifier, in: precision)
  }

  /// leaky(x) of a vector of binary32 values, computed in binary32 (whatever
  /// ``precision`` says); remembers the mask of x, two bits per element.
  /// - Complexity: O(n).
  package mutating func forward(_ x: [Float]) -> [Float] {
    memory.forward(x, rectifier)
  }

  /// upstream * leaky'(x) of a vector of binary32 values, computed in binary32.
  /// - Throws: as ``backward(_:)-(Tensor)``.
  package func backward(_ upstream: [Float]) throws(LayerError) -> [Float] {
    try memory.backward(upstream)
  }

  /// upstream * leaky'(x) for the x of the last forward, element-wise, in the
  /// precision of that forward.
  /// - Throws: `LayerError.backwardBeforeForward` before any forward;
  ///   `LayerError.shapeMismatch` when `upstream` is not shaped like that x.
  package func backward(_ upstream: Tensor) throws(LayerError) -> Tensor {
    try memory.backward(upstream)
  }
}
