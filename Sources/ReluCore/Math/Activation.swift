/// An activation function with its parameter: its value, derivative, inverse
/// and range, computed by its entry's formula (``FunctionEntry/formula``).
///
/// The rectifiers' derivative at exactly 0 follows a ``GradientAtZero``
/// convention; the other functions ignore it. NaN propagates through every
/// function (relu(NaN) is NaN, as in NumPy and PyTorch); -0.0 is treated as
/// 0. These are ReluLab's own arithmetic, which plots, decay and networks
/// use; ``rectifier(_:atZero:)`` gives a framework's, bit for bit, which
/// `forward`, `feed` and `backward` use.
package struct Activation: Sendable, Hashable {
  /// Which function.
  package let kind: ActivationKind
  /// Its parameter (leaky's and ELU's alpha, softplus's beta); 0 for a
  /// function without one.
  package let parameter: Double

  /// `kind` with parameter `parameter` (ignored by a function without one).
  package init(_ kind: ActivationKind, parameter: Double) {
    self.kind = kind
    self.parameter = kind.entry.parameter == nil ? 0 : parameter
  }

  package static let relu = Activation(.relu, parameter: 0)
  package static let sigmoid = Activation(.sigmoid, parameter: 0)
  package static let tanh = Activation(.tanh, parameter: 0)

  /// Leaky ReLU with slope `alpha` below 0.
  package static func leaky(alpha: Double) -> Activation { Activation(.leaky, parameter: alpha) }
  /// ELU with alpha `alpha`.
  package static func elu(alpha: Double) -> Activation { Activation(.elu, parameter: alpha) }
  /// Softplus with sharpness `beta`.
  package static func softplus(beta: Double) -> Activation {
    Activation(.softplus, parameter: beta)
  }

  /// The default Leaky ReLU slope, PyTorch's `negative_slope`.
  package static let defaultAlpha = FunctionParameter.alpha.defaultValue

  /// Returns `alpha` when it is a usable Leaky ReLU slope: finite and >= 0.
  ///
  /// alpha = 0 gives plain ReLU, alpha = 1 the identity.
  /// - Throws: `ActivationError.invalidAlpha` otherwise.
  package static func validateAlpha(_ alpha: Double) throws(ActivationError) -> Double {
    try FunctionParameter.alpha.validate(alpha)
  }

  /// This function's entry of the table.
  package var entry: FunctionEntry { kind.entry }

  /// The name used in commands: `relu`, `leaky`, `sigmoid`, `tanh`...
  package var name: String { kind.rawValue }

  /// The name with its parameter, such as `leaky (alpha=0.1)`.
  package var label: String {
    guard let p = entry.parameter else { return name }
    return "\(name) (\(p.symbol)=\(NumberFormat.plain(parameter)))"
  }

  /// Leaky ReLU's slope below 0: its parameter for leaky, 0 for relu, nil for
  /// the functions that are not rectifiers.
  package var slopeBelowZero: Double? {
    guard let rectifier = entry.rectifier else { return nil }
    return rectifier == .leaky ? parameter : 0
  }

  /// f(z).
  package func value(_ z: Double) -> Double { entry.formula.value(z, parameter) }

  /// f'(z), with the rectifiers' value at exactly 0 chosen by `atZero`.
  package func derivative(_ z: Double, atZero: GradientAtZero = .left) -> Double {
    entry.formula.derivative(z, parameter, atKink: derivativeAtKink(atZero))
  }

  /// f'(0) of a rectifier by its rule in `atZero`; 0 for the others (their
  /// formulas do not read it).
  package func derivativeAtKink(_ atZero: GradientAtZero) -> Double {
    guard let rectifier = entry.rectifier, let slope = slopeBelowZero else { return 0 }
    return rectifier.rule(atZero).derivative(slope: slope)
  }

  /// The one-sided derivatives at 0 where f' jumps there (relu; leaky and ELU
  /// with alpha != 1), nil where f' is continuous at 0.
  package var jumpAtZero: (left: Double, right: Double)? {
    guard let limits = entry.formula.limitsAtZero(parameter), limits.left != limits.right else {
      return nil
    }
    return limits
  }

  /// The rectifier as `convention` computes it, with f'(0) by `atZero`, for
  /// `forward`, `feed` and `backward`; nil for the functions without a layer.
  package func rectifier(
    _ convention: Convention, atZero: GradientAtZero
  ) -> ConventionRectifier? {
    guard let rectifier = entry.rectifier else { return nil }
    let rule = rectifier.rule(convention)
    return switch rectifier {
    case .relu: .relu(atZero: atZero.relu, rule: rule)
    case .leaky: .leaky(alpha: parameter, atZero: atZero.leaky, rule: rule)
    }
  }

  /// The values f can output.
  package var range: ValueRange { entry.formula.range(parameter) }

  /// A z with f(z) = y, or nil when y is outside ``range``.
  package func inverse(_ y: Double) -> Double? { entry.formula.inverse(y, parameter) }
}
