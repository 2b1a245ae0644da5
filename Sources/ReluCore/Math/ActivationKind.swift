/// The activation functions by name, without parameters: the keys of the
/// function table (``entry``), in the order help and completion list them.
///
/// The command language names functions this way (`use leaky`, `plot relu`);
/// ``activation(_:)`` supplies the session's parameters.
package enum ActivationKind: String, Sendable, Hashable, CaseIterable {
  case relu
  case leaky
  case sigmoid
  case tanh
  case elu
  case softplus
  case prelu
  case rrelu

  /// This function's entry of the table: the one place that says what it is.
  package var entry: FunctionEntry {
    switch self {
    case .relu: ReLUFormula.entry
    case .leaky: LeakyFormula.entry
    case .sigmoid: SigmoidFormula.entry
    case .tanh: TanhFormula.entry
    case .elu: ELUFormula.entry
    case .softplus: SoftplusFormula.entry
    case .prelu: PReLUFormula.entry
    case .rrelu: RReLUFormula.entry
    }
  }

  /// The function named `name` or one of its aliases, in any case.
  package init?(named name: String) {
    let name = name.lowercased()
    guard
      let kind = Self(rawValue: name)
        ?? Self.allCases.first(where: { $0.entry.aliases.contains(name) })
    else { return nil }
    self = kind
  }

  /// The activation this name denotes, with its parameter from `parameters`.
  package func activation(_ parameters: FunctionParameters) -> Activation {
    Activation(self, parameter: entry.parameter.map { parameters[$0] } ?? 0)
  }

  /// Whether a network learns (prelu) or draws (rrelu) this function's slope
  /// below 0: outside networks it is leaky with a fixed slope, so `compare`
  /// alone leaves it out.
  package var learnsSlopeInNetworks: Bool { self == .prelu || self == .rrelu }

  /// Whether this is one of the chapter's rectifiers (relu or leaky), which
  /// have a layer, a convention at 0, and dead units.
  package var isRectifier: Bool { entry.rectifier != nil }
}
