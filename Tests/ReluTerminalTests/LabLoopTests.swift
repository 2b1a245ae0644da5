import ReluCore
import Testing

@testable import ReluTerminal

/// A terminal in memory: plays queued input, keeps every frame drawn.
final class FakeTerminal: LabTerminal {
  var inputs: [TerminalInput]
  var frames: [ScreenBuffer] = []
  var size: (width: Int, height: Int)
  var supportsUnicode = true
  var colorDepth = ColorDepth.monochrome
  var bells = 0
  /// Whether queued keys count as already arrived (a paste) when the lab polls;
  /// otherwise they come one at a time, as typed.
  var pasting = false

  init(_ inputs: [TerminalInput], width: Int = 100, height: Int = 30) {
    self.inputs = inputs
    size = (width, height)
  }

  /// Typing `text` then Enter.
  static func typing(_ text: String) -> [TerminalInput] {
    text.map { .key(.character($0)) } + [.key(.enter)]
  }

  func draw(_ frame: ScreenBuffer) { frames.append(frame) }
  func repaintAll() {}
  func bell() { bells += 1 }

  func read(timeoutMilliseconds: Int) -> TerminalInput {
    if timeoutMilliseconds == 0, !pasting || inputs.isEmpty { return .timeout }
    return inputs.isEmpty ? .endOfInput : inputs.removeFirst()
  }

  var screen: [String] { frames.last?.lines ?? [] }
}

@Suite struct LabLoopTests {
  private func run(
    _ inputs: [TerminalInput], scripts: [Source] = [], width: Int = 100, height: Int = 30
  ) -> (FakeTerminal, LabLoop<FakeTerminal>, Int32) {
    let terminal = FakeTerminal(inputs, width: width, height: height)
    let loop = LabLoop(
      terminal: terminal, interpreter: Interpreter(), history: History(), file: nil)
    let status = loop.run(startupScripts: scripts)
    return (terminal, loop, status)
  }

  @Test func typedCommandChangesTheSessionAndTheStatusLine() {
    let (terminal, loop, status) = run(FakeTerminal.typing("set alpha 0.3"))
    #expect(status == 0)
    #expect(loop.interpreter.settings.alpha == 0.3)
    #expect(terminal.screen[28].contains("alpha 0.3"))
    #expect(loop.log.lines.map(\.text).contains("alpha = 0.3"))
    #expect(loop.log.lines.contains { $0.text == "relulab> set alpha 0.3" && $0.role == .echo })
  }

  /// The forgiving input of the language works as typed in the lab.
  @Test func forgivingInputWorksAsTyped() {
    let typed =
      FakeTerminal.typing("Set Alpha=0.3") + FakeTerminal.typing("PLOT ReLU, leaky")
      + FakeTerminal.typing("set xrange [-3:3]") + FakeTerminal.typing("? plot")
      + FakeTerminal.typing("relu 2")
    let (terminal, loop, status) = run(typed)
    #expect(status == 0)
    #expect(loop.interpreter.settings.alpha == 0.3)
    #expect(loop.interpreter.plottedSeries == [PlotSeries(.relu), PlotSeries(.leaky)])
    #expect(loop.interpreter.settings.xRange == (try? PlotBounds(lower: -3, upper: 3)))
    let text = loop.log.lines.map(\.text)
    // Help for plot, opened in the viewer by ? plot; typing closed it.
    #expect(terminal.frames.contains { $0.lines[0].contains("plot F...") })
    #expect(loop.viewer == nil)
    #expect(
      text.contains { $0.hasSuffix("unknown command 'relu'; did you mean 'forward relu 2'?") })
  }

  @Test func quitEndsTheLab() {
    let (terminal, _, status) = run(FakeTerminal.typing("quit") + FakeTerminal.typing("use leaky"))
    #expect(status == 0)
    #expect(terminal.inputs.count == 10)  // nothing after quit was read
  }

  @Test func controlDOnAnEmptyLineQuits() {
    let (terminal, _, status) = run([.key(.control("d")), .key(.character("x"))])
    #expect(status == 0)
    #expect(terminal.inputs.count == 1)
  }

  @Test func terminationSignalEndsWithItsStatus() {
    let (_, _, status) = run([.signal(Platform.Signal.terminate)])
    #expect(status == 128 + Platform.Signal.terminate)
  }

  @Test func controlCClearsTheLineAndSigintDoesNotEndTheLab() {
    let keys: [TerminalInput] = "feed 1".map { .key(.character($0)) } + [.key(.control("c"))]
    let (terminal, loop, _) = run(
      keys + [.signal(Platform.Signal.interrupt)] + FakeTerminal.typing("use leaky"))
    #expect(loop.interpreter.layerKind == .leaky)
    #expect(terminal.screen[29] == "relulab>")
    #expect(loop.interpreter.lastFeed == nil)
  }

  @Test func errorsAreOneLineWithACaretUnderTheEcho() throws {
    let (_, loop, _) = run(FakeTerminal.typing("set alpha -1"))
    let lines = loop.log.lines
    let error = try #require(lines.firstIndex { $0.role == .error })
    #expect(lines[error - 1].text == "relulab> set alpha -1")
    #expect(lines.filter { $0.role == .error }.count == 1)
    let caret = lines[error].text
    // `-1` is at column 11 of the command, 9 + 11 of the echo.
    #expect(caret.prefix { $0 == " " }.count == 9 + 10)
    #expect(caret.trimmingPrefixSpaces.hasPrefix("^~ "))
    #expect(!caret.contains("<input>"))
  }

  @Test func errorsInAScriptKeepTheirFileLineAndColumn() throws {
    let (_, loop, _) = run([], scripts: [Source(name: "lesson.relu", text: "plot relu\nfeed 1 x")])
    let error = try #require(loop.log.lines.first { $0.role == .error })
    #expect(error.text.hasPrefix("lesson.relu:2:8: error: "))
  }

  @Test func helpOpensInAViewerAtItsTopThatScrollsAndCloses() throws {
    let typed = FakeTerminal.typing("help")
    let (terminal, loop, _) = run(typed + [.key(.pageDown)], height: 20)
    let viewer = try #require(loop.viewer)
    #expect(viewer.top > 0)
    let opened = try #require(terminal.frames.first { $0.lines.joined().contains("more below") })
    #expect(opened.lines[0].contains("ReluLab commands"))
    #expect(opened.lines[17].contains("q or Esc closes"))
    // The commands in the middle of the index are there, not scrolled off.
    #expect(opened.lines.contains { $0.contains("set NAME") || $0.contains("set ") })
    let closed = run(typed + [.key(.character("q"))]).1
    #expect(closed.viewer == nil)
    #expect(!closed.log.lines.contains { $0.text.contains("ReluLab commands") })
  }

  @Test func helpCommandOpensAtThatCommand() throws {
    let (terminal, _, _) = run(FakeTerminal.typing("help plot"))
    #expect(terminal.screen[0].contains("plot"))
    #expect(terminal.screen.joined().contains("all "))
  }

  @Test func controlRFindsOlderMatchesAndEnterRunsIt() {
    let typed =
      FakeTerminal.typing("set alpha 0.2") + FakeTerminal.typing("use leaky")
      + FakeTerminal.typing("set alpha 0.3")
    let search: [TerminalInput] = [
      .key(.control("r")), .key(.character("a")), .key(.character("l")), .key(.control("r")),
    ]
    let (terminal, loop, _) = run(typed + search)
    #expect(terminal.screen[29] == "history search \"al\": set alpha 0.2")
    #expect(loop.input.text == "set alpha 0.2")
    let ran = run(typed + search + [.key(.enter)]).1
    #expect(ran.interpreter.settings.alpha == 0.2)
    let undone = run(typed + FakeTerminal.typing("fe").dropLast() + search + [.key(.escape)]).1
    #expect(undone.input.text == "fe")
    #expect(undone.input.search == nil)
  }

  @Test func upWithTextTypedRecallsOnlyWhatStartsWithIt() {
    let typed =
      FakeTerminal.typing("set alpha 0.2") + FakeTerminal.typing("use leaky")
      + FakeTerminal.typing("set lr 1")
    let keys: [TerminalInput] = "set a".map { .key(.character($0)) } + [.key(.up)]
    let (_, loop, _) = run(typed + keys)
    #expect(loop.input.text == "set alpha 0.2")
  }

  @Test func aBracketedPasteIsTextAndRunsNothing() {
    let (_, loop, _) = run([.paste("relulab> set alpha 0.4\nalpha = 0.4\nrelulab> use leaky\n")])
    #expect(loop.input.text == "set alpha 0.4; use leaky")
    #expect(loop.interpreter.settings.alpha == 0.01)
    let ran = run([.paste("set alpha 0.4\r\u{1B}[Aplot leaky"), .key(.enter)]).1
    #expect(ran.interpreter.settings.alpha == 0.4)
    #expect(ran.log.lines.contains { $0.text == "relulab> set alpha 0.4; plot leaky" })
  }

  @Test func functionKeysExploreWithoutTyping() {
    let (_, loop, _) = run([.key(.function(3)), .key(.function(3)), .key(.function(2))])
    #expect(loop.interpreter.settings.alpha == 0.02)
  }

  @Test func alphaKeysSayWhenTheLadderEndsAndWhatAlphaShapes() {
    let (terminal, bottom, _) = run(FakeTerminal.typing("set alpha 0") + [.key(.function(2))])
    #expect(terminal.bells == 1)
    #expect(
      bottom.log.lines.last?.text == "F2: alpha is already 0, the bottom (leaky is relu there)")
    let top = run(FakeTerminal.typing("plot leaky; set alpha 1") + [.key(.function(3))]).1
    #expect(top.log.lines.last?.text.hasPrefix("F3: alpha is already 1, the top") == true)
    let unseen = run([.key(.function(3))]).1
    #expect(unseen.interpreter.settings.alpha == 0.02)
    #expect(
      unseen.log.lines.last?.text
        == "alpha shapes leaky relu, which the plot does not show: plot leaky shows it")
    let seen = run(FakeTerminal.typing("plot leaky") + [.key(.function(3))]).1
    #expect(seen.log.lines.last?.text == "alpha = 0.02")
  }

  @Test func theStatusLineKeepsTheKeyHintsWithADecayShown() {
    let (terminal, _, _) = run(FakeTerminal.typing("decay sigmoid from 0.9 to 0.5; step 67"))
    let status = terminal.screen[28]
    #expect(status.hasPrefix(" layer relu | alpha 0.01 | lr 0.2 | sigmoid step 67 z=-0.003635"))
    #expect(status.hasSuffix("F1 help  F5 run"))
    let narrow = run(FakeTerminal.typing("decay sigmoid from 0.9 to 0.5"), width: 70).0
    #expect(
      narrow.screen[narrow.screen.count - 2].hasPrefix(
        " layer relu | alpha 0.01 | lr 0.2 | sigmoid step 0"))
    let wide = run(FakeTerminal.typing("decay sigmoid from 0.9 to 0.5"), width: 160).0
    #expect(wide.screen[wide.screen.count - 2].hasSuffix(KeyMap.hint))
  }

  @Test func stepKeyStartsADecayAndMovesIt() throws {
    let (terminal, loop, _) = run([.key(.function(4)), .key(.function(4))])
    let decay = try #require(loop.interpreter.decay)
    #expect(decay.steps.count == 3)
    #expect(terminal.screen[28].contains("relu step 2 z=0.5"))
  }

  @Test func runKeyAnimatesUntilTheDecayEnds() throws {
    let (terminal, loop, _) = run(
      FakeTerminal.typing("decay sigmoid from 0.9 to 0.5") + [.key(.function(5))]
        + Array(repeating: .timeout, count: 200))
    let decay = try #require(loop.interpreter.decay)
    #expect(decay.isFinished)
    #expect(terminal.frames.contains { $0.lines[28].contains("running the decay") })
  }

  @Test func typedRunAnimatesAndAKeySkipsToTheEnd() throws {
    let (terminal, loop, _) = run(
      FakeTerminal.typing("decay sigmoid from 0.9 to 0.5") + FakeTerminal.typing("run")
        + [.timeout, .timeout, .key(.character("x"))])
    let decay = try #require(loop.interpreter.decay)
    #expect(decay.isFinished)
    #expect(decay.steps.count == 68)
    let text = loop.log.lines.map(\.text)
    #expect(text.contains { $0.hasPrefix("     3       2.14244") })  // the step table's row 3
    #expect(!text.contains { $0.hasPrefix("     4  ") })
    #expect(text.contains { $0.hasPrefix("reached 0.5 in 67 steps") })
    #expect(terminal.frames.contains { $0.lines[28].contains("any other key skips to the end") })
    #expect(loop.input.text.isEmpty)  // the skipping key is not typed
  }

  /// An animated run prints the step table's header once (it was printed
  /// before each of sigmoid's 67 steps), its rows aligned under it.
  @Test func anAnimatedRunPrintsTheHeaderOnce() throws {
    let (_, loop, _) = run(
      FakeTerminal.typing("decay sigmoid from 0.9 to 0.5") + FakeTerminal.typing("run")
        + Array(repeating: .timeout, count: 200))
    #expect(loop.interpreter.decay?.status == .reached)
    let text = loop.log.lines.map(\.text)
    let headers = text.filter { $0.hasPrefix("  step ") }
    #expect(headers == ["  step             z    sigmoid(z)   sigmoid'(z)"])
    let rows = text.filter { $0.hasPrefix("   ") && $0.last?.isNumber == true }
    #expect(rows.count == 67)
    #expect(rows.first == "     1       2.17922      0.898368     0.0913027")
    #expect(rows.last?.hasPrefix("    67  ") == true)
    // Each row's cells end where the header's do.
    func ends(_ line: String) -> [Int] {
      let characters = Array(line)
      return characters.indices.filter {
        characters[$0] != " " && ($0 + 1 == characters.count || characters[$0 + 1] == " ")
      }.map { $0 + 1 }
    }
    let edges = ends(headers[0])
    #expect(edges == [6, 20, 34, 48])
    for row in rows { #expect(ends(row) == edges, "\(row)") }
    #expect(text.contains { $0.hasPrefix("  -> reached 0.5") })
  }

  @Test func aStepRowIsAlignedUnderTheAnimationsHeader() {
    let header = "  step        z  sigmoid(z)  sigmoid'(z)"
    #expect(
      AnimatedStepTable.widened(header, numbers: 12)
        == "  step             z    sigmoid(z)   sigmoid'(z)")
    #expect(
      AnimatedStepTable.aligned("  12  -0.5  0.377541  0.235004", under: header)
        == "    12     -0.5    0.377541     0.235004")
    // A cell wider than its column pushes the rest right, two spaces apart.
    #expect(
      AnimatedStepTable.aligned("  1  -1.23456e+100  0.1  0.2", under: header)
        == "     1  -1.23456e+100   0.1          0.2")
    // Chinese headings are two columns a character.
    #expect(
      AnimatedStepTable.aligned("  3  0.5  0.6  0.7", under: "  步    z  relu(z)  relu'(z)")
        == "   3  0.5      0.6       0.7")
  }

  @Test func speedKeysChangeTheSpeedWhileRunning() {
    let (terminal, loop, _) = run(
      FakeTerminal.typing("decay sigmoid from 0.9 to 0.5")
        + [.key(.function(5)), .key(.character("+")), .key(.character("+")), .timeout]
        + [.key(.character("-")), .key(.escape)])
    #expect(loop.interpreter.settings.animationSpeed == 80)
    #expect(loop.log.lines.contains { $0.text == "relulab> set speed 160" })
    #expect(terminal.frames.contains { $0.lines[28].contains("160 steps/s") })
    #expect(loop.log.lines.last?.text == "(stopped)")
    #expect(loop.interpreter.decay?.isFinished == false)
  }

  @Test func runKeyOnAFinishedDecaySaysSo() throws {
    let (_, loop, _) = run(
      FakeTerminal.typing("decay relu from 0.9 to 0.5; run") + [.key(.function(5))]
        + FakeTerminal.typing("set lr 1; decay relu from 0.9 to 0.5; run") + [.key(.alt("r"))])
    let notes = loop.log.lines.filter { $0.role == .note }.map(\.text)
    #expect(notes.contains("F5: the decay already reached 0.5 after 2 steps; F6 resets it"))
    #expect(
      notes.contains(
        "F5: the decay already died after 1 step (f' = 0: no step can move it); F6 resets it"))
    #expect(!notes.contains { $0.contains("animated") })
    #expect(try #require(loop.interpreter.decay).steps.count == 2)
  }

  @Test func anyKeyStopsTheAnimation() throws {
    let (_, loop, _) = run(
      FakeTerminal.typing("decay sigmoid from 0.9 to 0.5") + [
        .key(.function(5)), .timeout, .timeout, .key(.character("x")),
      ])
    let decay = try #require(loop.interpreter.decay)
    #expect(decay.steps.count == 4)
    #expect(loop.log.lines.contains { $0.text == "(stopped)" })
  }

  @Test func pauseWaitsForAKeyWithThePlotUpToDate() throws {
    let script = Source(
      name: "lesson.relu", text: "say one\nuse leaky\nset alpha 0.5\npause\nsay two\n")
    let (terminal, loop, _) = run([.key(.character(" "))], scripts: [script])
    let paused = try #require(terminal.frames.first { $0.lines[28].contains("paused") })
    #expect(paused.lines.contains { $0.contains("leaky (alpha=0.5)") })
    // The words said so far stand in the lesson's box above the output.
    #expect(paused.lines.contains { $0.hasPrefix("── lesson.relu ──") })
    #expect(paused.lines.contains(" one"))
    #expect(!paused.lines.contains { $0.contains("two") })
    #expect(loop.log.lines.contains { $0.text == "» two" && $0.role == .say })
  }

  @Test func controlCAtAPauseStopsTheScript() {
    let script = Source(name: "lesson.relu", text: "pause; say never")
    let (_, loop, _) = run([.key(.control("c"))], scripts: [script])
    #expect(!loop.log.lines.contains { $0.text.contains("never") })
    #expect(loop.log.lines.contains { $0.text.hasPrefix("(left the lesson at pause 1 of 1") })
  }

  @Test func quitInAStartupScriptLeavesTheLab() {
    let script = Source(name: "lesson.relu", text: "quit\nsay never")
    let (terminal, loop, status) = run(FakeTerminal.typing("use leaky"), scripts: [script])
    #expect(status == 0)
    #expect(loop.interpreter.layerKind == .relu)
    #expect(terminal.inputs.count == 10)
  }

  @Test func helpOverlayOpensOnF1AndClosesOnAnyKey() {
    let (terminal, _, _) = run([.key(.function(1)), .key(.character("a"))])
    #expect(terminal.frames.contains { $0.lines.joined().contains("ReluLab keys") })
    #expect(terminal.screen[29] == "relulab>")  // the closing key is not typed
  }

  @Test func typingDoesNotPaintThePlotAgain() {
    let typed = String(repeating: "x", count: 100)
    let (terminal, loop, _) = run(
      typed.map { .key(.character($0)) } + [.key(.control("u"))]
        + FakeTerminal.typing("set alpha 0.3"))
    // The first frame, then set alpha: typing 100 characters and more reused it.
    #expect(loop.plotCache.paintCount == 2)
    #expect(terminal.frames.count > 100)
  }

  @Test func pastedKeysAreHandledBeforeTheNextFrame() {
    let pasted = String(repeating: "x", count: 1000)
    let terminal = FakeTerminal(pasted.map { .key(.character($0)) } + [.timeout])
    terminal.pasting = true
    let loop = LabLoop(
      terminal: terminal, interpreter: Interpreter(), history: History(), file: nil)
    _ = loop.run(startupScripts: [])
    #expect(loop.input.text == pasted)
    // Two frames before the keys, then one per 256 keys at most.
    #expect(terminal.frames.count == 2 + 4)
    #expect(terminal.screen[29].hasSuffix("xxxx"))
  }

  @Test func aLongPastedLineShowsItsEndAtTheCursor() {
    let pasted = (0..<2000).map { String($0 % 10) }.joined()
    let terminal = FakeTerminal([])
    let loop = LabLoop(
      terminal: terminal, interpreter: Interpreter(), history: History(), file: nil)
    loop.perform(.edit(.insert(pasted)))
    loop.render()
    #expect(loop.input.text == pasted)
    let prompt = LabRenderer.prompt
    // 100 columns: the prompt, then the last 100 - 9 - 1 characters and the cursor.
    #expect(terminal.screen[29] == prompt + String(pasted.suffix(100 - prompt.count - 1)))
    #expect(terminal.frames.last?.cursor?.column == 99)
  }

  @Test func tabCandidatesShowUntilTheNextKeyAndStayOutOfTheLog() {
    let keys: [TerminalInput] = "plot le".map { .key(.character($0)) } + [.key(.tab)]
    let (terminal, loop, _) = run(keys + [.key(.character("'"))])
    let shown = terminal.frames.filter { $0.lines.contains("Tab: leaky  leaky'") }
    #expect(shown.count == 1)
    #expect(shown.first?.lines[29] == "relulab> plot leaky")
    #expect(terminal.screen[29] == "relulab> plot leaky'")
    #expect(!terminal.screen.contains { $0.hasPrefix("Tab:") })
    #expect(!loop.log.lines.contains { $0.text.contains("leaky'") })
    #expect(loop.completions.isEmpty)
  }

  @Test func tabWithNothingToOfferRingsTheBell() {
    let (terminal, _, _) = run("set alpha ".map { .key(.character($0)) } + [.key(.tab)])
    #expect(terminal.bells == 1)
    #expect(terminal.screen[29] == "relulab> set alpha")
  }

  @Test func resizeRelaysOut() {
    let terminal = FakeTerminal([.key(.resize)], width: 100, height: 30)
    let loop = LabLoop(
      terminal: terminal, interpreter: Interpreter(), history: History(), file: nil)
    loop.render()
    terminal.size = (60, 20)
    _ = loop.run(startupScripts: [])
    #expect(terminal.frames.last?.width == 60)
    #expect(terminal.screen[18].hasPrefix(" layer relu"))
    terminal.size = (30, 8)
    loop.render()
    #expect(terminal.screen[4] == " Enlarge window: 40x14 needed")
  }
}

extension String {
  fileprivate var trimmingPrefixSpaces: Substring { drop { $0 == " " } }
}

@Suite struct PlotPainterTests {
  @Test func paintsTheSceneWithRoles() {
    var interpreter = Interpreter()
    _ = interpreter.run(Source(name: "t", text: "feed -2 3; decay relu from 0.9 to 0.5; step"))
    let buffer = PlotPainter.paint(interpreter.scene.functions, width: 80, height: 20)
    let text = buffer.lines.joined(separator: "\n")
    #expect(text.contains("relu"))
    let roles = Set((0..<20).flatMap { row in (0..<80).map { buffer[row, $0].role } })
    let relu = PlotSeries(.relu)
    let reluPrime = PlotSeries(.relu, derivative: true)
    #expect(interpreter.scene.functions.series == [relu, reluPrime])
    #expect(roles.isSuperset(of: [.axis, .series(relu), .series(reluPrime), .feedPoint]))
    #expect(roles.contains(.currentMarker))
  }

  @Test func belowTheSmallestPlotSaysSo() {
    let buffer = PlotPainter.paint(Interpreter().scene.functions, width: 30, height: 5)
    #expect(buffer.lines[0].hasPrefix("(the plot needs 20x8"))
  }

  /// Braille curves are told apart by colour wherever the terminal has
  /// colours that keep the series shown apart; by glyphs otherwise.
  @Test func brailleIsMarkedByColourOnlyWhereColoursTellTheSeriesApart() {
    let four = [PlotSeries(.relu), PlotSeries(.leaky), PlotSeries(.sigmoid), PlotSeries(.tanh)]
    #expect(PlotPainter.marking(for: four, colors: .monochrome) == .glyphs)
    #expect(PlotPainter.marking(for: four, colors: .ansi8) == .color)
    #expect(PlotPainter.marking(for: four, colors: .xterm256) == .color)
    // sigmoid's orange and its derivative's yellow are both ANSI yellow.
    let sigmoids = [PlotSeries(.sigmoid), PlotSeries(.sigmoid, derivative: true)]
    #expect(PlotPainter.marking(for: sigmoids, colors: .ansi8) == .glyphs)
    #expect(PlotPainter.marking(for: sigmoids, colors: .xterm256) == .color)
    #expect(PlotPainter.marking(for: PlotSeries.all, colors: .xterm256) == .color)
  }

  /// The lab with colours: no glyph in the braille plot's rows, each curve in
  /// its own colour; the same lab without colours keeps the glyphs.
  @Test func theLabDrawsBrailleInColourAlone() throws {
    let typed = FakeTerminal.typing("set canvas braille; plot relu leaky sigmoid tanh")
    func plotRows(_ colors: ColorDepth) -> (text: [String], roles: Set<ColorRole>) {
      let terminal = FakeTerminal(typed, width: 100, height: 32)
      terminal.colorDepth = colors
      let loop = LabLoop(
        terminal: terminal, interpreter: Interpreter(), history: History(), file: nil)
      _ = loop.run(startupScripts: [])
      let frame = terminal.frames.last ?? ScreenBuffer(width: 0, height: 0)
      let rows = Array(terminal.screen.prefix(18).dropFirst())
      let roles = Set((1..<18).flatMap { row in (0..<100).map { frame[row, $0].role } })
      return (rows, roles)
    }
    let glyphs: Set<Character> = ["*", "#", "%", "&"]
    let colored = plotRows(.xterm256)
    #expect(!colored.text.joined().contains { glyphs.contains($0) }, "\(colored.text)")
    let four = [PlotSeries(.relu), PlotSeries(.leaky), PlotSeries(.sigmoid), PlotSeries(.tanh)]
    #expect(colored.roles.isSuperset(of: Set(four.map { .series($0) })))
    let plain = plotRows(.monochrome)
    #expect(plain.text.joined().contains { glyphs.contains($0) })
  }

  @Test func jumpEndsShareOneRole() {
    let scene = PlotScene(series: PlotSeries.all)
    #expect(PlotPainter.role(of: .openPoint, in: scene) == .jumpPoint)
    #expect(PlotPainter.role(of: .closedPoint, in: scene) == .jumpPoint)
    #expect(PlotPainter.role(of: .series(3), in: scene) == .series(PlotSeries(.tanh)))
  }
}

@Suite struct LabNetworkTests {
  @Test func f4TrainsAnEpochAndF5TrainsOnWhenTheNetworkIsShown() {
    let terminal = FakeTerminal(
      FakeTerminal.typing("net relu width 8 seed 2") + [.key(.function(4)), .key(.function(5))]
        + [.timeout, .timeout, .key(.character("x"))], width: 100, height: 30)
    let loop = LabLoop(
      terminal: terminal, interpreter: Interpreter(), history: History(), file: nil)
    _ = loop.run(startupScripts: [])
    #expect(loop.interpreter.decay == nil)  // no decay was started
    #expect(loop.interpreter.trainingHistory.last?.epoch == 4)  // F4, then three frames of F5
    #expect(loop.log.lines.contains { $0.text == "relulab> train" && $0.role == .echo })
  }
}

@Suite struct LabAnimationEndTests {
  /// D23: once the decay has ended, F5 does not wait after its last frame, so
  /// the next key goes to the input line rather than stopping a finished run.
  @Test func aFinishedAnimationDoesNotEatTheNextKey() {
    let terminal = FakeTerminal(
      FakeTerminal.typing("decay relu from 0.9 to 0.5") + [.key(.function(5)), .timeout]
        + FakeTerminal.typing("say typed after the end"), width: 100, height: 30)
    let loop = LabLoop(
      terminal: terminal, interpreter: Interpreter(), history: History(), file: nil)
    _ = loop.run(startupScripts: [])
    let texts = loop.log.lines.map(\.text)
    #expect(loop.interpreter.decay?.isFinished == true)
    #expect(!texts.contains("(stopped)"))
    #expect(texts.contains("» typed after the end"), "\(texts)")
  }
}
