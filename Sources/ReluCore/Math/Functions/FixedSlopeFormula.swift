/// A rectifier that is Leaky ReLU with a fixed slope as a plain function:
/// f(z) = z for z > 0, s z for z <= 0; f'(z) = 1 for z > 0, s for z <= 0
/// (at z = 0 the left slope s, as PyTorch computes it), s = ``fixedSlope``.
///
/// PReLU and RReLU are this outside a network (their starting slope, their
/// test slope); in a network the trainer learns or draws the slope instead.
protocol FixedSlopeFormula: ActivationFormula {
  /// The slope s below 0.
  static var fixedSlope: Double { get }
}

extension FixedSlopeFormula {
  @inline(__always)
  static func value<T: KernelScalar>(_ z: T, _ p: T) -> T {
    LeakyFormula.value(z, T(fixedSlope))
  }

  @inline(__always)
  static func derivative<T: KernelScalar>(_ z: T, _ p: T, atKink: T) -> T {
    LeakyFormula.derivative(z, T(fixedSlope), atKink: T(fixedSlope))
  }

  static func trainingDerivative<T: BinaryFloatingPoint>(
    _ z: T, value a: T, _ p: T, round: (T) -> T, converting: (Double) -> T
  ) -> T {
    z != z ? z : (z > 0 ? 1 : converting(fixedSlope))
  }

  static func range(_ p: Double) -> ValueRange { .all }

  static func inverse(_ y: Double, _ p: Double) -> Double? {
    LeakyFormula.inverse(y, fixedSlope)
  }

  static func limitsAtZero(_ p: Double) -> (left: Double, right: Double)? { (fixedSlope, 1) }
}
