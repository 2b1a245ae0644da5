import Testing

@testable import ReluCore

@Suite struct NetworkCommandTests {
  @Test func netTakesItsOptionsInAnyOrder() throws {
    #expect(
      try parseOne("net relu seed 7 width 16 data abs depth 2 points 50")
        == .net(
          NetCommand(
            activation: .relu, width: 16, depth: 2, target: .abs, points: 50, seed: 7)))
    #expect(
      try parseOne("NET Leaky")
        == .net(NetCommand(activation: .leaky, width: nil, depth: nil, target: nil, points: nil)))
    #expect(
      try parseError("net relu width 4 width 5").message
        == "'width' is given twice; usage: net F [width N] [depth D] [data sin|abs] [points M]"
        + " [seed S] [init he|asym] [slope unit|shared] [alpha0 A] [lower L] [upper U]")
    #expect(
      try parseError("net relu width 0").message
        == "expected a number of units from 1 to 1024, not 0")
    #expect(
      try parseError("net relu depth 65").message
        == "expected a number of hidden layers from 1 to 64, not 65")
    #expect(
      try parseError("net relu points 1").message
        == "expected a number of data points from 2 to 10000, not 1")
    #expect(try parseError("net relu data cos").message == "the data is sin or abs, not 'cos'")
    #expect(
      try parseError("net relu'").message
        == "net takes relu, leaky, sigmoid, tanh, elu, softplus, prelu or rrelu, not relu'")
    #expect(NetworkSpec.maxWidth == 1024)
    #expect(
      CommandName.net.usage
        == "net F [width N] [depth D] [data sin|abs] [points M] [seed S] [init he|asym]"
        + " [slope unit|shared] [alpha0 A] [lower L] [upper U]")
  }

  @Test func trainAndSweepParse() throws {
    #expect(try parseOne("train") == .train(epochs: nil, learningRate: nil))
    guard case .train(let epochs?, 0.05) = try parseOne("train 20 lr 0.05") else {
      throw TestFailure("train")
    }
    #expect(epochs.value == 20)
    guard case .sweep(let plain) = try parseOne("sweep lr 0.05 0.2 1") else {
      throw TestFailure("sweep")
    }
    #expect(plain.rates.map(\.value) == [0.05, 0.2, 1] && plain.twin == TwinCommand())
    guard case .sweep(let sweep) = try parseOne("sweep lr 0.1 epochs 5"),
      let count = sweep.twin.epochs
    else {
      throw TestFailure("sweep")
    }
    #expect(sweep.rates.map(\.value) == [0.1] && count.value == 5)
    #expect(
      try parseError("sweep lr 0 1").message
        == "the learning rate must be a finite number > 0, not 0")
    #expect(
      CommandName.sweep.usage
        == "sweep [functions] [lr A...] [precision half|single|double...] [epochs EPOCHS]"
        + " [batch B] [seeds S...]")
  }

  @Test func completionFollowsTheOptions() {
    #expect(
      Parser.completions(in: "net relu ").candidates == [
        "width", "depth", "data", "points", "seed", "init", "slope", "alpha0", "lower", "upper",
      ])
    #expect(
      Parser.completions(in: "net relu width 4 ").candidates == [
        "depth", "data", "points", "seed", "init", "slope", "alpha0", "lower", "upper",
      ])
    #expect(Parser.completions(in: "net relu data ").candidates == ["sin", "abs"])
    #expect(Parser.completions(in: "train 5 ").candidates == ["lr"])
    #expect(
      Parser.completions(in: "sweep lr 0.1 ").candidates == [
        "functions", "precision", "epochs", "batch", "seeds",
      ])
    #expect(Parser.completions(in: "sweep precision ").candidates == ["half", "single", "double"])
    #expect(Parser.completions(in: "twin ").candidates == ["epochs", "batch", "seeds"])
  }

  @Test func trainingNeedsANetworkAndABoundedAmountOfWork() throws {
    var lab = Interpreter()
    #expect(try lab.failure("train").message == "no network is built; build one, e.g. net relu")
    #expect(
      try lab.failure("sweep lr 0.1").message == "no network is built; build one, e.g. net relu")
    let tooMuch = try lab.failure("net relu seed 1; train 1000000")
    #expect(
      tooMuch.message
        == "that is about 7.68e+10 multiply-adds, more than one command runs (5e+09); train"
        + " fewer epochs or a smaller net")
    #expect(tooMuch.column == 24)
    #expect(lab.network?.spec.width == 64)  // the net itself was built
    #expect(lab.trainingHistory.count == 1)
  }

  @Test func trainContinuesTheEpochsAndUsesTheSessionsRate() throws {
    var lab = Interpreter()
    let outputs = try lab.outputs("net relu width 8 seed 2; train 3; set lr 0.05; train 2")
    guard case .network(let built) = outputs[0], case .training(let first) = outputs[1],
      case .training(let second) = outputs[3]
    else { throw TestFailure("outputs") }
    #expect(built.record.epoch == 0 && built.spec.seed == 2)
    #expect(first.records.map(\.epoch) == [1, 2, 3] && first.learningRate == 0.2)
    #expect(second.records.map(\.epoch) == [4, 5] && second.learningRate == 0.05)
    #expect(lab.trainingHistory.map(\.epoch) == [0, 1, 2, 3, 4, 5])
    // The same as training the network by hand.
    var net = Network(built.spec)
    let byHand =
      net.train(epochs: 3, rate: 0.2, after: 0, activation: .relu, atZero: .left)
      + net.train(epochs: 2, rate: 0.05, after: 3, activation: .relu, atZero: .left)
    #expect(first.records + second.records == byHand)
  }

  /// `train` adds its epochs to the history's own buffer: a session of many
  /// short trains does not copy the whole history per command.
  @Test func trainAppendsToTheHistoryInPlace() throws {
    var lab = Interpreter()
    _ = try lab.outputs("net relu width 4 seed 1")
    lab.trainingHistory.reserveCapacity(64)
    let before = lab.trainingHistory.withUnsafeBufferPointer { $0.baseAddress }
    _ = try lab.outputs("train 3; train 2")
    #expect(lab.trainingHistory.map(\.epoch) == [0, 1, 2, 3, 4, 5])
    #expect(lab.trainingHistory.withUnsafeBufferPointer { $0.baseAddress } == before)
  }

  @Test func sweepTrainsFreshCopies() throws {
    var lab = Interpreter()
    let outputs = try lab.outputs("net relu width 8 seed 2; train 5; sweep lr 0.2 0.2 epochs 3")
    guard case .sweep(let sweep) = outputs[2] else { throw TestFailure("sweep") }
    var fresh = Network(try #require(lab.network).spec)
    let expected = fresh.train(epochs: 3, rate: 0.2, after: 0, activation: .relu, atZero: .left)
    #expect(sweep.rows.map(\.record) == [expected.last, expected.last])
    #expect(lab.trainingHistory.count == 6)  // sweep leaves the session's network alone
  }

  @Test func textAndJSON() throws {
    var lab = Interpreter()
    let outputs = try lab.outputs("net relu width 8 seed 2; train 30")
    let net = TextReport.lines(for: outputs[0]).map(\.text)
    #expect(
      net[0]
        == "net relu: 1 input, 1 hidden layer of 8 units, 1 output; fits sin(pi x) at 200 points on [-1, 1]"
    )
    #expect(net[2] == "epoch  loss       dead  inactive  active" || net[2].hasPrefix("epoch"))
    let train = TextReport.lines(for: outputs[1]).map(\.text)
    #expect(train[0] == "train relu, lr 0.2: epochs 1 to 30")
    #expect(train.count == 1 + 1 + 10 + 1)  // heading, header, every 3rd epoch, note
    #expect(train.last == "  (every 3rd epoch shown, and the last)")
    let json = JSONReport.lines(for: outputs[1])
    #expect(json.count == 30)
    #expect(json[0].hasPrefix(#"{"cmd":"train","epoch":1,"loss":"#))
    #expect(json[0].hasSuffix(#""status":"running"}"#))
    let built = JSONReport.lines(for: outputs[0])
    #expect(
      built[0].hasPrefix(
        #"{"cmd":"net","fn":"relu","width":8,"depth":1,"data":"sin","points":200,"seed":"2","epoch":0,"#
      ))
  }

  @Test func ordinals() {
    #expect(
      [1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(Plural.ordinal) == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st", "111th",
      ])
  }
}

@Suite struct NetworkViewTests {
  @Test func netAndTrainShowTheNetworkUntilAnotherActivity() throws {
    var lab = Interpreter(fileSystem: MemoryScripts(files: [:], acceptsWrites: true))
    _ = try lab.outputs("net relu width 8 seed 2; train 3")
    guard case .network(let fit, let loss, let dead) = lab.scene.view else {
      throw TestFailure("network view")
    }
    #expect(fit.series.map(\.label.en).prefix(2) == ["target sin(pi x)", "net (epoch 3)"])
    #expect(fit.series[0].points.count == 200 && fit.series[1].points.count == 200)
    #expect(loss.series[0].points.map(\.x) == [0, 1, 2, 3])
    #expect(dead.series[1].points.map(\.y) == lab.trainingHistory.map { Double($0.totalDead) })
    // Every kink mark is a unit's -b/w inside [-1, 1].
    let network = try #require(lab.network)
    let marked = fit.series.dropFirst(2).flatMap(\.points).map(\.x).sorted()
    let kinks = network.kinks.compactMap { $0 }.filter { abs($0) <= 1 }.sorted()
    #expect(marked == kinks)
    #expect(
      try lab.outputs("export txt dead.txt").last
        == .exported(format: .txt, path: "dead.txt", subject: SceneMessage.exportedDeadUnits.words))
    _ = try lab.outputs("clear network")
    guard case .functions = lab.scene.view else { throw TestFailure("functions after clear") }
    _ = try lab.outputs("train")
    guard case .network = lab.scene.view else { throw TestFailure("network after train") }
    _ = try lab.outputs("plot relu")
    guard case .functions = lab.scene.view else { throw TestFailure("functions after plot") }
  }

  @Test func pointsAndMarksAreDrawn() throws {
    let chart = Chart(
      series: [
        DataSeries(role: .points, label: Words.same("data"), points: [PlotPoint(x: 0, y: 0.5)]),
        DataSeries(
          role: .marks(dead: true), label: FigureLabel.kink(dead: true).words,
          points: [PlotPoint(x: 0.5, y: 0)]),
        DataSeries(
          role: .marks(dead: false), label: FigureLabel.kink(dead: false).words,
          points: [PlotPoint(x: -0.5, y: 0)]),
      ], xRange: try PlotBounds(lower: -1, upper: 1), yRange: try PlotBounds(lower: 0, upper: 1),
      xName: "x", wholeX: false)
    let canvas = ChartRenderer.render(chart, size: try PlotSize(width: 40, height: 12))
    let lines = canvas.lines
    #expect(lines[0].hasPrefix(". data  x dead kink  ^ kink"))
    let cells = (1..<canvas.height).flatMap { row in  // below the legend
      (0..<canvas.width).map { (row, $0, canvas[row, $0]) }
    }
    #expect(cells.filter { $0.2.role == .deadMark }.count == 1)
    #expect(cells.filter { $0.2.role == .liveMark }.count == 1)
    let dead = try #require(cells.first { $0.2.role == .deadMark })
    let live = try #require(cells.first { $0.2.role == .liveMark })
    #expect(dead.0 == live.0 && dead.1 > live.1)  // one row, the dead one to the right
    #expect(cells.contains { $0.2.role == .reference && $0.2.character == "." && $0.0 > 0 })
  }
}
