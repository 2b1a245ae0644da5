/// `net`: the network as built, at epoch 0.
package struct NetworkReport: Sendable, Equatable {
  package var spec: NetworkSpec
  /// The hidden layers' activation, with the session's alpha.
  package var activation: Activation
  package var record: EpochRecord
}

/// `train`: the epochs just run.
package struct TrainingReport: Sendable, Equatable {
  package var spec: NetworkSpec
  package var activation: Activation
  package var learningRate: Double
  /// One per epoch run; the last says `diverged` when the loss overflowed.
  package var records: [EpochRecord]
}

/// `sweep`: a fresh copy of the network trained at each rate.
package struct SweepReport: Sendable, Equatable {
  package var spec: NetworkSpec
  package var activation: Activation
  package var epochs: Int
  package var rows: [Row]

  package struct Row: Sendable, Equatable {
    package var learningRate: Double
    /// The last epoch's record (the diverged one, if training diverged).
    package var record: EpochRecord
  }
}
