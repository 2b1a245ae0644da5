/// softplus(z) = ln(1 + e^(beta z)) / beta (beta = p, finite and > 0),
/// computed as max(z, 0) + ln(1 + e^-(beta |z|)) / beta, which neither
/// overflows for large z nor loses the small tail for large -z (PyTorch
/// instead returns z once beta z > 20, which differs by less than e^-20 z).
///
/// softplus'(z) = sigmoid(beta z), between 0 and 1. Range (0, inf): a smooth
/// relu that never reaches 0. The inverse of y > 0 is
/// y + ln(1 - e^-(beta y)) / beta.
enum SoftplusFormula: ActivationFormula {
  @inline(__always)
  static func value<T: KernelScalar>(_ z: T, _ p: T) -> T {
    let tail = T.logarithmOnePlus(T.exponential(-(p * z.magnitude))) / p
    let y = (z > 0 ? z : 0) + tail
    return z != z ? z : y
  }

  @inline(__always)
  static func derivative<T: KernelScalar>(_ z: T, _ p: T, atKink: T) -> T {
    SigmoidFormula.value(p * z, p)
  }

  static func trainingDerivative<T: BinaryFloatingPoint>(
    _ z: T, value a: T, _ p: T, round: (T) -> T, converting: (Double) -> T
  ) -> T {
    converting(SigmoidFormula.value(Double(p) * Double(z), 0))
  }

  static func range(_ p: Double) -> ValueRange {
    ValueRange(lower: 0, upper: .infinity, includesLower: false, includesUpper: false)
  }

  static func inverse(_ y: Double, _ p: Double) -> Double? {
    guard range(p).contains(y) else { return nil }
    return y + LibM.log1p(-LibM.exp(-p * y)) / p
  }
}

extension SoftplusFormula {
  /// Softplus's entry of the function table.
  static let entry = FunctionEntry(
    aliases: [], formula: SoftplusFormula.self, parameter: .beta, rectifier: nil,
    summary: Words(
      en: "a smooth relu: ln(1 + e^(beta z)) / beta",
      zh: "平滑的 relu：ln(1 + e^(beta z)) / beta"),
    help: [
      Words(
        en: "softplus(z) = ln(1 + e^(beta z)) / beta (set beta; 1 by default).",
        zh: "softplus(z) = ln(1 + e^(beta z)) / beta（set beta；默认 1）。"),
      .lines(
        en: [
          "softplus'(z) = sigmoid(beta z): between 0 and 1, 0.5 at z = 0. It has no kink,",
          "  so no convention at 0 is needed.",
        ],
        zh: [
          "softplus'(z) = sigmoid(beta z)：在 0 和 1 之间，z = 0 处为 0.5。它没有折点，",
          "  所以 z = 0 处不需要约定。",
        ]),
      .lines(
        en: [
          "Range (0, inf): relu with its kink rounded off; the larger beta, the closer",
          "to relu. Its gradient is never exactly 0, but for z far below 0 it is tiny.",
        ],
        zh: [
          "值域 (0, inf)：相当于把 relu 的折点磨圆；beta 越大越接近 relu。",
          "它的梯度永远不会恰好为 0，但 z 远小于 0 时非常小。",
        ]),
    ],
    examples: [
      "plot relu softplus softplus'", "set beta 5; plot relu softplus", "compare softplus",
    ],
    glyphs: ("\"", ","), colors: (.rose, .sand))
}
