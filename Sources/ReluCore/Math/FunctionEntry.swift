/// Everything ReluLab knows of one activation function: its names, its
/// arithmetic, its parameter, its convention at the kink, its help in both
/// languages and how its curves look.
///
/// ``ActivationKind/entry`` is the one table of them. Parsing, completion,
/// help, plots, `forward`, the layers, the decay, `compare`, networks,
/// `sweep` and `born` read every function from it; adding a function is a
/// case of ``ActivationKind`` and its entry, in a file of `Math/Functions`.
package struct FunctionEntry: Sendable {
  /// Other names commands accept, in lower case.
  ///
  /// PyTorch's and Keras's: `leakyrelu`, `leaky_relu`. Names match in any case.
  package let aliases: [String]
  /// f, f', range and inverse.
  package let formula: any ActivationFormula.Type
  /// The parameter the session holds for it, if any.
  package let parameter: FunctionParameter?
  /// For the piecewise-linear rectifiers (relu, leaky), their rules at 0.
  ///
  /// Which rule of `grad0` and of `set convention` applies at z = 0. They alone have a
  /// layer (`use`, `feed`, `backward`), a frameworks' convention, dead units
  /// (`born`), and the twin.
  package let rectifier: RectifierKind?
  /// One line for lists: what the function is.
  package let summary: Words
  /// What `help F` says: formula, derivative, the convention at 0 where
  /// there is one, range; a paragraph may hold several lines (`\n`).
  package let help: [Words]
  /// Commands to copy and try after `help F`.
  package let examples: [String]
  /// The text plot's characters for f and f' (each used by one series only).
  package let glyphs: (function: Character, derivative: Character)
  /// The colours of f and f' (SVG exactly; the lab approximates them).
  package let colors: (function: SeriesColor, derivative: SeriesColor)
}

/// Which rectifier's rules apply at z = 0: the two functions of the course
/// chapter, each with its own rule in ``GradientAtZero`` and ``Convention``.
package enum RectifierKind: Sendable, Hashable {
  case relu
  case leaky

  /// The grad0 rule for this rectifier.
  package func rule(_ atZero: GradientAtZero) -> SlopeAtZero {
    self == .relu ? atZero.relu : atZero.leaky
  }

  /// The framework's rule for this rectifier.
  package func rule(_ convention: Convention) -> RectifierRule {
    self == .relu ? convention.relu : convention.leaky
  }
}
