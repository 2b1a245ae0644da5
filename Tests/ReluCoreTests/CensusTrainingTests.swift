import ReluTestSupport
import Testing

@testable import ReluCore

/// `born ... train E [lr R] [data abs|sin]`: each network of the census
/// trained as `train` trains it, and counted when it ends constant.
@Suite struct CensusTrainingTests {
  private func census(
    widths: [Int], depths: [Int], trials: Int, initialization: NetworkInitialization = .he,
    seed: UInt64, training: CensusTraining
  ) -> CensusSpec {
    CensusSpec(
      activation: .relu, alpha: 0, widths: widths, depths: depths, trials: trials,
      initialization: initialization, bias: .zero, seed: seed, training: training)
  }

  private func training(
    epochs: Int, rate: Double = 0.2, target: NetworkTarget = .abs,
    atZero: GradientAtZero = SessionSettings().gradientAtZero
  ) -> CensusTraining {
    CensusTraining(epochs: epochs, rate: rate, target: target, atZero: atZero)
  }

  @Test func theRuleIsTheOutputsSpreadAgainstTheTargets() {
    let abs = [0.0, 0.5, 1]  // spread 1: at most 2e-9
    #expect(CensusTraining.isConstant(outputs: [0.3, 0.3, 0.3], targets: abs))
    #expect(CensusTraining.isConstant(outputs: [0.3, 0.3 + 1.9e-9, 0.3], targets: abs))
    #expect(!CensusTraining.isConstant(outputs: [0.3, 0.3 + 2.1e-9, 0.3], targets: abs))
    #expect(!CensusTraining.isConstant(outputs: [0.3, 0.3 + 2.1e-9], targets: [1, 1]))
    #expect(!CensusTraining.isConstant(outputs: [0.3, .nan, 0.3], targets: abs))
    #expect(!CensusTraining.isConstant(outputs: [.infinity, .infinity], targets: abs))
  }

  /// Trains networks drawn for a census at each init and target under
  /// `atZero`, and tells how many were born dead, how many of those ended
  /// constant, and how many not born dead did not.
  private func bornDeadAndConstant(atZero: GradientAtZero) throws -> (
    bornDead: Int, stayed: Int, living: Int
  ) {
    // At net's data points, which is what training sees.
    let points = (0..<NetworkSpec.defaultPoints).map {
      -1 + 2 * Double($0) / Double(NetworkSpec.defaultPoints - 1)
    }
    let counter = CensusCounter(maxWidth: 3, points: points)
    var counts = (bornDead: 0, stayed: 0, living: 0)
    for (index, initialization) in NetworkInitialization.allCases.enumerated() {
      for target in NetworkTarget.allCases {
        let spec = census(
          widths: [2, 3], depths: [6], trials: 1, initialization: initialization, seed: 0,
          training: training(epochs: 12, target: target, atZero: atZero))
        let trainer = try #require(spec.training)
        var seeds = CensusSpec.networkSeeds(UInt64(7 + index))
        for trial in 0..<40 {
          let seed = seeds.next()
          let width = 2 + trial % 2
          let dead = counter.bornInactive(
            width: width, depth: 6, seed: seed, initialization: initialization, bias: .zero,
            alpha: 0)
          let net = spec.networkSpec(width: width, depth: 6, seed: seed, target: target)
          let constant = try #require(trainer.endsConstant(net, activation: .relu) as Bool?)
          if dead {
            counts.bornDead += 1
            if constant { counts.stayed += 1 }
          } else if !constant {
            counts.living += 1
          }
        }
      }
    }
    return counts
  }

  @Test func bornDeadNetworksAlwaysEndConstant() throws {
    // relu'(0) = 0, the default: every relu network born dead, trained on
    // either target at either init, ends constant. Some not born dead do
    // not, so the rule can tell them apart.
    let counts = try bornDeadAndConstant(atZero: .left)
    #expect(counts.stayed == counts.bornDead, "\(counts)")
    #expect(counts.bornDead > 20 && counts.living > 20, "\(counts)")
    #expect(!training(epochs: 1).mayRevive(.relu, alpha: 0))
  }

  @Test func withASlopeAtZeroABornDeadNetworkMayRevive() throws {
    // relu'(0) = 1: above a layer 0 at some point, z is exactly 0 there (zero
    // biases), the gradient passes, a bias moves, and the dead layer may wake.
    let counts = try bornDeadAndConstant(atZero: .right)
    #expect(counts.stayed < counts.bornDead, "\(counts)")
    #expect(training(epochs: 1, atZero: .right).mayRevive(.relu, alpha: 0))
    #expect(training(epochs: 1, atZero: .mid).slopeAtZero(.relu, alpha: 0) == 0.5)
    #expect(training(epochs: 1, atZero: .right).slopeAtZero(.leaky, alpha: 0.1) == nil)
    var lab = Interpreter()
    let text = try lab.printed("set grad0 right; born width 2 depth 4 trials 5 train 2 seed 1")
    #expect(
      text.contains(
        "  relu'(0) = 1 (grad0): a unit at z = 0 exactly still learns, so a net born dead may"
          + " revive"))
    let plain = try lab.printed("set grad0 left; born width 2 depth 4 trials 5 train 2 seed 1")
    #expect(!plain.contains { $0.contains("revive") })
  }

  @Test func aCellCountsAtLeastItsBornDead() throws {
    let spec = census(
      widths: [2, 3], depths: [3, 8], trials: 40, seed: 11, training: training(epochs: 10))
    let cells = try #require(spec.run(cancellation: nil))
    for cell in cells {
      let constant = try #require(cell.trainedConstant)
      #expect(constant >= cell.dead && constant <= cell.trials, "\(cell)")
    }
    // The births alone are the census's, untouched by training.
    #expect(try #require(spec.run()).map(\.dead) == cells.map(\.dead))
    #expect(try #require(spec.run()).allSatisfy { $0.trainedConstant == nil })
  }

  @Test func theSameSeedGivesTheSameCountsBitForBit() throws {
    let spec = census(
      widths: [2, 4], depths: [4, 7], trials: 25, initialization: .asym, seed: 42,
      training: training(epochs: 8, rate: 0.1, target: .sin))
    let first = try #require(spec.run(cancellation: nil))
    #expect(try #require(spec.run(cancellation: nil)) == first)
    var lab = Interpreter()
    let command = "born width 3 depth 4 trials 20 train 6 lr 0.1 seed 8"
    let a = try lab.outputs(command).flatMap(JSONReport.lines(for:))
    let b = try lab.outputs(command).flatMap(JSONReport.lines(for:))
    #expect(a == b && a.count == 1)
  }

  /// How many of `trials` networks end constant when `net` builds each
  /// (seed draw i + 1 of `seed`) and `train` trains it, through the interpreter.
  private func netThenTrain(
    _ net: String, train: String, seed: UInt64, trials: Int, settings: String = ""
  ) throws -> Int {
    var seeds = CensusSpec.networkSeeds(seed)
    var constant = 0
    for _ in 0..<trials {
      var lab = Interpreter()
      if !settings.isEmpty { _ = try lab.outputs(settings) }
      _ = try lab.outputs("\(net) seed \(seeds.next()); \(train)")
      let network = try #require(lab.network)
      let f = network.spec.activation.activation(FunctionParameters(alpha: lab.settings.alpha))
      let outputs = network.predictions(activation: f, atZero: lab.settings.gradientAtZero).outputs
      if CensusTraining.isConstant(outputs: outputs, targets: network.y) { constant += 1 }
    }
    return constant
  }

  @Test func eachCountIsNetThenTrainOfItsNetworks() throws {
    var lab = Interpreter()
    let outputs = try lab.outputs("born relu width 2 3 depth 3 6 trials 10 train 15 seed 4")
    guard case .census(let report) = outputs.last else { throw TestFailure("census") }
    #expect(report.spec.training?.rate == lab.settings.learningRate)
    var total = 0
    for cell in report.cells {
      let direct = try netThenTrain(
        "net relu width \(cell.width) depth \(cell.depth) data abs", train: "train 15", seed: 4,
        trials: 10)
      #expect(cell.trainedConstant == direct, "width \(cell.width) depth \(cell.depth)")
      total += direct
    }
    #expect(total > 0 && total < 40, "some constant, some not: \(total)")
    // init asym, lr and data written, and the session's grad0 and lr.
    let asym = try lab.outputs(
      "set grad0 right; set lr 0.3; born width 2 depth 5 trials 8 init asym train 9 lr 0.05"
        + " data sin seed 12")
    guard case .census(let other) = asym.last, let cell = other.cells.first else {
      throw TestFailure("census")
    }
    #expect(other.spec.training?.rate == 0.05 && other.spec.training?.target == .sin)
    #expect(
      cell.trainedConstant
        == (try netThenTrain(
          "net relu width 2 depth 5 data sin init asym", train: "train 9 lr 0.05", seed: 12,
          trials: 8, settings: "set grad0 right")))
    let session = try lab.outputs("born width 2 depth 5 trials 8 train 9 seed 12")
    guard case .census(let third) = session.last else { throw TestFailure("census") }
    #expect(third.spec.training?.rate == 0.3 && third.spec.training?.target == .abs)
    #expect(
      third.cells.first?.trainedConstant
        == (try netThenTrain(
          "net relu width 2 depth 5 data abs", train: "train 9", seed: 12, trials: 8,
          settings: "set grad0 right; set lr 0.3")))
  }

  @Test func aStopRequestStopsTraining() {
    let stop = Cancellation()
    stop.request()
    let spec = census(
      widths: [2], depths: [3], trials: 5, seed: 1, training: training(epochs: 5))
    #expect(spec.run(cancellation: stop) == nil)
    let net = spec.networkSpec(width: 2, depth: 3, seed: 1, target: .abs)
    #expect(spec.training?.endsConstant(net, activation: .relu, cancellation: stop) == nil)
    #expect(spec.training?.endsConstant(net, activation: .relu) != nil)
  }

  @Test func badTrainingOptionsAreRefusedWhereTheyAreWritten() throws {
    let zero = try parseError("born relu train 0")
    #expect(zero.message == "expected a number of epochs from 1 to 1000000, not 0")
    #expect(zero.column == 17)
    let none = try parseError("born relu train")
    #expect(
      none.message
        == "expected a number of epochs, found the end of the input; usage: born [F] [width N...] [depth D...] [trials T] [init he|asym] [bias zero|he] [seed S] [train EPOCHS] [lr ETA] [data sin|abs]"
    )
    #expect(none.column == 16)
    let rate = try parseError("born train 5 lr 0")
    #expect(rate.message == "the learning rate must be a finite number > 0, not 0")
    #expect(rate.column == 17)
    let negative = try parseError("born train 5 lr -1 seed 2")
    #expect(negative.message == "the learning rate must be a finite number > 0, not -1")
    #expect(negative.column == 17)
    let data = try parseError("born width 2 train 5 data foo")
    #expect(data.message == "the data is sin or abs, not 'foo'")
    #expect(data.column == 27)
    var lab = Interpreter()
    let alone = try lab.failure("born width 2 lr 0.1")
    #expect(alone.message == "lr says how born trains its networks: add train EPOCHS")
    #expect(alone.column == 17)
    #expect(try lab.failure("born data sin width 2").column == 11)
    let bias = try lab.failure("born width 2 bias he train 5")
    #expect(bias.message.hasPrefix("born cannot train with bias he"))
    #expect(bias.column == 19)
    let big = try lab.failure("born trials 10 train 200")
    #expect(big.message.hasPrefix("born train: training every network is about 1.38195e+10"))
    #expect(
      big.message.hasSuffix(
        "train fewer epochs or fewer trials, or use fewer or smaller widths and depths"))
    #expect(big.column == 22)
    // Just under the limit: Lu et al.'s 10 x 2 network, 1000 trials, 200 epochs.
    let spec = CensusSpec(
      activation: .relu, alpha: 0, widths: [2], depths: [10], trials: 1000,
      initialization: .he, bias: .zero, seed: 1, training: training(epochs: 200))
    #expect(spec.work + spec.trainingWork <= NetworkSpec.maxWork)
  }

  @Test func trainParsesRoundTripsAndCompletes() throws {
    guard case .born(let born) = try parseOne("born width 2 train 7 lr 0.05 data sin seed 1")
    else { throw TestFailure("born") }
    #expect(born.train?.value == 7 && born.learningRate?.value == 0.05)
    #expect(born.target?.value == .sin && born.seed == 1)
    for text in [
      "born relu width 2 depth 10 trials 100 seed 1 train 50",
      "born init asym train 3 lr 0.5 data abs", "born train 1",
    ] {
      let command = try parseOne(text)
      #expect(command.text == text)
      #expect(try parseOne(command.text) == command, "\(text)")
    }
    let reordered = try parseOne("born data sin lr 0.1 train 2 seed 4")
    #expect(reordered.text == "born seed 4 train 2 lr 0.1 data sin")
    #expect(Parser.completions(in: "born relu train 5 data ").candidates == ["sin", "abs"])
    #expect(Parser.completions(in: "born relu tr").candidates == ["trials", "train"])
  }

  @Test func jsonCarriesTheTrainingAndEachCellsCount() throws {
    var lab = Interpreter()
    let outputs = try lab.outputs("born width 2 3 depth 4 trials 12 train 5 seed 6")
    guard case .census(let report) = outputs.last else { throw TestFailure("census") }
    let line = try #require(outputs.last.map(JSONReport.lines(for:))?.first)
    #expect(
      line.contains(
        "\"seed\":\"6\",\"epochs\":5,\"lr\":0.2,\"data\":\"abs\",\"grad0\":\"left\","
          + "\"constant_tolerance\":1e-09,"
          + "\"cells\":["))
    for cell in report.cells {
      let constant = try #require(cell.trainedConstant)
      #expect(
        line.contains(
          "\"width\":\(cell.width),\"depth\":4,\"trials\":12,\"dead\":\(cell.dead),"))
      #expect(line.contains("\"trained_constant\":\(constant)}"))
    }
    #expect(line.components(separatedBy: "\"trained_constant\"").count == 3)
    let plain = try lab.outputs("born width 2 depth 4 trials 12 seed 6").flatMap(
      JSONReport.lines(for:))
    #expect(plain.count == 1 && !plain[0].contains("trained_constant"))
    #expect(!plain[0].contains("\"epochs\""))
  }

  @Test func theTrainedTableInEnglishAndChinese() throws {
    let command = "born width 2 3 depth 2 6 trials 30 train 20 seed 3"
    var english = Interpreter()
    let text = try english.printed(command)
    Golden.check(text.joined(separator: "\n") + "\n", file: "born-train.txt")
    #expect(text.filter { $0.hasPrefix("   ->  ") }.count == 2)
    var chinese = Interpreter()
    Golden.check(
      try chinese.printed("set lang zh; " + command).joined(separator: "\n") + "\n",
      file: "zh/born-train.txt")
  }
}
