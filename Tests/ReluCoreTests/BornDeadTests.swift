import Testing

@testable import ReluCore

/// Deep nets, `init he|asym`, and nets born dead (Lu, Shin, Su, Karniadakis,
/// "Dying ReLU and Initialization: Theory and Numerical Examples", 2020).
@Suite struct BornDeadTests {
  private func spec(
    _ kind: ActivationKind = .relu, width: Int, depth: Int, seed: UInt64,
    initialization: NetworkInitialization = .he
  ) -> NetworkSpec {
    NetworkSpec(
      activation: kind, width: width, depth: depth, target: .sin, points: 200, seed: seed,
      initialization: initialization)
  }

  private func report(_ net: Network, _ f: Activation) -> NetworkReport {
    NetworkReport(
      spec: net.spec, activation: f, record: net.record(epoch: 0, activation: f, atZero: .left))
  }

  @Test func depth64BuildsAndTrainsAnEpoch() throws {
    var lab = Interpreter()
    let outputs = try lab.outputs("net relu width 8 depth 64 seed 1; train 1")
    guard case .network(let built) = outputs[0], case .training(let trained) = outputs[1] else {
      throw TestFailure("outputs")
    }
    #expect(built.spec.depth == 64 && built.record.dead.count == 64)
    #expect(trained.records.map(\.epoch) == [1])
    #expect(lab.network?.weights.count == 64)
  }

  @Test func tooDeepTooNarrowAndTooMuchWorkAreRefused() throws {
    let deep = try parseError("net relu depth 65")
    #expect(deep.message == "expected a number of hidden layers from 1 to 64, not 65")
    #expect(deep.column == 16)
    let narrow = try parseError("net relu width 0")
    #expect(narrow.message == "expected a number of units from 1 to 1024, not 0")
    #expect(narrow.column == 16)
    var lab = Interpreter()
    let big = try lab.failure("net relu depth 64 width 1024")
    #expect(big.message.hasPrefix("that is about 3.96374e+10 multiply-adds"))
    #expect(big.column == 1)
    #expect(lab.network == nil)
  }

  @Test func initParsesAndDefaultsToHe() throws {
    #expect(
      try parseOne("net relu init asym")
        == .net(
          NetCommand(
            activation: .relu, width: nil, depth: nil, target: nil, points: nil,
            initialization: .asym)))
    #expect(
      try parseError("net relu init xavier").message
        == "the initialization is he or asym, not 'xavier'")
    var lab = Interpreter()
    let outputs = try lab.outputs("net relu width 4 depth 3 seed 5")
    guard case .network(let built) = outputs[0] else { throw TestFailure("net") }
    #expect(built.spec.initialization == .he)
    #expect(lab.network == Network(spec(width: 4, depth: 3, seed: 5)))
  }

  /// `asym` keeps he's first draws and then puts one positive entry (a weight
  /// or the bias) in every hidden unit; the same seed gives the same bits.
  @Test func asymDrawsOnePositiveEntryPerUnit() {
    let he = Network(spec(width: 6, depth: 3, seed: 9))
    let asym = Network(spec(width: 6, depth: 3, seed: 9, initialization: .asym))
    let again = Network(spec(width: 6, depth: 3, seed: 9, initialization: .asym))
    #expect(asym != he)
    let bits = { (net: Network) in
      net.weights.flatMap { $0 }.map(\.bitPattern) + net.biases.flatMap { $0 }.map(\.bitPattern)
        + net.outputWeights.map(\.bitPattern)
    }
    #expect(bits(asym) == bits(again))
    #expect(Network(spec(width: 6, depth: 3, seed: 10, initialization: .asym)) != asym)
    // The first layer (fan_in 1): each unit's weight as he drew it and a
    // positive bias, or a fresh positive weight and bias 0.
    for j in 0..<6 {
      let keptWeight = asym.weights[0][j] == he.weights[0][j]
      #expect(keptWeight ? asym.biases[0][j] > 0 : asym.weights[0][j] > 0 && asym.biases[0][j] == 0)
    }
    // Every unit of every layer has a positive weight or bias.
    for layer in 0..<3 {
      let fanIn = layer == 0 ? 1 : 6
      for j in 0..<6 {
        let row = asym.weights[layer][(j * fanIn)..<(j * fanIn + fanIn)]
        #expect(row.contains { $0 > 0 } || asym.biases[layer][j] > 0)
      }
    }
  }

  /// A net made by hand whose third hidden layer has only negative weights
  /// after two layers that pass every x != 0.
  @Test func aConstructedNetIsBornDeadAtItsThirdLayer() throws {
    var net = Network(spec(width: 2, depth: 4, seed: 1))
    net.weights[0] = [1, -1]
    net.weights[1] = [1, 0, 0, 1]
    net.weights[2] = [-1, -2, -0.5, -1]
    net.weights[3] = [1, 1, 1, 1]
    let relu = report(net, .relu)
    #expect(relu.record.inactive == [0, 0, 2, 2])
    #expect(relu.birth == .dead(layer: 3))
    #expect(report(net, .leaky(alpha: 0)).birth == .dead(layer: 3))
    #expect(report(net, .leaky(alpha: 0.1)).birth == .inactive(layer: 3))
    #expect(report(net, .sigmoid).birth == nil)
    let output = CommandOutput.network(relu)
    #expect(
      TextReport.lines(for: output).map(\.text)[1]
        == "  born dead: hidden layer 3 is 0 for every data point")
    #expect(
      TextReport.lines(for: output, language: .zh).map(\.text)[1]
        == "  生来已死：第 3 个隐藏层在每个数据点上都输出 0")
    #expect(JSONReport.lines(for: output)[0].contains("\"born_dead\":3,"))
    let leaky = CommandOutput.network(report(net, .leaky(alpha: 0.1)))
    #expect(
      TextReport.lines(for: leaky).map(\.text)[1].hasPrefix("  born inactive: hidden layer 3"))
    #expect(JSONReport.lines(for: leaky)[0].contains("\"born_inactive\":3,"))
  }

  /// Seed 1 was the first seed tried in a loop over `net relu width 2 depth
  /// 10 seed S` (found, not chosen to make a point): its fourth layer is 0
  /// at every data point (layers 2 and 3 have one unit left).
  @Test func aFoundSeedIsBornDeadAtLayer4() throws {
    var lab = Interpreter()
    let outputs = try lab.outputs("net relu width 2 depth 10 seed 1")
    guard case .network(let built) = outputs[0] else { throw TestFailure("net") }
    #expect(built.record.inactive == [0, 1, 1, 2, 2, 2, 2, 2, 2, 2])
    #expect(built.birth == .dead(layer: 4))
    // A network that is not born dead says nothing, in text or JSON.
    let alive = try lab.outputs("net relu width 8 seed 2")
    #expect(!TextReport.lines(for: alive[0]).contains { $0.text.contains("born") })
    #expect(!JSONReport.lines(for: alive[0])[0].contains("born"))
  }

  /// The share of width-2, depth-10 relu nets born dead, over 200 seeds.
  ///
  /// With zero biases a relu net is positively homogeneous, so on [-1, 1] it
  /// is dead at every data point exactly when it is dead at x = -1 and at
  /// x = 1. For ONE input the share born dead at width 2, depth 10 is
  /// 1 - (1 - 2^-2)^10 = 0.944 (each layer alive so far dies with
  /// probability 2^-width); needing both inputs dead lowers it: a Monte
  /// Carlo of that criterion (200,000 nets) gives 0.910. Over 200 seeds the
  /// binomial standard error is sqrt(0.91 * 0.09 / 200) = 0.020; the bounds
  /// are 0.910 +- 4 standard errors. Observed: 185 of 200 (0.925) with `he`,
  /// 67 of 200 with `asym`.
  @Test func theShareBornDeadIsWhatTheoryPredicts() {
    func bornDead(_ initialization: NetworkInitialization) -> Int {
      (1...200).count { seed in
        let net = Network(
          spec(width: 2, depth: 10, seed: UInt64(seed), initialization: initialization))
        if case .dead = report(net, .relu).birth { return true }
        return false
      }
    }
    let he = bornDead(.he)
    let share = Double(he) / 200
    let error = (0.91 * 0.09 / 200).squareRoot()
    #expect(share >= 0.91 - 4 * error && share <= 0.91 + 4 * error, "born dead: \(he) of 200")
    #expect(share <= 0.944 + 4 * error)
    #expect(bornDead(.asym) < he)
  }
}
