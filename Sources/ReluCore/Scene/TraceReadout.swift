/// Where the trace cursor stands, and on which activity's view.
///
/// On the function plot it stands at an input z; on the decay at a step of
/// its trajectory (0 is the start); on the network at an input x of the fit.
package enum TraceCursor: Sendable, Equatable {
  case plot(z: Double)
  case decay(step: Int)
  case network(x: Double)

  /// The activity whose view shows the cursor.
  package var family: ViewName {
    switch self {
    case .plot: .plot
    case .decay: .decay
    case .network: .net
    }
  }
}

/// What the trace cursor reads where it stands: the readout line of `trace`.
///
/// Values are exact; text renders them with the session's digits
/// (``lines(number:language:)``), JSON as they are.
package enum TraceReadout: Sendable, Equatable {
  /// On the function plot: f(z) and f'(z) for every function drawn there.
  case functions(z: Double, readings: [FunctionReading])
  /// On the decay: one step of the trajectory.
  case decay(DecayReading)
  /// On the network: its fit at x.
  case network(NetworkReading)

  /// The activity whose view the readout belongs to.
  package var family: ViewName {
    switch self {
    case .functions: .plot
    case .decay: .decay
    case .network: .net
    }
  }

  /// One function at z: f(z), and f'(z), or at a kink both one-sided limits
  /// and the value the convention in force picks.
  package struct FunctionReading: Sendable, Equatable {
    package var activation: Activation
    /// f(z).
    package var value: Double
    /// f'(z), at a kink the convention's value.
    package var derivative: Double
    /// At a kink (z = 0 for relu and leaky): the one-sided limits of f'.
    package var kink: Kink?
  }

  /// The derivative's one-sided limits at a kink, and the value picked.
  ///
  /// For a rectifier with slope s below 0: f'(0-) = s, f'(0+) = 1; f'(0) is
  /// what ``GradientAtZero`` says (s, 1 or (s + 1) / 2).
  package struct Kink: Sendable, Equatable {
    /// f'(0-): the slope on the left.
    package var left: Double
    /// f'(0+): the slope on the right.
    package var right: Double
    /// f'(0) as the session computes it.
    package var chosen: Double
    /// What picked it: a convention's name (`pytorch`), or `grad0 right`
    /// when grad0 was set by hand.
    package var rule: String
  }

  /// One step of a decay: where it stood, and how far it moved to get there.
  package struct DecayReading: Sendable, Equatable {
    package var activation: Activation
    package var step: DecayStep
    /// The last step taken so far.
    package var last: Int
    /// z_k - z_(k-1), the step taken to reach it; nil at the first step kept.
    package var taken: Double?
  }

  /// The network's output at x and its hidden units active there (z > 0).
  package struct NetworkReading: Sendable, Equatable {
    package var x: Double
    /// y_hat(x).
    package var fit: Double
    /// The target function at x.
    package var target: Double
    /// Hidden units with z > 0 at x, over every hidden layer.
    package var active: Int
    /// Hidden units in all.
    package var units: Int
  }

  /// The readout on the function plot at `z` for each function among
  /// `series` (a function and its derivative read once, in plot order).
  /// - Parameters:
  ///   - z: Where the cursor stands.
  ///   - series: The curves drawn.
  ///   - parameters: The functions' parameters.
  ///   - gradientAtZero: The rules that pick f'(0).
  ///   - rule: What names the value picked at a kink (``Kink/rule``).
  /// - Returns: One reading per function.
  package static func functions(
    at z: Double, series: [PlotSeries], parameters: FunctionParameters,
    gradientAtZero: GradientAtZero,
    rule: String
  ) -> TraceReadout {
    var kinds: [ActivationKind] = []
    for kind in series.map(\.kind) where !kinds.contains(kind) { kinds.append(kind) }
    let readings = kinds.map { kind in
      let f = kind.activation(parameters)
      let chosen = f.derivative(z, atZero: gradientAtZero)
      var kink: Kink?
      if z == 0, let slope = f.slopeBelowZero {
        kink = Kink(left: slope, right: 1, chosen: chosen, rule: rule)
      }
      return FunctionReading(activation: f, value: f.value(z), derivative: chosen, kink: kink)
    }
    return .functions(z: z, readings: readings)
  }

  /// The readout at the step numbered `index` among `steps` (clamped to
  /// the ones kept).
  package static func decay(
    _ activation: Activation, steps: [DecayStep], at index: Int
  ) -> TraceReadout? {
    guard let first = steps.first, let last = steps.last else { return nil }
    let k = min(max(index, first.index), last.index) - first.index
    return .decay(
      DecayReading(
        activation: activation, step: steps[k], last: last.index,
        taken: k > 0 ? steps[k].z - steps[k - 1].z : nil))
  }

  /// The readout of `network` at `x`.
  ///
  /// The forward pass: z_l = W_l a_(l-1) + b_l, a_l = f(z_l), and
  /// y_hat = w_out . a_(D-1) + b_out; a unit is active where z_l > 0.
  package static func network(_ network: Network, activation f: Activation, at x: Double)
    -> TraceReadout
  {
    let width = network.spec.width
    var inputs = [x]
    var active = 0
    for layer in network.weights.indices {
      let fanIn = inputs.count
      var outputs = [Double](repeating: 0, count: width)
      for j in 0..<width {
        var z = network.biases[layer][j]
        for i in 0..<fanIn { z += network.weights[layer][j * fanIn + i] * inputs[i] }
        if z > 0 { active += 1 }
        outputs[j] = f.value(z)
      }
      inputs = outputs
    }
    var fit = network.outputBias
    for j in inputs.indices { fit += network.outputWeights[j] * inputs[j] }
    return .network(
      NetworkReading(
        x: x, fit: fit, target: network.spec.target.value(x), active: active,
        units: width * network.weights.count))
  }

  /// The readout as text, one line per function (or one line), numbers
  /// written by `number`.
  /// - Parameters:
  ///   - number: How a number is written (the session's digits).
  ///   - language: The language of the words.
  ///   - compact: Fewer words, for a narrow pane: `relu'(0-) = 0, (0+) = 1,
  ///     (0) = 0 by pytorch`, `step 1/2`.
  /// - Returns: The lines.
  package func lines(
    number: (Double) -> String, language: InterfaceLanguage, compact: Bool = false
  ) -> [String] {
    let gap = compact ? "  " : "   "
    switch self {
    case .functions(let z, let readings):
      guard !readings.isEmpty else {
        return [TraceMessage.noCurve(z: number(z)).words(language)]
      }
      return readings.map { reading in
        let name = reading.activation.name
        let at = number(z)
        let value = "\(name)(\(at)) = \(number(reading.value))"
        guard let kink = reading.kink else {
          return value + gap + "\(name)'(\(at)) = \(number(reading.derivative))"
        }
        let (left, right, chosen) = (number(kink.left), number(kink.right), number(kink.chosen))
        let limits =
          compact
          ? TraceMessage.kinkShort(
            function: name, left: left, right: right, chosen: chosen, rule: kink.rule)
          : TraceMessage.kink(
            function: name, left: left, right: right, chosen: chosen, rule: kink.rule)
        return value + gap + limits.words(language)
      }
    case .decay(let reading):
      let name = reading.activation.name
      let step = reading.step
      let parts = [
        "z = \(number(step.z))", "\(name)(z) = \(number(step.value))",
        "\(name)'(z) = \(number(step.gradient))",
        reading.taken.map {
          (compact ? TraceMessage.takenShort(number($0)) : .taken(number($0))).words(language)
        } ?? (compact ? TraceMessage.startShort : .start).words(language),
      ]
      let label =
        compact
        ? TraceMessage.stepShort(step.index, of: reading.last)
        : .step(step.index, of: reading.last)
      return [label.words(language) + parts.joined(separator: "  ")]
    case .network(let reading):
      return [
        TraceMessage.network(
          x: number(reading.x), fit: number(reading.fit), target: number(reading.target),
          active: reading.active, units: reading.units
        ).words(language)
      ]
    }
  }
}
