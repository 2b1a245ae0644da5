import Testing

@testable import ReluCore

@Suite struct ParserTests {
  @Test func settings() throws {
    #expect(try parseOne("set alpha 0.3") == .set(.alpha(0.3)))
    #expect(try parseOne("set lr 0.5") == .set(.learningRate(0.5)))
    #expect(try parseOne("set grad0 right") == .set(.gradientAtZero(.right)))
    #expect(try parseOne("set xrange -3 3") == .set(.xRange(try PlotBounds(lower: -3, upper: 3))))
    #expect(try parseOne("set yrange -1 2") == .set(.yRange(try PlotBounds(lower: -1, upper: 2))))
    #expect(try parseOne("set yrange auto") == .set(.yRange(nil)))
    #expect(try parseOne("set size 60 20") == .set(.size(try PlotSize(width: 60, height: 20))))
    #expect(try parseOne("set canvas braille") == .set(.canvas(.braille)))
    #expect(
      try parseOne("export svg \"a b.svg\"")
        == .export(.svg, Located(value: "a b.svg", range: SourceRange(start: 11, end: 20))))
    #expect(try parseOne("show") == .show)
    #expect(try parseOne("settings") == .show)
  }

  @Test func layersAndVectors() throws {
    #expect(try parseOne("use leaky") == .use(.leaky))
    guard case .feed(let v) = try parseOne("feed [1, -2, 0.5]") else { throw TestFailure("feed") }
    #expect(v.value == .literal(Tensor([1, -2, 0.5])))
    #expect(v.range == SourceRange(start: 5, end: 17))
    guard case .feed(let bare) = try parseOne("feed 1 -2, 0.5") else { throw TestFailure("feed") }
    #expect(bare.value == .literal(Tensor([1, -2, 0.5])))
    guard case .feed(let m) = try parseOne("feed [[1, -2], [3, -4]]") else {
      throw TestFailure("m")
    }
    #expect(m.value == .literal(try Tensor(shape: [2, 2], scalars: [1, -2, 3, -4])))
    guard case .feed(let r) = try parseOne("feed random 5 seed 42") else { throw TestFailure("r") }
    #expect(r.value == .random(count: 5, seed: 42))
    guard case .feed(let most) = try parseOne("feed random 10000000") else {
      throw TestFailure("most")
    }
    #expect(most.value == .random(count: Limits.maxRandomCount, seed: nil))
    guard case .backward(let g) = try parseOne("backward 1 1") else { throw TestFailure("b") }
    #expect(g.value == .literal(Tensor([1, 1])))
    guard case .forward(let fn, let f) = try parseOne("forward sigmoid 0") else {
      throw TestFailure("forward")
    }
    #expect(fn == PlotSeries(.sigmoid))
    #expect(f.value == .literal(Tensor([0])))
  }

  @Test func specialNumbers() throws {
    guard case .feed(let v) = try parseOne("feed nan inf -inf 1e-3 .5 -0") else {
      throw TestFailure("feed")
    }
    guard case .literal(let t) = v.value else { throw TestFailure("literal") }
    #expect(t.scalars[0].isNaN)
    #expect(Array(t.scalars.dropFirst()) == [.infinity, -.infinity, 0.001, 0.5, 0])
  }

  @Test func plotAndDecay() throws {
    #expect(
      try parseOne("plot relu relu' leaky'")
        == .plot([
          PlotSeries(.relu), PlotSeries(.relu, derivative: true),
          PlotSeries(.leaky, derivative: true),
        ]))
    #expect(try parseOne("plot") == .plot([]))
    guard case .decay(let d) = try parseOne("decay sigmoid from 0.9 to 0.5 lr 0.3") else {
      throw TestFailure("decay")
    }
    #expect(d.function == .sigmoid && d.from?.value == .value(0.9) && d.to?.value == 0.5)
    #expect(d.learningRate == 0.3)
    guard case .decay(let next) = try parseOne("decay leaky from LAST to 0.5") else {
      throw TestFailure("decay from last")
    }
    #expect(next.function == .leaky && next.from?.value == .last && next.learningRate == nil)
    // Left out, as F4 takes them: the layer's function, from 0.9 to 0.5.
    #expect(try parseOne("decay") == .decay(DecaySpec(function: nil, from: nil, to: nil)))
    guard case .decay(let alone) = try parseOne("decay tanh lr 0.1") else {
      throw TestFailure("decay F lr ETA")
    }
    #expect(alone.function == .tanh && alone.from == nil && alone.to == nil)
    #expect(alone.learningRate == 0.1)
    #expect(try parseOne("step") == .step(1))
    #expect(try parseOne("step 5") == .step(5))
    #expect(try parseOne("run") == .run(maxSteps: nil))
    #expect(try parseOne("run 50") == .run(maxSteps: 50))
    #expect(try parseOne("reset") == .reset)
    guard case .compare(let c) = try parseOne("compare relu sigmoid from 0.8 to 0.4 lr 0.1") else {
      throw TestFailure("compare")
    }
    #expect(c.functions.map(\.value) == [.relu, .sigmoid])
    #expect(c.from?.value == 0.8 && c.to?.value == 0.4 && c.learningRate == 0.1)
    guard case .compare(let all) = try parseOne("compare") else { throw TestFailure("all") }
    // Every function but prelu and rrelu, leaky with a fixed slope outside a network.
    #expect(all.functions.map(\.value) == [.relu, .leaky, .sigmoid, .tanh, .elu, .softplus])
  }

  @Test func scriptCommands() throws {
    #expect(try parseOne("say Hello, world; ") == .say("Hello, world"))
    #expect(try parseOne("say \"a; b\"") == .say("a; b"))
    #expect(try parseOne("pause") == .pause(""))
    #expect(try parseOne("pause Watch the marker.") == .pause("Watch the marker."))
    #expect(try parseOne("title Dying ReLU") == .title("Dying ReLU"))
    #expect(try parseOne("lesson") == .lesson(nil))
    #expect(try parseOne("lesson 2").name == .lesson)
    #expect(try parseOne("help") == .help(.index))
    #expect(try parseOne("help back") == .help(.command(.backward)))
    #expect(try parseOne("quit") == .quit)
    #expect(try parseOne("exit") == .quit)
    guard case .load(let path) = try parseOne("load \"my dir/x.relu\"") else {
      throw TestFailure("load")
    }
    #expect(path.value == "my dir/x.relu")
  }

  @Test func separatorsAndComments() {
    let results = Parser.parse(Source(name: "t", text: "show; show\n# comment\n\n  show # again"))
    #expect(results.count == 3)
  }

  // Errors: exact message and location.
  @Test func unknownCommandSuggests() throws {
    let d = try parseError("show\n  fead 1 2")
    #expect(d.line == 2 && d.column == 3)
    #expect(d.message == "unknown command 'fead'; did you mean 'feed'?")
    #expect(
      d.renderedLines == [
        "t.relu:2:3: error: unknown command 'fead'; did you mean 'feed'?", "  fead 1 2", "  ^~~~",
      ])
  }

  @Test(arguments: [
    ("set alpha nan", 11, "alpha must be a finite number, not nan"),
    ("set alpha -1", 11, "alpha must be >= 0 (0 is plain relu, 1 the identity), not -1"),
    ("set lr 0", 8, "the learning rate must be a finite number > 0, not 0"),
    ("set grad0 up", 11, "grad0 is left, right or mid, not 'up'"),
    (
      "set colour red", 5,
      "unknown setting 'colour'; the settings are alpha, elu-alpha, beta, lr, grad0, convention, precision, xrange, yrange,"
        + " size, canvas, digits, speed and lang"
    ),
    (
      "set xrange 3 -3", 12,
      "xrange: a range must go from low to high, not 3 to -3 (swap the two numbers)"
    ),
    ("set yrange nan 1", 12, "yrange: a range needs finite numbers, not nan to 1"),
    ("set size 10 5", 10, "a plot must be between 20x8 and 1000x500 characters, not 10x5"),
    (
      "set size 99999999999999999999 2", 10,
      "expected a width in columns as a whole number, found '99999999999999999999'; usage: set size W H"
    ),
    ("set canvas png", 12, "canvas is ascii or braille, not 'png'"),
    ("export pdf x.pdf", 8, "the format is svg, csv or txt, not 'pdf'"),
    (
      "export svg", 11,
      "expected a file name, found the end of the input; usage: export svg|csv|txt FILE"
    ),
    ("feed 1 2x 3", 8, "'2x' is not a number; usage: feed V"),
    ("feed 1e400", 6, "1e400 is out of range: a Double holds magnitudes up to about 1.8e308"),
    ("feed 0x10", 6, "'0x10' is not a number; usage: feed V"),
    (
      "feed", 5,
      "expected a vector: numbers like 1 -2 0.5, [1, -2, 0.5] or random N, found the end of the input;"
        + " usage: feed V"
    ),
    (
      "feed [1, 2", 11,
      "expected ']' to close the '[' at column 6, found the end of the input; usage: feed V"
    ),
    ("feed []", 6, "a vector needs at least one number; usage: feed V"),
    (
      "feed [[1, 2], [3]]", 15,
      "rows differ in shape: 1 here, 2 before; a matrix must be rectangular; usage: feed V"
    ),
    ("feed [1, [2]]", 10, "a vector mixes numbers and lists here; usage: feed V"),
    (
      "feed random 0", 13,
      "random takes 1 to 10000000 values (each command is bounded in time and memory), not 0"
    ),
    (
      "feed random 10000001", 13,
      "random takes 1 to 10000000 values (each command is bounded in time and memory), not 10000001"
    ),
    (
      "feed random 99999999999", 13,
      "random takes 1 to 10000000 values (each command is bounded in time and memory), not 99999999999"
    ),
    (
      "feed random 3 seed -1", 20,
      "a seed is a whole number from 0 to 18446744073709551615, not '-1'"
    ),
    ("use sigmoid", 5, "use takes relu or leaky; sigmoid has no layer here"),
    ("use relo", 5, "unknown function 'relo'; did you mean 'relu'?"),
    ("plot relu''", 6, "unknown function 'relu'''; did you mean 'relu''?"),
    (
      "decay relu 0.9 to 0.5", 12,
      "unexpected '0.9' after the command; usage: decay [F] [from A|last to B] [lr ETA]"
    ),
    (
      "decay relu from 0.9 to", 23,
      "expected a target value, found the end of the input; usage: decay [F] [from A|last to B] [lr ETA]"
    ),
    ("step 0", 6, "expected a number of steps from 1 to 1000000, not 0"),
    ("show me", 6, "unexpected 'me' after the command; usage: show"),
    ("say \"open", 5, "unterminated string: add a closing \""),
    ("help flee", 6, "unknown help topic 'flee'; did you mean 'feed'?"),
    ("[1]", 1, "expected a command name, found '['"),
  ])
  func errorsPointAtTheProblem(text: String, column: Int, message: String) throws {
    let d = try parseError(text)
    #expect(d.message == message)
    #expect(d.column == column)
    #expect(d.line == 1)
    #expect(d.file == "t.relu")
  }

  @Test func parsingResumesAfterAnError() {
    let results = Parser.parse(Source(name: "t", text: "feed 1 x; show\nbogus\nquit"))
    #expect(results.count == 4)
    #expect((try? results[1].get().command) == .show)
    #expect((try? results[3].get().command) == .quit)
  }

  @Test func controlCharactersAreEscapedInDiagnostics() throws {
    let d = try parseError("fe\u{1B}d 1")
    #expect(d.message == "unknown command 'fe^[d'; did you mean 'feed'?")
    #expect(!d.renderedLines.joined().contains("\u{1B}"))
    #expect(d.lineText == "fe^[d 1")
    #expect(d.caretLine == "^~~~~")
  }

  @Test func caretAccountsForWideCharacters() throws {
    let d = try parseError("say 你好; fead")
    #expect(d.column == 9)
    // "say " is 4 columns, the two CJK characters 4, "; " 2.
    #expect(d.caretLine == String(repeating: " ", count: 10) + "^~~~")
  }

  @Test func invalidUTF8IsRepaired() throws {
    let source = Source(name: "t", bytes: [0x66, 0x65, 0xFF, 0x65, 0x64])
    let results = Parser.parse(source)
    guard case .failure(let error) = results.first else { throw TestFailure("expected failure") }
    #expect(error.message.en.contains("\u{FFFD}"))
  }
}
