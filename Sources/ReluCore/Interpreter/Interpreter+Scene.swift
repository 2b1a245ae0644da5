/// Which overlays the plot shows and whether `compare`'s race replaced it:
/// feed points and the decay belong to their own activity, and `clear` or
/// `plot F...` takes them off.
package struct PlotFocus: Sendable, Equatable {
  /// Whether the last feed's points are drawn.
  package var showsFeed = true
  /// Whether the decay's trail (and in the lab its step chart) is drawn.
  package var showsDecay = true
  /// The last `compare`'s race, shown until another plot is asked for.
  package var race: Chart?
  /// Whether the network's views replace the function plot (after `net` and
  /// `train`, until another activity or `clear`).
  package var showsNetwork = false

  package init() {}
}

/// What the plot pane shows now.
package enum PlotView: Sendable, Equatable {
  /// The function plot.
  case functions(PlotScene)
  /// A decay: the decayed function zoomed to where the decay moves, and the
  /// step chart, side by side.
  case decay(function: PlotScene, steps: Chart)
  /// `compare`'s race.
  case race(Chart)
  /// The network: its fit to the data (with each unit's kink for depth 1),
  /// and the loss (log scale) and dead units against the epoch.
  case network(fit: Chart, loss: Chart, dead: Chart)
}

extension Interpreter {
  /// The most feed points drawn on a plot: the first ones of a larger feed.
  package static let maxPlottedFeedPoints = 400
  /// The margin around a decay's zoomed ranges and its step chart, as a
  /// fraction of the range's width on each side.
  package static let decayMargin = 0.12

  /// What the plot shows now: the chosen series (or the layer's f and f'),
  /// the windows and rendering from the settings, and as overlays the last
  /// feed's points (z, f(z)) and the decay's trajectory up to its current step,
  /// unless `clear` or `plot F...` took them off.
  ///
  /// An overlay's function is drawn too when not chosen (``PlotScene`` adds
  /// it). While the decay is shown, the automatic y range is the decayed
  /// function's over the x range (sigmoid's 0 to 1), not every curve's.
  package var scene: PlotScene {
    var overlays: [PlotOverlay] = []
    if let feed = lastFeed, focus.showsFeed {
      let count = min(feed.input.count, Self.maxPlottedFeedPoints)
      let points = (0..<count).map {
        PlotPoint(x: feed.input.scalars[$0], y: feed.output.scalars[$0])
      }
      overlays.append(
        PlotOverlay(kind: .feed, series: PlotSeries(feed.activation.kind), points: points))
    }
    var yRange = settings.yRange
    if let decay = shownDecay {
      overlays.append(decayOverlay(decay))
      if yRange == nil {
        yRange =
          PlotScene(
            series: [PlotSeries(decay.activation.kind)], alpha: settings.alpha,
            gradientAtZero: settings.gradientAtZero, xRange: settings.plotXRange
          ).automaticYRange
      }
    }
    return PlotScene(
      series: plottedSeries, alpha: settings.alpha, gradientAtZero: settings.gradientAtZero,
      xRange: settings.plotXRange, yRange: yRange, rendering: settings.rendering,
      overlays: overlays)
  }

  /// What the plot pane shows: the race after `compare`, the decay's two
  /// views while a decay is shown, else the function plot.
  package var view: PlotView {
    if let race = focus.race { return .race(race) }
    if focus.showsNetwork, let network {
      let charts = networkCharts(network)
      return .network(fit: charts.fit, loss: charts.loss, dead: charts.dead)
    }
    if let decay = shownDecay, let steps = stepChart {
      return .decay(function: zoomedScene(decay), steps: steps)
    }
    return .functions(scene)
  }

  /// The decay, when it is set up and shown.
  private var shownDecay: DecaySimulation? { focus.showsDecay ? decay : nil }

  private func decayOverlay(_ decay: DecaySimulation) -> PlotOverlay {
    PlotOverlay(
      kind: .decay, series: PlotSeries(decay.activation.kind),
      points: decay.steps.map { PlotPoint(x: $0.z, y: $0.value) })
  }

  /// The decay as it would end if run now (at most ``Limits/defaultRunSteps``
  /// more steps), so the views keep their ranges while it moves.
  private func projected(_ decay: DecaySimulation) -> DecaySimulation {
    var ahead = decay
    ahead.run(maxSteps: Limits.defaultRunSteps)
    return ahead
  }

  /// The decayed function alone with its trajectory, zoomed to the z and f
  /// the whole run covers (start, target and where it will end) with a
  /// margin, unless the user set xrange or yrange.
  private func zoomedScene(_ decay: DecaySimulation) -> PlotScene {
    let ahead = projected(decay)
    let f = decay.activation
    let zs = decay.steps.map(\.z) + ahead.steps.map(\.z) + [f.inverse(decay.target) ?? decay.startZ]
    let values = decay.steps.map(\.value) + ahead.steps.map(\.value) + [decay.start, decay.target]
    return PlotScene(
      series: [PlotSeries(f.kind)], alpha: settings.alpha,
      gradientAtZero: settings.gradientAtZero,
      xRange: settings.xRange ?? Chart.range(covering: zs, margin: Self.decayMargin),
      yRange: settings.yRange ?? Chart.range(covering: values, margin: Self.decayMargin),
      rendering: settings.rendering, overlays: [decayOverlay(decay)])
  }

  /// The decay's step chart: f(z) against the step from 0 to where the run
  /// will end, the target as a dotted line, the current step highlighted.
  package var stepChart: Chart? {
    guard let decay else { return nil }
    let ahead = projected(decay)
    let f = decay.activation
    let points = decay.steps.map { PlotPoint(x: Double($0.index), y: $0.value) }
    let values = decay.steps.map(\.value) + ahead.steps.map(\.value) + [decay.start, decay.target]
    return Chart(
      series: [
        DataSeries(
          role: .reference, label: "target \(NumberFormat.short(decay.target))",
          points: [PlotPoint(x: 0, y: decay.target)]),
        DataSeries(
          role: .line(PlotSeries(f.kind)), label: "\(f.name)(z) by step", points: points,
          highlighted: points.count - 1),
      ],
      xRange: Self.stepRange(last: ahead.current.index),
      yRange: Chart.range(covering: values, margin: Self.decayMargin), xName: "step",
      rendering: settings.rendering)
  }

  /// The race of `compare`: each function's f(z) against the step, labelled
  /// with its step count and how it ended, the target dotted.
  static func race(
    _ runs: [(row: CompareReport.Row, values: [Double])], start: Double, target: Double,
    rendering: PlotRendering
  ) -> Chart {
    var series = [
      DataSeries(
        role: .reference, label: "target \(NumberFormat.short(target))",
        points: [PlotPoint(x: 0, y: target)])
    ]
    for (row, values) in runs {
      let steps = Plural.count(row.final.index, "step")
      var label = "\(row.activation.name): \(row.status.rawValue) after \(steps)"
      if DecaySimulation.isNotable(overshoot: row.overshoot, from: start, to: target) {
        label += ", \(NumberFormat.short(row.overshoot)) past"
      }
      series.append(
        DataSeries(
          role: .line(PlotSeries(row.activation.kind)), label: label,
          points: values.enumerated().map { PlotPoint(x: Double($0.offset), y: $0.element) }))
    }
    let last = runs.map(\.row.final.index).max() ?? 1
    return Chart(
      series: series, xRange: stepRange(last: last),
      yRange: Chart.range(
        covering: runs.flatMap(\.values) + [start, target], margin: decayMargin),
      xName: "step", rendering: rendering)
  }

  /// Steps 0 to `last` (at least 0 to 1).
  static func stepRange(last: Int) -> PlotBounds {
    (try? PlotBounds(lower: 0, upper: Double(max(1, last)))) ?? .defaultX
  }
}
