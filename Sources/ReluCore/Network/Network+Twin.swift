extension Network {
  /// Two copies of this network trained by `spec` (see ``TwinSpec``), or nil
  /// when `cancellation` stopped it.
  ///
  /// `f` is the hidden layers' activation; for sigmoid and tanh, which have
  /// no kink, the two copies are one network and no gradient can differ.
  /// - Complexity: O(epochs * points * (width + (depth - 1) * width^2)),
  ///   twice, and a forward pass over the data per epoch per copy more with
  ///   mini-batches.
  package func twin(_ spec: TwinSpec, activation f: Activation, cancellation: Cancellation? = nil)
    -> TwinRun?
  {
    switch spec.precision {
    case .half: twin(HalfFormat.self, spec, f, cancellation)
    case .single: twin(NativeFormat<Float>.self, spec, f, cancellation)
    case .double: twin(NativeFormat<Double>.self, spec, f, cancellation)
    }
  }

  private func twin<F: TrainingFormat>(
    _: F.Type, _ spec: TwinSpec, _ f: Activation, _ cancellation: Cancellation?
  ) -> TwinRun? {
    var left = NetworkTrainer<F>(
      self, activation: f, atZero: TwinSpec.rules.0, cancellation: cancellation)
    var right = NetworkTrainer<F>(
      self, activation: f, atZero: TwinSpec.rules.1, cancellation: cancellation)
    _ = left.forwardCurrent()
    _ = right.forwardCurrent()
    let points = self.spec.points
    let batch = spec.batch.map { min(max($0, 1), points) } ?? points
    var order = Array(0..<points)
    var generator = SplitMix64(seed: self.spec.seed)
    var epochs: [TwinEpoch] = []
    epochs.reserveCapacity(spec.epochs)
    for epoch in 1...max(1, spec.epochs) {
      left.beginEpoch()
      right.beginEpoch()
      if batch < points {
        for i in stride(from: points - 1, to: 0, by: -1) {
          order.swapAt(i, Int(generator.next() % UInt64(i + 1)))
        }
      }
      var zeros = 0
      var differs = false
      for start in stride(from: 0, to: points, by: batch) {
        let group = batch < points ? order[start..<min(start + batch, points)] : nil
        left.gradient(points: group)
        right.gradient(points: group)
        if left.stopped || right.stopped { return nil }
        zeros &+= left.zerosInLastPass
        if !differs, !left.hasSameGradient(as: right) { differs = true }
        left.stepNext(rate: spec.rate)
        right.stepNext(rate: spec.rate)
      }
      let losses = (left.finishEpoch(), right.finishEpoch())
      if left.stopped || right.stopped { return nil }
      epochs.append(TwinEpoch(epoch: epoch, losses: losses, zeros: zeros, differs: differs))
      if !(losses.0.isFinite && losses.1.isFinite) { break }
    }
    return TwinRun(
      seed: self.spec.seed, precision: spec.precision, epochs: epochs,
      largestDifference: left.current.largestDifference(from: right.current))
  }
}
