/// Everything a plot shows; the interpreter builds it from its session state.
package struct PlotScene: Sendable, Equatable {
  /// The curves, in legend order; may be empty (axes only).
  ///
  /// Always includes every overlay's series, so feed points and decay
  /// markers sit on a drawn curve that the legend names.
  package private(set) var series: [PlotSeries]
  /// The functions' parameters (Leaky ReLU's alpha, ELU's alpha, softplus's
  /// beta); the legend shows them: `leaky (alpha=0.1)`.
  package var parameters: FunctionParameters
  /// Leaky ReLU's slope for z < 0 (in ``parameters``).
  package var alpha: Double {
    get { parameters.alpha }
    set { parameters.alpha = newValue }
  }
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
  ///   - parameters: The functions' parameters (Leaky ReLU's slope...).
  ///   - gradientAtZero: The rectifiers' derivative at 0.
  ///   - xRange: The horizontal range.
  ///   - yRange: The vertical range, or nil for automatic.
  ///   - rendering: ascii or braille.
  ///   - overlays: Feed points and the decay trajectory.
  ///   - language: The language of the legend's words.
  package init(
    series: [PlotSeries] = [], parameters: FunctionParameters = FunctionParameters(),
    gradientAtZero: GradientAtZero = .left, xRange: PlotBounds = .defaultX,
    yRange: PlotBounds? = nil, rendering: PlotRendering = .ascii, overlays: [PlotOverlay] = [],
    language: InterfaceLanguage = .en
  ) {
    var series = series
    for overlay in overlays where !overlay.points.isEmpty && !series.contains(overlay.series) {
      series.append(overlay.series)
    }
    self.series = series
    self.parameters = parameters
    self.gradientAtZero = gradientAtZero
    self.xRange = xRange
    self.yRange = yRange
    self.rendering = rendering
    self.overlays = overlays
    self.language = language
  }

  /// y of series `series` at x, with the scene's parameters and convention at 0.
  package func value(of series: PlotSeries, at x: Double) -> Double {
    series.value(at: x, parameters: parameters, gradientAtZero: gradientAtZero)
  }

  /// Whether `series` jumps at x = 0 with the scene's parameters.
  package func isDiscontinuousAtZero(_ series: PlotSeries) -> Bool {
    series.isDiscontinuousAtZero(parameters: parameters)
  }

  /// The name shown in legends: `relu'`, or with the function's parameter,
  /// `leaky (alpha=0.1)`, `softplus' (beta=1)`.
  package func label(of series: PlotSeries) -> String {
    guard let parameter = series.kind.entry.parameter else { return series.description }
    return "\(series) (\(parameter.symbol)=\(NumberFormat.plain(parameters[parameter])))"
  }
}
