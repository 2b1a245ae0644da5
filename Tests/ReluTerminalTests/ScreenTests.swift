import Testing

@testable import ReluTerminal

@Suite struct ScreenBufferTests {
  @Test func putClipsAndReportsTheNextColumn() {
    var buffer = ScreenBuffer(width: 8, height: 2)
    #expect(buffer.put("relu", row: 0, column: 2, role: .plain) == 6)
    #expect(buffer.put("leaky", row: 1, column: 5, role: .plain) == 8)
    #expect(buffer.lines == ["  relu", "     lea"])
    #expect(buffer.put("x", row: 5, column: 0, role: .plain) == 0)
  }

  @Test func wideCharactersTakeTwoCellsAndAreNeverCut() {
    var buffer = ScreenBuffer(width: 5, height: 1)
    buffer.put("a你好", row: 0, column: 0, role: .say)
    #expect(buffer.lines == ["a你好"])
    #expect(buffer[0, 2].character == nil)
    var narrow = ScreenBuffer(width: 4, height: 1)
    narrow.put("a你好", row: 0, column: 0, role: .say)
    #expect(narrow.lines == ["a你"])
    // Overwriting half of a wide character blanks the other half.
    narrow.put("x", row: 0, column: 2, role: .plain)
    #expect(narrow.lines == ["a x"])
  }

  @Test func runsGroupCellsByRole() {
    var buffer = ScreenBuffer(width: 6, height: 1)
    buffer.put("ab", row: 0, column: 0, role: .error)
    buffer.put("你", row: 0, column: 2, role: .say)
    #expect(
      buffer.runs(row: 0) == [
        .init(row: 0, column: 0, text: "ab", role: .error),
        .init(row: 0, column: 2, text: "你", role: .say),
        .init(row: 0, column: 4, text: "  ", role: .plain),
      ])
  }
}

@Suite struct OutputLogTests {
  @Test func showsTheNewestRowsWrapped() {
    var log = OutputLog()
    log.append("one")
    log.append("two three four", role: .say)
    log.append("five")
    let rows = log.visibleRows(width: 10, height: 3)
    #expect(rows.map(\.text) == ["two three", "  four", "five"])
    #expect(rows[1].role == .say)
  }

  @Test func scrollsBackAndForwardWithinBounds() {
    var log = OutputLog()
    for index in 1...10 { log.append("line \(index)") }
    log.scroll(by: 4, width: 20, height: 3)
    #expect(log.visibleRows(width: 20, height: 3).map(\.text) == ["line 4", "line 5", "line 6"])
    log.scroll(by: 100, width: 20, height: 3)
    #expect(log.visibleRows(width: 20, height: 3).map(\.text) == ["line 1", "line 2", "line 3"])
    log.scroll(by: -100, width: 20, height: 3)
    #expect(!log.isScrolledBack)
    log.scroll(by: 2, width: 20, height: 3)
    log.append("new")
    #expect(!log.isScrolledBack)
  }

  @Test func keepsAtMostItsLimit() {
    var log = OutputLog(limit: 3)
    for index in 1...5 { log.append("\(index)") }
    #expect(log.lines.map(\.text) == ["3", "4", "5"])
  }
}

@Suite struct LabRendererTests {
  private func content(_ log: OutputLog = OutputLog(), input: String = "") -> LabRenderer.Content {
    var plot = ScreenBuffer(width: 98, height: 17)
    plot.put("PLOT", row: 0, column: 0, role: .legend)
    return LabRenderer.Content(
      plot: plot, status: "layer relu | alpha 0.01", log: log, input: LineEditor(text: input))
  }

  @Test func paintsEveryPane() {
    var log = OutputLog()
    log.append("alpha = 0.3")
    let frame = LabRenderer().frame(
      content(log, input: "feed 1"), layout: LabLayout(width: 100, height: 30))
    let lines = frame.lines
    #expect(lines[0] == " PLOT")
    #expect(lines[17].hasPrefix("── output ───"))
    #expect(lines[18] == "alpha = 0.3")  // the output fills from the top
    #expect(lines[28].hasPrefix(" layer relu | alpha 0.01"))
    #expect(lines[28].hasSuffix(KeyMap.hint))
    #expect(lines[29] == "relulab> feed 1")
    #expect(frame.cursor?.row == 29)
    #expect(frame.cursor?.column == 15)
    #expect(frame[28, 0].role == .status)
    #expect(frame[29, 0].role == .prompt)
  }

  @Test func bannerReplacesTheStatusLine() {
    var content = content()
    content.banner = "paused: press any key"
    let frame = LabRenderer().frame(content, layout: LabLayout(width: 100, height: 30))
    #expect(frame.lines[28] == " paused: press any key")
    #expect(frame[28, 50].role == .attention)
  }

  @Test func helpOverlayListsTheKeys() {
    var content = content()
    content.showsHelp = true
    let frame = LabRenderer().frame(content, layout: LabLayout(width: 100, height: 30))
    let text = frame.lines.joined(separator: "\n")
    #expect(text.contains("ReluLab keys"))
    for binding in KeyMap.bindings { #expect(text.contains(binding.meaning.en)) }
    #expect(frame.cursor == nil)
  }

  @Test func tooSmallShowsOneLine() {
    let frame = LabRenderer().frame(content(), layout: LabLayout(width: 30, height: 10))
    #expect(frame.lines.filter { !$0.isEmpty } == [" Enlarge window: 40x14 needed"])
    #expect(frame.cursor == nil)
  }

  @Test func monochromePaletteStillSetsApartWhatMatters() {
    #expect(Palette.style(for: .status, colors: .monochrome).reverse)
    #expect(Palette.style(for: .error, colors: .monochrome).bold)
    #expect(Palette.style(for: .say, colors: .monochrome).bold)
  }
}
