/// Which slope a rectifier reports at exactly z = 0, where it has a kink.
///
/// With a slope s for z < 0 and 1 for z > 0:
/// - `left`: f'(0) = s, the slope on the left (relu'(0) = 0, leaky'(0) = alpha);
/// - `right`: f'(0) = 1, the slope on the right;
/// - `mid`: f'(0) = (s + 1) / 2, the mean of the two (relu'(0) = 0.5, as the
///   gradient of `jnp.maximum(x, 0)` is).
package enum SlopeAtZero: String, Sendable, Hashable, CaseIterable {
  case left
  case right
  case mid

  /// f'(0) for a rectifier whose slope below zero is `slope`.
  package func derivative(slope: Double) -> Double {
    switch self {
    case .left: slope
    case .right: 1
    case .mid: (slope + 1) / 2
    }
  }
}

/// The derivative convention at exactly z = 0: a rule for each rectifier.
///
/// ReLU and Leaky ReLU have a kink at 0, so f'(0) is a convention, and the
/// frameworks differ (see ``Convention``): PyTorch takes the left slope for
/// both, JAX the left for relu and the right for leaky. `grad0 left|right|mid`
/// sets one rule for both; a convention may set them apart.
///
/// -0.0 counts as 0. Smooth functions (sigmoid, tanh) ignore the convention.
package struct GradientAtZero: Sendable, Hashable {
  /// The rule for relu'(0).
  package var relu: SlopeAtZero
  /// The rule for leaky'(0).
  package var leaky: SlopeAtZero

  package init(relu: SlopeAtZero, leaky: SlopeAtZero) {
    self.relu = relu
    self.leaky = leaky
  }

  /// One rule for both rectifiers.
  package init(_ both: SlopeAtZero) { self.init(relu: both, leaky: both) }

  /// relu'(0) = 0, leaky'(0) = alpha: the course chapter's code, PyTorch, TensorFlow.
  package static let left = GradientAtZero(.left)
  /// relu'(0) = leaky'(0) = 1: the course chapter's formulas.
  package static let right = GradientAtZero(.right)
  /// relu'(0) = 0.5, leaky'(0) = (1 + alpha) / 2.
  package static let mid = GradientAtZero(.mid)

  /// One rule for both, for each rule: what `grad0` can be set to.
  package static let allCases = SlopeAtZero.allCases.map(GradientAtZero.init)

  /// The rules its ``name`` spells: `left`, or `relu left, leaky right`.
  package init?(name: String) {
    if let both = SlopeAtZero(rawValue: name) {
      self.init(both)
      return
    }
    let words = name.split(whereSeparator: { $0 == " " || $0 == "," })
    guard words.count == 4, words[0] == "relu", words[2] == "leaky",
      let relu = SlopeAtZero(rawValue: String(words[1])),
      let leaky = SlopeAtZero(rawValue: String(words[3]))
    else { return nil }
    self.init(relu: relu, leaky: leaky)
  }

  /// The rule both follow, or nil when they differ.
  package var uniform: SlopeAtZero? { relu == leaky ? relu : nil }

  /// `left`, or `relu left, leaky right` when the rules differ.
  package var name: String {
    uniform?.rawValue ?? "relu \(relu.rawValue), leaky \(leaky.rawValue)"
  }

  /// One line a person reads to learn what the convention means.
  package var explanation: Words {
    Words(en: "f'(0): " + rules.en, zh: "0 处的导数：" + rules.zh)
  }

  /// The two rules: `relu'(0) = 0, leaky'(0) = alpha` (a formula in either
  /// language; Chinese separates the two with a full-width comma).
  package var rules: Words {
    let relu = "relu'(0) = \(Self.value(relu, "0"))"
    let leaky = "leaky'(0) = \(Self.value(leaky, "alpha"))"
    return Words(en: "\(relu), \(leaky)", zh: "\(relu)，\(leaky)")
  }

  private static func value(_ rule: SlopeAtZero, _ slope: String) -> String {
    switch rule {
    case .left: slope
    case .right: "1"
    case .mid: slope == "0" ? "0.5" : "(1 + \(slope)) / 2"
    }
  }
}
