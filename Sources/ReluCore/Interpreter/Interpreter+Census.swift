/// `born`: the census of networks born dead, and with `train EPOCHS` of those
/// that end constant after training.
package struct CensusReport: Sendable, Equatable {
  /// What was counted; `spec.training` is what each network was trained on.
  package var spec: CensusSpec
  /// The hidden layers' activation, with the session's alpha.
  package var activation: Activation
  /// Widths down, depths across: row-major, `spec.depths.count` per width.
  package var cells: [CensusCell]
}

extension Interpreter {
  /// `born`: counts the networks born dead (or inactive), with the defaults
  /// for what was not written; with `train EPOCHS`, trains each as `train`
  /// would (the session's lr and grad0 unless `lr` is written) and counts
  /// those that end constant.
  mutating func census(_ command: BornCommand, at range: SourceRange) throws(CommandError)
    -> CensusReport
  {
    let kind = command.activation?.value ?? .relu
    if !kind.isRectifier {
      throw CommandError(
        CensusMessage.neverDead(function: kind.rawValue).words,
        at: command.activation?.range ?? range)
    }
    let f = kind.activation(settings.parameters)
    let alpha = f.slopeBelowZero ?? 0
    let spec = CensusSpec(
      activation: kind, alpha: alpha,
      widths: command.widths.isEmpty ? CensusSpec.defaultWidths : command.widths,
      depths: command.depths.isEmpty ? CensusSpec.defaultDepths : command.depths,
      trials: command.trials?.value ?? CensusSpec.defaultTrials,
      initialization: command.initialization ?? .he, bias: command.bias?.value ?? .zero,
      seed: command.seed ?? unseededDraw(), training: try training(command))
    guard spec.work <= NetworkSpec.maxWork else {
      throw CommandError(
        CensusMessage.tooMuchWork(spec.work, most: NetworkSpec.maxWork).words,
        at: command.trials?.range ?? range)
    }
    if let epochs = command.train {
      let work = spec.work + spec.trainingWork
      guard work <= NetworkSpec.maxWork else {
        throw CommandError(
          CensusMessage.tooMuchTraining(work, most: NetworkSpec.maxWork).words, at: epochs.range)
      }
      // One network at a time, the largest at most.
      if let width = spec.widths.max(), let depth = spec.depths.max() {
        let largest = spec.networkSpec(
          width: width, depth: depth, seed: 0, target: spec.training?.target ?? .abs)
        try checkMemory(largest.memoryBytes, for: "born", at: range)
      }
    }
    guard let cells = spec.run(cancellation: cancellation) else {
      throw stoppedError(at: range)
    }
    return CensusReport(spec: spec, activation: f, cells: cells)
  }

  /// `train E [lr R] [data abs|sin]` as `train` would run it: the session's
  /// lr and grad0 unless written; nil without `train`.
  private func training(_ command: BornCommand) throws(CommandError) -> CensusTraining? {
    guard let epochs = command.train else {
      if let rate = command.learningRate {
        throw CommandError(CensusMessage.needsTrain(option: "lr").words, at: rate.range)
      }
      if let target = command.target {
        throw CommandError(CensusMessage.needsTrain(option: "data").words, at: target.range)
      }
      return nil
    }
    if let bias = command.bias, bias.value == .he {
      throw CommandError(CensusMessage.trainWithBiasHe.words, at: bias.range)
    }
    return CensusTraining(
      epochs: epochs.value, rate: command.learningRate?.value ?? settings.learningRate,
      target: command.target?.value ?? CensusTraining.defaultTarget,
      atZero: settings.gradientAtZero)
  }
}
