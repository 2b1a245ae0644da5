/// ReLU or Leaky ReLU as a ``Convention`` computes it, element by element:
/// the plain definitions of forward, the mask and backward that the layers'
/// loops (``RectifierKernel``, ``RectifierMask``) follow bit for bit, NaN,
/// infinities and the sign of zero included (a test checks the loops against
/// these functions, and these against each framework's rules).
///
/// - forward: relu is `x < 0 ? 0 : x` (as `std::max(x, 0)`: NaN stays NaN,
///   -inf gives 0, -0.0 stays -0.0); leaky is `x > 0 ? x : x * slope` (NaN
///   stays NaN, -0.0 stays -0.0, and slope 0 gives -0.0 below 0 and
///   -inf * 0 = NaN at -inf, as every framework computes it). A rule that
///   clears -0.0 gives +0.0 for it instead.
/// - backward: `upstream * f'(x)`, where f'(x) is 1 above 0, the slope below,
///   f'(0) by the grad0 rule at 0 and -0.0, and 1 or the slope at NaN by the
///   rule; a select rule gives +0 instead of the product where f'(x) = 0, and
///   JAX's leaky adds +0 to every gradient.
/// - the mask and `forward F'`: the backward of an upstream gradient of 1.
///
/// Each function computes in its argument's type (`Float16`, `Float` or
/// `Double`, the session's ``Precision``), the slope rounded to that type:
/// the frameworks' float32 and float16 kernels are the same rules.
///
/// ReluLab's own plots, decay and networks use ``Rectifier`` instead.
package struct ConventionRectifier: Sendable, Hashable {
  /// Leaky ReLU (x * slope below 0) rather than ReLU (0 below 0).
  package let isLeaky: Bool
  /// The slope below 0: 0 for relu, alpha for leaky.
  package let slope: Double
  /// f'(0) (and f'(-0.0)) by the grad0 rule in force.
  package let slopeAtZero: Double
  /// The convention's choices at -0.0, at NaN and for a derivative of 0.
  package let rule: RectifierRule

  /// ReLU with f'(0) by `atZero`, computed by `rule`.
  package static func relu(atZero: SlopeAtZero, rule: RectifierRule) -> ConventionRectifier {
    ConventionRectifier(isLeaky: false, slope: 0, atZero: atZero, rule: rule)
  }

  /// Leaky ReLU of slope `alpha` (finite, >= 0) with f'(0) by `atZero`, computed by `rule`.
  package static func leaky(
    alpha: Double, atZero: SlopeAtZero, rule: RectifierRule
  ) -> ConventionRectifier {
    ConventionRectifier(isLeaky: true, slope: alpha, atZero: atZero, rule: rule)
  }

  private init(isLeaky: Bool, slope: Double, atZero: SlopeAtZero, rule: RectifierRule) {
    self.isLeaky = isLeaky
    self.slope = slope
    slopeAtZero = atZero.derivative(slope: slope)
    self.rule = rule
  }

  /// What backward adds to every gradient: -0.0, which changes nothing (g +
  /// -0.0 is g for every g, -0.0 included), or +0.0, which turns -0.0 into +0.0.
  var backwardAddend: Double { rule.addsZero ? 0.0 : -0.0 }

  /// f(x), computed in x's type (the slope rounded to it).
  @inline(__always)
  package func value<T: KernelScalar>(_ x: T) -> T {
    switch (isLeaky, rule.keepsNegativeZero) {
    case (false, true): Self.relu(x)
    case (false, false): Self.reluClearingNegativeZero(x)
    case (true, true): Self.leaky(x, slope: T(slope))
    case (true, false): Self.leakyClearingNegativeZero(x, slope: T(slope))
    }
  }

  /// The mask at x, f'(x): the backward of an upstream gradient of 1.
  package func derivative<T: KernelScalar>(_ x: T) -> T { backward(1, at: x) }

  /// upstream * f'(x), as the convention computes it, in their type.
  package func backward<T: KernelScalar>(_ upstream: T, at x: T) -> T {
    backward(upstream, kind: RectifierSide.of(x))
  }

  /// upstream * f'(x) for an x of `kind`, in upstream's type (f'(x) rounded to it).
  @inline(__always)
  func backward<T: KernelScalar>(_ upstream: T, kind: RectifierSide) -> T {
    (blocks(kind) ? 0 : upstream * T(factor(kind))) + T(backwardAddend)
  }

  /// f'(x) for an x of `kind`.
  func factor(_ kind: RectifierSide) -> Double {
    switch kind {
    case .below: slope
    case .above: 1
    case .zero: slopeAtZero
    case .notANumber: rule.nanIsActive ? 1 : slope
    }
  }

  /// Whether backward replaces the gradient of an x of `kind` by +0.
  func blocks(_ kind: RectifierSide) -> Bool {
    rule.gate == .select && factor(kind) == 0
  }

  /// relu as `std::max(x, 0)`: `x < 0 ? 0 : x`.
  @inline(__always)
  static func relu<T: KernelScalar>(_ x: T) -> T { x < 0 ? 0 : x }

  /// relu as `np.maximum(x, 0)`: ``relu(_:)`` with +0.0 for -0.0.
  @inline(__always)
  static func reluClearingNegativeZero<T: KernelScalar>(_ x: T) -> T {
    x > 0 || x != x ? x : 0
  }

  /// leaky: `x > 0 ? x : x * slope`.
  @inline(__always)
  static func leaky<T: KernelScalar>(_ x: T, slope: T) -> T { x > 0 ? x : x * slope }

  /// ``leaky(_:slope:)`` with +0.0 for -0.0 (adding +0 changes nothing else).
  @inline(__always)
  static func leakyClearingNegativeZero<T: KernelScalar>(_ x: T, slope: T) -> T {
    x > 0 ? x : x * slope + 0
  }
}
