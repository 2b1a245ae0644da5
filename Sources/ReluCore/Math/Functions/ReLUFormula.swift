/// relu(z) = max(0, z): z for z > 0, 0 for z <= 0 (NaN stays NaN).
///
/// relu'(z) = 1 for z > 0, 0 for z < 0, the convention's value at 0
/// (``GradientAtZero/relu``), NaN at NaN. Range [0, inf); the inverse of
/// y >= 0 is y (for y = 0 every z <= 0 qualifies; 0 is returned).
enum ReLUFormula: ActivationFormula {
  @inline(__always)
  static func value<T: KernelScalar>(_ z: T, _ p: T) -> T {
    let y = z > 0 ? z : 0
    return z != z ? z : y
  }

  @inline(__always)
  static func derivative<T: KernelScalar>(_ z: T, _ p: T, atKink: T) -> T {
    let d: T = z > 0 ? 1 : 0
    let atZero = z == 0 ? atKink : d
    return z != z ? z : atZero
  }

  static func trainingDerivative<T: BinaryFloatingPoint>(
    _ z: T, value a: T, _ p: T, round: (T) -> T, converting: (Double) -> T
  ) -> T {
    z != z ? z : (z > 0 ? 1 : 0)
  }

  static func range(_ p: Double) -> ValueRange {
    ValueRange(lower: 0, upper: .infinity, includesLower: true, includesUpper: false)
  }

  static func inverse(_ y: Double, _ p: Double) -> Double? {
    range(p).contains(y) ? (y == 0 ? 0 : y) : nil
  }

  static func limitsAtZero(_ p: Double) -> (left: Double, right: Double)? { (0, 1) }
}

extension ReLUFormula {
  /// relu's entry of the function table.
  static let entry = FunctionEntry(
    aliases: [], formula: ReLUFormula.self, parameter: nil, rectifier: .relu,
    summary: Words(en: "the rectifier: max(0, z)", zh: "整流函数：max(0, z)"),
    help: [
      Words(
        en: "relu(z) = max(0, z): z for z >= 0, 0 for z < 0.",
        zh: "relu(z) = max(0, z)：z >= 0 时为 z，z < 0 时为 0。"),
      .lines(
        en: [
          "relu'(z) = 1 for z > 0, 0 for z < 0. At z = 0 it is a convention: the course",
          "  chapter's formula says 1, its code 0, as PyTorch, TensorFlow and JAX do (set grad0).",
        ],
        zh: [
          "relu'(z)：z > 0 时为 1，z < 0 时为 0。z = 0 处的值是一种约定：课程章节的",
          "  公式给 1，代码给 0，PyTorch、TensorFlow 和 JAX 也给 0（见 set grad0）。",
        ]),
      Words(
        en: "Range [0, inf): no ceiling, so the gradient stays 1 however large z grows.",
        zh: "值域 [0, inf)：没有上限，所以无论 z 多大，梯度都保持为 1。"),
      Words(
        en: "A unit with z < 0 outputs 0 and gets gradient 0: pushed there for good, it is dead.",
        zh: "z < 0 的神经元输出 0，梯度也是 0：如果它对所有输入都停在那里，就死亡了。"),
    ],
    examples: ["plot relu relu'", "forward relu' -1 0 2", "compare relu sigmoid"],
    glyphs: ("*", "="), colors: (.blue, .bluishGreen))
}
