/// leaky(z) = z for z > 0, alpha z for z <= 0, alpha = p finite and >= 0.
///
/// Adding 0 turns -0.0 into +0.0; NaN stays NaN. With alpha = 0 it is relu
/// exactly: leaky(-inf) = 0, not 0 * -inf = NaN.
///
/// leaky'(z) = 1 for z > 0, alpha for z < 0, the convention's value at 0
/// (``GradientAtZero/leaky``), NaN at NaN. Range (-inf, inf) for alpha > 0,
/// [0, inf) for alpha = 0; the inverse is y for y >= 0, y / alpha below.
enum LeakyFormula: ActivationFormula {
  @inline(__always)
  static func value<T: KernelScalar>(_ z: T, _ p: T) -> T {
    p == 0 ? ReLUFormula.value(z, p) : (z > 0 ? z : p * z + 0)
  }

  @inline(__always)
  static func derivative<T: KernelScalar>(_ z: T, _ p: T, atKink: T) -> T {
    let d = z > 0 ? 1 : p
    let atZero = z == 0 ? atKink : d
    return z != z ? z : atZero
  }

  static func trainingDerivative<T: BinaryFloatingPoint>(
    _ z: T, value a: T, _ p: T, round: (T) -> T, converting: (Double) -> T
  ) -> T {
    z != z ? z : (z > 0 ? 1 : p)
  }

  static func range(_ p: Double) -> ValueRange {
    p > 0 ? .all : ReLUFormula.range(p)
  }

  static func inverse(_ y: Double, _ p: Double) -> Double? {
    guard range(p).contains(y) else { return nil }
    return y >= 0 ? (y == 0 ? 0 : y) : y / p
  }

  static func limitsAtZero(_ p: Double) -> (left: Double, right: Double)? { (p, 1) }
}

extension LeakyFormula {
  /// leaky's entry of the function table.
  static let entry = FunctionEntry(
    aliases: ["leakyrelu", "leaky_relu", "lrelu"], formula: LeakyFormula.self, parameter: .alpha,
    rectifier: .leaky,
    summary: Words(en: "relu with slope alpha below 0", zh: "z < 0 时斜率为 alpha 的 relu"),
    help: [
      Words(
        en: "leaky(z) = z for z >= 0, alpha * z for z < 0 (set alpha; 0.01 by default).",
        zh: "leaky(z)：z >= 0 时为 z，z < 0 时为 alpha * z（set alpha；默认 0.01）。"),
      .lines(
        en: [
          "leaky'(z) = 1 for z > 0, alpha for z < 0. At z = 0: alpha with grad0 left (the",
          "  chapter's code, PyTorch), 1 with grad0 right (the chapter's formula, JAX).",
        ],
        zh: [
          "leaky'(z)：z > 0 时为 1，z < 0 时为 alpha。z = 0 处：grad0 为 left 时取 alpha",
          "  （章节的代码、PyTorch），grad0 为 right 时取 1（章节的公式、JAX）。",
        ]),
      .lines(
        en: [
          "Range (-inf, inf) for alpha > 0. Where relu's gradient is 0, leaky's is alpha, so a",
          "unit pushed below 0 still learns.",
        ],
        zh: [
          "alpha > 0 时值域为 (-inf, inf)。relu 的梯度为 0 的地方，leaky 的梯度是 alpha，",
          "所以被推到 0 以下的神经元仍能学习。",
        ]),
    ],
    examples: ["set alpha 0.1; plot leaky leaky'", "forward leaky -5 5"],
    glyphs: ("#", "$"), colors: (.vermillion, .reddishPurple))
}
