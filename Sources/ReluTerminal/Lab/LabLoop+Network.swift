import ReluCore

extension LabLoop {
  /// The most epochs F5 trains in one animated run.
  package static var maxAnimatedEpochs: Int { 200 }

  /// Whether the network is the current activity: F4 trains an epoch and F5
  /// trains on, animated, instead of stepping a decay.
  var showsNetwork: Bool { interpreter.scene.shown.family == .net }

  /// F5 with the network shown: one epoch a frame, at the speed setting, until
  /// ``maxAnimatedEpochs``, training diverges or fails (a network too big for
  /// one epoch: the error is said once), or a key stops it.
  func animateTraining() {
    note(.trainingStarts)
    banner = .trainingRunning
    defer { banner = nil }
    for epoch in 1...Self.maxAnimatedEpochs {
      if let last = interpreter.trainingHistory.last, last.status == .diverged { return }
      let trained = runQuietly(.train(epochs: nil, learningRate: nil))
      guard exitStatus == nil, trained.failures == 0 else { return }
      render()
      // The last frame is not waited after: the next key is the input line's.
      let diverged = interpreter.trainingHistory.last?.status == .diverged
      guard epoch < Self.maxAnimatedEpochs, !diverged else { return }
      let wait = max(1, Int(1000 / interpreter.settings.animationSpeed))
      switch terminal.read(timeoutMilliseconds: wait) {
      case .timeout, .key(.resize): continue
      case .endOfInput:
        exitStatus = 0
        return
      case .signal(let number):
        handleSignal(number)
        if exitStatus != nil { return }
        note(.stopped)
        return
      case .key, .paste:
        note(.stopped)
        return
      }
    }
  }
}
