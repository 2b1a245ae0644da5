/// The four activation functions by name, without parameters.
///
/// The command language names functions this way (`use leaky`, `plot relu`);
/// ``activation(alpha:)`` supplies the session's alpha for Leaky ReLU.
package enum ActivationKind: String, Sendable, Hashable, CaseIterable {
  case relu
  case leaky
  case sigmoid
  case tanh

  /// The activation this name denotes, with `alpha` as Leaky ReLU's slope.
  package func activation(alpha: Double) -> Activation {
    switch self {
    case .relu: .relu
    case .leaky: .leaky(alpha: alpha)
    case .sigmoid: .sigmoid
    case .tanh: .tanh
    }
  }

  /// Whether this is a rectifier (relu or leaky), whose layer `use` can select.
  package var isRectifier: Bool { self == .relu || self == .leaky }
}

extension Activation {
  /// The name of this activation without its parameters.
  package var kind: ActivationKind {
    switch self {
    case .relu: .relu
    case .leaky: .leaky
    case .sigmoid: .sigmoid
    case .tanh: .tanh
    }
  }
}
