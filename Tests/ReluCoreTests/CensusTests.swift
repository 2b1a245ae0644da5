import ReluTestSupport
import Testing

@testable import ReluCore

/// `born`: the census of networks born dead, its exact two-point check, and
/// its report.
@Suite struct CensusTests {
  private func census(
    _ kind: ActivationKind = .relu, alpha: Double = 0, widths: [Int], depths: [Int], trials: Int,
    initialization: NetworkInitialization = .he, bias: CensusBias = .zero, seed: UInt64
  ) -> CensusSpec {
    CensusSpec(
      activation: kind, alpha: alpha, widths: widths, depths: depths, trials: trials,
      initialization: initialization, bias: bias, seed: seed)
  }

  /// Whether `net`'s own count finds a hidden layer inactive at every one of
  /// `points` evenly spaced points of [-1, 1]: the brute force.
  private func bruteForce(
    _ kind: ActivationKind = .relu, alpha: Double = 0, width: Int, depth: Int, seed: UInt64,
    points: Int, initialization: NetworkInitialization = .he
  ) -> Bool {
    let network = Network(
      NetworkSpec(
        activation: kind, width: width, depth: depth, target: .sin, points: points, seed: seed,
        initialization: initialization))
    let record = network.record(
      epoch: 0, activation: kind.activation(FunctionParameters(alpha: alpha)), atZero: .left)
    return record.inactive.contains(width)
  }

  @Test func theTwoPointCheckIsExactOnAFineGrid() {
    // Zero biases: x = -1 and x = 1 decide what 2001 points of [-1, 1] do,
    // for relu and for leaky, in networks drawn as net draws them.
    var bornDead = 0
    for (kind, alpha) in [(ActivationKind.relu, 0.0), (.leaky, 0.1)] {
      let counter = CensusCounter(maxWidth: 4, points: [-1, 1])
      for seed in UInt64(0)..<150 {
        let width = 1 + Int(seed % 4)
        let depth = 1 + Int(seed / 4 % 6)
        let exact = counter.bornInactive(
          width: width, depth: depth, seed: seed, initialization: .he, bias: .zero,
          alpha: alpha)
        let brute = bruteForce(
          kind, alpha: alpha, width: width, depth: depth, seed: seed, points: 2001)
        #expect(exact == brute, "\(kind) width \(width) depth \(depth) seed \(seed)")
        if exact { bornDead += 1 }
      }
    }
    #expect(bornDead > 20, "the check met networks of both kinds")
  }

  @Test func asymAndHeBiasesAreCheckedAtTheDataPoints() {
    let spec = census(widths: [3], depths: [4], trials: 1, initialization: .asym, seed: 0)
    #expect(!spec.twoPoint && spec.points.count == NetworkSpec.defaultPoints)
    #expect(spec.points.first == -1 && spec.points.last == 1)
    #expect(!census(widths: [3], depths: [4], trials: 1, bias: .he, seed: 0).twoPoint)
    // init asym draws what net draws: the same verdict as net's at its 200 points.
    let counter = CensusCounter(maxWidth: 3, points: spec.points)
    var bornDead = 0
    for seed in UInt64(0)..<120 {
      let width = 1 + Int(seed % 3)
      let depth = 2 + Int(seed / 3 % 5)
      let census = counter.bornInactive(
        width: width, depth: depth, seed: seed, initialization: .asym, bias: .zero, alpha: 0)
      #expect(
        census
          == bruteForce(
            width: width, depth: depth, seed: seed, points: 200, initialization: .asym))
      if census { bornDead += 1 }
    }
    #expect(bornDead > 5)
  }

  @Test func theCensusIsADirectCount() throws {
    let spec = census(widths: [2, 3], depths: [3], trials: 300, seed: 5)
    let cells = try #require(spec.run())
    for (cell, width) in zip(cells, [2, 3]) {
      var seeds = SplitMix64(seed: 5)
      var dead = 0
      for _ in 0..<300 {
        if bruteForce(width: width, depth: 3, seed: seeds.next(), points: 501) { dead += 1 }
      }
      #expect(cell.dead == dead && cell.trials == 300 && cell.width == width && cell.depth == 3)
    }
  }

  @Test func depthOneIsExactlyItsProbability() throws {
    // Zero biases: a layer w x is 0 at both -1 and 1 only if w = 0: never.
    let zero = try #require(census(widths: [1, 2], depths: [1], trials: 5000, seed: 3).run())
    #expect(zero.map(\.dead) == [0, 0])
    // bias he: unit j is 0 on [-1, 1] iff b_j <= -|w_j|, with w, b i.i.d.
    // N(0, 2): chance 1/4 each, 4^-N for the layer. Within 4 standard errors.
    let trials = 20_000
    let he = try #require(
      census(widths: [1, 2], depths: [1], trials: trials, bias: .he, seed: 3).run())
    for cell in he {
      let p = LibM.pow(0.25, Double(cell.width))
      let se = (p * (1 - p) / Double(trials)).squareRoot()
      #expect(abs(cell.fraction - p) <= 4 * se, "width \(cell.width): \(cell.fraction) vs \(p)")
    }
  }

  @Test func theClosedFormIsForOneInputAndBoundsTheTwoPointFraction() throws {
    #expect(CensusSpec.closedForm(width: 1, depth: 1) == 0.5)
    #expect(CensusSpec.closedForm(width: 2, depth: 2) == 1 - 0.75 * 0.75)
    #expect(
      abs(CensusSpec.closedForm(width: 10, depth: 10) - (1 - LibM.pow(1 - 1.0 / 1024, 10))) < 1e-15)
    // Where 1 - 2^-N rounds to 1 it stays about D 2^-N.
    #expect(CensusSpec.closedForm(width: 60, depth: 4) == 4 * LibM.pow(2, -60))
    let cells = try #require(census(widths: [2, 3], depths: [2, 5], trials: 2000, seed: 9).run())
    for cell in cells {
      #expect(cell.fraction <= cell.closedForm + 4 * cell.standardError + 1e-12)
    }
  }

  @Test func aDeeperNetworkOfTheSameSeedDiesNoLess() {
    // Network i of every cell has the same seed, and a deeper one begins
    // with the shallower's layers.
    let counter = CensusCounter(maxWidth: 3, points: [-1, 1])
    for seed in UInt64(0)..<100 {
      var before = false
      for depth in 1...8 {
        let now = counter.bornInactive(
          width: 2, depth: depth, seed: seed, initialization: .he, bias: .zero, alpha: 0)
        #expect(!before || now)
        before = now
      }
    }
  }

  @Test func leakyIsNeverBornDeadOnlyInactive() throws {
    var lab = Interpreter()
    let outputs = try lab.outputs("set alpha 0.1; born leaky width 2 depth 10 trials 200 seed 1")
    guard case .census(let report) = outputs.last else { throw TestFailure("census") }
    #expect(!report.spec.countsDead && report.activation == .leaky(alpha: 0.1))
    let cell = try #require(report.cells.first)
    #expect(cell.dead > 0, "some leaky networks are born inactive")
    // One of them, rebuilt by net: inactive, yet no unit is dead.
    var seeds = SplitMix64(seed: 1)
    let counter = CensusCounter(maxWidth: 2, points: [-1, 1])
    var checked = 0
    for _ in 0..<200 {
      let seed = seeds.next()
      guard
        counter.bornInactive(
          width: 2, depth: 10, seed: seed, initialization: .he, bias: .zero, alpha: 0.1)
      else { continue }
      let net = Network(
        NetworkSpec(activation: .leaky, width: 2, depth: 10, target: .sin, points: 200, seed: seed))
      let record = net.record(epoch: 0, activation: .leaky(alpha: 0.1), atZero: .left)
      #expect(record.totalDead == 0 && record.inactive.contains(2))
      checked += 1
    }
    #expect(checked == cell.dead)
    let text = try lab.printed("born leaky width 2 depth 3 trials 10 seed 1")
    #expect(text[0].contains("fraction born inactive"))
    #expect(text.contains { $0.contains("gradient alpha, not 0") })
    #expect(JSONReport.lines(for: outputs.last!)[0].contains("\"counts\":\"born_inactive\""))
  }

  @Test func theSameSeedGivesTheSameCensusBitForBit() throws {
    let spec = census(
      widths: [2, 5], depths: [2, 10], trials: 300, bias: .he, seed: 42)
    let first = try #require(spec.run())
    let second = try #require(spec.run())
    #expect(first == second)
    var other = spec
    other.seed = 43
    #expect(try #require(other.run()) != first)
    var lab = Interpreter()
    let a = try lab.outputs("born width 3 depth 4 trials 100 seed 8").flatMap(
      JSONReport.lines(for:))
    let b = try lab.outputs("born width 3 depth 4 trials 100 seed 8").flatMap(
      JSONReport.lines(for:))
    #expect(a == b)
  }

  @Test func bornParsesWithItsDefaults() throws {
    #expect(try parseOne("born") == .born(BornCommand()))
    guard
      case .born(let born) = try parseOne(
        "BORN leaky width 2 3 depth 5 50 trials 10 init asym bias he seed 3")
    else { throw TestFailure("born") }
    #expect(born.activation?.value == .leaky)
    #expect(born.widths == [2, 3] && born.depths == [5, 50] && born.trials?.value == 10)
    #expect(born.initialization == .asym && born.bias?.value == .he && born.seed == 3)
    #expect(
      CommandName.born.usage
        == "born [F] [width N...] [depth D...] [trials T] [init he|asym] [bias zero|he] [seed S]"
        + " [train EPOCHS] [lr ETA] [data sin|abs]")
    var lab = Interpreter()
    guard case .census(let report) = try lab.outputs("born trials 1 seed 2").last else {
      throw TestFailure("census")
    }
    #expect(report.spec.widths == [2, 3, 5, 10] && report.spec.depths == [2, 5, 10, 20, 50])
    #expect(report.spec.activation == .relu && report.spec.twoPoint)
    #expect(report.cells.count == 20)
  }

  @Test func completionOffersBornsOptions() {
    #expect(
      Parser.completions(in: "born relu ").candidates == [
        "width", "depth", "trials", "init", "bias", "seed", "train", "lr", "data",
      ])
    #expect(Parser.completions(in: "born relu bias ").candidates == ["zero", "he"])
    #expect(Parser.completions(in: "bor").candidates.contains("born"))
  }

  @Test func bornRoundTripsItsText() throws {
    for text in [
      "born", "born relu", "born leaky width 2 3 depth 5 trials 10 init asym bias he seed 3",
      "born depth 64 width 1024 trials 1",
    ] {
      let command = try parseOne(text)
      #expect(try parseOne(command.text) == command, "\(text)")
    }
  }

  @Test func badCensusesAreRefusedWhereTheyAreWritten() throws {
    let deep = try parseError("born relu depth 2 65")
    #expect(deep.message == "expected a number of hidden layers from 1 to 64, not 65")
    #expect(deep.column == 19)
    let narrow = try parseError("born relu width 0")
    #expect(narrow.message == "expected a number of units from 1 to 1024, not 0")
    #expect(narrow.column == 17)
    let none = try parseError("born relu trials 0")
    #expect(none.message == "expected a number of networks from 1 to 100000, not 0")
    #expect(none.column == 18)
    let empty = try parseError("born relu width")
    #expect(
      empty.message
        == "expected a number of units, found the end of the input; usage: born [F] [width N...] [depth D...] [trials T] [init he|asym] [bias zero|he] [seed S] [train EPOCHS] [lr ETA] [data sin|abs]"
    )
    #expect(empty.column == 16)
    var lab = Interpreter()
    let sigmoid = try lab.failure("born sigmoid width 2")
    #expect(
      sigmoid.message.hasPrefix(
        "born counts relu and leaky networks; the gradient of sigmoid below 0"))
    #expect(sigmoid.column == 6)
    let big = try lab.failure("born relu trials 100000 width 1024 depth 64")
    #expect(big.message.hasPrefix("that is about 2.64507e+13 multiply-adds"))
    #expect(big.column == 18)
    #expect(try lab.failure("born width 1024 depth 64").column == 1)
  }

  @Test func theTableInEnglishAndChinese() throws {
    let command =
      "born width 2 3 depth 1 5 trials 50 seed 1; born leaky width 2 depth 3 trials 20"
      + " bias he seed 2"
    var english = Interpreter()
    Golden.check(
      try english.printed(command).joined(separator: "\n") + "\n", file: "born-census.txt")
    var chinese = Interpreter()
    Golden.check(
      try chinese.printed("set lang zh; " + command).joined(separator: "\n") + "\n",
      file: "zh/born-census.txt")
  }

  @Test func jsonCarriesEveryCellExactly() throws {
    var lab = Interpreter()
    let outputs = try lab.outputs("born width 2 3 depth 1 4 trials 40 seed 6")
    let line = try #require(outputs.last.map(JSONReport.lines(for:))?.first)
    guard case .census(let report) = outputs.last else { throw TestFailure("census") }
    #expect(line.hasPrefix("{\"cmd\":\"born\",\"fn\":\"relu\",\"counts\":\"born_dead\""))
    #expect(line.contains("\"init\":\"he\",\"bias\":\"zero\",\"points_checked\":2,\"seed\":\"6\""))
    #expect(report.cells.count == 4)
    for cell in report.cells {
      var json = JSONWriter()
      json.number(cell.fraction)
      let fraction = String(decoding: json.bytes, as: UTF8.self)
      #expect(
        line.contains(
          "{\"width\":\(cell.width),\"depth\":\(cell.depth),\"trials\":40,\"dead\":\(cell.dead),"
            + "\"fraction\":\(fraction),"))
    }
    #expect(line.contains("\"closed_form\":0.25}"))
    #expect(line.contains("\"closed_form\":0.68359375}"))
  }

  @Test func everyCensusWordIsTranslated() {
    for message in CensusMessage.samples {
      let problems = WordsCheck.problems(
        en: message.words.en, zh: message.words.zh, sameInBoth: false)
      #expect(problems.isEmpty, "\(problems)")
    }
    for words in [CensusMessage.width, CensusMessage.depth(5)] {
      #expect(WordsCheck.problems(en: words.en, zh: words.zh, sameInBoth: false).isEmpty)
    }
  }
}
