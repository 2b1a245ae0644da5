/// What a framework (or the course chapter) does at z = 0: its rule for each
/// rectifier's derivative there, and its default Leaky ReLU slope; and how it
/// computes forward, the mask and backward at -0.0, at NaN and with infinite
/// gradients (``relu`` and ``leaky``, each verified against the framework's
/// CPU kernel), which `forward`, `feed` and `backward` follow bit for bit.
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

  /// How it computes relu at -0.0, at NaN and for a derivative of 0.
  ///
  /// - pytorch: `torch.relu` is `clamp_min(x, 0)`, `std::max(a, min)` and
  ///   `_mm256_max_pd(min, a)` (ATen TensorCompareKernel.cpp, vec256_double.h):
  ///   -0.0 and NaN pass; its backward is `threshold_backward(grad, result, 0)`
  ///   (derivatives.yaml), `result <= 0 ? 0 : grad` (Activation.cpp): a
  ///   select, and NaN <= 0 is false, so NaN lets the gradient through.
  /// - tensorflow, keras: `features.cwiseMax(0)`, Eigen's max with `std::max`'s
  ///   NaN behaviour (relu_op_functor.h): -0.0 and NaN pass; ReluGrad is
  ///   `gradients * (features > 0)`: a product.
  /// - jax: `jnp.maximum(x, 0)`, XLA's max `x >= 0 || x != x ? x : 0`
  ///   (llvm_util.cc EmitFloatMax): -0.0 and NaN pass; its jvp is
  ///   `select(x > 0, g, 0)` (jax/_src/nn/functions.py).
  /// - formula, code: the chapter's `np.maximum(z, 0)` (NumPy gives +0.0 for
  ///   -0.0) and `dz = self.mem * delta` with `mem[z > 0] = 1`: a product.
  package var relu: RectifierRule {
    switch self {
    case .pytorch:
      RectifierRule(keepsNegativeZero: true, gate: .select, nanIsActive: true, addsZero: false)
    case .tensorflow, .keras:
      RectifierRule(keepsNegativeZero: true, gate: .product, nanIsActive: false, addsZero: false)
    case .jax:
      RectifierRule(keepsNegativeZero: true, gate: .select, nanIsActive: false, addsZero: false)
    case .formula, .code:
      RectifierRule(
        keepsNegativeZero: false, gate: .product, nanIsActive: false, addsZero: false)
    }
  }

  /// How it computes leaky at NaN and for a slope of 0 (its forward,
  /// `x > 0 ? x : x * slope`, is the same bits everywhere).
  ///
  /// - pytorch: `a > 0 ? a : a * negval`, backward `a > 0 ? b : b * negval`
  ///   (ATen cpu/Activation.cpp): a product, NaN takes the slope.
  /// - tensorflow, keras: `(features > 0).select(features, features * alpha)`,
  ///   LeakyReluGrad `(features > 0).select(gradients, gradients * alpha)`
  ///   (relu_op_functor.h; Keras 3 calls `tf.nn.leaky_relu`).
  /// - jax: `jnp.where(x >= 0, x, negative_slope * x)`, differentiated:
  ///   `select(x >= 0, g, 0) + slope * select(x >= 0, 0, g)`, which adds +0
  ///   to every gradient.
  /// - formula, code: the chapter's `x if x > 0 else alpha * x`, and
  ///   `np.multiply(delta, da)` with `da = 1 if a > 0 else alpha`.
  package var leaky: RectifierRule {
    switch self {
    case .jax:
      RectifierRule(keepsNegativeZero: true, gate: .product, nanIsActive: false, addsZero: true)
    case .pytorch, .tensorflow, .keras, .formula, .code:
      RectifierRule(
        keepsNegativeZero: true, gate: .product, nanIsActive: false, addsZero: false)
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

  /// Two lines for help, spelled from ``relu`` and ``leaky``: relu at -0.0,
  /// both derivatives at NaN, and what backward does where relu' = 0.
  package var edges: Words {
    let relu = relu
    let leaky = leaky
    let values = [
      "relu(-0) = \(relu.keepsNegativeZero ? "-0" : "0")",
      "relu'(nan) = \(relu.nanIsActive ? "1" : "0")",
      "leaky'(nan) = \(leaky.nanIsActive ? "1" : "alpha")",
    ]
    let backward: Words
    if relu.gate == .product, leaky.gate == .product, !leaky.addsZero {
      backward = Words(
        en: "backward: g * f'(z), so inf * 0 = nan, -2 * 0 = -0",
        zh: "反向传播：g * f'(z)，所以 inf * 0 = nan，-2 * 0 = -0")
    } else {
      let leakyGradient = "g * alpha" + (leaky.addsZero ? " + 0" : "")
      backward = Words(
        en: "backward: 0 where relu' = 0, for any g (inf, nan too); leaky: \(leakyGradient)",
        zh: "反向传播：relu' = 0 处任何 g 都得 0（含 inf、nan）；leaky：\(leakyGradient)")
    }
    return Words(
      en: values.joined(separator: ", ") + "\n" + backward.en,
      zh: values.joined(separator: "，") + "\n" + backward.zh)
  }

  /// `show`'s line for the convention once grad0 was set by hand after it:
  /// its arithmetic stays, its rule at 0 does not.
  package var handSetExplanation: Words {
    let who = shortSource.zh
    let gap = who.unicodeScalars.last.map(\.isASCII) == true ? " " : ""
    return Words(
      en: "\(shortSource.en) at nan, inf and -0; grad0 set by hand",
      zh: "\(who)\(gap)处理 nan、inf 和 -0；grad0 手动设置")
  }

  /// One line: who, the slope, and the rules at zero.
  package var explanation: Words {
    let rules = gradientAtZero.rules
    return Words(
      en: "\(shortSource.en): \(slope.en), \(rules.en)",
      zh: "\(shortSource.zh)：\(slope.zh)，\(rules.zh)")
  }
}
