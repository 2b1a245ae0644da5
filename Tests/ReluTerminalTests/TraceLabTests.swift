import ReluCore
import Testing

@testable import ReluTerminal

/// The trace cursor in the lab: its key, the keys that move it, its readout
/// under the plot, and the mouse (clicks on the plot and the legend, the
/// wheel), fed as ncurses' mouse events through the in-memory terminal.
@Suite struct TraceLabTests {
  private func run(
    _ inputs: [TerminalInput], width: Int = 80, height: Int = 24
  ) -> (FakeTerminal, LabLoop<FakeTerminal>) {
    let terminal = FakeTerminal(inputs, width: width, height: height)
    let loop = LabLoop(
      terminal: terminal, interpreter: Interpreter(), history: History(), file: nil)
    _ = loop.run(startupScripts: [])
    return (terminal, loop)
  }

  private func click(row: Int, column: Int) -> TerminalInput {
    .key(.mouse(MouseEvent(.press, row: row, column: column)))
  }

  /// The screen cell where x is drawn on the function plot, from the same
  /// frame the lab paints with.
  private func cell(
    of x: Double, in loop: LabLoop<FakeTerminal>, width: Int = 80, height: Int = 24
  ) throws -> (row: Int, column: Int) {
    let layout = LabLayout(width: width, height: height)
    let part = try #require(loop.tracedPart())
    let column = try #require(part.frame.column(of: x))
    return (layout.plot.row + part.frame.top + 2, layout.plot.column + column)
  }

  @Test func f8PutsTheCursorAtTheKinkWithTheReadoutUnderThePlot() throws {
    let (terminal, loop) = run([.key(.function(8))])
    #expect(loop.interpreter.cursor == .plot(z: 0))
    let layout = LabLayout(width: 80, height: 24)
    let readout = terminal.screen[layout.plot.bottom - 1]
    #expect(
      readout.contains("relu(0) = 0   relu'(0-) = 0, relu'(0+) = 1, relu'(0) = 0 by pytorch"))
    // The cursor's column is drawn down the plot, and F8 is in the key hints.
    #expect(terminal.screen[2].contains("!"))
    #expect(KeyMap.hint.contains("F8 trace"))
    // Nothing was echoed or logged for the key.
    #expect(!loop.log.lines.contains { $0.text.contains("trace") })
  }

  @Test func arrowsMoveAColumnAndBackToTheKink() throws {
    let (_, loop) = run([.key(.function(8)), .key(.right), .key(.right)])
    guard case .plot(let z)? = loop.interpreter.cursor else {
      Issue.record("no cursor")
      return
    }
    let frame = try #require(loop.tracedPart()).frame
    #expect(abs(z - 2 * frame.columnWidth) < 1e-12)
    // Two columns' width right of the kink, which lies on a half sample:
    // drawn one or two columns right of it.
    let kink = try #require(frame.column(of: 0))
    #expect(try (kink + 1...kink + 2).contains(#require(frame.column(of: z))))
    let back = run([
      .key(.function(8)), .key(.right), .key(.shiftRight), .key(.left), .key(.shiftLeft),
    ]).1
    #expect(back.interpreter.cursor == .plot(z: 0))
  }

  @Test func homeEndTabAndEscape() {
    let keys: [TerminalInput] =
      FakeTerminal.typing("feed -3 2") + [.key(.function(8)), .key(.end)]
    #expect(run(keys).1.interpreter.cursor == .plot(z: 5))
    #expect(run(keys + [.key(.home)]).1.interpreter.cursor == .plot(z: -5))
    // Tab: the stops are the feed's points and the kink, left to right.
    let tabs = keys + [.key(.home), .key(.tab)]
    #expect(run(tabs).1.interpreter.cursor == .plot(z: -3))
    #expect(run(tabs + [.key(.tab)]).1.interpreter.cursor == .plot(z: 0))
    #expect(run(tabs + [.key(.tab), .key(.tab)]).1.interpreter.cursor == .plot(z: 2))
    #expect(run(tabs + [.key(.backTab)]).1.interpreter.cursor == .plot(z: 2))
    #expect(run(keys + [.key(.escape)]).1.interpreter.cursor == nil)
    // With text on the line, the arrows edit it.
    let typing = run([.key(.function(8)), .key(.character("x")), .key(.left)]).1
    #expect(typing.interpreter.cursor == .plot(z: 0))
    #expect(typing.input.editor.cursor == 0)
  }

  @Test func aClickOnThePlotPutsTheCursorThere() throws {
    let (_, first) = run([.key(.function(8))])
    let target = try cell(of: 2, in: first)
    let (terminal, loop) = run([click(row: target.row, column: target.column)])
    guard case .plot(let z)? = loop.interpreter.cursor else {
      Issue.record("the click put no cursor")
      return
    }
    let frame = try #require(loop.tracedPart()).frame
    #expect(frame.column(of: z) == frame.column(of: 2))
    #expect(abs(z - 2) <= frame.columnWidth / 2)
    #expect(terminal.screen.contains { $0.contains("relu'(\(NumberFormat.short(z))) = 1") })
  }

  @Test func aClickOnALegendEntryHidesAndShowsItsCurve() throws {
    // The legend: `* relu  = relu'  ...`, from the pane's first column.
    let layout = LabLayout(width: 80, height: 24)
    let entry = click(row: layout.plot.row, column: layout.plot.column + 9)
    let (terminal, loop) = run([entry])
    #expect(loop.interpreter.hiddenSeries == [PlotSeries(.relu, derivative: true)])
    #expect(terminal.screen[0].contains("relu' (hidden)"))
    #expect(!terminal.screen[1..<12].joined().contains("="))
    #expect(loop.log.lines.contains { $0.text == "relulab> toggle relu'" })
    let again = run([entry, entry]).1
    #expect(again.interpreter.hiddenSeries.isEmpty)
    // The readout leaves a hidden curve out.
    let traced = run([entry, .key(.function(8))]).0
    #expect(traced.screen.contains { $0.contains("relu(0) = 0") })
    let hiddenBoth = run(FakeTerminal.typing("plot relu sigmoid") + [.key(.function(8))]).0
    #expect(hiddenBoth.screen.contains { $0.contains("sigmoid(0) = 0.5") })
  }

  @Test func theWheelScrollsTheOutput() {
    let lines = FakeTerminal.typing("show") + FakeTerminal.typing("show")
    let wheelUp = TerminalInput.key(.mouse(MouseEvent(.wheelUp, row: 18, column: 10)))
    let (_, loop) = run(lines + [wheelUp])
    #expect(loop.log.isScrolledBack)
    let down = TerminalInput.key(.mouse(MouseEvent(.wheelDown, row: 18, column: 10)))
    #expect(!run(lines + [wheelUp, down]).1.log.isScrolledBack)
  }

  @Test func onTheDecayTheCursorWalksTheSteps() throws {
    let keys = FakeTerminal.typing("decay relu from 0.9 to 0.5") + FakeTerminal.typing("step 2")
    let (terminal, loop) = run(keys + [.key(.function(8)), .key(.left)])
    #expect(loop.interpreter.cursor == .decay(step: 1))
    #expect(
      terminal.screen.contains {
        $0.contains("step 1 of 2: z = 0.7  relu(z) = 0.7  relu'(z) = 1  step taken -0.2")
      })
    #expect(run(keys + [.key(.function(8)), .key(.home)]).1.interpreter.cursor == .decay(step: 0))
  }

  @Test func shiftArrowsAndTheMouseAreKeys() {
    #expect(KeyDecoder.keyCode(0o611) == .shiftLeft)
    #expect(KeyDecoder.keyCode(0o622) == .shiftRight)
    let press = Key.mouse(MouseEvent(.press, row: 3, column: 7))
    #expect(KeyMap.action(for: press, lineIsEmpty: false) == .click(row: 3, column: 7))
    #expect(KeyMap.action(for: .function(8), lineIsEmpty: false) == .trace)
    #expect(KeyMap.action(for: .alt("t"), lineIsEmpty: true) == .trace)
    // Off the cursor, the keys keep their jobs.
    #expect(KeyMap.action(for: .tab, lineIsEmpty: true) == .complete)
    #expect(KeyMap.action(for: .tab, lineIsEmpty: true, tracing: true) == .traceMove(.next))
    #expect(KeyMap.action(for: .escape, lineIsEmpty: true) == .cancel)
    #expect(KeyMap.action(for: .shiftLeft, lineIsEmpty: false, tracing: true) == .edit(.left))
  }

  /// More curves than the readout's rows: the first curves' readings, then
  /// on the last row how many more `trace` prints, long or short as the
  /// pane allows; in Chinese too.
  @Test func moreCurvesThanRowsSayHowManyMore() {
    let command = FakeTerminal.typing("plot relu leaky sigmoid tanh; trace 0.5")
    let (wide, _) = run(command, width: 80, height: 24)
    let rows80 = wide.screen.filter { $0.contains("(0.5) = ") && !$0.contains("   ") }
    #expect(rows80.count == 3, "\(wide.screen.joined(separator: "\n"))")
    #expect(rows80.last?.hasSuffix("sigmoid'(0.5) = 0.235004  (+1 more: trace prints all)") == true)
    let (narrow, _) = run(command, width: 60, height: 20)
    #expect(
      narrow.screen.contains(" relu(0.5) = 0.5  relu'(0.5) = 1  (+3: trace)"),
      "\(narrow.screen.joined(separator: "\n"))")
    let chinese = FakeTerminal.typing("set lang zh; plot relu leaky sigmoid tanh; trace 0.5")
    let (zh, _) = run(chinese, width: 60, height: 20)
    #expect(zh.screen.contains(" relu(0.5) = 0.5  relu'(0.5) = 1  （另 3 条：trace）"))
    for screen in [wide.screen, narrow.screen, zh.screen] {
      #expect(screen.allSatisfy { DisplayWidth.of($0) <= 80 })
    }
  }

  @Test func theReadoutFitsEverySize() {
    for (width, height) in [(120, 36), (80, 24), (60, 20)] {
      let (terminal, _) = run([.key(.function(8))], width: width, height: height)
      let text = terminal.screen.joined(separator: "\n")
      #expect(text.contains("relu'(0-) = 0"), "at \(width)x\(height)")
      #expect(terminal.screen.allSatisfy { DisplayWidth.of($0) <= width })
    }
  }
}
