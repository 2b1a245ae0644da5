extension Network {
  /// The network's state as built or as left: loss and unit counts.
  package func record(epoch: Int, activation f: Activation, atZero: GradientAtZero)
    -> EpochRecord
  {
    var trainer = NetworkTrainer(self, activation: f, atZero: atZero)
    let loss = trainer.forwardCurrent()
    return trainer.record(
      epoch: epoch, loss: loss, status: loss.isFinite ? .running : .diverged)
  }

  /// y_hat at each data point, and whether each first-layer unit is dead.
  package func predictions(activation f: Activation, atZero: GradientAtZero)
    -> (outputs: [Double], deadFirstLayer: [Bool])
  {
    var trainer = NetworkTrainer(self, activation: f, atZero: atZero)
    _ = trainer.forwardCurrent()
    return (trainer.outputs, trainer.deadFirstLayerUnits)
  }

  /// Where each first-layer unit's z = w x + b crosses 0: x = -b / w (nil for w = 0).
  package var kinks: [Double?] {
    zip(weights[0], biases[0]).map { w, b in w == 0 ? nil : -b / w }
  }

  /// Trains `epochs` epochs of full-batch gradient descent at `rate`,
  /// numbering them after `epoch`.
  ///
  /// A step whose loss is not finite stops training: its record says
  /// `diverged` (with that loss, and the units of the last finite state), and
  /// the network stays as it was before that step.
  /// - Returns: One record per epoch run.
  /// - Complexity: O(epochs * points * (width + (depth - 1) * width^2)).
  package mutating func train(
    epochs: Int, rate: Double, after epoch: Int, activation f: Activation,
    atZero: GradientAtZero
  ) -> [EpochRecord] {
    var trainer = NetworkTrainer(self, activation: f, atZero: atZero)
    _ = trainer.forwardCurrent()
    var records: [EpochRecord] = []
    records.reserveCapacity(epochs)
    for index in 1...max(1, epochs) {
      let loss = trainer.epoch(rate: rate)
      guard loss.isFinite else {
        records.append(trainer.record(epoch: epoch + index, loss: loss, status: .diverged))
        break
      }
      records.append(trainer.record(epoch: epoch + index, loss: loss, status: .running))
    }
    self = trainer.current
    return records
  }
}
