import ReluTestSupport
import Testing

@testable import ReluCore

@Suite struct TwinTests {
  private static func spec(
    _ kind: ActivationKind = .relu, width: Int = 16, depth: Int = 1, points: Int = 200,
    seed: UInt64 = 1
  ) -> NetworkSpec {
    NetworkSpec(
      activation: kind, width: width, depth: depth, target: .sin, points: points, seed: seed)
  }

  private static func twin(
    _ spec: NetworkSpec, epochs: Int = 20, batch: Int? = nil, precision: Precision,
    alpha: Double = 0.1
  ) throws -> TwinRun {
    try #require(
      Network(spec).twin(
        TwinSpec(epochs: epochs, batch: batch, rate: 0.1, precision: precision),
        activation: spec.activation.activation(FunctionParameters(alpha: alpha))))
  }

  /// The two copies differ only through f'(0), so only a z = 0 can set
  /// their gradients apart: until one is met they are one network, bit for
  /// bit, and the first differing epoch met one.
  @Test(arguments: Precision.allCases, [nil, 20])
  func gradientsDifferOnlyAfterAZero(precision: Precision, batch: Int?) throws {
    for seed in UInt64(1)...4 {
      for kind in [ActivationKind.relu, .leaky] {
        let run = try Self.twin(
          Self.spec(kind, width: 8, depth: 2, seed: seed), batch: batch, precision: precision)
        #expect(run.epochs.count == 20)
        if let first = run.firstDifference {
          let epoch = run.epochs[first - 1]
          #expect(epoch.zeros > 0, "\(precision) seed \(seed)")
          #expect(run.epochs[..<(first - 1)].allSatisfy { $0.losses.0 == $0.losses.1 })
        } else {
          #expect(run.largestDifference == 0)
          #expect(run.epochs.allSatisfy { $0.losses.0.bitPattern == $0.losses.1.bitPattern })
        }
      }
    }
  }

  /// No z = 0 at all: the two copies end identical.
  @Test func withoutZerosTheCopiesAreIdentical() throws {
    let run = try Self.twin(Self.spec(width: 64, seed: 1), precision: .double)
    #expect(run.zeros == 0)
    #expect(run.firstDifference == nil && run.differingEpochs == 0)
    #expect(run.largestDifference == 0)
    #expect(run.finalLosses.0.bitPattern == run.finalLosses.1.bitPattern)
  }

  /// A z = 0 forced where the loss has a gradient: unit 0's bias set to
  /// -(w x_p) as the format computes the product, so its z = w x_p + b is
  /// exactly 0 at point p in the first epoch; the copies' gradients differ
  /// there, in every precision.
  @Test(arguments: Precision.allCases)
  func aForcedZeroSetsTheCopiesApart(precision: Precision) throws {
    for kind in [ActivationKind.relu, .leaky] {
      let spec = Self.spec(kind, width: 16)
      var network = Network(spec)
      let w = precision.rounded(network.weights[0][0])
      let x = precision.rounded(network.x[50])
      network.biases[0][0] = -precision.rounded(w * x)
      let run = try #require(
        network.twin(
          TwinSpec(epochs: 20, batch: nil, rate: 0.1, precision: precision),
          activation: kind.activation(FunctionParameters(alpha: 0.1))))
      #expect(run.epochs[0].zeros >= 1)
      #expect(run.firstDifference == 1)
      #expect(run.largestDifference > 0)
    }
  }

  /// With 201 points x = 0 is a data point, and with zero biases every
  /// unit's z is exactly 0 there; but so is the output (relu(0) = 0, output
  /// bias 0) and the target sin(0), so that point passes no gradient and the
  /// copies stay together in the first epoch.
  @Test func aZeroWithoutGradientChangesNothing() throws {
    let run = try Self.twin(Self.spec(width: 16, points: 201), epochs: 1, precision: .double)
    #expect(run.epochs[0].zeros == 16)
    #expect(run.firstDifference == nil && run.largestDifference == 0)
  }

  /// A mini-batch as large as the data is full batch; smaller ones give
  /// other runs, the same on every call.
  @Test func miniBatchesAreDeterministic() throws {
    let spec = Self.spec(width: 8, points: 201)
    let full = try Self.twin(spec, precision: .single)
    #expect(try Self.twin(spec, batch: 201, precision: .single) == full)
    let small = try Self.twin(spec, batch: 16, precision: .single)
    #expect(try Self.twin(spec, batch: 16, precision: .single) == small)
    #expect(small != full)
  }

  /// An epoch of mini-batches steps once per group of B points: the twin's
  /// copy 0 ends where the same steps taken by hand end.
  @Test func miniBatchesStepOncePerGroup() throws {
    let spec = Self.spec(width: 4, points: 10, seed: 5)
    let network = Network(spec)
    var trainer = NetworkTrainer<NativeFormat<Double>>(network, activation: .relu, atZero: .left)
    _ = trainer.forwardCurrent()
    var generator = SplitMix64(seed: 5)
    var order = Array(0..<10)
    for i in stride(from: 9, to: 0, by: -1) {
      order.swapAt(i, Int(generator.next() % UInt64(i + 1)))
    }
    trainer.beginEpoch()
    for start in stride(from: 0, to: 10, by: 4) {
      trainer.gradient(points: order[start..<min(start + 4, 10)])
      trainer.stepNext(rate: 0.1)
    }
    let loss = trainer.finishEpoch()
    let run = try Self.twin(spec, epochs: 1, batch: 4, precision: .double)
    #expect(run.epochs[0].losses.0.bitPattern == loss.bitPattern)
  }

  @Test func twinAndSweepPrecisionParse() throws {
    #expect(try parseOne("twin") == .twin(TwinCommand()))
    guard case .twin(let twin) = try parseOne("twin seeds 3 1 epochs 7 batch 20") else {
      throw TestFailure("twin")
    }
    #expect(twin.seeds.map(\.value) == [3, 1] && twin.epochs?.value == 7)
    #expect(twin.batch?.value == 20)
    guard case .sweep(let sweep) = try parseOne("sweep precision half double epochs 3") else {
      throw TestFailure("sweep")
    }
    #expect(sweep.precisions.map(\.value) == [.half, .double] && sweep.rates.isEmpty)
    #expect(CommandName.twin.usage == "twin [epochs EPOCHS] [batch B] [seeds S...]")
    #expect(
      try parseError("twin batch 0").message
        == "expected a number of points per mini-batch from 1 to 10000, not 0")
    let quad = try parseError("sweep precision quad")
    #expect(quad.message.hasPrefix("a precision is half, single or double, not 'quad'"))
    #expect(quad.column == 17)
    #expect(try parseError("twin seeds -1").column == 12)
    #expect(
      Command.twin(twin).text == "twin epochs 7 batch 20 seeds 3 1"
        && Command.sweep(sweep).text == "sweep precision half double epochs 3")
  }

  @Test func twinAndSweepPrecisionRefuseWithALocation() throws {
    var lab = Interpreter()
    #expect(try lab.failure("twin").message == "no network is built; build one, e.g. net relu")
    let sigmoid = try lab.failure("net sigmoid seed 1; twin")
    #expect(
      sigmoid.message.hasPrefix(
        "twin sets f'(0) apart, and only relu and leaky let a convention choose f'(0)"))
    #expect(sigmoid.column == 21)
    let batch = try lab.failure("net relu seed 1; twin batch 300")
    #expect(batch.message == "batch 300 is more than the network's 200 data points")
    #expect(batch.column == 29)
    let both = try lab.failure("net relu seed 1; sweep lr 0.1 precision half")
    #expect(both.message == "sweep takes lr A... or precision P..., not both")
    #expect(both.column == 27)
    let neither = try lab.failure("net relu seed 1; sweep epochs 5")
    #expect(neither.message == "sweep needs lr A... or precision P..., e.g. sweep lr 0.05 0.2")
    #expect(neither.column == 18)
    let rateBatch = try lab.failure("net relu seed 1; sweep lr 0.1 batch 5")
    #expect(rateBatch.message == "batch goes with sweep precision (or twin), not with sweep lr")
    #expect(rateBatch.column == 37)
    let tooMuch = try lab.failure("net relu width 1024 seed 1; twin epochs 10000")
    #expect(tooMuch.message.hasPrefix("that is about"))
    #expect(tooMuch.column == 41)
  }

  /// `twin` runs the network as built at the session's precision, for its
  /// own seed or each seed given, and leaves the session's network alone.
  @Test func twinRunsTheNetworkAsBuilt() throws {
    var lab = Interpreter()
    lab.settings.precision = .half
    let outputs = try lab.outputs("net relu width 8 seed 2; train 3; twin epochs 5 seeds 2 9")
    guard case .twin(let report) = outputs[2] else { throw TestFailure("twin") }
    #expect(report.runs.map(\.seed) == [2, 9] && report.precisions == [.half])
    let spec = Self.spec(width: 8, seed: 9)
    let run = try #require(
      Network(spec).twin(
        TwinSpec(epochs: 5, batch: nil, rate: lab.settings.learningRate, precision: .half),
        activation: .relu))
    #expect(report.runs[1] == run)
    #expect(lab.trainingHistory.count == 4)
    #expect(lab.scene.shown == .twin && lab.scene.has(.zeros))
    #expect(!report.fromSweep && outputs[2].command == .twin)
    let swept = try lab.outputs("sweep precision double half epochs 5 seeds 9")
    guard case .twin(let sweep) = swept[0] else { throw TestFailure("sweep") }
    #expect(sweep.runs.map(\.precision) == [.double, .half] && sweep.runs[1] == run)
    #expect(swept[0].command == .sweep)
    _ = try lab.outputs("clear")
    #expect(!lab.scene.has(.twin))
  }

  /// The table and the chart, in English and Chinese.
  @Test func theTwinsTableAndChart() throws {
    var lab = Interpreter()
    let english = try lab.printed(
      "set size 80 24; net relu width 16 points 201 seed 1;"
        + " sweep precision half single double epochs 30 seeds 1 2; view zeros")
    Golden.check(english.joined(separator: "\n") + "\n", file: "twin-sweep-precision.txt")
    var zh = Interpreter()
    let chinese = try zh.printed(
      "set lang zh; set size 80 24; net leaky width 8 seed 3; twin epochs 20 batch 50")
    Golden.check(chinese.joined(separator: "\n") + "\n", file: "zh/twin.txt")
  }

  /// JSON: exact numbers, null for what did not happen.
  @Test func theTwinsJSON() throws {
    var lab = Interpreter()
    let outputs = try lab.outputs("net relu width 8 points 201 seed 1; twin epochs 3")
    let line = try #require(JSONReport.lines(for: outputs[1]).first)
    #expect(
      line.hasPrefix(
        #"{"cmd":"twin","fn":"relu","width":8,"depth":1,"data":"sin","points":201,"epochs":3,"#
          + #""batch":null,"lr":0.2,"grad0":["left","right"],"runs":[{"precision":"double","#
          + #""seed":"1","zeros":"#))
    guard case .twin(let report) = outputs[1] else { throw TestFailure("twin") }
    let run = report.runs[0]
    let first = run.firstDifference.map(String.init) ?? "null"
    #expect(
      line.contains(#""first_differing":\#(first),"epochs_differing":\#(run.differingEpochs)"#))
    #expect(line.contains(#""diverged_at":null,"zeros_by_epoch":["#))
    #expect(line.contains("\"loss_left\":\(run.finalLosses.0),"))
  }

  @Test func everyTwinWordIsTranslated() {
    for message in TwinMessage.samples {
      let problems = WordsCheck.problems(
        en: message.words.en, zh: message.words.zh, sameInBoth: false)
      #expect(problems.isEmpty, "\(problems)")
    }
    for words in TwinMessage.headings.dropFirst(3) {
      #expect(WordsCheck.problems(en: words.en, zh: words.zh, sameInBoth: false).isEmpty)
    }
  }
}
