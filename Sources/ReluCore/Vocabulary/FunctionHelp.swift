extension ActivationKind {
  /// What `help F` says of a function, in paragraphs.
  ///
  /// Formula, derivative, the convention at 0 where there is one, and range;
  /// a paragraph may hold several lines (`\n`).
  package var help: [Words] {
    switch self {
    case .relu:
      [
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
      ]
    case .leaky:
      [
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
      ]
    case .sigmoid:
      [
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
      ]
    case .tanh:
      [
        Words(
          en: "tanh(z) = (e^z - e^-z) / (e^z + e^-z).", zh: "tanh(z) = (e^z - e^-z) / (e^z + e^-z)。"
        ),
        Words(
          en: "tanh'(z) = 1 - tanh(z)^2: at most 1, at z = 0.",
          zh: "tanh'(z) = 1 - tanh(z)^2：最大为 1，在 z = 0 处取到。"),
        Words(
          en: "Range (-1, 1); it saturates for large |z| as sigmoid does.",
          zh: "值域 (-1, 1)；|z| 很大时会饱和，与 sigmoid 一样。"),
      ]
    }
  }

  /// Commands to copy and try after `help F`.
  package var helpExamples: [String] {
    switch self {
    case .relu: ["plot relu relu'", "forward relu' -1 0 2", "compare relu sigmoid"]
    case .leaky: ["set alpha 0.1; plot leaky leaky'", "forward leaky -5 5"]
    case .sigmoid: ["plot sigmoid sigmoid'", "decay sigmoid from 0.9 to 0.5"]
    case .tanh: ["plot tanh tanh'", "forward tanh -2 0 2"]
    }
  }
}
