/// What a framework (or the course chapter) does at z = 0: its rule for each
/// rectifier's derivative there, and its default Leaky ReLU slope.
///
/// | convention | relu'(0) | leaky slope | leaky'(0) |
/// |---|---|---|---|
/// | pytorch | 0 | 0.01 | the slope |
/// | tensorflow (`tf.nn`) | 0 | 0.2 | the slope |
/// | keras (`layers.LeakyReLU`) | 0 | 0.3 | the slope |
/// | jax (`jax.nn`) | 0 | 0.01 | 1 |
/// | formula (the chapter's formulas) | 1 | kept | 1 |
/// | code (the chapter's reference code) | 0 | kept | the slope |
package enum Convention: String, Sendable, Hashable, CaseIterable {
  case pytorch
  case tensorflow
  case keras
  case jax
  case formula
  case code

  /// The rules at zero.
  package var gradientAtZero: GradientAtZero {
    switch self {
    case .pytorch, .tensorflow, .keras, .code: .left
    case .jax: GradientAtZero(relu: .left, leaky: .right)
    case .formula: .right
    }
  }

  /// The default Leaky ReLU slope, or nil to keep the session's alpha.
  package var alpha: Double? {
    switch self {
    case .pytorch, .jax: 0.01
    case .tensorflow: 0.2
    case .keras: 0.3
    case .formula, .code: nil
    }
  }

  /// Who does it this way, for `show` and help.
  package var source: Words {
    switch self {
    case .pytorch:
      Words(en: "PyTorch (torch.relu, nn.LeakyReLU)", zh: "PyTorch（torch.relu、nn.LeakyReLU）")
    case .tensorflow:
      Words(
        en: "TensorFlow (tf.nn.relu, tf.nn.leaky_relu)",
        zh: "TensorFlow（tf.nn.relu、tf.nn.leaky_relu）")
    case .keras: Words(en: "Keras (layers.LeakyReLU)", zh: "Keras（layers.LeakyReLU）")
    case .jax:
      Words(en: "JAX (jax.nn.relu, jax.nn.leaky_relu)", zh: "JAX（jax.nn.relu、jax.nn.leaky_relu）")
    case .formula: Words(en: "the course chapter's formulas", zh: "课程章节的公式")
    case .code: Words(en: "the course chapter's reference code", zh: "课程章节的参考代码")
    }
  }

  /// Who, in a word or two, for `show`'s table.
  package var shortSource: Words {
    switch self {
    case .pytorch: .same("PyTorch")
    case .tensorflow: Words(en: "TensorFlow (tf.nn)", zh: "TensorFlow（tf.nn）")
    case .keras: .same("Keras")
    case .jax: .same("JAX")
    case .formula: Words(en: "the chapter's formulas", zh: "章节的公式")
    case .code: Words(en: "the chapter's code", zh: "章节的参考代码")
    }
  }

  /// The slope it sets: `alpha 0.01`, or `alpha kept`.
  package var slope: Words {
    guard let alpha else { return Words(en: "alpha kept", zh: "alpha 不变") }
    let value = NumberFormat.plain(alpha)
    return Words(en: "alpha \(value)", zh: "alpha 取 \(value)")
  }

  /// One line: who, the slope, and the rules at zero.
  package var explanation: Words {
    let rules = gradientAtZero.rules
    return Words(
      en: "\(shortSource.en): \(slope.en), \(rules.en)",
      zh: "\(shortSource.zh)：\(slope.zh)，\(rules.zh)")
  }
}
