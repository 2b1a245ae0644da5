/// What a command produced: a structured value that a front end renders
/// (``TextReport`` for text, ``JSONReport`` for JSON Lines, the lab's screen).
package enum CommandOutput: Sendable, Equatable {
  /// A setting changed; `value` as `show` prints it, and what it means when
  /// that is worth saying (grad0's convention).
  case setting(name: String, value: String, meaning: String?)
  /// `show`: every setting.
  case settings([SessionSettings.Row])
  /// `use`: the layer feed and backward now go through.
  case layer(Activation)
  case feed(FeedReport)
  case backward(BackwardReport)
  case forward(ForwardReport)
  /// `plot`: the scene now plotted, drawn at the session's plot size.
  case plot(PlotReport)
  /// `decay`: the simulation is set up at its start.
  case decay(DecayReport)
  /// `step N`: the points taken, and where the run stands.
  case steps(StepsReport)
  /// `run`: how the run ended.
  case run(RunReport)
  /// `reset`: back at the start.
  case reset(DecayReport)
  case compare(CompareReport)
  /// `say TEXT`.
  case say(String)
  /// `pause`: a front end that can wait for a key does so, showing the
  /// session as it stands (it cannot read the interpreter while it runs).
  case pause(SessionSnapshot)
  case help(HelpReport)
  /// `quit`: the session (or script) ends here.
  case quit
  /// Something worth telling that is not a failure.
  case note(String)
  /// `export`: the file written.
  case exported(format: ExportFormat, path: String, series: [PlotSeries])
}

/// What a screen shows of a session: its plot and its status line.
package struct SessionSnapshot: Sendable, Equatable {
  package var scene: PlotScene
  package var status: SessionStatus
}

/// `feed`: a pass through the session's layer.
package struct FeedReport: Sendable, Equatable {
  package var activation: Activation
  package var input: Tensor
  package var output: Tensor
  /// f'(z) per element, which backward multiplies by.
  package var mask: Tensor
  package var statistics: FeedStatistics
  /// The seed of `random`, so the draw can be repeated.
  package var seed: UInt64?
}

/// `backward`: upstream * mask.
package struct BackwardReport: Sendable, Equatable {
  package var activation: Activation
  package var upstream: Tensor
  package var gradient: Tensor
}

/// `forward`: f applied with no layer state.
package struct ForwardReport: Sendable, Equatable {
  package var activation: Activation
  package var input: Tensor
  package var output: Tensor
  package var seed: UInt64?
}

/// `plot`: what is plotted, and the plot drawn at the session's size.
package struct PlotReport: Sendable, Equatable {
  package var scene: PlotScene
  package var canvas: Canvas
}

/// A decay simulation's identity and latest point.
package struct DecayReport: Sendable, Equatable {
  package var activation: Activation
  package var start: Double
  package var target: Double
  package var learningRate: Double
  package var current: DecayStep
  package var status: DecayStatus
}

/// `step N`: the new points.
package struct StepsReport: Sendable, Equatable {
  package var activation: Activation
  package var steps: [DecayStep]
  package var status: DecayStatus
  package var target: Double
}

/// `run`: the final point and how the run ended (`limit` if it ran out of steps).
package struct RunReport: Sendable, Equatable {
  package var activation: Activation
  package var status: DecayStatus
  package var final: DecayStep
  package var target: Double
}

/// `compare`: one decay per function, the same start, target and rate.
package struct CompareReport: Sendable, Equatable {
  package var start: Double
  package var target: Double
  package var learningRate: Double
  package var rows: [Row]

  package struct Row: Sendable, Equatable {
    package var activation: Activation
    package var status: DecayStatus
    package var final: DecayStep
  }
}

/// `help`: the index, or one command.
package enum HelpReport: Sendable, Equatable {
  case index
  case command(name: String)
}
