extension Network {
  /// The network's state as built or as left, computed in `precision`: loss
  /// and unit counts.
  ///
  /// A `cancellation` that stops it makes the record meaningless: look at it after.
  package func record(
    epoch: Int, activation f: Activation, atZero: GradientAtZero,
    precision: Precision = .double, cancellation: Cancellation? = nil
  ) -> EpochRecord {
    switch precision {
    case .half: record(HalfFormat.self, epoch, f, atZero, cancellation)
    case .single: record(NativeFormat<Float>.self, epoch, f, atZero, cancellation)
    case .double: record(NativeFormat<Double>.self, epoch, f, atZero, cancellation)
    }
  }

  private func record<F: TrainingFormat>(
    _: F.Type, _ epoch: Int, _ f: Activation, _ atZero: GradientAtZero,
    _ cancellation: Cancellation?
  ) -> EpochRecord {
    var trainer = NetworkTrainer<F>(
      self, activation: f, atZero: atZero, cancellation: cancellation)
    let loss = trainer.forwardCurrent()
    if trainer.stopped {
      return EpochRecord(
        epoch: epoch, loss: loss, dead: [], inactive: [], activeFraction: 0, status: .diverged)
    }
    return trainer.record(
      epoch: epoch, loss: loss, status: loss.isFinite ? .running : .diverged)
  }

  /// y_hat at each data point, and whether each first-layer unit is dead,
  /// computed in `precision`.
  ///
  /// A `cancellation` that stops it makes them meaningless: look at it after.
  package func predictions(
    activation f: Activation, atZero: GradientAtZero, precision: Precision = .double,
    cancellation: Cancellation? = nil
  ) -> (outputs: [Double], deadFirstLayer: [Bool]) {
    func run<F: TrainingFormat>(_: F.Type) -> (outputs: [Double], deadFirstLayer: [Bool]) {
      var trainer = NetworkTrainer<F>(
        self, activation: f, atZero: atZero, cancellation: cancellation)
      _ = trainer.forwardCurrent()
      return (trainer.outputs, trainer.deadFirstLayerUnits)
    }
    switch precision {
    case .half: return run(HalfFormat.self)
    case .single: return run(NativeFormat<Float>.self)
    case .double: return run(NativeFormat<Double>.self)
    }
  }

  /// Where each first-layer unit's z = w x + b crosses 0: x = -b / w (nil for w = 0).
  package var kinks: [Double?] {
    zip(weights[0], biases[0]).map { w, b in w == 0 ? nil : -b / w }
  }

  /// Trains `epochs` epochs of full-batch gradient descent at `rate` in
  /// `precision` (the parameters and data rounded to it first), numbering
  /// them after `epoch`.
  ///
  /// A step whose loss is not finite stops training: its record says
  /// `diverged` (with that loss, and the units of the last finite state), and
  /// the network stays as it was before that step.
  ///
  /// A `cancellation` that stops it leaves the network as it was and
  /// returns no records.
  /// - Returns: One record per epoch run.
  /// - Complexity: O(epochs * points * (width + (depth - 1) * width^2)).
  package mutating func train(
    epochs: Int, rate: Double, after epoch: Int, activation f: Activation,
    atZero: GradientAtZero, precision: Precision = .double, cancellation: Cancellation? = nil
  ) -> [EpochRecord] {
    switch precision {
    case .half: train(HalfFormat.self, epochs, rate, epoch, f, atZero, cancellation)
    case .single: train(NativeFormat<Float>.self, epochs, rate, epoch, f, atZero, cancellation)
    case .double: train(NativeFormat<Double>.self, epochs, rate, epoch, f, atZero, cancellation)
    }
  }

  private mutating func train<F: TrainingFormat>(
    _: F.Type, _ epochs: Int, _ rate: Double, _ epoch: Int, _ f: Activation,
    _ atZero: GradientAtZero, _ cancellation: Cancellation?
  ) -> [EpochRecord] {
    var records: [EpochRecord] = []
    records.reserveCapacity(epochs)
    let finished = descend(
      F.self, epochs: epochs, rate: rate, activation: f, atZero: atZero,
      cancellation: cancellation
    ) { trainer, index, loss in
      records.append(
        trainer.record(
          epoch: epoch + index, loss: loss, status: loss.isFinite ? .running : .diverged))
    }
    return finished == nil ? [] : records
  }

  /// Trains exactly as ``train(epochs:rate:after:activation:atZero:precision:cancellation:)``
  /// does, in `Double`, keeping no records (which cost a pass over every unit
  /// per epoch).
  ///
  /// A `cancellation` that stops it leaves the network as it was.
  /// - Returns: y_hat at each data point after training, or nil when stopped.
  /// - Complexity: O(epochs * points * (width + (depth - 1) * width^2)).
  package mutating func trainedOutputs(
    epochs: Int, rate: Double, activation f: Activation, atZero: GradientAtZero,
    cancellation: Cancellation? = nil
  ) -> [Double]? {
    descend(
      NativeFormat<Double>.self, epochs: epochs, rate: rate, activation: f, atZero: atZero,
      cancellation: cancellation
    ) { _, _, _ in }
  }

  /// The loop of training in `T`: `epochs` (at least 1) steps of gradient descent.
  ///
  /// It stops after the first step whose loss is not finite (which leaves the
  /// last finite state). `each` sees the trainer after every epoch run, with
  /// the epoch's number from 1 and its loss.
  /// - Returns: y_hat at each data point of the network left, or nil when a
  ///   `cancellation` stopped it (the network then stays as it was).
  private mutating func descend<F: TrainingFormat>(
    _: F.Type, epochs: Int, rate: Double, activation f: Activation, atZero: GradientAtZero,
    cancellation: Cancellation?, each: (NetworkTrainer<F>, Int, Double) -> Void
  ) -> [Double]? {
    var trainer = NetworkTrainer<F>(
      self, activation: f, atZero: atZero, cancellation: cancellation)
    _ = trainer.forwardCurrent()
    for index in 1...max(1, epochs) {
      let loss = trainer.epoch(rate: rate)
      if trainer.stopped { return nil }
      each(trainer, index, loss)
      if !loss.isFinite { break }
    }
    if trainer.stopped { return nil }
    self = trainer.trained
    return trainer.outputs
  }
}
