/// What the session shows: which view is on screen and everything drawn in
/// every view there is something for.
///
/// The interpreter builds it after each command that changes what is shown,
/// from the settings in force then, and keeps it until the next such command;
/// reading it computes nothing. Renderers (the lab's screen, text, SVG, CSV)
/// are functions of a scene and a render context.
///
/// Invariant: ``shown`` is one of ``available``.
package struct Scene: Sendable, Equatable {
  /// The view on screen.
  package internal(set) var shown: ViewName
  /// The function plot: the chosen curves and the overlays on them.
  package internal(set) var functions: PlotScene
  /// The decay's two figures, while a decay is set up and not cleared.
  package internal(set) var decay: DecayFigure?
  /// The last `compare`'s race, until `clear`.
  package internal(set) var race: Chart?
  /// The network's figures, while a network is built and not cleared.
  package internal(set) var network: NetworkFigure?
  /// The last `born`'s figures, until `clear`.
  package internal(set) var census: CensusFigure?
  /// What the trace cursor reads, while it stands on a view there is.
  package internal(set) var trace: TraceReadout?
  /// The last `twin`'s (or `sweep precision`'s) figures, until `clear`.
  package internal(set) var twin: TwinFigure?
  /// What the function plot leaves off, and why: an overlay made under other
  /// settings than the curve now drawn.
  package internal(set) var notes: [SceneNote]
  /// The overlays whose note was said while missed from the plot on screen
  /// (said again only after the overlay was drawn in between).
  var noted: Set<ClearTarget> = []

  /// An empty scene: the function plot of `functions`, nothing else.
  package init(functions: PlotScene = PlotScene()) {
    shown = .plot
    self.functions = functions
    decay = nil
    race = nil
    network = nil
    census = nil
    trace = nil
    twin = nil
    notes = []
  }

  /// The views there is something to show in, in `view`'s order.
  package var available: [ViewName] {
    ViewName.allCases.filter(has)
  }

  /// Whether there is something to show in `view`.
  package func has(_ view: ViewName) -> Bool {
    switch view {
    case .plot: true
    case .decay, .steps: decay != nil
    case .race: race != nil
    case .net, .fit, .loss: network != nil
    case .slopes: network?.slopes != nil
    case .born, .depth, .heat: census != nil
    case .twin, .zeros: twin != nil
    }
  }

  /// The activities there is something to show for (`view` cycles through
  /// them): the function plot first.
  package var families: [ViewName] {
    available.filter { $0.family == $0 }
  }

  /// What the plot pane draws for the shown view.
  package var view: PlotView { figure(of: shown) }

  /// What the plot pane draws for `name`; the function plot when `name` has
  /// nothing to show.
  package func figure(of name: ViewName) -> PlotView {
    switch name {
    case .plot: return .functions(functions)
    case .decay:
      if let decay { return .decay(function: decay.curve, steps: decay.steps) }
    case .steps:
      if let decay { return .chart(decay.steps) }
    case .race:
      if let race { return .chart(race) }
    case .net:
      if let network { return .network(fit: network.fit, loss: network.loss, dead: network.dead) }
    case .fit:
      if let network { return .chart(network.fit) }
    case .loss:
      if let network { return .chart(network.loss) }
    case .slopes:
      if let slopes = network?.slopes { return .chart(slopes) }
    case .born:
      if let census { return .census(chart: census.chart, heat: census.heat) }
    case .depth:
      if let census { return .chart(census.chart) }
    case .heat:
      if let census { return .heatMap(census.heat) }
    case .twin:
      if let twin { return .twin(losses: twin.losses, zeros: twin.zeros) }
    case .zeros:
      if let twin { return .chart(twin.zeros) }
    }
    return .functions(functions)
  }

  /// Shows `name` when it is available, else the function plot.
  mutating func show(_ name: ViewName) {
    shown = has(name) ? name : .plot
  }

  /// Keeps the invariant after a figure went away: the function plot then.
  mutating func settle() {
    if !has(shown) { shown = .plot }
  }
}

/// An overlay the function plot leaves off, and why.
package struct SceneNote: Sendable, Equatable {
  /// Which overlay: the feed's points or the decay's trail.
  package var overlay: ClearTarget
  /// Why, and what brings it back.
  package var text: Words
}

/// The decay's figures: its function zoomed to where the decay moves, with
/// the trail and the marker, and the step chart.
package struct DecayFigure: Sendable, Equatable {
  /// The decayed function alone, with its trajectory, at the decay's own alpha.
  package var curve: PlotScene
  /// f(z) against the step, the target dotted, the current step highlighted.
  package var steps: Chart
}

/// The census's figures: the fraction born dead (or inactive) against depth,
/// one line per width with the one-input closed form dotted beside it, and
/// the heat map of the same cells.
package struct CensusFigure: Sendable, Equatable {
  package var chart: Chart
  package var heat: HeatMap
}

/// The network's figures, each computed once from the network's state.
package struct NetworkFigure: Sendable, Equatable {
  /// The targets as dots, the network's output as a line, the units' kinks.
  package var fit: Chart
  /// log10 of the loss by epoch.
  package var loss: Chart
  /// The dead units by epoch, with a line at all of them.
  package var dead: Chart
  /// PReLU's learned slopes by epoch (mean, least, greatest); nil for the
  /// other functions.
  package var slopes: Chart? = nil
  /// What the figures were computed from: rebuilt only when this changes.
  package var inputs: Inputs

  /// The figures in the canvas and language `inputs` names, computing nothing.
  func restyled(_ inputs: Inputs) -> NetworkFigure {
    NetworkFigure(
      fit: fit.restyled(inputs.rendering, inputs.language),
      loss: loss.restyled(inputs.rendering, inputs.language),
      dead: dead.restyled(inputs.rendering, inputs.language),
      slopes: slopes?.restyled(inputs.rendering, inputs.language), inputs: inputs)
  }

  /// Everything the figures depend on.
  package struct Inputs: Sendable, Equatable {
    package var spec: NetworkSpec
    package var epochs: Int
    package var lastEpoch: Int
    package var alpha: Double
    package var gradientAtZero: GradientAtZero
    /// The format the network computes in.
    package var precision: Precision = .double
    package var rendering: PlotRendering
    /// The language of the labels.
    package var language: InterfaceLanguage = .en

    /// Whether `other` asks for the same figures in another canvas or
    /// language only.
    func differsOnlyInRendering(from other: Inputs) -> Bool {
      var same = other
      same.rendering = rendering
      same.language = language
      return same == self && (other.rendering != rendering || other.language != language)
    }
  }
}

extension Chart {
  /// The chart drawn in `rendering`, its labels in `language`.
  func restyled(_ rendering: PlotRendering, _ language: InterfaceLanguage) -> Chart {
    var chart = self
    chart.rendering = rendering
    chart.language = language
    return chart
  }
}
