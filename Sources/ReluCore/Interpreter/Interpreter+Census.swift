/// `born`: the census of networks born dead.
package struct CensusReport: Sendable, Equatable {
  package var spec: CensusSpec
  /// The hidden layers' activation, with the session's alpha.
  package var activation: Activation
  /// Widths down, depths across: row-major, `spec.depths.count` per width.
  package var cells: [CensusCell]
}

extension Interpreter {
  /// `born`: counts the networks born dead (or inactive), with the defaults
  /// for what was not written.
  mutating func census(_ command: BornCommand, at range: SourceRange) throws(CommandError)
    -> CensusReport
  {
    let kind = command.activation?.value ?? .relu
    if kind == .sigmoid || kind == .tanh {
      throw CommandError(
        CensusMessage.neverDead(function: kind.rawValue).words,
        at: command.activation?.range ?? range)
    }
    let f = kind.activation(alpha: settings.alpha)
    var alpha = 0.0
    if case .leaky(let slope) = f { alpha = slope }
    let spec = CensusSpec(
      activation: kind, alpha: alpha,
      widths: command.widths.isEmpty ? CensusSpec.defaultWidths : command.widths,
      depths: command.depths.isEmpty ? CensusSpec.defaultDepths : command.depths,
      trials: command.trials?.value ?? CensusSpec.defaultTrials,
      initialization: command.initialization ?? .he, bias: command.bias ?? .zero,
      seed: command.seed ?? unseededDraw())
    guard spec.work <= NetworkSpec.maxWork else {
      throw CommandError(
        CensusMessage.tooMuchWork(spec.work, most: NetworkSpec.maxWork).words,
        at: command.trials?.range ?? range)
    }
    let cancellation = self.cancellation
    guard let cells = spec.run(shouldStop: { cancellation.shouldStop() }) else {
      throw CommandError(Self.stoppedMessage, at: range)
    }
    return CensusReport(spec: spec, activation: f, cells: cells)
  }
}
