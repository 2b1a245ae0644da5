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
  package var source: String {
    switch self {
    case .pytorch: "PyTorch (torch.relu, nn.LeakyReLU)"
    case .tensorflow: "TensorFlow (tf.nn.relu, tf.nn.leaky_relu)"
    case .keras: "Keras (layers.LeakyReLU)"
    case .jax: "JAX (jax.nn.relu, jax.nn.leaky_relu)"
    case .formula: "the course chapter's formulas"
    case .code: "the course chapter's reference code"
    }
  }

  /// Who, in a word or two, for `show`'s table.
  package var shortSource: String {
    switch self {
    case .pytorch: "PyTorch"
    case .tensorflow: "TensorFlow (tf.nn)"
    case .keras: "Keras"
    case .jax: "JAX"
    case .formula: "the chapter's formulas"
    case .code: "the chapter's code"
    }
  }

  /// One line: who, the slope, and the rules at zero.
  package var explanation: String {
    let slope = alpha.map { "alpha \(NumberFormat.plain($0))" } ?? "alpha kept"
    return "\(shortSource): \(slope), \(gradientAtZero.rules)"
  }
}
