extension Interpreter {
  /// `trace [Z] [next|previous|first|last|off]`: puts the cursor on the view
  /// shown, moves it or takes it off.
  /// - Returns: The readout where the cursor now stands; nil after `off`.
  mutating func trace(_ spec: TraceSpec, at range: SourceRange) throws(CommandError)
    -> TraceReadout?
  {
    if spec.move?.value == .off {
      guard cursor != nil else {
        throw CommandError(TraceMessage.notTracing.words, at: spec.move?.range ?? range)
      }
      cursor = nil
      return nil
    }
    if let at = spec.at, !at.value.isFinite {
      throw CommandError(TraceMessage.notFinite.words, at: at.range)
    }
    // -0 stands where 0 does.
    let spec = TraceSpec(
      at: spec.at.map { Located(value: $0.value + 0, range: $0.range) }, move: spec.move)
    let family = scene.shown.family
    let kept = cursor?.family == family ? cursor : nil
    var next: TraceCursor
    switch family {
    case .plot:
      let range = settings.plotXRange
      let z = spec.at?.value ?? kept.flatMap(\.position) ?? (range.contains(0) ? 0 : range.lower)
      next = .plot(z: z)
      if let move = spec.move {
        next = .plot(z: try moved(z, move, in: range, stops: plotStops))
      }
    case .decay:
      guard let decay else {
        throw CommandError(TraceMessage.notTraceable(.decay).words, at: range)
      }
      let last = decay.current.index
      let first = decay.steps.first?.index ?? 0
      var step = last
      if case .decay(let kept)? = kept { step = min(max(kept, first), last) }
      if let at = spec.at {
        guard at.value == at.value.rounded(), at.value >= Double(first), at.value <= Double(last)
        else {
          throw CommandError(
            TraceMessage.noSuchStep(first: first, last: last).words, at: at.range)
        }
        step = Int(at.value)
      }
      switch spec.move?.value {
      // Round at the ends, as on the plot and the network.
      case .next?: step = step < last ? step + 1 : first
      case .previous?: step = step > first ? step - 1 : last
      case .first?: step = first
      case .last?: step = last
      case .off?, nil: break
      }
      next = .decay(step: step)
    case .net:
      guard let network else {
        throw CommandError(TraceMessage.notTraceable(.net).words, at: range)
      }
      let bounds = scene.network?.fit.xRange ?? .defaultX
      let x = spec.at?.value ?? kept.flatMap(\.position) ?? 0
      next = .network(x: x)
      if let move = spec.move {
        let kinks = network.kinks.compactMap { $0 }.filter { bounds.contains($0) }
        next = .network(x: try moved(x, move, in: bounds, stops: kinks.isEmpty ? network.x : kinks))
      }
    case .steps, .race, .fit, .loss, .slopes, .born, .depth, .heat, .twin, .zeros:
      throw CommandError(TraceMessage.notTraceable(scene.shown).words, at: range)
    }
    cursor = next
    placeCursor()
    return scene.trace
  }

  /// `z` moved by `move` within `range`, `stops` for next and previous
  /// (wrapping round at the ends).
  private func moved(
    _ z: Double, _ move: Located<TraceMove>, in range: PlotBounds, stops: [Double]
  ) throws(CommandError) -> Double {
    let sorted = Set(stops.filter { $0.isFinite && range.contains($0) }).sorted()
    switch move.value {
    case .first: return range.lower
    case .last: return range.upper
    case .off: return z
    case .next, .previous:
      guard let first = sorted.first, let last = sorted.last else {
        throw CommandError(TraceMessage.noStops.words, at: move.range)
      }
      if move.value == .next { return sorted.first { $0 > z } ?? first }
      return sorted.last { $0 < z } ?? last
    }
  }

  /// Where Tab stops on the function plot: the kink at 0 of every rectifier
  /// drawn, the feed's points and the decay's steps drawn on it.
  var plotStops: [Double] {
    let functions = scene.functions
    var stops = functions.overlays.flatMap { $0.points.map(\.x) }
    if functions.series.contains(where: \.kind.isRectifier) { stops.append(0) }
    return stops
  }

  /// The cursor kept where it can stand now, and the readout there, on the
  /// scene's figures: after every command, so the readout follows digits,
  /// grad0, alpha and the steps taken.
  mutating func placeCursor() {
    scene.trace = nil
    guard let cursor else { return }
    switch cursor {
    case .plot(let z):
      scene.functions.cursor = z
      let settings = settings
      scene.trace = .functions(
        at: z, series: scene.functions.drawnSeries.map(\.series),
        parameters: settings.parameters,
        gradientAtZero: settings.gradientAtZero,
        rule: settings.gradientAtZeroByHand
          ? "grad0 \(settings.gradientAtZero.name)" : settings.convention.rawValue)
    case .decay(let step):
      guard let decay, scene.decay != nil else {
        self.cursor = nil
        return
      }
      let first = decay.steps.first?.index ?? 0
      let k = min(max(step, first), decay.current.index)
      self.cursor = .decay(step: k)
      scene.decay?.curve.cursor = decay.steps[k - first].z
      scene.decay?.steps.cursor = Double(k)
      scene.trace = .decay(decay.activation, steps: decay.steps, at: k)
    case .network(let x):
      guard let network, scene.network != nil else {
        self.cursor = nil
        return
      }
      scene.network?.fit.cursor = x
      scene.trace = .network(
        network, activation: network.spec.activation.activation(settings.parameters), at: x)
    }
  }
}

extension TraceCursor {
  /// The z or x it stands at; nil for a decay's step.
  var position: Double? {
    switch self {
    case .plot(let z): z
    case .network(let x): x
    case .decay: nil
    }
  }
}
