/// An activation function: its value, derivative, inverse and range.
///
/// - `relu`: f(z) = z for z >= 0, 0 for z < 0; f'(z) = 1 for z > 0, 0 for z < 0.
/// - `leaky(alpha:)`: f(z) = z for z >= 0, alpha * z for z < 0;
///   f'(z) = 1 for z > 0, alpha for z < 0.
/// - `sigmoid`: f(z) = 1 / (1 + e^-z); f'(z) = a (1 - a) with a = f(z).
/// - `tanh`: f(z) = tanh z; f'(z) = 1 - tanh^2 z.
///
/// The rectifiers' derivative at exactly 0 follows a ``GradientAtZero``
/// convention. NaN propagates through every function (relu(NaN) is NaN, as in
/// NumPy and PyTorch); -0.0 is treated as 0. These are ReluLab's own
/// arithmetic, which plots, decay and networks use; ``rectifier(_:atZero:)``
/// gives a framework's, bit for bit, which `forward`, `feed` and `backward` use.
package enum Activation: Sendable, Hashable {
  case relu
  case leaky(alpha: Double)
  case sigmoid
  case tanh

  /// The default Leaky ReLU slope, PyTorch's `negative_slope`.
  package static let defaultAlpha = 0.01

  /// Returns `alpha` when it is a usable Leaky ReLU slope: finite and >= 0.
  ///
  /// alpha = 0 gives plain ReLU, alpha = 1 the identity.
  /// - Throws: `ActivationError.invalidAlpha` otherwise.
  package static func validateAlpha(_ alpha: Double) throws(ActivationError) -> Double {
    guard alpha.isFinite, alpha >= 0 else { throw .invalidAlpha(alpha) }
    return alpha == 0 ? 0 : alpha  // fold -0.0 into 0
  }

  /// The name used in commands: `relu`, `leaky`, `sigmoid`, `tanh`.
  package var name: String {
    switch self {
    case .relu: "relu"
    case .leaky: "leaky"
    case .sigmoid: "sigmoid"
    case .tanh: "tanh"
    }
  }

  /// The name with its parameter, such as `leaky (alpha=0.1)`.
  package var label: String {
    if case .leaky(let alpha) = self { return "leaky (alpha=\(NumberFormat.plain(alpha)))" }
    return name
  }

  /// f(z).
  package func value(_ z: Double) -> Double {
    switch self {
    case .relu: return Rectifier(slope: 0, atZero: .left).value(z)
    case .leaky(let alpha): return Rectifier(slope: alpha, atZero: .left).value(z)
    case .sigmoid: return Self.sigmoidValue(z)
    case .tanh: return LibM.tanh(z)
    }
  }

  /// f'(z), with the rectifiers' value at exactly 0 chosen by `atZero`.
  package func derivative(_ z: Double, atZero: GradientAtZero = .left) -> Double {
    switch self {
    case .relu: return Rectifier(slope: 0, atZero: atZero.relu).derivative(z)
    case .leaky(let alpha): return Rectifier(slope: alpha, atZero: atZero.leaky).derivative(z)
    case .sigmoid:
      let a = Self.sigmoidValue(z)
      return a * (1 - a)
    case .tanh:
      let t = LibM.tanh(z)
      return 1 - t * t
    }
  }

  /// The rectifier as `convention` computes it, with f'(0) by `atZero`, for
  /// `forward`, `feed` and `backward`; nil for sigmoid and tanh.
  package func rectifier(
    _ convention: Convention, atZero: GradientAtZero
  ) -> ConventionRectifier? {
    switch self {
    case .relu: .relu(atZero: atZero.relu, rule: convention.relu)
    case .leaky(let alpha): .leaky(alpha: alpha, atZero: atZero.leaky, rule: convention.leaky)
    case .sigmoid, .tanh: nil
    }
  }

  /// The values f can output.
  ///
  /// relu: [0, inf); leaky: (-inf, inf) for alpha > 0, [0, inf) for alpha = 0;
  /// sigmoid: (0, 1); tanh: (-1, 1).
  package var range: ValueRange {
    switch self {
    case .relu:
      return ValueRange(lower: 0, upper: .infinity, includesLower: true, includesUpper: false)
    case .leaky(let alpha):
      return alpha > 0 ? .all : Activation.relu.range
    case .sigmoid:
      return ValueRange(lower: 0, upper: 1, includesLower: false, includesUpper: false)
    case .tanh:
      return ValueRange(lower: -1, upper: 1, includesLower: false, includesUpper: false)
    }
  }

  /// A z with f(z) = y, or nil when y is outside ``range``.
  ///
  /// relu: z = y (for y = 0 every z <= 0 qualifies; 0 is returned);
  /// leaky: z = y for y >= 0, y / alpha for y < 0; sigmoid: z = ln(y / (1 - y));
  /// tanh: z = atanh y.
  package func inverse(_ y: Double) -> Double? {
    guard range.contains(y) else { return nil }
    switch self {
    case .relu:
      return y == 0 ? 0 : y
    case .leaky(let alpha):
      return y >= 0 ? (y == 0 ? 0 : y) : y / alpha
    case .sigmoid:
      return LibM.log(y / (1 - y))
    case .tanh:
      return LibM.atanh(y)
    }
  }

  /// The logistic function, computed without overflow for large |z|.
  static func sigmoidValue(_ z: Double) -> Double {
    if z >= 0 {
      return 1 / (1 + LibM.exp(-z))
    }
    let e = LibM.exp(z)  // NaN falls through here and stays NaN
    return e / (1 + e)
  }
}
