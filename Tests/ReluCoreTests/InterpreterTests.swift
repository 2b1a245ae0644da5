import Testing

@testable import ReluCore

@Suite struct InterpreterTests {
  @Test func feedThenBackward() throws {
    var lab = Interpreter()
    let outputs = try lab.outputs("feed [1, -2, 0, 0.5]; backward 10 10 10 10")
    guard case .feed(let feed) = outputs[0], case .backward(let back) = outputs[1] else {
      throw TestFailure("\(outputs)")
    }
    #expect(feed.output.scalars == [1, 0, 0, 0.5])
    #expect(feed.mask.scalars == [1, 0, 0, 1])
    #expect(feed.statistics.active == 2)
    #expect(back.gradient.scalars == [10, 0, 0, 10])
  }

  @Test func leakyLayerUsesAlphaAndConvention() throws {
    var lab = Interpreter()
    let outputs = try lab.outputs("use leaky; set alpha 0.3; set grad0 right; feed -2 0 3")
    guard case .feed(let feed) = outputs.last else { throw TestFailure("no feed") }
    #expect(feed.activation == .leaky(alpha: 0.3))
    #expect(feed.output.scalars == [-0.6, 0, 3])
    #expect(feed.mask.scalars == [0.3, 1, 1])
  }

  @Test func backwardErrorsPointAtTheGradientAndKeepState() throws {
    var lab = Interpreter()
    let before = try lab.failure("backward 1 2")
    #expect(before.message == "backward needs a forward pass first (feed a vector)")
    #expect(before.column == 10)
    _ = try lab.outputs("feed 1 2 3")
    let mismatch = try lab.failure("backward [1, 2]")
    #expect(mismatch.message == "gradient has shape 2, but the last feed had shape 3")
    #expect(mismatch.column == 10)
    // The session survived: the last feed still works.
    guard case .backward(let g) = try lab.outputs("backward 1 1 1").first else {
      throw TestFailure("backward")
    }
    #expect(g.gradient.scalars == [1, 1, 1])
  }

  @Test func useForgetsTheLastFeed() throws {
    var lab = Interpreter()
    _ = try lab.outputs("feed 1 2; use leaky")
    #expect(try lab.failure("backward 1 1").message.hasPrefix("backward needs a forward pass"))
  }

  @Test func randomIsReproducibleWithASeed() throws {
    var lab = Interpreter()
    let a = try lab.outputs("feed random 1000 seed 42")
    let b = try lab.outputs("feed random 1000 seed 42")
    guard case .feed(let first) = a[0], case .feed(let second) = b[0] else { throw TestFailure("") }
    #expect(first.input == second.input)
    #expect(first.seed == 42)
    let mean = first.input.scalars.reduce(0, +) / 1000
    let variance = first.input.scalars.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 1000
    #expect(abs(mean) < 0.1)
    #expect(abs(variance - 1) < 0.15)
    // About half the units are active, as the course notes.
    #expect(abs(first.statistics.activeFraction - 0.5) < 0.06)
    guard case .feed(let unseeded) = try lab.outputs("feed random 3")[0] else {
      throw TestFailure("")
    }
    #expect(unseeded.seed != nil, "an unseeded draw reports its seed so it can be repeated")
  }

  @Test func forwardHasNoLayerState() throws {
    var lab = Interpreter()
    guard case .forward(let r) = try lab.outputs("forward sigmoid 0")[0] else {
      throw TestFailure("")
    }
    #expect(r.output.scalars == [0.5])
    #expect(lab.lastFeed == nil)
  }

  @Test func decayStepRunReset() throws {
    var lab = Interpreter()
    let outputs = try lab.outputs("decay relu from 0.9 to 0.5; step; step; step; reset; run")
    guard case .decay(let setup) = outputs[0] else { throw TestFailure("decay") }
    #expect(setup.current.z == 0.9 && setup.status == .running)
    guard case .steps(let one) = outputs[1], case .steps(let two) = outputs[2] else {
      throw TestFailure("steps")
    }
    #expect(one.steps.map(\.value) == [0.7])
    #expect(two.steps.map(\.value) == [0.49999999999999994])
    #expect(two.status == .reached)
    guard case .finished(let ended) = outputs[3] else { throw TestFailure("finished") }
    #expect(ended.status == .reached && ended.current.index == 2)
    #expect(
      TextReport.lines(for: outputs[3]).map(\.text) == [
        "the decay already ended (reached after 2 steps); reset starts it over"
      ])
    guard case .reset(let reset) = outputs[4], case .run(let run) = outputs[5] else {
      throw TestFailure("reset/run")
    }
    #expect(reset.current.index == 0)
    #expect(run.status == .reached && run.final.index == 2)
  }

  @Test func decayUsesTheSessionLearningRate() throws {
    var lab = Interpreter()
    guard case .run(let run) = try lab.outputs("set lr 1; decay relu from 0.9 to 0.5; run")[2]
    else {
      throw TestFailure("run")
    }
    #expect(run.status == .dead)
  }

  @Test func decayErrorsPointAtTheValue() throws {
    var lab = Interpreter()
    let d = try lab.failure("decay sigmoid from 1.5 to 0.5")
    #expect(d.column == 20)
    #expect(d.message.hasPrefix("sigmoid never equals 1.5"))
    #expect(
      try lab.failure("step").message
        == "no decay is set up; start one, e.g. decay relu from 0.9 to 0.5")
  }

  @Test func compareReproducesTheSeed() throws {
    var lab = Interpreter()
    guard case .compare(let table) = try lab.outputs("compare relu sigmoid")[0] else {
      throw TestFailure("compare")
    }
    #expect(table.start == 0.9 && table.target == 0.5 && table.learningRate == 0.2)
    #expect(table.rows.map(\.final.index) == [2, 67])
    #expect(table.rows.map(\.status) == [.reached, .reached])
    guard case .compare(let dying) = try lab.outputs("compare relu leaky lr 1")[0] else {
      throw TestFailure("compare")
    }
    #expect(dying.rows.map(\.status) == [.dead, .overshot], "leaky as far past, but alive")
  }

  @Test func plotFollowsTheLayerUntilChosen() throws {
    var lab = Interpreter()
    #expect(lab.plottedSeries.map(\.description) == ["relu", "relu'"])
    _ = try lab.outputs("use leaky")
    #expect(lab.plottedSeries.map(\.description) == ["leaky", "leaky'"])
    _ = try lab.outputs("plot sigmoid tanh'")
    _ = try lab.outputs("use relu")
    #expect(lab.plottedSeries.map(\.description) == ["sigmoid", "tanh'"])
    _ = try lab.outputs("plot")
    #expect(lab.plottedSeries.map(\.description) == ["relu", "relu'"])
  }

  @Test func plotShowsExactlyItsFunctionsAndAFeedAddsItsCurve() throws {
    var lab = Interpreter()
    _ = try lab.outputs("plot leaky; decay sigmoid from 0.9 to 0.5; step 3")
    #expect(lab.plottedSeries.map(\.description) == ["leaky"])
    #expect(lab.scene.shown == .decay)
    _ = try lab.outputs("plot leaky")
    #expect(lab.scene.shown == .plot)
    #expect(lab.scene.functions.series.map(\.description) == ["leaky"])
    #expect(lab.scene.functions.overlays.isEmpty, "sigmoid's trail: sigmoid is not plotted")
    _ = try lab.outputs("feed 1 -2")
    #expect(lab.scene.functions.series.map(\.description) == ["leaky", "relu"], "the feed's curve")
    #expect(lab.scene.functions.overlays.map(\.kind) == [.feed])
  }

  @Test func settingsChangeAndShow() throws {
    var lab = Interpreter()
    _ = try lab.outputs("set alpha 0.2; set xrange -2 2; set yrange -1 1; set size 40 12")
    #expect(lab.settings.alpha == 0.2)
    #expect(lab.settings.xRange == (try PlotBounds(lower: -2, upper: 2)))
    #expect(lab.settings.yRange == (try PlotBounds(lower: -1, upper: 1)))
    #expect(lab.settings.plotSize == (try PlotSize(width: 40, height: 12)))
    let show = try lab.outputs("show")[0]
    guard case .settings(let settings) = show else { throw TestFailure("show") }
    #expect(settings.value(of: .alpha) == .number(0.2))
    #expect(settings.value(of: .yrange) == .bounds(try PlotBounds(lower: -1, upper: 1)))
    let rows = TextReport.lines(for: show).dropFirst().map { $0.text.split(separator: " ")[0] }
    #expect(
      rows == [
        "alpha", "elu-alpha", "beta", "lr", "grad0", "convention", "precision", "xrange",
        "yrange", "size", "canvas", "digits", "speed", "lang",
      ])
    #expect(TextReport.lines(for: show)[9].text.hasPrefix("yrange      -1 1 "))
  }

  @Test func speedIsStepsPerSecondWithinItsLimits() throws {
    var lab = Interpreter()
    #expect(lab.settings.animationSpeed == 40)
    let set = try lab.outputs("set speed 200")
    #expect(lab.settings.animationSpeed == 200)
    #expect(TextReport.lines(for: set[0]).map(\.text) == ["speed = 200"])
    let tooFast = try lab.failure("set speed 5000")
    #expect(tooFast.message == "speed must be from 1 to 1000 steps per second, not 5000")
    #expect(tooFast.column == 11)
    #expect(lab.settings.animationSpeed == 200)
    let help = try lab.outputs("help set speed")
    #expect(TextReport.lines(for: help[0]).first?.text == "set speed STEPS_PER_SECOND")
  }

  @Test func aSyntaxErrorRunsNothing() throws {
    var lab = Interpreter()
    let events = lab.run(Source(name: "t", text: "set alpha 0.5\nfeed 1 x"))
    #expect(events.count == 1)
    #expect(lab.settings.alpha == 0.01)
  }

  @Test func keepGoingRunsTheRest() {
    var lab = Interpreter()
    let events = lab.run(
      Source(name: "t", text: "set alpha 0.5\nfeed 1 x\nbackward 1\nshow"), keepGoing: true)
    #expect(events.count == 4)
    #expect(lab.settings.alpha == 0.5)
  }

  @Test func backwardNamesTheActivationOfTheLastFeed() throws {
    var lab = Interpreter()
    let outputs = try lab.outputs("use leaky; set alpha 0.1; feed -1; set alpha 0.5; backward 1")
    guard case .backward(let r) = outputs.last else { throw TestFailure("backward") }
    #expect(r.activation == .leaky(alpha: 0.1))
    #expect(r.gradient.scalars == [0.1])
  }

  @Test func aSyntaxErrorHaltsTheRun() {
    var lab = Interpreter()
    let summary = lab.run(Source(name: "t", text: "say a\nbogus")) { _ in .proceed }
    #expect(summary == RunSummary(failures: 1, quit: false, halted: true))
  }

  @Test func quitIsReportedEvenWhenKeepingGoing() {
    var lab = Interpreter()
    let summary = lab.run(Source(name: "t", text: "bogus; quit; say b"), keepGoing: true) { _ in
      .proceed
    }
    #expect(summary == RunSummary(failures: 1, quit: true, halted: true))
  }

  @Test func aScriptRunAtTopLevelCannotLoadItself() throws {
    var lab = Interpreter(fileSystem: MemoryScripts(files: ["s.relu": "say hi\nload s.relu"]))
    let script = try lab.fileSystem.read(path: "s.relu")
    var events: [InterpreterEvent] = []
    lab.run(script: script, path: "s.relu") { event in
      events.append(event)
      return .proceed
    }
    #expect(events.count == 2)
    guard case .failure(let d) = events.last else { throw TestFailure("no cycle") }
    #expect(d.message == "load cycle: s.relu -> s.relu")
  }

  @Test func quitStopsTheRun() throws {
    var lab = Interpreter()
    let outputs = try lab.outputs("say a; quit; say b")
    #expect(outputs == [.say("a"), .quit])
  }

  @Test func loadResolvesRelativeToTheScript() throws {
    let files = MemoryScripts(files: [
      "lessons/main.relu": "say main\nload parts/one.relu",
      "lessons/parts/one.relu": "set alpha 0.25\nsay one",
    ])
    var lab = Interpreter(fileSystem: files)
    let outputs = try lab.outputs("load lessons/main.relu")
    #expect(
      outputs == [.say("main"), .setting(.alpha, .number(0.25)), .say("one")])
  }

  @Test func errorsInLoadedFilesNameThatFile() throws {
    let files = MemoryScripts(files: ["a.relu": "say a\n\n  feed 1 oops"])
    var lab = Interpreter(fileSystem: files)
    let d = try lab.failure("load a.relu")
    #expect(d.file == "a.relu" && d.line == 3 && d.column == 10)
    let missing = try lab.failure("load nope.relu")
    #expect(missing.message == "cannot read nope.relu: No such file or directory")
    #expect(missing.column == 6)
  }

  @Test func loadCyclesAndDepthAreCaught() throws {
    let cycle = MemoryScripts(files: ["a.relu": "load b.relu", "b.relu": "load a.relu"])
    var lab = Interpreter(fileSystem: cycle)
    let d = try lab.failure("load a.relu")
    #expect(d.message == "load cycle: a.relu -> b.relu -> a.relu")
    #expect(d.file == "b.relu")

    var deep: [String: String] = [:]
    for i in 0..<20 { deep["f\(i)"] = "load f\(i + 1)" }
    deep["f20"] = "say bottom"
    var deepLab = Interpreter(fileSystem: MemoryScripts(files: deep))
    let tooDeep = try deepLab.failure("load f0")
    #expect(tooDeep.message == "scripts load each other more than 16 deep")
  }

  @Test func helpCoversEveryCommand() throws {
    var lab = Interpreter()
    for name in CommandName.allCases {
      #expect(try lab.outputs("help \(name.rawValue)") == [.help(.command(name))])
      let lines = TextReport.lines(for: .help(.command(name)))
      // A usage longer than 80 columns goes on in indented heading lines.
      let heading = lines.prefix { $0.role == .heading }.map { String($0.text.drop { $0 == " " }) }
      #expect(heading.joined(separator: " ") == name.usage)
      #expect(!name.spec.examples.isEmpty, "\(name) has an example")
    }
  }

  // Every example in the help must itself run (no command in help that does not work).
  @Test func helpExamplesRun() throws {
    let files = MemoryScripts(
      files: ["lesson1.relu": "say hi", "my lessons/intro.relu": "say intro"], acceptsWrites: true)
    let examples =
      CommandName.allCases.filter { $0 != .quit }.flatMap(\.spec.examples)
      + SettingName.allCases.flatMap(\.spec.examples)
      + ActivationKind.allCases.flatMap(\.entry.examples)
    for example in examples {
      var lab = Interpreter(fileSystem: files)
      _ = try lab.outputs("decay relu from 0.9 to 0.5; feed 1 -2 3")
      let outputs = try lab.outputs(example)
      #expect(!outputs.isEmpty, "\(example) shows nothing")
    }
  }
}
