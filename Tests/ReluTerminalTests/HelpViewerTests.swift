import Testing

@testable import ReluTerminal

@Suite struct HelpViewerTests {
  private let viewer = HelpViewer(lines: (1...30).map { OutputLog.Line("line \($0)") })

  @Test func opensAtTheTopWithAMoreHint() {
    let page = viewer.page(width: 80, height: 11)
    #expect(page.rows.map(\.text) == (1...10).map { "line \($0)" })
    #expect(page.hint == "help, lines 1-10 of 30: more below: Space or PgDn, q or Esc closes")
  }

  @Test func pagesByTheRowsShownAndStopsAtTheEnds() {
    var viewer = viewer
    let stays = viewer.apply(.pageDown, width: 80, height: 11)
    #expect(stays)
    #expect(viewer.top == 10)
    #expect(viewer.page(width: 80, height: 11).hint.contains("lines 11-20 of 30: more below"))
    _ = viewer.apply(.pageDown, width: 80, height: 11)
    _ = viewer.apply(.pageDown, width: 80, height: 11)
    #expect(viewer.top == 20)
    let last = viewer.page(width: 80, height: 11)
    #expect(last.rows.last?.text == "line 30")
    #expect(last.hint == "help, lines 21-30 of 30: PgUp back, q or Esc closes")
    _ = viewer.apply(.lineUp, width: 80, height: 11)
    #expect(viewer.top == 19)
    _ = viewer.apply(.top, width: 80, height: 11)
    #expect(viewer.top == 0)
    _ = viewer.apply(.lineUp, width: 80, height: 11)
    #expect(viewer.top == 0)
    let closes = !viewer.apply(.close, width: 80, height: 11)
    #expect(closes)
  }

  @Test func wrapsLongLinesAndSaysWhenAllFit() {
    let short = HelpViewer(lines: [OutputLog.Line(String(repeating: "ab ", count: 10))])
    let page = short.page(width: 12, height: 10)
    #expect(page.rows.count == 3)
    #expect(page.hint == "help 1-3/3: q closes")
  }

  @Test func continuationRowsKeepTheIndentAndANarrowHintIsShort() {
    let viewer = HelpViewer(lines: [
      OutputLog.Line("set alpha A"), OutputLog.Line("  Finite and >= 0: 0 makes leaky relu"),
    ])
    #expect(
      viewer.rows(width: 20).map(\.text) == [
        "set alpha A", "  Finite and >= 0: 0", "  makes leaky relu",
      ])
    #expect(viewer.page(width: 20, height: 3).hint == "help 1-2/3: Space more, q closes")
  }

  @Test func keys() {
    #expect(HelpViewer.move(for: .character("q")) == .close)
    #expect(HelpViewer.move(for: .escape) == .close)
    #expect(HelpViewer.move(for: .character(" ")) == .pageDown)
    #expect(HelpViewer.move(for: .pageUp) == .pageUp)
    #expect(HelpViewer.move(for: .character("x")) == nil)
  }
}
