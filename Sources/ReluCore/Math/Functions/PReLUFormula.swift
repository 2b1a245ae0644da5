/// prelu(z) = z for z > 0, a z for z <= 0, where a is learned: as a plain
/// function (plots, `forward`, the decay, `compare`) a is fixed at its
/// starting value ``startingSlope``, 0.25, so it is leaky with that slope.
///
/// prelu'(z) = 1 for z > 0, a for z <= 0 (at z = 0 the left slope a, as
/// PyTorch computes it); d prelu / d a = z for z <= 0, 0 above. In a network
/// (`net prelu`) each hidden unit (or each hidden layer) has its own a,
/// trained by gradient descent with the weights (He, Zhang, Ren and Sun,
/// "Delving Deep into Rectifiers", 2015).
enum PReLUFormula: FixedSlopeFormula {
  /// The slope a network's slopes start at, and the plain function's: He et
  /// al.'s 0.25 (PyTorch's `nn.PReLU(init=0.25)`).
  static let startingSlope = 0.25

  /// As a plain function, the slope is its starting slope.
  static var fixedSlope: Double { startingSlope }
}

extension PReLUFormula {
  /// PReLU's entry of the function table.
  static let entry = FunctionEntry(
    aliases: [], formula: PReLUFormula.self, parameter: nil, rectifier: nil,
    summary: Words(
      en: "leaky with a learned slope below 0 (0.25 as a plain function)",
      zh: "z < 0 一侧斜率可学习的 leaky（在网络之外斜率固定为 0.25）"),
    help: [
      Words(
        en: "prelu(z) = z for z > 0, a * z for z <= 0, where a is learned with the weights.",
        zh: "prelu(z)：z > 0 时为 z，z <= 0 时为 a * z，a 与权重一起学习。"),
      .lines(
        en: [
          "prelu'(z) = 1 for z > 0, a for z <= 0; d prelu / d a = z for z <= 0, else 0.",
          "  Plotted, in forward, decay and compare, a is its starting value 0.25.",
        ],
        zh: [
          "prelu'(z)：z > 0 时为 1，z <= 0 时为 a；",
          "  prelu 对 a 的导数：z <= 0 时为 z，否则为 0。",
          "  在 plot、forward、decay 和 compare 中，a 取初始值 0.25。",
        ]),
      .lines(
        en: [
          "net prelu learns one a per hidden unit (slope unit) or per layer (slope",
          "shared), starting at alpha0 A (default 0.25), by gradient descent, with no",
          "weight decay.",
        ],
        zh: [
          "net prelu 为每个隐藏神经元（slope unit）或每层（slope shared）学习一个 a，",
          "初始值为 alpha0 A（默认 0.25），用梯度下降训练，不做权重衰减。",
        ]),
      .lines(
        en: [
          "He, Zhang, Ren and Sun (2015) found ImageNet top-1 error 1.2 points lower than",
          "with relu; the learned slopes were large in the first layer and in general",
          "smaller in deeper layers.",
        ],
        zh: [
          "He、Zhang、Ren 和 Sun（2015）发现它在 ImageNet 上的 top-1 错误率比 relu",
          "低 1.2 个百分点；他们的网络学到的斜率在第一层较大，更深的层一般较小。",
        ]),
    ],
    examples: ["plot leaky prelu", "net prelu seed 1; train 50", "net prelu slope shared"],
    glyphs: (">", "/"), colors: (.wine, .cyan))
}
