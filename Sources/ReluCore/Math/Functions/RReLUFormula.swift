/// rrelu(z) = z for z > 0, r z for z <= 0, with r drawn in training from
/// U(l, u) for each unit and point at each step, and fixed at the mean
/// (l + u) / 2 outside training (Xu, Wang, Chen and Li, "Empirical
/// Evaluation of Rectified Activations in Convolutional Network", 2015).
///
/// As a plain function (plots, `forward`, the decay, `compare`) r is the
/// mean of PyTorch's default bounds, (1/8 + 1/3) / 2 = 11/48, so it is leaky
/// with that slope. rrelu'(z) = 1 for z > 0, r for z <= 0 (at z = 0 the left
/// slope r, as PyTorch computes it).
enum RReLUFormula: FixedSlopeFormula {
  /// PyTorch's default lower bound l of the slope, 1/8.
  static let defaultLower = 1.0 / 8
  /// PyTorch's default upper bound u of the slope, 1/3.
  static let defaultUpper = 1.0 / 3
  /// The slope outside training with the default bounds: (l + u) / 2 = 11/48.
  static let testSlope = (defaultLower + defaultUpper) / 2

  /// As a plain function, the slope is the test slope.
  static var fixedSlope: Double { testSlope }
}

extension RReLUFormula {
  /// RReLU's entry of the function table.
  static let entry = FunctionEntry(
    aliases: [], formula: RReLUFormula.self, parameter: nil, rectifier: nil,
    summary: Words(
      en: "leaky with a random slope in training, the mean 11/48 outside it",
      zh: "训练时斜率随机的 leaky，训练之外取均值 11/48"),
    help: [
      .lines(
        en: [
          "rrelu(z) = z for z > 0, r * z for z <= 0;", "  rrelu'(z) = 1 for z > 0, r for z <= 0.",
        ],
        zh: ["rrelu(z)：z > 0 时为 z，z <= 0 时为 r * z；", "  rrelu'(z)：z > 0 时为 1，z <= 0 时为 r。"]),
      .lines(
        en: [
          "In training r is drawn from U(l, u) for each unit and data point at every step",
          "(net rrelu lower L upper U; 1/8 and 1/3 by default, as PyTorch); outside",
          "training r is the mean (l + u) / 2: 11/48 in plot, forward, decay and compare.",
        ],
        zh: [
          "训练时，每一步对每个神经元和数据点从 U(l, u) 中随机抽取 r",
          "（net rrelu lower L upper U；默认 1/8 和 1/3，与 PyTorch 相同）；",
          "训练之外 r 取均值 (l + u) / 2：plot、forward、decay 和 compare 中为 11/48。",
        ]),
      .lines(
        en: [
          "Xu, Wang, Chen and Li (2015) found it better than leaky with 0.01 on CIFAR:",
          "the random slope works against overfitting.",
        ],
        zh: [
          "Xu、Wang、Chen 和 Li（2015）发现它在 CIFAR 上优于斜率 0.01 的 leaky：",
          "随机的斜率有助于抑制过拟合。",
        ]),
    ],
    examples: ["plot leaky rrelu", "net rrelu seed 1; train 50", "net rrelu lower 0.1 upper 0.3"],
    glyphs: ("<", "?"), colors: (.purple, .green))
}
