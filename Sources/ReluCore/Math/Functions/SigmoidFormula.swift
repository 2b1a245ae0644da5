/// sigmoid(z) = 1 / (1 + e^-z), computed as e^z / (1 + e^z) for z < 0 so
/// that neither form overflows; NaN stays NaN.
///
/// sigmoid'(z) = a (1 - a) with a = sigmoid(z), at most 0.25 (at z = 0).
/// Range (0, 1); the inverse is ln(y / (1 - y)).
enum SigmoidFormula: ActivationFormula {
  @inline(__always)
  static func value<T: KernelScalar>(_ z: T, _ p: T) -> T {
    if z >= 0 {
      return 1 / (1 + T.exponential(-z))
    }
    let e = T.exponential(z)  // NaN falls through here and stays NaN
    return e / (1 + e)
  }

  @inline(__always)
  static func derivative<T: KernelScalar>(_ z: T, _ p: T, atKink: T) -> T {
    let a = value(z, p)
    return a * (1 - a)
  }

  static func trainingDerivative<T: BinaryFloatingPoint>(
    _ z: T, value a: T, _ p: T, round: (T) -> T, converting: (Double) -> T
  ) -> T {
    round(a * round(1 - a))
  }

  static func range(_ p: Double) -> ValueRange {
    ValueRange(lower: 0, upper: 1, includesLower: false, includesUpper: false)
  }

  static func inverse(_ y: Double, _ p: Double) -> Double? {
    range(p).contains(y) ? LibM.log(y / (1 - y)) : nil
  }
}

extension SigmoidFormula {
  /// sigmoid's entry of the function table.
  static let entry = FunctionEntry(
    aliases: ["logistic"], formula: SigmoidFormula.self, parameter: nil, rectifier: nil,
    summary: Words(en: "the logistic function 1 / (1 + e^-z)", zh: "逻辑函数 1 / (1 + e^-z)"),
    help: [
      Words(en: "sigmoid(z) = 1 / (1 + e^-z).", zh: "sigmoid(z) = 1 / (1 + e^-z)。"),
      Words(
        en: "sigmoid'(z) = a (1 - a) with a = sigmoid(z): at most 0.25, at z = 0.",
        zh: "sigmoid'(z) = a (1 - a)，其中 a = sigmoid(z)：最大为 0.25，在 z = 0 处取到。"),
      .lines(
        en: [
          "Range (0, 1). The small gradient is why the chapter's decay from 0.9 to 0.5 at",
          "lr 0.2 takes sigmoid 67 steps and relu 2.",
        ],
        zh: [
          "值域 (0, 1)。正因为梯度小，章节里学习率为 0.2、从 0.9 降到 0.5 的",
          "梯度下降模拟，sigmoid 要 67 步，relu 只要 2 步。",
        ]),
    ],
    examples: ["plot sigmoid sigmoid'", "decay sigmoid from 0.9 to 0.5"],
    glyphs: ("%", ":"), colors: (.orange, .yellow))
}
