/// What PReLU's and RReLU's networks say: their options' refusals, and the
/// notes on which slope a plain function or a loss uses.
package enum SlopeMessage: MessageCatalogue, Equatable {
  /// `slope` or `alpha0` given to `net` with another function than prelu.
  case preluOptionOnly(option: String, function: String)
  /// `lower` or `upper` given to `net` with another function than rrelu.
  case rreluOptionOnly(option: String, function: String)
  /// `alpha0 A` with A not a finite number.
  case startingSlopeNotFinite(Double)
  /// `lower L upper U` with L > U, or either not finite in [0, 1].
  case badBounds(lower: Double, upper: Double)
  /// `forward prelu|rrelu`: the plain function's fixed slope.
  case fixedSlope(function: String, slope: Double, learned: Bool)
  /// `sweep functions` with `precision` or `batch`.
  case functionsTakeRatesAndSeeds
  /// `sweep functions`' first line.
  case functionSweep(width: Int, depth: Int, seeds: Int, epochs: Int)
  /// `net` or `train` of an rrelu net: the loss shown is at the mean slope
  /// (a report's indented note).
  case rreluLossAtMean(mean: Double)

  package var words: Words {
    switch self {
    case .preluOptionOnly(let option, let function):
      return Words(
        en: "\(option) goes with net prelu only, not with \(function)",
        zh: "\(option) 只能与 net prelu 一起用，不能用于 \(function)")
    case .rreluOptionOnly(let option, let function):
      return Words(
        en: "\(option) goes with net rrelu only, not with \(function)",
        zh: "\(option) 只能与 net rrelu 一起用，不能用于 \(function)")
    case .startingSlopeNotFinite(let value):
      return Words(
        en: "alpha0 must be a finite number, not \(NumberFormat.plain(value))",
        zh: "alpha0 必须是有限的数，不能是 \(NumberFormat.plain(value))")
    case .badBounds(let lower, let upper):
      let l = NumberFormat.plain(lower)
      let u = NumberFormat.plain(upper)
      return Words(
        en: "rrelu's slopes need 0 <= lower <= upper <= 1; lower \(l) upper \(u) is not",
        zh: "rrelu 的斜率要求 0 <= lower <= upper <= 1；lower \(l) upper \(u) 不满足")
    case .fixedSlope(let function, let slope, let learned):
      let value = NumberFormat.short(slope)
      return learned
        ? Words(
          en:
            "\(function) here is leaky with its starting slope \(value); net \(function) learns it",
          zh: "这里的 \(function) 是斜率取初始值 \(value) 的 leaky；net \(function) 会学习这个斜率")
        : Words(
          en: "\(function) here is leaky with its test slope \(value), (1/8 + 1/3) / 2; in"
            + " training the slope is random",
          zh: "这里的 \(function) 是斜率取均值 \(value)（即 (1/8 + 1/3) / 2）的 leaky；"
            + "训练时斜率是随机的")
    case .functionsTakeRatesAndSeeds:
      return Words(
        en: "sweep functions takes lr, seeds and epochs, not precision or batch",
        zh: "sweep functions 只接受 lr、seeds 和 epochs，不接受 precision 或 batch")
    case .functionSweep(let width, let depth, let seeds, let epochs):
      return Words(
        en: "sweep functions: the net's shape (\(width) units x \(Plural.count(depth, "layer")))"
          + " trained \(Plural.count(epochs, "epoch")) from \(Plural.count(seeds, "seed")) at"
          + " each rate; means over the seeds (loss and slope: over the runs that did not"
          + " diverge)",
        zh: "sweep functions：按当前网络的形状（每层 \(width) 个神经元 x \(depth) 层），用 \(seeds)"
          + " 个随机种子在每个学习率下各训练 \(epochs) 轮；表中为各随机种子的平均值"
          + "（发散一栏为次数；损失和斜率只对未发散的运行取平均）")
    case .rreluLossAtMean(let mean):
      return Words(
        en: "  losses, units and the fit are at the mean slope \(NumberFormat.short(mean)); each"
          + " step's gradient used random slopes",
        zh: "  损失、死亡/未激活神经元数和拟合曲线按平均斜率 \(NumberFormat.short(mean)) 计算；"
          + "每一步的梯度用的是随机斜率")
    }
  }

  /// The note `forward F` gives where a network learns or draws F's slope:
  /// the fixed slope the plain function has.
  static func fixedSlope(of kind: ActivationKind) -> SlopeMessage? {
    switch kind {
    case .prelu:
      .fixedSlope(function: kind.rawValue, slope: PReLUFormula.startingSlope, learned: true)
    case .rrelu:
      .fixedSlope(function: kind.rawValue, slope: RReLUFormula.testSlope, learned: false)
    case .relu, .leaky, .sigmoid, .tanh, .elu, .softplus: nil
    }
  }

  package static var samples: [SlopeMessage] {
    [
      .preluOptionOnly(option: "alpha0", function: "relu"),
      .rreluOptionOnly(option: "lower", function: "leaky"), .startingSlopeNotFinite(.infinity),
      .badBounds(lower: 0.5, upper: 0.1),
      .fixedSlope(function: "prelu", slope: 0.25, learned: true),
      .fixedSlope(function: "rrelu", slope: 11.0 / 48, learned: false),
      .rreluLossAtMean(mean: 11.0 / 48), .functionsTakeRatesAndSeeds,
      .functionSweep(width: 64, depth: 1, seeds: 10, epochs: 100),
    ]
  }
}
