import ReluCore
import Testing

@testable import ReluTerminal

@Suite struct LabLayoutTests {
  @Test(arguments: [(100, 30), (80, 24), (60, 20), (40, 14), (129, 50), (130, 40), (200, 60)])
  func panesTileTheScreen(width: Int, height: Int) {
    let layout = LabLayout(width: width, height: height)
    #expect(layout.arrangement != .tooSmall)
    #expect(layout.input == Rect(row: height - 1, column: 0, width: width, height: 1))
    #expect(layout.status == Rect(row: height - 2, column: 0, width: width, height: 1))
    #expect(layout.plot.row == 0)
    #expect(layout.plot.height >= 8)
    #expect(layout.plot.width >= 20)
    #expect(layout.output.height >= LabLayout.minimumOutputRows)
    // The plot is the largest pane.
    #expect(
      layout.plot.width * layout.plot.height > layout.output.width * layout.output.height)
    #expect(layout.output.bottom == height - 2)
  }

  @Test func stackedAt100x30() {
    let layout = LabLayout(width: 100, height: 30)
    #expect(layout.arrangement == .stacked)
    #expect(layout.plot == Rect(row: 0, column: 1, width: 98, height: 17))
    #expect(layout.separator == Rect(row: 17, column: 0, width: 100, height: 1))
    #expect(layout.output == Rect(row: 18, column: 0, width: 100, height: 10))
  }

  @Test func sideBySideWhenWide() {
    let layout = LabLayout(width: 150, height: 40)
    #expect(layout.arrangement == .sideBySide)
    #expect(layout.plot == Rect(row: 0, column: 1, width: 88, height: 38))
    #expect(layout.separator == Rect(row: 0, column: 90, width: 1, height: 38))
    #expect(layout.output == Rect(row: 0, column: 92, width: 58, height: 38))
  }

  @Test(arguments: [(39, 30), (100, 13), (0, 0), (10, 3)])
  func tooSmallAsksForMore(width: Int, height: Int) {
    let layout = LabLayout(width: width, height: height)
    #expect(layout.arrangement == .tooSmall)
    #expect(DisplayWidth.of(layout.tooSmallMessage) <= width)
  }

  @Test func tooSmallMessageSaysWhatIsNeeded() {
    #expect(
      LabLayout(width: 39, height: 20).tooSmallMessage
        == "Enlarge window: 40x14 needed")
    #expect(LabLayout(width: 100, height: 5).tooSmallMessage.contains("(now 100x5)"))
  }
}

/// The lab's screen is the terminal's, up to a bound: a terminal (or a
/// LINES/COLUMNS pair, which ncurses is told to ignore) claiming 5000 x 5000
/// does not size the lab's buffers at 25 million cells.
@Suite struct ScreenSizeBoundTests {
  @Test func aHugeTerminalIsClampedToTheLargestScreen() {
    let size = CursesTerminal.screenSize(columns: 5000, rows: 30000)
    #expect(size.width == CursesTerminal.largestScreen.width)
    #expect(size.height == CursesTerminal.largestScreen.height)
    #expect(CursesTerminal.largestScreen.width * CursesTerminal.largestScreen.height <= 500_000)
    let usual = CursesTerminal.screenSize(columns: 120, rows: 36)
    #expect(usual.width == 120 && usual.height == 36)
  }
}
