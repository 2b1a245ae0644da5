/// The settings a session's commands read, with their defaults.
package struct SessionSettings: Sendable, Equatable {
  /// Leaky ReLU's slope for z < 0 (PyTorch's default, 0.01).
  package var alpha = Activation.defaultAlpha
  /// The decay simulation's learning rate eta (the seed's 0.2).
  package var learningRate = 0.2
  /// The derivative convention at exactly 0.
  package var gradientAtZero = GradientAtZero.left
  /// The plot's x window, -5 to 5 by default.
  package var xRange = PlotBounds.defaultX
  /// The plot's y window; nil fits the curves.
  package var yRange: PlotBounds?
  /// The size of plots printed as text (batch mode, `export txt`).
  package var plotSize = PlotSize.standard
  /// ascii or braille.
  package var rendering = PlotRendering.ascii

  package init() {}

  /// One row of `show`: a setting's name, value and meaning.
  package struct Row: Sendable, Equatable {
    package var name: String
    package var value: String
    package var meaning: String
  }

  /// Every setting, in the order `show` lists them.
  package var rows: [Row] {
    [
      Row(name: "alpha", value: NumberFormat.plain(alpha), meaning: "leaky's slope for z < 0"),
      Row(name: "lr", value: NumberFormat.plain(learningRate), meaning: "decay learning rate eta"),
      Row(name: "grad0", value: gradientAtZero.rawValue, meaning: gradientAtZero.explanation),
      Row(name: "xrange", value: Self.text(xRange), meaning: "plot x window"),
      Row(
        name: "yrange", value: yRange.map(Self.text) ?? "auto",
        meaning: "plot y window (auto fits the curves)"),
      Row(
        name: "size", value: "\(plotSize.width) \(plotSize.height)",
        meaning: "printed plot columns and rows"),
      Row(
        name: "canvas", value: rendering.rawValue,
        meaning: "ascii: 7-bit characters; braille: 2x4 dots per cell"),
    ]
  }

  /// `A B`, as `set xrange A B` takes it.
  static func text(_ bounds: PlotBounds) -> String {
    "\(NumberFormat.plain(bounds.lower)) \(NumberFormat.plain(bounds.upper))"
  }
}
