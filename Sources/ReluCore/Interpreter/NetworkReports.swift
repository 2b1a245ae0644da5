/// `net`: the network as built, at epoch 0.
package struct NetworkReport: Sendable, Equatable {
  package var spec: NetworkSpec
  /// The hidden layers' activation, with the session's alpha.
  package var activation: Activation
  package var record: EpochRecord
  /// The format it computed in.
  package var precision: Precision = .double

  /// How a network can be born: a hidden layer inactive at every data point.
  package enum Birth: Sendable, Equatable {
    /// Hidden layer `layer` (from 1) outputs 0 at every data point (relu, or
    /// leaky with alpha 0): nothing after it sees the input, and no layer
    /// before it gets a gradient.
    case dead(layer: Int)
    /// Hidden layer `layer` (from 1) of a leaky net with alpha > 0 has z <= 0
    /// at every data point: all on the alpha side, but still learning.
    case inactive(layer: Int)
  }

  /// The first hidden layer whose every unit is inactive at every data
  /// point, as built; nil when there is none, or for a function that is not
  /// a rectifier.
  package var birth: Birth? {
    guard let index = record.inactive.firstIndex(of: spec.width) else { return nil }
    guard let slope = activation.slopeBelowZero else { return nil }
    return slope == 0 ? .dead(layer: index + 1) : .inactive(layer: index + 1)
  }
}

/// `train`: the epochs just run.
package struct TrainingReport: Sendable, Equatable {
  package var spec: NetworkSpec
  package var activation: Activation
  package var learningRate: Double
  /// One per epoch run; the last says `diverged` when the loss overflowed.
  package var records: [EpochRecord]
  /// The format it computed in.
  package var precision: Precision = .double
}

/// `sweep`: a fresh copy of the network trained at each rate.
package struct SweepReport: Sendable, Equatable {
  package var spec: NetworkSpec
  package var activation: Activation
  package var epochs: Int
  package var rows: [Row]
  /// The format it computed in.
  package var precision: Precision = .double

  package struct Row: Sendable, Equatable {
    package var learningRate: Double
    /// The last epoch's record (the diverged one, if training diverged).
    package var record: EpochRecord
  }
}

/// `sweep functions`: relu, leaky 0.01, leaky 1/5.5 and prelu trained on the
/// same shape from the same seeds at the same rates.
package struct FunctionSweepReport: Sendable, Equatable {
  /// The network as `net` built it: the shape every run takes.
  package var spec: NetworkSpec
  package var epochs: Int
  package var seeds: [UInt64]
  /// One per function and rate, function by function.
  package var rows: [Row]
  /// The format it computed in.
  package var precision: Precision = .double

  /// The functions compared, in order: relu, Leaky ReLU with the usual 0.01
  /// and with 1/5.5 (RReLU's test slope in Xu et al.'s paper, where it did
  /// best of the fixed slopes), and PReLU from 0.25.
  package static let functions: [Activation] = [
    .relu, .leaky(alpha: 0.01), .leaky(alpha: 1 / 5.5), Activation(.prelu, parameter: 0),
  ]

  package struct Row: Sendable, Equatable {
    package var activation: Activation
    package var learningRate: Double
    /// The last record of each run, one per network seed S (the diverged
    /// one, if training diverged).
    package var records: [EpochRecord]

    /// The mean of `values`; nil when there are none.
    private static func mean(_ values: [Double]) -> Double? {
      values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    /// The runs that did not diverge.
    private var finished: [EpochRecord] { records.filter { $0.status != .diverged } }

    package var meanDead: Double { Self.mean(records.map { Double($0.totalDead) }) ?? 0 }
    package var meanInactive: Double { Self.mean(records.map { Double($0.totalInactive) }) ?? 0 }
    /// The mean final loss of the runs that did not diverge; nil when all did.
    package var meanLoss: Double? { Self.mean(finished.map(\.loss)) }
    package var diverged: Int { records.count { $0.status == .diverged } }
    /// PReLU's mean learned slope, averaged over the runs that did not
    /// diverge; nil for the other functions, or when every run diverged.
    package var meanSlope: Double? { Self.mean(finished.compactMap(\.slopes?.mean)) }
  }
}

/// `twin` and `sweep precision`: two copies of the network, f'(0) apart,
/// trained side by side for each precision and seed.
package struct TwinReport: Sendable, Equatable {
  /// The network as `net` built it (its seed is the default seed).
  package var spec: NetworkSpec
  package var activation: Activation
  package var epochs: Int
  /// Points per mini-batch; nil for full batch.
  package var batch: Int?
  package var rate: Double
  /// The precisions run, in the order given.
  package var precisions: [Precision]
  /// One per precision and seed, precision by precision, seeds in the order given.
  package var runs: [TwinRun]
  /// Whether `sweep precision` made it (else `twin`).
  package var fromSweep: Bool

  /// f'(0) of each copy, as a formula: `relu'(0) = 0`, `leaky'(0) = alpha`.
  package var rules: [String] {
    let name = activation.kind.rawValue
    let left = activation.kind == .leaky ? "alpha" : "0"
    return ["\(name)'(0) = \(left)", "\(name)'(0) = 1"]
  }
}
