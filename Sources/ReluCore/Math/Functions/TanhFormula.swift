/// tanh(z) = (e^z - e^-z) / (e^z + e^-z), the C library's.
///
/// tanh'(z) = 1 - tanh(z)^2, at most 1 (at z = 0). Range (-1, 1); the
/// inverse is atanh y.
enum TanhFormula: ActivationFormula {
  @inline(__always)
  static func value<T: KernelScalar>(_ z: T, _ p: T) -> T {
    T.hyperbolicTangent(z)
  }

  @inline(__always)
  static func derivative<T: KernelScalar>(_ z: T, _ p: T, atKink: T) -> T {
    let t = T.hyperbolicTangent(z)
    return 1 - t * t
  }

  static func trainingDerivative<T: BinaryFloatingPoint>(
    _ z: T, value a: T, _ p: T, round: (T) -> T, converting: (Double) -> T
  ) -> T {
    round(1 - round(a * a))
  }

  static func range(_ p: Double) -> ValueRange {
    ValueRange(lower: -1, upper: 1, includesLower: false, includesUpper: false)
  }

  static func inverse(_ y: Double, _ p: Double) -> Double? {
    range(p).contains(y) ? LibM.atanh(y) : nil
  }
}

extension TanhFormula {
  /// tanh's entry of the function table.
  static let entry = FunctionEntry(
    aliases: [], formula: TanhFormula.self, parameter: nil, rectifier: nil,
    summary: Words(en: "the hyperbolic tangent", zh: "双曲正切函数"),
    help: [
      Words(
        en: "tanh(z) = (e^z - e^-z) / (e^z + e^-z).", zh: "tanh(z) = (e^z - e^-z) / (e^z + e^-z)。"
      ),
      Words(
        en: "tanh'(z) = 1 - tanh(z)^2: at most 1, at z = 0.",
        zh: "tanh'(z) = 1 - tanh(z)^2：最大为 1，在 z = 0 处取到。"),
      Words(
        en: "Range (-1, 1); it saturates for large |z| as sigmoid does.",
        zh: "值域 (-1, 1)；|z| 很大时会饱和，与 sigmoid 一样。"),
    ],
    examples: ["plot tanh tanh'", "forward tanh -2 0 2"],
    glyphs: ("&", "~"), colors: (.skyBlue, .grey))
}
