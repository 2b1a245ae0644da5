import ReluCore
import Testing

@testable import ReluTerminal

/// Continuation rows that read as part of their line, and a status line
/// shortened by whole fields, never inside a number.
@Suite struct HangingAndFittingTests {
  @Test func aTableRowHangsUnderItsSecondColumn() {
    #expect(TextWrap.hangingColumn(of: "  set SETTING VALUE        修改一个设置") == 27)
    #expect(TextWrap.hangingColumn(of: "  also: relu") == 2)
    #expect(TextWrap.hangingColumn(of: "plain words, one space each") == 0)
    #expect(TextWrap.hangingColumn(of: "  激活  active  z > 0") == 8)
  }

  @Test func helpAtSixtyColumnsKeepsItsColumns() {
    let row = "  decay F from A to B ...  设置梯度下降模拟：让 f 的值从 A 变到 B，每一步都显示出来"
    let rows = HelpViewer(lines: [OutputLog.Line(row)]).rows(width: 60).map(\.text)
    #expect(rows.count == 2)
    // The summary's continuation starts under the summary, not at the edge.
    #expect(rows.last?.prefix { $0 == " " }.count == 27, "\(rows)")
    let index = HelpViewer(
      lines: HelpText.lines(for: .index, language: .zh).map { OutputLog.Line($0.text) })
    #expect(index.rows(width: 60).allSatisfy { DisplayWidth.of($0.text) <= 60 })
  }

  @Test func aStatusLineDropsWholeWords() {
    let line = "layer relu | alpha 0.01 | lr 1 | relu step 0 z=-0.1 f=0 dead"
    let cut = { (text: String, columns: Int) in String(text.prefix(columns)) }
    #expect(StatusLine.fitted(line, to: 80, cut: cut) == line)
    #expect(
      StatusLine.fitted(line, to: 54, cut: cut)
        == "layer relu | alpha 0.01 | lr 1 | relu step 0 z=-0.1")
    #expect(StatusLine.fitted(line, to: 34, cut: cut) == "layer relu | alpha 0.01 | lr 1")
    #expect(StatusLine.fitted(line, to: 4, cut: cut) == "laye")
  }

  @Test func aPlainOutputLineHangsTwoColumnsIn() {
    #expect(OutputLog.Line("z min -2, max 3").hangingIndent == 2)
    #expect(OutputLog.Line("  z min -2").hangingIndent == 4)
    #expect(OutputLog.Line("» words", role: .say).hangingIndent == 2)
  }
}
