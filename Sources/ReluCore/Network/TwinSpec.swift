/// What `twin` runs: two copies of one network trained side by side, the
/// same in everything but f'(0) of their rectifier.
///
/// Copy 0 takes the left slope at z = 0 (relu'(0) = 0, leaky'(0) = alpha),
/// copy 1 the right slope (relu'(0) = leaky'(0) = 1). Both start from the
/// network as built, with its parameters and data rounded to ``precision``,
/// and compute in it. An epoch is one full-batch step, or with ``batch`` B
/// one step per mini-batch: the data points in an order drawn afresh every
/// epoch (a Fisher-Yates shuffle by a SplitMix64 generator seeded with the
/// network's seed: swap point i with point `next() % (i + 1)`, i from the
/// last down), cut into groups of B in that order (the last one smaller when
/// B does not divide the points). Both copies see the same groups.
package struct TwinSpec: Sendable, Equatable {
  /// Epochs, at least 1.
  package var epochs: Int
  /// Points per mini-batch; nil (or as many as the points) is full batch.
  package var batch: Int?
  /// The learning rate.
  package var rate: Double
  /// The format both copies compute in.
  package var precision: Precision

  package init(epochs: Int, batch: Int?, rate: Double, precision: Precision) {
    self.epochs = epochs
    self.batch = batch
    self.rate = rate
    self.precision = precision
  }

  /// The two copies' rules at z = 0, copy 0 then copy 1.
  package static let rules = (GradientAtZero.left, GradientAtZero.right)
}
