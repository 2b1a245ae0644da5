/// The activations computed in a ``Precision``: every operation of the
/// formulas of ``Activation`` in the type itself (`Float16`, `Float` or
/// `Double`), alpha and f'(0) rounded to it.
///
/// exp and tanh are the type's own: glibc's for Double and Float, and for
/// Float16 Float's rounded to Float16 (``KernelScalar/exponential(_:)``), so
/// sigmoid(z) = 1 / (1 + e^-z) rounds after e^-z, after the sum and after the
/// quotient, as a program written in that type does. In Double every result is
/// bit for bit ``Activation/value(_:)`` and ``Activation/derivative(_:atZero:)``
/// (a test checks it).
extension Activation {
  /// f(z), computed in z's type.
  @inline(__always)
  func value<T: KernelScalar>(inType z: T) -> T {
    switch self {
    case .relu:
      let y = z > 0 ? z : 0
      return z != z ? z : y
    case .leaky(let alpha): return z > 0 ? z : T(alpha) * z + 0
    case .sigmoid: return Self.sigmoid(z)
    case .tanh: return T.hyperbolicTangent(z)
    }
  }

  /// f'(z), computed in z's type, with the rectifiers' f'(0) chosen by `atZero`.
  @inline(__always)
  func derivative<T: KernelScalar>(inType z: T, atZero: GradientAtZero) -> T {
    switch self {
    case .relu, .leaky:
      let slope: Double
      let side: SlopeAtZero
      if case .leaky(let alpha) = self {
        (slope, side) = (alpha, atZero.leaky)
      } else {
        (slope, side) = (0, atZero.relu)
      }
      let d = z > 0 ? 1 : T(slope)
      let atZero = z == 0 ? T(side.derivative(slope: slope)) : d
      return z != z ? z : atZero
    case .sigmoid:
      let a = Self.sigmoid(z)
      return a * (1 - a)
    case .tanh:
      let t = T.hyperbolicTangent(z)
      return 1 - t * t
    }
  }

  /// f(z) for z held in `precision`, computed there, widened exactly.
  package func value(_ z: Double, in precision: Precision) -> Double {
    switch precision {
    case .half: Double(value(inType: Float16(z)))
    case .single: Double(value(inType: Float(z)))
    case .double: value(inType: z)
    }
  }

  /// f'(z) for z held in `precision`, computed there, widened exactly.
  package func derivative(
    _ z: Double, atZero: GradientAtZero, in precision: Precision
  ) -> Double {
    switch precision {
    case .half: Double(derivative(inType: Float16(z), atZero: atZero))
    case .single: Double(derivative(inType: Float(z), atZero: atZero))
    case .double: derivative(inType: z, atZero: atZero)
    }
  }

  /// The logistic function in z's type, without overflow for large |z|.
  @inline(__always)
  static func sigmoid<T: KernelScalar>(_ z: T) -> T {
    if z >= 0 {
      return 1 / (1 + T.exponential(-z))
    }
    let e = T.exponential(z)  // NaN falls through here and stays NaN
    return e / (1 + e)
  }
}
