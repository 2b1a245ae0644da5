/// What a command produced: a structured value that a front end renders
/// (``TextReport`` for text, ``JSONReport`` for JSON Lines, the lab's screen).
package enum CommandOutput: Sendable, Equatable {
  /// A setting changed, and its new value.
  case setting(SettingName, SettingValue)
  /// `show`: every setting.
  case settings(SessionSettings)
  /// `use`: the layer feed and backward now go through.
  case layer(Activation)
  case feed(FeedReport)
  case backward(BackwardReport)
  case forward(ForwardReport)
  /// `plot`: the series now plotted (the scene in the render context shows them).
  case plot([PlotSeries])
  /// `decay`: the simulation is set up at its start.
  case decay(DecayReport)
  /// `step N`: the points taken, and where the run stands.
  case steps(StepsReport)
  /// `step` on a decay that had already ended: nothing moved.
  case finished(DecayReport)
  /// `run`: how the run ended.
  case run(RunReport)
  /// `reset`: back at the start.
  case reset(DecayReport)
  case compare(CompareReport)
  /// `say TEXT`.
  case say(String)
  /// `pause`: a front end that can wait for a key does so, showing the
  /// session as the render context holds it (it cannot read the interpreter
  /// while it runs).
  case pause(String)
  /// `title TEXT`: a section begins.
  case title(String)
  /// `lesson`: the lessons in the session's language.
  case lessons([Lesson])
  /// `record FILE` (started) or `record stop`: the file and the commands in it.
  case recording(path: String, started: Bool, commands: Int)
  /// `save FILE`: the file written and the commands in it.
  case saved(path: String, commands: Int)
  case help(HelpTopic)
  /// `quit`: the session (or script) ends here.
  case quit
  /// `export`: the file written and what it shows (`relu relu'`, `the step chart`),
  /// in each language.
  case exported(format: ExportFormat, path: String, subject: Words)
  /// `clear`: which overlay was taken off the plot (nil: both).
  case cleared(ClearTarget?)
  /// `net`: the network built.
  case network(NetworkReport)
  /// `train`: the epochs run.
  case training(TrainingReport)
  /// `sweep`: one row per rate.
  case sweep(SweepReport)
  /// `sweep functions`: one row per function and rate.
  case functionSweep(FunctionSweepReport)
  /// `twin` and `sweep precision`: one row per precision and seed.
  case twin(TwinReport)
  /// `born`: the census, one cell per width and depth.
  case census(CensusReport)
  /// `view`: the view on screen, whether the command switched to it, and
  /// the other activities there is a view for.
  case view(shown: ViewName, switched: Bool, others: [ViewName])
  /// `trace`: the readout where the cursor stands; nil: it was taken off.
  case trace(TraceReadout?)
  /// `toggle`: the curve, and whether it is now hidden.
  case toggled(PlotSeries, hidden: Bool)

  /// The command that produced it (JSON's `"cmd"`).
  package var command: CommandName {
    switch self {
    case .setting: .set
    case .settings: .show
    case .layer: .use
    case .feed: .feed
    case .backward: .backward
    case .forward: .forward
    case .plot: .plot
    case .decay: .decay
    case .steps, .finished: .step
    case .run: .run
    case .reset: .reset
    case .compare: .compare
    case .say: .say
    case .pause: .pause
    case .title: .title
    case .lessons: .lesson
    case .recording: .record
    case .saved: .save
    case .help: .help
    case .quit: .quit
    case .exported: .export
    case .network: .net
    case .training: .train
    case .sweep, .functionSweep: .sweep
    case .twin(let report): report.fromSweep ? .sweep : .twin
    case .census: .born
    case .cleared: .clear
    case .view: .view
    case .trace: .trace
    case .toggled: .toggle
    }
  }
}

/// `feed`: a pass through the session's layer.
package struct FeedReport: Sendable, Equatable {
  package var activation: Activation
  package var input: Tensor
  package var output: Tensor
  package var statistics: FeedStatistics
  /// The seed of `random`, so the draw can be repeated.
  package var seed: UInt64?
  /// The layer fed, holding the mask as two bits per element: backward goes
  /// through it.
  let layer: FedLayer

  /// f'(z) per element, which backward multiplies by.
  ///
  /// Computed when asked (a renderer asks once), not kept: at 10^7 values a
  /// kept mask would hold 80 MB for as long as the feed is the last one.
  /// - Complexity: O(n); one allocation.
  package var mask: Tensor { layer.mask }

  /// f'(z) per element read from the layer's packed mask, for renderers that
  /// show a few elements of a long feed.
  var maskElements: RectifierMask { layer.packedMask }

  /// Equal when everything shown is equal, the mask included.
  /// - Complexity: O(n): computes both masks.
  package static func == (lhs: FeedReport, rhs: FeedReport) -> Bool {
    lhs.activation == rhs.activation && lhs.input == rhs.input && lhs.output == rhs.output
      && lhs.statistics == rhs.statistics && lhs.seed == rhs.seed && lhs.mask == rhs.mask
  }
}

/// `backward`: upstream * mask.
package struct BackwardReport: Sendable, Equatable {
  package var activation: Activation
  package var upstream: Tensor
  package var gradient: Tensor
}

/// `forward`: f (or f') applied with no layer state.
package struct ForwardReport: Sendable, Equatable {
  package var activation: Activation
  /// Whether the output is f'(input) rather than f(input).
  package var isDerivative = false
  package var input: Tensor
  package var output: Tensor
  package var seed: UInt64?
}

/// A decay simulation's identity and latest point.
package struct DecayReport: Sendable, Equatable {
  package var activation: Activation
  package var start: Double
  package var target: Double
  package var learningRate: Double
  package var current: DecayStep
  package var status: DecayStatus
  /// What `decay` took from F4's defaults, said in one line; nil when all was given.
  package var defaults: DecayDefaults? = nil
}

/// What a `decay` left out and took as F4 takes it.
package struct DecayDefaults: Sendable, Equatable {
  /// F left out: the layer's function.
  package var function: Bool
  /// `from A to B` left out: the chapter's 0.9 to 0.5.
  package var range: Bool
}

/// `step N`: the new points.
package struct StepsReport: Sendable, Equatable {
  package var activation: Activation
  package var steps: [DecayStep]
  package var status: DecayStatus
  package var start: Double
  package var target: Double
  /// How far the last step lies past the target (``DecaySimulation/overshoot``).
  package var overshoot: Double
}

/// `run`: the final point and how the run ended (`limit` if it ran out of steps).
package struct RunReport: Sendable, Equatable {
  package var activation: Activation
  package var status: DecayStatus
  package var final: DecayStep
  package var start: Double
  package var target: Double
  /// How far the final point lies past the target (``DecaySimulation/overshoot``).
  package var overshoot: Double
}

/// `compare`: one decay per function, the same start, target and rate.
package struct CompareReport: Sendable, Equatable {
  package var start: Double
  package var target: Double
  package var learningRate: Double
  package var rows: [Row]
  /// The function added to race the one given (relu, or sigmoid for relu); nil
  /// when the command named the functions.
  package var added: Activation? = nil
  /// The precisions each function ran in, when the command named them: the
  /// table then has a precision column.
  package var precisions: [Precision]? = nil

  package struct Row: Sendable, Equatable {
    package var activation: Activation
    package var status: DecayStatus
    package var final: DecayStep
    /// How far the final point lies past the target (``DecaySimulation/overshoot``).
    package var overshoot: Double
    /// The precision the run computed in.
    package var precision: Precision = .double
  }
}
