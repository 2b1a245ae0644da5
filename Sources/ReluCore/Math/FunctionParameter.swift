/// A parameter of an activation function, held by the session and set by
/// `set NAME VALUE`: Leaky ReLU's alpha, ELU's alpha, softplus's beta.
///
/// Each function of the table names at most one (``FunctionEntry/parameter``).
package enum FunctionParameter: String, Sendable, Hashable, CaseIterable {
  /// Leaky ReLU's slope for z < 0, the chapter's alpha (`set alpha`).
  case alpha
  /// ELU's alpha: elu(z) tends to -alpha as z goes to -inf (`set elu-alpha`).
  case eluAlpha = "elu-alpha"
  /// Softplus's sharpness beta: ln(1 + e^(beta z)) / beta (`set beta`).
  case beta

  /// The name in labels and formulas: `alpha` or `beta`.
  package var symbol: String { self == .beta ? "beta" : "alpha" }

  /// The value a session starts with: PyTorch's defaults (0.01, 1, 1).
  package var defaultValue: Double {
    switch self {
    case .alpha: 0.01
    case .eluAlpha, .beta: 1
    }
  }

  /// Returns `value` when it is usable.
  ///
  /// Finite, and >= 0 for a slope (0 gives relu), > 0 for beta.
  /// - Throws: ``ActivationError`` saying what it must be.
  package func validate(_ value: Double) throws(ActivationError) -> Double {
    switch self {
    case .alpha:
      guard value.isFinite, value >= 0 else { throw .invalidAlpha(value) }
    case .eluAlpha, .beta:
      guard value.isFinite, self == .beta ? value > 0 : value >= 0 else {
        throw .invalidParameter(self, value)
      }
    }
    return value == 0 ? 0 : value  // fold -0.0 into 0
  }
}

/// The value of every ``FunctionParameter``, as a session holds them.
package struct FunctionParameters: Sendable, Hashable {
  /// Leaky ReLU's alpha.
  package var alpha = FunctionParameter.alpha.defaultValue
  /// ELU's alpha.
  package var eluAlpha = FunctionParameter.eluAlpha.defaultValue
  /// Softplus's beta.
  package var beta = FunctionParameter.beta.defaultValue

  package init() {}

  /// Every default, with Leaky ReLU's slope `alpha`.
  package init(alpha: Double) { self.alpha = alpha }

  package subscript(_ parameter: FunctionParameter) -> Double {
    get {
      switch parameter {
      case .alpha: alpha
      case .eluAlpha: eluAlpha
      case .beta: beta
      }
    }
    set {
      switch parameter {
      case .alpha: alpha = newValue
      case .eluAlpha: eluAlpha = newValue
      case .beta: beta = newValue
      }
    }
  }
}
