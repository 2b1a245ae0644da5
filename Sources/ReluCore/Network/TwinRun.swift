/// One epoch of a twin run.
package struct TwinEpoch: Sendable, Equatable {
  package var epoch: Int
  /// Each copy's loss over every data point after the epoch.
  package var losses: (Double, Double)
  /// Pre-activations z exactly 0 (or -0.0) that copy 0 met in the forward
  /// passes its gradients came from, over every hidden unit and point.
  package var zeros: Int
  /// Whether any parameter's gradient differed bit for bit between the
  /// copies in some step of the epoch.
  package var differs: Bool

  package init(epoch: Int, losses: (Double, Double), zeros: Int, differs: Bool) {
    self.epoch = epoch
    self.losses = losses
    self.zeros = zeros
    self.differs = differs
  }

  package static func == (l: Self, r: Self) -> Bool {
    l.epoch == r.epoch && l.losses.0.bitPattern == r.losses.0.bitPattern
      && l.losses.1.bitPattern == r.losses.1.bitPattern && l.zeros == r.zeros
      && l.differs == r.differs
  }
}

/// A twin run of one seed: what happened epoch by epoch, and where the two
/// copies ended.
package struct TwinRun: Sendable, Equatable {
  package var seed: UInt64
  package var precision: Precision
  /// One per epoch run; a run stops after an epoch where a loss is not finite.
  package var epochs: [TwinEpoch]
  /// The largest |p0 - p1| over every matching pair of parameters at the end.
  package var largestDifference: Double

  /// Every z = 0 met by copy 0.
  package var zeros: Int { epochs.reduce(0) { $0 + $1.zeros } }
  /// The first epoch whose gradients differed, if any.
  package var firstDifference: Int? { epochs.first(where: \.differs)?.epoch }
  /// How many epochs had differing gradients.
  package var differingEpochs: Int { epochs.count(where: \.differs) }
  /// Each copy's loss at the end (as built when no epoch ran).
  package var finalLosses: (Double, Double) { epochs.last?.losses ?? (.nan, .nan) }
  /// The epoch at which a loss stopped being finite, if one did.
  package var divergedAt: Int? {
    guard let last = epochs.last, !(last.losses.0.isFinite && last.losses.1.isFinite)
    else { return nil }
    return last.epoch
  }
}
