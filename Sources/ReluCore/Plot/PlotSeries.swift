/// One curve a plot can draw: an activation function or its derivative.
///
/// Written in commands as the function's name, with a prime for the
/// derivative: `relu`, `relu'`, `leaky`, `leaky'`, `sigmoid'`...
package struct PlotSeries: Sendable, Hashable, CustomStringConvertible {
  /// Which function.
  package var kind: ActivationKind
  /// Whether this is the derivative f' rather than f.
  package var isDerivative: Bool

  package init(_ kind: ActivationKind, derivative: Bool = false) {
    self.kind = kind
    self.isDerivative = derivative
  }

  /// Parses `relu`, `relu'` and the like, and each function's aliases
  /// (`LeakyReLU'`), in any case; nil for anything else.
  package init?(_ text: String) {
    let derivative = text.hasSuffix("'")
    let name = derivative ? String(text.dropLast()) : text
    guard let kind = ActivationKind(named: name) else { return nil }
    self.init(kind, derivative: derivative)
  }

  /// Every series: each function of the table, then each derivative.
  package static let all: [PlotSeries] =
    ActivationKind.allCases.map { PlotSeries($0) }
    + ActivationKind.allCases.map { PlotSeries($0, derivative: true) }

  /// The name as written in commands: `relu` or `relu'`.
  package var description: String { kind.rawValue + (isDerivative ? "'" : "") }

  /// y at x: f(x), or f'(x) with the given convention at 0.
  package func value(
    at x: Double, parameters: FunctionParameters, gradientAtZero: GradientAtZero
  ) -> Double {
    let f = kind.activation(parameters)
    return isDerivative ? f.derivative(x, atZero: gradientAtZero) : f.value(x)
  }

  /// Whether the series jumps at x = 0: a derivative whose one-sided limits
  /// differ there (relu'; leaky' and elu' unless alpha = 1).
  package func isDiscontinuousAtZero(parameters: FunctionParameters) -> Bool {
    isDerivative && kind.activation(parameters).jumpAtZero != nil
  }
}
