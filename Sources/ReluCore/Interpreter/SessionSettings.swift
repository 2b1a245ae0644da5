/// The settings a session's commands read, with their defaults.
package struct SessionSettings: Sendable, Equatable {
  /// Leaky ReLU's slope for z < 0 (PyTorch's default, 0.01).
  package var alpha = Activation.defaultAlpha
  /// The decay simulation's learning rate eta (the seed's 0.2).
  package var learningRate = 0.2
  /// The derivative convention at exactly 0.
  package var gradientAtZero = GradientAtZero.left
  /// The plot's x window.
  package var xRange: ClosedRange<Double> = -5...5
  /// The plot's y window; nil fits the curves.
  package var yRange: ClosedRange<Double>?
  /// The plot's size in batch mode, in columns and rows.
  package var plotWidth = 80
  package var plotHeight = 24

  package init() {}

  /// One row of `show`: a setting's name, value and meaning.
  package struct Row: Sendable, Equatable {
    package var name: String
    package var value: String
    package var meaning: String
  }

  /// Every setting, in the order `show` lists them.
  package var rows: [Row] {
    let y = yRange.map {
      "\(NumberFormat.plain($0.lowerBound)) \(NumberFormat.plain($0.upperBound))"
    }
    return [
      Row(name: "alpha", value: NumberFormat.plain(alpha), meaning: "leaky's slope for z < 0"),
      Row(name: "lr", value: NumberFormat.plain(learningRate), meaning: "decay learning rate eta"),
      Row(name: "grad0", value: gradientAtZero.rawValue, meaning: gradientAtZero.explanation),
      Row(
        name: "xrange",
        value: "\(NumberFormat.plain(xRange.lowerBound)) \(NumberFormat.plain(xRange.upperBound))",
        meaning: "plot x window"),
      Row(name: "yrange", value: y ?? "auto", meaning: "plot y window (auto fits the curves)"),
      Row(
        name: "size", value: "\(plotWidth) \(plotHeight)", meaning: "batch plot columns and rows"),
    ]
  }
}
