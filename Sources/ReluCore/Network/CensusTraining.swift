/// `born ... train E [lr R] [data abs|sin]`: each network of the census
/// trained as `train` trains it, then asked whether it ends as a constant.
///
/// Network i of a cell is the one `net F width N depth D seed S_i init ...
/// data abs` builds (see ``CensusSpec/networkSeeds(_:)``), at `net`'s
/// ``NetworkSpec/defaultPoints`` data points, trained E epochs at `rate` by
/// ``Network/trainedOutputs(epochs:rate:activation:atZero:cancellation:)``,
/// the loop of `train`: the same seed gives the same counts, bit for bit.
///
/// It ends constant when the spread of its outputs at the data points,
/// max - min, is at most ``tolerance`` (1 + the targets' max - min): 2e-9 for
/// |x|, 3e-9 for sin(pi x). With relu'(0) = 0 (`grad0 left`, the default) a
/// network born dead (a relu layer with z <= 0 at every data point) always
/// does: no gradient reaches that layer or any before it, so the layer stays
/// 0 and every point gets the same output, exactly. With relu'(0) > 0 a unit
/// whose z is exactly 0 (above a layer 0 at that point, with zero biases)
/// still gets a gradient, its bias moves, and such a network may revive:
/// ``mayRevive(_:alpha:)`` says when, and the report notes it. A network
/// whose training diverged is judged at its last finite state.
package struct CensusTraining: Sendable, Equatable {
  /// Epochs per network, at least 1.
  package var epochs: Int
  /// The learning rate: the session's lr unless `lr R` is written.
  package var rate: Double
  /// What every network is trained to fit (`data`, default abs).
  package var target: NetworkTarget
  /// The session's f'(0) rule (`grad0`), as `train` uses it.
  package var atZero: GradientAtZero

  package static let defaultTarget = NetworkTarget.abs

  /// The relative spread below which outputs count as one constant.
  package static let tolerance = 1e-9
  /// How help and reports write it.
  package static let toleranceText = "1e-9"

  /// Whether `outputs` are one constant by the rule above.
  ///
  /// That is max - min of `outputs` at most ``tolerance`` (1 + max - min of
  /// `targets`). Outputs that are not all finite are not.
  package static func isConstant(outputs: [Double], targets: [Double]) -> Bool {
    guard outputs.allSatisfy(\.isFinite), let low = outputs.min(), let high = outputs.max()
    else { return false }
    let spread = (targets.max() ?? 0) - (targets.min() ?? 0)
    return high - low <= tolerance * (1 + spread)
  }

  /// f'(0) of a dead-counting rectifier (relu, or leaky with `alpha` 0) under
  /// ``atZero``, or nil for a leaky one with alpha > 0 (never dead).
  package func slopeAtZero(_ kind: ActivationKind, alpha: Double) -> Double? {
    guard let rectifier = kind.entry.rectifier, rectifier == .relu || alpha == 0 else {
      return nil
    }
    return rectifier.rule(atZero).derivative(slope: 0)
  }

  /// Whether a network born dead may come back to life in training: f'(0) > 0.
  package func mayRevive(_ kind: ActivationKind, alpha: Double) -> Bool {
    (slopeAtZero(kind, alpha: alpha) ?? 0) > 0
  }

  /// Trains the network of `spec` and tells whether it ends constant, or nil
  /// when `cancellation` stopped it.
  /// - Complexity: O(epochs * points * (width + (depth - 1) * width^2)).
  package func endsConstant(
    _ spec: NetworkSpec, activation f: Activation, cancellation: Cancellation? = nil
  ) -> Bool? {
    var network = Network(spec)
    guard
      let outputs = network.trainedOutputs(
        epochs: epochs, rate: rate, activation: f, atZero: atZero, cancellation: cancellation)
    else { return nil }
    return Self.isConstant(outputs: outputs, targets: network.y)
  }
}

extension CensusSpec {
  /// Network i of the cell `width` x `depth` as `net` builds it for training:
  /// seed `seed` (draw i + 1 of ``networkSeeds(_:)``), `net`'s data points.
  package func networkSpec(width: Int, depth: Int, seed: UInt64, target: NetworkTarget)
    -> NetworkSpec
  {
    NetworkSpec(
      activation: activation, width: width, depth: depth, target: target,
      points: NetworkSpec.defaultPoints, seed: seed, initialization: initialization)
  }

  /// About the multiply-adds of training every network (``NetworkSpec/workPerEpoch``
  /// per epoch and network, as `train` counts them), 0 without `training`.
  package var trainingWork: Double {
    guard let training else { return 0 }
    var perEpoch = 0.0
    for width in widths {
      for depth in depths {
        perEpoch +=
          networkSpec(width: width, depth: depth, seed: 0, target: training.target).workPerEpoch
      }
    }
    return perEpoch * Double(training.epochs) * Double(trials)
  }

  /// The census of ``run(shouldStop:)``, and with ``training`` each cell's
  /// count of networks that end constant; nil when `cancellation` stopped it.
  /// - Complexity: That of the census, and with training O(trials * epochs *
  ///   points * sum over cells of width + (depth - 1) * width^2).
  package func run(cancellation: Cancellation?) -> [CensusCell]? {
    guard var cells = run(shouldStop: { cancellation.shouldStop() }) else { return nil }
    guard let training else { return cells }
    let f = activation.activation(FunctionParameters(alpha: alpha))
    for index in cells.indices {
      var seeds = Self.networkSeeds(seed)
      var constant = 0
      for _ in 0..<trials {
        if cancellation.shouldStop() { return nil }
        let spec = networkSpec(
          width: cells[index].width, depth: cells[index].depth, seed: seeds.next(),
          target: training.target)
        guard let ends = training.endsConstant(spec, activation: f, cancellation: cancellation)
        else { return nil }
        if ends { constant += 1 }
      }
      cells[index].trainedConstant = constant
    }
    return cells
  }
}
