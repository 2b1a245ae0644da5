extension Interpreter {
  /// The most feed points drawn on a plot: the first ones of a larger feed.
  package static let maxPlottedFeedPoints = 400
  /// The margin around a decay's zoomed ranges and its step chart, as a
  /// fraction of the range's width on each side.
  package static let decayMargin = 0.12

  /// Builds the scene again after `command` ran: the view its activity
  /// shows, and the figures from the state and settings in force.
  ///
  /// The function plot and the decay's figures are cheap and made afresh.
  /// The race is the last `compare`'s, in the canvas in force. The network's
  /// figures (a forward pass) are made when it is built, and again only when
  /// what they show changed while they are on screen (a canvas change alone
  /// restyles them); off screen they wait until shown.
  /// - Returns: The notes of overlays the function plot on screen leaves
  ///   off, and why: each said once, when it is first missed there, in the
  ///   session's language. The figures' labels are in it too.
  mutating func rebuildScene(after command: Command) -> [String] {
    let (functions, notes) = functionFigure()
    scene.functions = functions
    scene.notes = notes
    scene.decay = hidden.contains(.decay) ? nil : decay.map(decayFigure)
    scene.race = race.map { $0.restyled(settings.rendering, settings.language) }
    scene.census = lastCensus.map {
      Self.censusFigure($0, rendering: settings.rendering, language: settings.language)
    }
    scene.twin = lastTwin.map {
      Self.twinFigure($0, rendering: settings.rendering, language: settings.language)
    }
    if hidden.contains(.network) || network == nil {
      scene.network = nil
    } else if let network, scene.network == nil {
      scene.network = networkFigure(network, inputs: networkInputs(network))
    }
    if let family = command.shownFamily, scene.shown.family != family { scene.show(family) }
    scene.settle()
    if let network, let figure = scene.network {
      let inputs = networkInputs(network)
      if figure.inputs.differsOnlyInRendering(from: inputs) {
        scene.network = figure.restyled(inputs)
      } else if figure.inputs != inputs, scene.shown.family == .net {
        scene.network = networkFigure(network, inputs: inputs)
      }
    }
    placeCursor()
    // Notes: for the function plot on screen, once per overlay it misses.
    scene.noted.formIntersection(notes.map(\.overlay))
    guard scene.shown == .plot else { return [] }
    let fresh = notes.filter { !scene.noted.contains($0.overlay) }
    scene.noted.formUnion(fresh.map(\.overlay))
    return fresh.map { $0.text(settings.language) }
  }

  /// The function plot: the chosen series (or the layer's f and f'), the
  /// windows and rendering from the settings, and on the curves drawn the
  /// last feed's points and the decay's trail, when they were made under
  /// the settings in force; the notes say what was left off and why.
  private func functionFigure() -> (PlotScene, [SceneNote]) {
    let series = plottedSeries
    var overlays: [PlotOverlay] = []
    var notes: [SceneNote] = []
    if let feed = lastFeed, !hidden.contains(.feed),
      series.contains(PlotSeries(feed.activation.kind))
    {
      let now = feed.activation.kind.activation(settings.parameters)
      if feed.activation == now {
        let count = min(feed.input.count, Self.maxPlottedFeedPoints)
        let points = (0..<count).map {
          PlotPoint(x: feed.input.scalars[$0], y: feed.output.scalars[$0])
        }
        overlays.append(
          PlotOverlay(kind: .feed, series: PlotSeries(feed.activation.kind), points: points))
      } else {
        notes.append(
          SceneNote(
            overlay: .feed,
            text: SceneMessage.feedOffPlot(layer: feed.activation.label).words))
      }
    }
    if let decay, !hidden.contains(.decay), series.contains(PlotSeries(decay.activation.kind)) {
      let now = decay.activation.kind.activation(settings.parameters)
      if decay.activation != now {
        notes.append(
          SceneNote(
            overlay: .decay,
            text: SceneMessage.decayOffPlotFunction(decay.activation.label).words))
      } else if decay.gradientAtZero != settings.gradientAtZero {
        notes.append(
          SceneNote(
            overlay: .decay,
            text: SceneMessage.decayOffPlotGrad0(decay.gradientAtZero.name).words))
      } else {
        overlays.append(decayOverlay(decay))
      }
    }
    var scene = PlotScene(
      series: series, parameters: settings.parameters, gradientAtZero: settings.gradientAtZero,
      xRange: settings.plotXRange, yRange: settings.yRange, rendering: settings.rendering,
      overlays: overlays, language: settings.language)
    scene.hiddenSeries = hiddenSeries.intersection(scene.series)
    return (scene, notes)
  }

  private func decayOverlay(_ decay: DecaySimulation) -> PlotOverlay {
    PlotOverlay(
      kind: .decay, series: PlotSeries(decay.activation.kind),
      points: decay.steps.map { PlotPoint(x: $0.z, y: $0.value) })
  }

  /// The decay's figures: its function zoomed to the z and f the whole run
  /// covers (start, target and where it will end) with a margin, unless the
  /// user set xrange or yrange, drawn at the decay's own alpha; and the step
  /// chart from step 0 to where the run will end.
  private func decayFigure(_ decay: DecaySimulation) -> DecayFigure {
    var ahead = decay  // as it would end if run now, so the views keep their ranges
    ahead.run(maxSteps: Limits.defaultRunSteps)
    let f = decay.activation
    let zs = decay.steps.map(\.z) + ahead.steps.map(\.z) + [f.inverse(decay.target) ?? decay.startZ]
    let values = decay.steps.map(\.value) + ahead.steps.map(\.value) + [decay.start, decay.target]
    // The decay's own parameter, which a later `set` does not change.
    var parameters = settings.parameters
    if let parameter = f.entry.parameter { parameters[parameter] = f.parameter }
    let curve = PlotScene(
      series: [PlotSeries(f.kind)], parameters: parameters, gradientAtZero: decay.gradientAtZero,
      xRange: settings.xRange ?? Chart.range(covering: zs, margin: Self.decayMargin),
      yRange: settings.yRange ?? Chart.range(covering: values, margin: Self.decayMargin),
      rendering: settings.rendering, overlays: [decayOverlay(decay)], language: settings.language)
    let points = decay.steps.map { PlotPoint(x: Double($0.index), y: $0.value) }
    let steps = Chart(
      series: [
        DataSeries(
          role: .reference, label: FigureLabel.target(NumberFormat.short(decay.target)).words,
          points: [PlotPoint(x: 0, y: decay.target)]),
        DataSeries(
          role: .line(PlotSeries(f.kind)), label: FigureLabel.byStep(function: f.name).words,
          points: points, highlighted: points.count - 1),
      ],
      xRange: Self.stepRange(last: ahead.current.index),
      yRange: Chart.range(covering: values, margin: Self.decayMargin), xName: "step",
      rendering: settings.rendering, language: settings.language)
    return DecayFigure(curve: curve, steps: steps)
  }

  /// The race of `compare`: each function's f(z) against the step, labelled
  /// with its step count and how it ended, the target dotted.
  static func race(
    _ runs: [(row: CompareReport.Row, values: [Double])], start: Double, target: Double,
    rendering: PlotRendering, namingPrecision: Bool = false
  ) -> Chart {
    var series = [
      DataSeries(
        role: .reference, label: FigureLabel.target(NumberFormat.short(target)).words,
        points: [PlotPoint(x: 0, y: target)])
    ]
    for (row, values) in runs {
      let notable = DecaySimulation.isNotable(overshoot: row.overshoot, from: start, to: target)
      let name = row.activation.label + (namingPrecision ? " \(row.precision.rawValue)" : "")
      let label = FigureLabel.race(
        function: name, status: row.status, steps: row.final.index,
        past: notable ? NumberFormat.short(row.overshoot) : nil
      ).words
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

extension Command {
  /// The activity whose view the command shows, or nil when it leaves the
  /// view as it is: `plot` and `feed` the function plot, the decay's commands
  /// the decay, `compare` the race, the network's commands the network,
  /// `born` the census, `twin` and `sweep precision` the twin.
  /// (`view` picks its view itself; `clear` goes back to the function plot
  /// only when it takes off what was shown.)
  var shownFamily: ViewName? {
    switch self {
    case .plot, .feed, .toggle: .plot
    case .decay, .step, .run, .reset: .decay
    case .compare: .race
    case .net, .train: .net
    case .sweep(let sweep): sweep.precisions.isEmpty ? .net : .twin
    case .twin: .twin
    case .born: .born
    case .set, .show, .use, .backward, .forward, .clear, .load, .say, .title, .pause, .lesson,
      .record, .save, .help, .quit, .export, .view, .trace:
      nil
    }
  }
}
