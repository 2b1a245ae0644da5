/// elu(z) = z for z > 0, alpha (e^z - 1) for z <= 0, alpha = p finite and >= 0.
///
/// e^z - 1 is computed by `expm1`, exact near 0; NaN stays NaN.
/// elu'(z) = 1 for z > 0, alpha e^z for z <= 0: at z = 0 the left limit
/// alpha, as PyTorch, TensorFlow and JAX compute it (all test `z > 0`); for
/// alpha = 1 both limits are 1 and elu' is continuous. In a network f'(z) for
/// z <= 0 is a + alpha, from a = f(z), as PyTorch's backward computes it.
/// Range (-alpha, inf) (with alpha = 0, [0, inf)); the inverse is y for
/// y > 0 and ln(1 + y / alpha) for -alpha < y <= 0.
enum ELUFormula: ActivationFormula {
  @inline(__always)
  static func value<T: KernelScalar>(_ z: T, _ p: T) -> T {
    z > 0 ? z : p * T.exponentialMinusOne(z) + 0
  }

  @inline(__always)
  static func derivative<T: KernelScalar>(_ z: T, _ p: T, atKink: T) -> T {
    z > 0 ? 1 : p * T.exponential(z)
  }

  static func trainingDerivative<T: BinaryFloatingPoint>(
    _ z: T, value a: T, _ p: T, round: (T) -> T, converting: (Double) -> T
  ) -> T {
    z > 0 ? 1 : round(a + p)
  }

  static func range(_ p: Double) -> ValueRange {
    p > 0
      ? ValueRange(lower: -p, upper: .infinity, includesLower: false, includesUpper: false)
      : ReLUFormula.range(p)
  }

  static func inverse(_ y: Double, _ p: Double) -> Double? {
    guard range(p).contains(y) else { return nil }
    if y > 0 { return y }
    return y == 0 ? 0 : LibM.log1p(y / p)
  }

  static func limitsAtZero(_ p: Double) -> (left: Double, right: Double)? { (p, 1) }
}

extension ELUFormula {
  /// ELU's entry of the function table.
  static let entry = FunctionEntry(
    aliases: [], formula: ELUFormula.self, parameter: .eluAlpha, rectifier: nil,
    summary: Words(
      en: "the exponential linear unit: z above 0, alpha (e^z - 1) below",
      zh: "指数线性单元：z > 0 时为 z，z <= 0 时为 alpha (e^z - 1)"),
    help: [
      Words(
        en: "elu(z) = z for z > 0, alpha (e^z - 1) for z <= 0 (set elu-alpha; default 1).",
        zh: "elu(z)：z > 0 时为 z，z <= 0 时为 alpha (e^z - 1)（set elu-alpha；默认 1）。"),
      .lines(
        en: [
          "elu'(z) = 1 for z > 0, alpha e^z for z <= 0: at z = 0 the left slope alpha, as",
          "  PyTorch, TensorFlow and JAX compute it; with alpha = 1 elu' has no jump.",
        ],
        zh: [
          "elu'(z)：z > 0 时为 1，z <= 0 时为 alpha e^z。z = 0 处取左侧斜率 alpha，",
          "  与 PyTorch、TensorFlow 和 JAX 一致；alpha = 1 时 elu' 没有跳变。",
        ]),
      .lines(
        en: [
          "Range (-alpha, inf). Like leaky it keeps a gradient below 0, so a unit whose z",
          "is pushed there still learns; unlike leaky it levels off toward -alpha.",
        ],
        zh: [
          "值域 (-alpha, inf)。与 leaky 一样，z < 0 时仍有梯度，z 被推到 0 以下的神经元",
          "仍能学习；与 leaky 不同，它逐渐趋近 -alpha，而不是一直下降。",
        ]),
      .lines(
        en: [
          "The course goes on from Leaky ReLU to softplus and ELU. ELU was proposed by",
          "Clevert, Unterthiner and Hochreiter in 2015.",
        ],
        zh: [
          "课程在 Leaky ReLU 之后接着讲 softplus 和 ELU；ELU 由 Clevert、Unterthiner",
          "和 Hochreiter 于 2015 年提出。",
        ]),
    ],
    examples: ["plot relu elu elu'", "set elu-alpha 0.5; forward elu -3 0 3", "compare relu elu"],
    glyphs: ("{", ";"), colors: (.teal, .olive))
}
