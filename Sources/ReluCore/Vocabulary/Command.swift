/// A value together with the source bytes it came from, so that an error
/// found later (at run time) can still point at it.
package struct Located<Value: Sendable & Equatable>: Sendable, Equatable {
  package var value: Value
  package var range: SourceRange

  package init(value: Value, range: SourceRange) {
    self.value = value
    self.range = range
  }

  /// A value a front end made rather than parsed: it spans no source (a
  /// command run from it is written out with ``Command/text`` first).
  package init(_ value: Value) {
    self.init(value: value, range: SourceRange(start: 0, end: 0))
  }
}

/// One parsed command: the syntax tree of the command language.
package enum Command: Sendable, Equatable {
  case set(Setting)
  case show
  case use(ActivationKind)
  case feed(Located<VectorSpec>)
  case backward(Located<VectorSpec>)
  /// A function or a derivative, applied with no layer state.
  case forward(PlotSeries, Located<VectorSpec>)
  case plot([PlotSeries])
  case decay(DecaySpec)
  case step(Int)
  case run(maxSteps: Int?)
  case reset
  case compare(CompareSpec)
  /// nil: both overlays.
  case clear(ClearTarget?)
  case load(Located<String>)
  case say(String)
  /// A section's name.
  case title(String)
  /// What to show while waiting; empty for nothing.
  case pause(String)
  /// A shipped lesson by number, or nil to list them.
  case lesson(Located<Int>?)
  /// Start recording to a file, or (nil) stop.
  case record(RecordTarget?)
  /// `save FILE [replace]`: write the session as a script that `load` brings back.
  case save(RecordTarget)
  case help(HelpTopic)
  case quit
  case export(ExportFormat, Located<String>)
  /// `net F [width N] [depth D] [data NAME] [points M] [seed S]`.
  case net(NetCommand)
  /// `train [EPOCHS] [lr ETA]`.
  case train(epochs: Located<Int>?, learningRate: Double?)
  /// `sweep lr A B ... [epochs E]`, or `sweep precision P... [epochs E]
  /// [batch B] [seeds S...]`.
  case sweep(SweepCommand)
  /// `twin [epochs E] [batch B] [seeds S...]`.
  case twin(TwinCommand)
  /// `born [F] [width N...] [depth D...] [trials T] [init he|asym] [bias zero|he] [seed S]
  /// [train E] [lr R] [data abs|sin]`.
  case born(BornCommand)
  /// `view [NAME]`: switch the plot pane to a view, or (nil) say what it shows.
  case view(Located<ViewName>?)
  /// `trace [Z] [next|previous|first|last|off]`: the cursor on the view shown.
  case trace(TraceSpec)
  /// `toggle F`: hide a plotted curve, or show it again.
  case toggle(PlotSeries)

  /// The command's name in the vocabulary.
  package var name: CommandName {
    switch self {
    case .set: .set
    case .show: .show
    case .use: .use
    case .feed: .feed
    case .backward: .backward
    case .forward: .forward
    case .plot: .plot
    case .decay: .decay
    case .step: .step
    case .run: .run
    case .reset: .reset
    case .compare: .compare
    case .clear: .clear
    case .load: .load
    case .say: .say
    case .title: .title
    case .pause: .pause
    case .lesson: .lesson
    case .record: .record
    case .save: .save
    case .help: .help
    case .quit: .quit
    case .export: .export
    case .net: .net
    case .train: .train
    case .sweep: .sweep
    case .twin: .twin
    case .born: .born
    case .view: .view
    case .trace: .trace
    case .toggle: .toggle
    }
  }
}

/// What `clear` takes off the plot.
package enum ClearTarget: String, Sendable, Equatable, CaseIterable {
  /// The last feed's points.
  case feed
  /// The decay's trail and its step chart.
  case decay
  /// The network's views.
  case network
}

extension Command {
  /// Whether a lesson shows the command as it runs: everything but its narration.
  package var isEchoed: Bool {
    switch self {
    case .say, .title, .pause: false
    default: true
    }
  }

  /// Whether a recording keeps the command: not `record` itself, nor `quit`,
  /// nor `save` (a replay would write the file again, or be refused it).
  var isRecorded: Bool {
    switch self {
    case .record, .quit, .save: false
    default: true
    }
  }
}

/// `record FILE [replace|append]`: where a recording goes, and what to do
/// with a file already there.
package struct RecordTarget: Sendable, Equatable {
  package var path: Located<String>
  package var mode: RecordMode

  package init(path: Located<String>, mode: RecordMode = .create) {
    self.path = path
    self.mode = mode
  }
}

/// What `export` writes.
package enum ExportFormat: String, Sendable, Equatable, CaseIterable {
  /// A vector drawing for slides and browsers.
  case svg
  /// The sampled points: x and one column per series.
  case csv
  /// The text plot, as batch mode prints it.
  case txt

  /// `an svg`, `a csv`, `a txt`: the format with its article, for messages.
  package var article: String { self == .svg ? "an svg" : "a \(rawValue)" }
}

/// Where a vector comes from: written out, or drawn at random.
package enum VectorSpec: Sendable, Equatable {
  /// A vector or matrix written in the command.
  case literal(Tensor)
  /// `count` standard normal values; the same seed gives the same values.
  case random(count: Int, seed: UInt64?)

  /// How many values it stands for.
  package var count: Int {
    switch self {
    case .literal(let tensor): tensor.count
    case .random(let count, _): count
    }
  }
}

/// Where `decay` starts.
package enum DecayStart: Sendable, Equatable {
  /// z0 = f^-1(A).
  case value(Double)
  /// The z where the session's last decay stopped.
  case last
}

/// `decay F from A|last to B [lr ETA]`.
package struct DecaySpec: Sendable, Equatable {
  /// nil: the layer's function, as F4 takes it.
  package var function: ActivationKind?
  /// nil (with `to`): the chapter's 0.9 (``DecaySimulation/chapterStart``).
  package var from: Located<DecayStart>?
  /// nil (with `from`): the chapter's 0.5 (``DecaySimulation/chapterTarget``).
  package var to: Located<Double>?
  /// nil: the session's learning rate.
  package var learningRate: Double?

  package init(
    function: ActivationKind?, from: Located<DecayStart>?, to: Located<Double>?,
    learningRate: Double? = nil
  ) {
    self.function = function
    self.from = from
    self.to = to
    self.learningRate = learningRate
  }
}

/// `net F ...`: what was written; the interpreter fills in the defaults.
package struct NetCommand: Sendable, Equatable {
  package var activation: ActivationKind
  package var width: Int?
  package var depth: Int?
  package var target: NetworkTarget?
  package var points: Int?
  /// nil: a seed drawn at random (and reported, so the run can be repeated).
  package var seed: UInt64?
  /// nil: ``NetworkInitialization/he``.
  package var initialization: NetworkInitialization?
  /// `slope unit|shared` (prelu); nil: unit.
  package var sharing: Located<SlopeSharing>? = nil
  /// `alpha0 A` (prelu); nil: 0.25.
  package var startingSlope: Located<Double>? = nil
  /// `lower L` (rrelu); nil: 1/8.
  package var lower: Located<Double>? = nil
  /// `upper U` (rrelu); nil: 1/3.
  package var upper: Located<Double>? = nil
}

/// `born ...`: what was written; the interpreter fills in the defaults.
package struct BornCommand: Sendable, Equatable {
  /// nil: relu; sigmoid and tanh parse, and the interpreter refuses them.
  package var activation: Located<ActivationKind>?
  /// Empty: ``CensusSpec/defaultWidths``.
  package var widths: [Int] = []
  /// Empty: ``CensusSpec/defaultDepths``.
  package var depths: [Int] = []
  /// nil: ``CensusSpec/defaultTrials``.
  package var trials: Located<Int>?
  /// nil: ``NetworkInitialization/he``.
  package var initialization: NetworkInitialization?
  /// nil: ``CensusBias/zero``; where it was written (`bias he` refuses `train`).
  package var bias: Located<CensusBias>?
  /// nil: a seed drawn at random (and reported, so the census can be repeated).
  package var seed: UInt64?
  /// `train E`: the epochs each network is trained; nil: not trained.
  package var train: Located<Int>?
  /// `lr R`: nil: the session's learning rate.
  package var learningRate: Located<Double>?
  /// `data abs|sin`: nil: ``CensusTraining/defaultTarget``.
  package var target: Located<NetworkTarget>?
}

/// `compare F... [from A to B] [lr ETA]`.
package struct CompareSpec: Sendable, Equatable {
  /// Never empty: `compare` alone means every function of the table but prelu and rrelu.
  package var functions: [Located<ActivationKind>]
  /// nil: the chapter's 0.9 (``DecaySimulation/chapterStart``).
  package var from: Located<Double>?
  /// nil: the chapter's 0.5 (``DecaySimulation/chapterTarget``).
  package var to: Located<Double>?
  /// nil: the session's learning rate.
  package var learningRate: Double?
  /// The precisions to run each function in, a row each (`precision half
  /// single double`); nil: the session's precision alone, and no column for it.
  package var precisions: [Precision]? = nil
}

/// A command and the source bytes it spans.
package struct Statement: Sendable, Equatable {
  package var command: Command
  package var range: SourceRange
}

/// Where `trace` moves the cursor, besides to a written position.
package enum TraceMove: String, Sendable, Equatable, CaseIterable {
  /// The next stop to the right (a feed point, a decay step, a kink), or the
  /// decay's next step.
  case next
  /// The next stop to the left, or the decay's step before.
  case previous
  /// The range's left end, or the decay's start.
  case first
  /// The range's right end, or the decay's last step.
  case last
  /// Takes the cursor off.
  case off
}

/// `trace [Z] [next|previous|first|last|off]`: what was written.
package struct TraceSpec: Sendable, Equatable {
  /// Where the cursor goes (z, a decay's step, the network's x); nil: where
  /// it stands, or its default place.
  package var at: Located<Double>?
  /// A move from there.
  package var move: Located<TraceMove>?

  package init(at: Located<Double>? = nil, move: Located<TraceMove>? = nil) {
    self.at = at
    self.move = move
  }
}
