import Testing

@testable import ReluCore

/// PReLU's learned slopes and RReLU's random ones in networks, and the
/// commands that build, train and compare them.
@Suite struct LearnedSlopeTests {
  private static func spec(
    _ kind: ActivationKind, width: Int = 5, depth: Int = 2, seed: UInt64 = 3
  ) -> NetworkSpec {
    var spec = NetworkSpec(
      activation: kind, width: width, depth: depth, target: .sin, points: 20, seed: seed)
    spec.randomSlopes = 0.1...0.3
    return spec
  }

  /// In a training pass every z <= 0 gets a slope in [l, u], drawn afresh
  /// (many different values); outside training every one is (l + u) / 2.
  @Test func rreluTrainingSlopesLieInTheirBoundsAndEvaluationUsesTheMean() {
    let net = Network(Self.spec(.rrelu))
    var trainer = NetworkTrainer<NativeFormat<Double>>(
      net, activation: Activation(.rrelu, parameter: 0), atZero: .left)
    _ = trainer.trainingForward()
    var drawn: Set<Double> = []
    var below = 0
    for l in 0..<2 {
      for (z, slope) in zip(trainer.z[l], trainer.slope[l]) {
        if z > 0 {
          #expect(slope == 1)
        } else {
          below += 1
          #expect((0.1...0.3).contains(slope), "\(slope)")
          drawn.insert(slope)
        }
      }
    }
    #expect(below > 50 && drawn.count == below)
    _ = trainer.forwardCurrent()
    for l in 0..<2 {
      for (z, slope) in zip(trainer.z[l], trainer.slope[l]) where z <= 0 {
        #expect(slope == (0.1 + 0.3) / 2)
      }
    }
    // The loss reported is a leaky net's with the mean slope, bit for bit:
    // the same weights, as the same seed draws them.
    let rrelu = net.record(epoch: 0, activation: Activation(.rrelu, parameter: 0), atZero: .left)
    let leaky = Network(Self.spec(.leaky)).record(
      epoch: 0, activation: .leaky(alpha: 0.2), atZero: .left)
    #expect(rrelu.loss.bitPattern == leaky.loss.bitPattern)
  }

  /// The same seed gives the same run; the generator carries on from one
  /// `train` to the next (2 + 2 epochs are 4); another noise stream gives
  /// other slopes from the same z.
  @Test func rreluIsReproducibleBySeedAndSeedsDiffer() {
    let f = Activation(.rrelu, parameter: 0)
    var once = Network(Self.spec(.rrelu))
    var twice = once
    let four = once.train(epochs: 4, rate: 0.1, after: 0, activation: f, atZero: .left)
    let first = twice.train(epochs: 2, rate: 0.1, after: 0, activation: f, atZero: .left)
    let then = twice.train(epochs: 2, rate: 0.1, after: 2, activation: f, atZero: .left)
    #expect(four == first + then && once == twice)
    var again = Network(Self.spec(.rrelu))
    #expect(again.train(epochs: 4, rate: 0.1, after: 0, activation: f, atZero: .left) == four)

    let net = Network(Self.spec(.rrelu))
    var other = net
    other.noise = Network(Self.spec(.rrelu, seed: 4)).noise
    var a = NetworkTrainer<NativeFormat<Double>>(net, activation: f, atZero: .left)
    var b = NetworkTrainer<NativeFormat<Double>>(other, activation: f, atZero: .left)
    _ = a.trainingForward()
    _ = b.trainingForward()
    #expect(a.z[0] == b.z[0] && a.slope[0] != b.slope[0])
    // The noise stream is apart from the weights': seed XOR a fixed mask.
    #expect(net.noise == SplitMix64(seed: 3 ^ Network.noiseSeedMask))
  }

  /// `net prelu` starts every slope at alpha0, one per unit or per layer;
  /// `train` reports them, and the network keeps what it learned.
  @Test func netPReLUBuildsAndTrainsItsSlopes() throws {
    var lab = Interpreter()
    let outputs = try lab.outputs(
      "net prelu width 4 depth 2 seed 3 slope shared alpha0 0.1; train 3 lr 0.05")
    #expect(lab.network?.slopes.map(\.count) == [1, 1])
    guard case .network(let built) = outputs[0], case .training(let train) = outputs[1] else {
      throw TestFailure("net, train")
    }
    #expect(built.record.slopes == SlopeSummary([[0.1], [0.1]]))
    let learned = try #require(lab.network?.slopes)
    #expect(learned != [[0.1], [0.1]])
    #expect(train.records.last?.slopes == SlopeSummary(learned))
    _ = try lab.outputs("net prelu width 4 seed 3")
    #expect(lab.network?.slopes == [[0.25, 0.25, 0.25, 0.25]])
    _ = try lab.outputs("net relu width 4 seed 3")
    #expect(lab.network?.slopes == [])
    let text = try lab.printed("net prelu width 4 seed 3; train 1")
    #expect(text.contains { $0.hasPrefix("epoch") && $0.hasSuffix("slope mean   min   max") })
  }

  /// Options for another function, a slope that is not finite and bounds
  /// out of order are refused where they were written.
  @Test func slopeOptionsAreCheckedWhereWritten() throws {
    var lab = Interpreter()
    let shared = try lab.failure("net relu slope shared")
    #expect(shared.message == "slope goes with net prelu only, not with relu")
    #expect(shared.column == 16)
    let lower = try lab.failure("net prelu lower 0.2")
    #expect(lower.message == "lower goes with net rrelu only, not with prelu")
    #expect(try lab.failure("net prelu alpha0 inf").message.hasPrefix("alpha0 must be a finite"))
    let bounds = try lab.failure("net rrelu lower 0.5 upper 0.2")
    #expect(bounds.column == 27 && bounds.message.hasPrefix("rrelu's slopes need 0 <= lower"))
    #expect(try lab.failure("net rrelu upper 0.1").message.contains("lower 0.125 upper 0.1"))
    _ = try lab.outputs("net rrelu width 4 seed 1 lower 0 upper 0.5")
    #expect(lab.network?.spec.randomSlopes == 0...0.5)
  }

  /// `sweep functions` trains relu, leaky 0.01, leaky 1/5.5 and prelu on the
  /// net's shape from each seed, as `net F ... seed S; train E` would.
  @Test func sweepFunctionsTrainsEachFunctionFromEachSeed() throws {
    var lab = Interpreter()
    let outputs = try lab.outputs(
      "net relu width 6 depth 2 points 30 seed 5; sweep functions lr 0.05 0.1 seeds 1 2 epochs 4")
    guard case .functionSweep(let sweep) = outputs[1] else { throw TestFailure("sweep") }
    #expect(sweep.rows.count == 8 && sweep.seeds == [1, 2])
    for (index, row) in sweep.rows.enumerated() {
      #expect(row.activation == FunctionSweepReport.functions[index / 2])
      #expect(row.learningRate == [0.05, 0.1][index % 2])
      for (seed, record) in zip([1, 2] as [UInt64], row.records) {
        var spec = NetworkSpec(
          activation: row.activation.kind, width: 6, depth: 2, target: .sin, points: 30,
          seed: seed)
        spec.seed = seed
        var net = Network(spec)
        let records = net.train(
          epochs: 4, rate: row.learningRate, after: 0, activation: row.activation, atZero: .left)
        #expect(records.last == record)
      }
      let finished = row.records.filter { $0.status != .diverged }
      #expect(
        row.meanSlope
          == (row.activation.kind == .prelu && !finished.isEmpty
            ? finished.compactMap(\.slopes?.mean).reduce(0, +) / Double(finished.count) : nil))
    }
    #expect(
      FunctionSweepReport.functions.map(\.label) == [
        "relu", "leaky (alpha=0.01)", "leaky (alpha=\(NumberFormat.plain(1 / 5.5)))", "prelu",
      ])
    let refused = try lab.failure("sweep functions precision half")
    #expect(refused.message == SlopeMessage.functionsTakeRatesAndSeeds.words.en)
  }

  /// `forward prelu` and `forward rrelu` say which fixed slope they use;
  /// the slopes view exists for a prelu network alone.
  @Test func forwardNotesTheFixedSlopeAndTheSlopesViewIsPReLUs() throws {
    var lab = Interpreter()
    let text = try lab.printed("forward prelu -2 1; forward rrelu -48")
    #expect(text.contains("  -2      -0.5"))
    #expect(
      text.contains("note: prelu here is leaky with its starting slope 0.25; net prelu learns it"))
    #expect(text.contains { $0.contains("rrelu here is leaky with its test slope 0.229167") })
    #expect(text.contains { $0.contains("-11") })
    _ = try lab.outputs("net relu width 4 seed 1; train 2")
    #expect(!lab.scene.has(.slopes))
    _ = try lab.outputs("net prelu width 4 seed 1; train 2; view slopes")
    #expect(lab.scene.has(.slopes) && lab.scene.shown == .slopes)
  }

  /// `view slopes` with nothing to show names prelu as what makes it: with
  /// no network, with a network of another function, and after `clear`.
  @Test func viewSlopesSaysOnlyPReLULearnsThem() throws {
    var lab = Interpreter()
    #expect(
      try lab.failure("view slopes").message
        == "the learned slopes by epoch have nothing to show yet: net prelu makes them")
    _ = try lab.outputs("net leaky width 4 seed 1; train 2")
    let other = try lab.failure("view slopes")
    #expect(
      other.message
        == "only prelu networks learn slopes, and this one uses leaky: net prelu builds one"
    )
    #expect(other.column == 6)
    _ = try lab.outputs("net prelu width 4 seed 1; clear")
    #expect(
      try lab.failure("view slopes").message
        == "the learned slopes by epoch were cleared: train shows the network again")
  }
}
