extension ViewName {
  /// What the view is called in sentences, in each language: `the step
  /// chart` / `步数图` (``noun`` is the English).
  package var sceneNoun: Words {
    switch self {
    case .plot: Words(en: noun, zh: "函数图")
    case .decay: Words(en: noun, zh: "梯度下降模拟")
    case .steps: Words(en: noun, zh: "步数图")
    case .race: Words(en: noun, zh: "比较图")
    case .net: Words(en: noun, zh: "网络")
    case .fit: Words(en: noun, zh: "网络的拟合")
    case .loss: Words(en: noun, zh: "各轮损失")
    }
  }
}
