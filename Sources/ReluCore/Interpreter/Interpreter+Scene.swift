extension Interpreter {
  /// The most feed points drawn on a plot: the first ones of a larger feed.
  package static let maxPlottedFeedPoints = 400

  /// What the plot shows now: the chosen series (or the layer's f and f'),
  /// the windows and rendering from the settings, and as overlays the last
  /// feed's points (z, f(z)) and the decay's trajectory up to its current step.
  ///
  /// An overlay's function is drawn too when not chosen (``PlotScene`` adds it).
  package var scene: PlotScene {
    var overlays: [PlotOverlay] = []
    if let feed = lastFeed {
      let count = min(feed.input.count, Self.maxPlottedFeedPoints)
      let points = (0..<count).map {
        PlotPoint(x: feed.input.scalars[$0], y: feed.output.scalars[$0])
      }
      overlays.append(
        PlotOverlay(kind: .feed, series: PlotSeries(feed.activation.kind), points: points))
    }
    if let decay {
      let points = decay.steps.map { PlotPoint(x: $0.z, y: $0.value) }
      overlays.append(
        PlotOverlay(kind: .decay, series: PlotSeries(decay.activation.kind), points: points))
    }
    return PlotScene(
      series: plottedSeries, alpha: settings.alpha, gradientAtZero: settings.gradientAtZero,
      xRange: settings.plotXRange, yRange: settings.yRange, rendering: settings.rendering,
      overlays: overlays)
  }
}
