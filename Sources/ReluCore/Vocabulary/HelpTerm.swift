/// One term of `help terms`: the English word, the Chinese one, and what it
/// means here, so that help, messages and lessons in either language use one
/// word for each idea.
package enum HelpTerm: CaseIterable, MessageCatalogue {
  case active
  case inactive
  case dead
  case mask
  case upstreamGradient
  case gradient
  case derivative
  case loss
  case diverged
  case ok
  case epoch
  case learningRate
  case step
  case target
  case reached
  case overshoot
  case decay
  case convention
  case activationFunction
  case neuron
  case layer
  case sparsity
  case seed

  /// The term in each language, as the interface writes it.
  package var term: Words {
    switch self {
    case .active: Words(en: "active", zh: "激活")
    case .inactive: Words(en: "inactive", zh: "未激活")
    case .dead: Words(en: "dead", zh: "死亡")
    case .mask: Words(en: "mask", zh: "掩码")
    case .upstreamGradient: Words(en: "upstream gradient", zh: "上游梯度")
    case .gradient: Words(en: "gradient", zh: "梯度")
    case .derivative: Words(en: "derivative, slope", zh: "导数，斜率")
    case .loss: Words(en: "loss", zh: "损失")
    case .diverged: Words(en: "diverged", zh: "已发散")
    case .ok: Words(en: "ok", zh: "未发散")
    case .epoch: Words(en: "epoch", zh: "轮")
    case .learningRate: Words(en: "learning rate, lr", zh: "学习率")
    case .step: Words(en: "step", zh: "步")
    case .target: Words(en: "target", zh: "目标")
    case .reached: Words(en: "reached", zh: "已到达")
    case .overshoot: Words(en: "overshoot", zh: "越过")
    case .decay: Words(en: "decay", zh: "梯度下降模拟")
    case .convention: Words(en: "convention", zh: "约定")
    case .activationFunction: Words(en: "activation function", zh: "激活函数")
    case .neuron: Words(en: "neuron, unit", zh: "神经元")
    case .layer: Words(en: "layer", zh: "层")
    case .sparsity: Words(en: "sparsity", zh: "稀疏性")
    case .seed: Words(en: "seed", zh: "随机种子")
    }
  }

  /// What the term means, in a short line.
  package var words: Words {
    switch self {
    case .active:
      Words(en: "a unit whose input z > 0", zh: "输入 z > 0 的神经元")
    case .inactive:
      Words(en: "a unit whose input z <= 0: relu gives 0", zh: "输入 z <= 0 的神经元：relu 输出 0")
    case .dead:
      Words(
        en: "f'(z) = 0 at every data point: no gradient", zh: "在每个数据点上 f'(z) 都是 0：得不到梯度")
    case .mask:
      Words(en: "1 where active, else 0 (leaky: alpha)", zh: "激活处为 1，否则为 0（leaky 为 alpha）")
    case .upstreamGradient:
      Words(en: "what backward multiplies by the mask", zh: "backward 与掩码相乘的梯度")
    case .gradient:
      Words(en: "the derivative of the loss by a value", zh: "损失对某个值的导数")
    case .derivative:
      Words(en: "f'(z): the slope of f at z", zh: "f'(z)：f 在 z 处的斜率（斜率就是导数）")
    case .loss:
      Words(en: "how far the outputs are from the targets", zh: "输出与目标相差多少")
    case .diverged:
      Words(en: "a loss became inf or nan: training stopped", zh: "损失溢出（inf 或 nan）：训练停止")
    case .ok:
      Words(en: "sweep: every loss stayed a finite number", zh: "sweep：损失一直是有限的数")
    case .epoch:
      Words(en: "one pass of training over all the data", zh: "用全部数据训练一遍")
    case .learningRate:
      Words(
        en: "eta, the step size (the chapter: alpha)",
        zh: "步长 eta（章节也叫 alpha，与 leaky 无关）")
    case .step:
      Words(en: "one update: z <- z - eta * f'(z)", zh: "一次更新：z <- z - eta * f'(z)")
    case .target:
      Words(en: "the value a decay or a network aims for", zh: "模拟或网络要达到的值")
    case .reached:
      Words(en: "a decay that got to its target", zh: "模拟到达了目标")
    case .overshoot:
      Words(en: "a step that jumps past the target", zh: "一步跨过了目标")
    case .decay:
      Words(en: "gradient descent on f's value (decay)", zh: "对 f 的值做梯度下降（decay）")
    case .convention:
      Words(en: "f'(0), nan and -0 as a framework does them", zh: "按某个框架的做法算 f'(0)、nan 和 -0")
    case .activationFunction:
      Words(en: "the f a unit applies: relu, leaky...", zh: "神经元所用的 f：relu、leaky 等")
    case .neuron:
      Words(en: "one output of a layer: f of its input z", zh: "层的一个输出：对输入 z 取 f")
    case .layer:
      Words(en: "units that take the same inputs", zh: "接收同样输入的一组神经元")
    case .sparsity:
      Words(en: "many units output exactly 0", zh: "很多神经元的输出恰好为 0")
    case .seed:
      Words(en: "the same seed gives the same random values", zh: "随机种子相同，随机值就相同")
    }
  }

  package static var samples: [HelpTerm] { allCases }
}
