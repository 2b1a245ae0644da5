/// `twin [epochs E] [batch B] [seeds S...]`, as written.
package struct TwinCommand: Sendable, Equatable {
  /// Epochs; nil for ``Limits/defaultTwinEpochs``.
  package var epochs: Located<Int>?
  /// Points per mini-batch; nil for full batch.
  package var batch: Located<Int>?
  /// The seeds of the networks trained; empty for the network's own.
  package var seeds: [Located<UInt64>]

  package init(
    epochs: Located<Int>? = nil, batch: Located<Int>? = nil, seeds: [Located<UInt64>] = []
  ) {
    self.epochs = epochs
    self.batch = batch
    self.seeds = seeds
  }
}

/// `sweep lr A... [epochs E]` or `sweep precision P... [epochs E] [batch B]
/// [seeds S...]`, as written: exactly one of the two lists is given, and
/// batch and seeds only with precision (the interpreter says so, pointing
/// at what is wrong).
package struct SweepCommand: Sendable, Equatable {
  /// The learning rates, each where it was written.
  package var rates: [Located<Double>]
  /// The precisions, each where it was written.
  package var precisions: [Located<Precision>]
  /// The twin's options; its epochs are the rates' epochs too.
  package var twin: TwinCommand
  /// Where `functions` was written: relu, leaky 0.01, leaky 1/5.5 and prelu
  /// side by side at each rate and seed; nil when it was not.
  package var functions: SourceRange? = nil

  package init(
    rates: [Located<Double>] = [], precisions: [Located<Precision>] = [],
    twin: TwinCommand = TwinCommand()
  ) {
    self.rates = rates
    self.precisions = precisions
    self.twin = twin
  }

  /// `sweep lr A B ... [epochs E]`.
  package init(rates: [Double], epochs: Located<Int>?, at range: SourceRange) {
    self.init(
      rates: rates.map { Located(value: $0, range: range) }, twin: TwinCommand(epochs: epochs))
  }
}
