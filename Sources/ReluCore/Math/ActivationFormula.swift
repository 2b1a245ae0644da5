/// The arithmetic of one activation function, written once, generic over
/// the type it computes in.
///
/// `p` is the function's parameter (the slope alpha of leaky and ELU,
/// softplus's beta; ignored by a function without one), given in the type.
/// Each function of ``FunctionEntry`` has one conforming type in
/// `Math/Functions`, and everything that computes f or f' goes through it:
/// plots, `forward`, the decay, and networks (``trainingDerivative(_:value:_:round:converting:)``).
package protocol ActivationFormula: Sendable {
  /// f(z), computed in z's type (`Float16`, `Float` or `Double`).
  static func value<T: KernelScalar>(_ z: T, _ p: T) -> T

  /// f'(z), computed in z's type; at a kink (z = 0 where the one-sided
  /// derivatives differ) the value `atKink` chosen by the convention in force.
  static func derivative<T: KernelScalar>(_ z: T, _ p: T, atKink: T) -> T

  /// f'(z) as a network's backward pass computes it, from z and a = f(z)
  /// already rounded to the network's format, each operation rounded by
  /// `round` (a function of a with a well-known form uses it: sigmoid's
  /// a (1 - a), tanh's 1 - a^2), or computed in Double and rounded once to
  /// the format by `converting`.
  static func trainingDerivative<T: BinaryFloatingPoint>(
    _ z: T, value a: T, _ p: T, round: (T) -> T, converting: (Double) -> T
  ) -> T

  /// The values f can output, for parameter `p`.
  static func range(_ p: Double) -> ValueRange

  /// A z with f(z) = y, or nil when y is outside ``range(_:)``.
  static func inverse(_ y: Double, _ p: Double) -> Double?

  /// The one-sided derivatives at 0, f'(0-) and f'(0+), where f' may jump
  /// there; nil for a function smooth at 0.
  static func limitsAtZero(_ p: Double) -> (left: Double, right: Double)?
}

extension ActivationFormula {
  package static func limitsAtZero(_ p: Double) -> (left: Double, right: Double)? { nil }
}
