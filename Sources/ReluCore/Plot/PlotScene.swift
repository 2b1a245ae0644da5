/// Everything a plot shows; the interpreter builds it from its session state.
package struct PlotScene: Sendable, Equatable {
  /// The curves, in legend order; may be empty (axes only).
  ///
  /// Always includes every overlay's series, so feed points and decay
  /// markers sit on a drawn curve that the legend names.
  package private(set) var series: [PlotSeries]
  /// Leaky ReLU's slope for z < 0; the legend shows `leaky (alpha=0.1)`.
  package var alpha: Double
  /// The rectifiers' derivative at 0: decides which end of the jump is closed.
  package var gradientAtZero: GradientAtZero
  /// The horizontal range, -5 to 5 by default.
  package var xRange: PlotBounds
  /// The vertical range, or nil to cover every series and overlay with a margin.
  package var yRange: PlotBounds?
  /// ascii (default) or braille.
  package var rendering: PlotRendering
  /// Feed points and the decay trajectory, drawn over the curves.
  package private(set) var overlays: [PlotOverlay]
  /// The language of the legend's words (`feed`, `now`...), the session's
  /// when the scene was built.
  package var language: InterfaceLanguage
  /// Where the trace cursor stands: a column marked down the plot, and a
  /// point on each curve there; nil: no cursor.
  package var cursor: Double?
  /// Curves hidden from the plot: the legend still names them, marked, so
  /// they can be shown again.
  package var hiddenSeries: Set<PlotSeries> = []

  /// The curves drawn: ``series`` but the hidden ones, each with its index.
  package var drawnSeries: [(index: Int, series: PlotSeries)] {
    series.enumerated().filter { !hiddenSeries.contains($0.element) }.map {
      ($0.offset, $0.element)
    }
  }

  /// The scene with its hidden curves left out altogether (not named in
  /// the legend either): what an SVG or CSV file of the plot holds.
  package var withoutHidden: PlotScene {
    guard !hiddenSeries.isEmpty else { return self }
    var shown = self
    shown.series.removeAll { hiddenSeries.contains($0) }
    shown.hiddenSeries = []
    return shown
  }

  /// A scene.
  /// - Parameters:
  ///   - series: The curves to draw, in legend order. The series of any
  ///     overlay with points that is not among them is appended (in overlay
  ///     order), so its points never float where no curve is drawn.
  ///   - alpha: Leaky ReLU's slope for z < 0.
  ///   - gradientAtZero: The rectifiers' derivative at 0.
  ///   - xRange: The horizontal range.
  ///   - yRange: The vertical range, or nil for automatic.
  ///   - rendering: ascii or braille.
  ///   - overlays: Feed points and the decay trajectory.
  ///   - language: The language of the legend's words.
  package init(
    series: [PlotSeries] = [], alpha: Double = Activation.defaultAlpha,
    gradientAtZero: GradientAtZero = .left, xRange: PlotBounds = .defaultX,
    yRange: PlotBounds? = nil, rendering: PlotRendering = .ascii, overlays: [PlotOverlay] = [],
    language: InterfaceLanguage = .en
  ) {
    var series = series
    for overlay in overlays where !overlay.points.isEmpty && !series.contains(overlay.series) {
      series.append(overlay.series)
    }
    self.series = series
    self.alpha = alpha
    self.gradientAtZero = gradientAtZero
    self.xRange = xRange
    self.yRange = yRange
    self.rendering = rendering
    self.overlays = overlays
    self.language = language
  }

  /// y of series `series` at x, with the scene's alpha and convention at 0.
  package func value(of series: PlotSeries, at x: Double) -> Double {
    series.value(at: x, alpha: alpha, gradientAtZero: gradientAtZero)
  }

  /// The name shown in legends: `relu'`, or `leaky (alpha=0.1)` for leaky.
  package func label(of series: PlotSeries) -> String {
    guard series.kind == .leaky else { return series.description }
    return "\(series) (alpha=\(NumberFormat.plain(alpha)))"
  }
}
