/// The activations computed in a ``Precision``: every operation of the
/// formula in the type itself (`Float16`, `Float` or `Double`), the parameter
/// and f'(0) rounded to it.
///
/// exp, expm1, log1p and tanh are the type's own: glibc's for Double and
/// Float, and for Float16 Float's rounded to Float16
/// (``KernelScalar/exponential(_:)``), so sigmoid(z) = 1 / (1 + e^-z) rounds
/// after e^-z, after the sum and after the quotient, as a program written in
/// that type does. In Double every result is bit for bit ``Activation/value(_:)``
/// and ``Activation/derivative(_:atZero:)``.
extension Activation {
  /// f(z), computed in z's type.
  @inline(__always)
  func value<T: KernelScalar>(inType z: T) -> T {
    entry.formula.value(z, T(parameter))
  }

  /// f'(z), computed in z's type, with the rectifiers' f'(0) chosen by `atZero`.
  @inline(__always)
  func derivative<T: KernelScalar>(inType z: T, atZero: GradientAtZero) -> T {
    entry.formula.derivative(z, T(parameter), atKink: T(derivativeAtKink(atZero)))
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
}
