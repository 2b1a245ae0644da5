import Testing

@testable import ReluTerminal

@Suite struct ByteKeyDecoderTests {
  private func keys(_ text: String, flush: Bool = true) -> [TerminalInput] {
    var decoder = ByteKeyDecoder()
    return decoder.decode(Array(text.utf8), flush: flush)
  }

  @Test func textControlsAndUTF8() {
    #expect(
      keys("a好\r\t\u{7F}\u{1}")
        == [
          .key(.character("a")), .key(.character("好")), .key(.enter), .key(.tab),
          .key(.backspace), .key(.control("a")),
        ])
  }

  /// D19: bytes that are not UTF-8 (a Latin-1 é, GB18030's 你好, a cut
  /// sequence) drop themselves only, never the keys after them.
  @Test func bytesThatAreNotUTF8NeverTakeTheKeysAfterThem() {
    func decode(_ bytes: [UInt8]) -> [TerminalInput] {
      var decoder = ByteKeyDecoder()
      return decoder.decode(bytes) + decoder.decode([], flush: true)
    }
    let abc: [TerminalInput] = [
      .key(.character("a")), .key(.character("b")), .key(.character("c")),
    ]
    #expect(decode([0xE9] + Array("abc".utf8)) == abc)
    #expect(decode([0xC4, 0xE3, 0xBA, 0xC3] + Array("abc".utf8)) == abc)
    #expect(decode([0xE4, 0xBD] + Array("abc".utf8)) == abc)
    #expect(decode([0xF0, 0x80, 0x80, 0x80] + Array("abc".utf8)) == abc)
    #expect(decode([0xED, 0xA0, 0x80] + Array("abc".utf8)) == abc)
    #expect(decode(Array("é".utf8) + [0xFF] + Array("abc".utf8)) == [.key(.character("é"))] + abc)
    // A character split across reads waits for its rest.
    var decoder = ByteKeyDecoder()
    #expect(decoder.decode([0xE4, 0xBD]).isEmpty)
    #expect(decoder.decode([0xA0, 0x61]) == [.key(.character("你")), .key(.character("a"))])
  }

  @Test func cursorAndFunctionKeys() {
    #expect(
      keys("\u{1B}[A\u{1B}[B\u{1B}OC\u{1B}[D") == [
        .key(.up), .key(.down), .key(.right), .key(.left),
      ])
    #expect(
      keys("\u{1B}[H\u{1B}[4~\u{1B}[3~\u{1B}[5~\u{1B}[6~") == [
        .key(.home), .key(.end), .key(.delete), .key(.pageUp), .key(.pageDown),
      ])
    #expect(
      keys("\u{1B}OP\u{1B}[15~\u{1B}[17~") == [
        .key(.function(1)), .key(.function(5)), .key(.function(6)),
      ])
    #expect(keys("\u{1B}[1;3A\u{1B}b") == [.key(.altUp), .key(.alt("b"))])
  }

  @Test func aLoneEscapeWaitsThenIsEscape() {
    var decoder = ByteKeyDecoder()
    #expect(decoder.decode([0x1B]).isEmpty)
    #expect(decoder.waitMilliseconds == 25)
    #expect(decoder.decode([], flush: true) == [.key(.escape)])
    #expect(decoder.waitMilliseconds == nil)
    // A sequence split over two reads is one key.
    #expect(decoder.decode([0x1B, UInt8(ascii: "[")]).isEmpty)
    #expect(decoder.decode([UInt8(ascii: "A")]) == [.key(.up)])
  }

  @Test func aPasteIsTextAndItsKeysAreNeverKeys() {
    let pasted = keys("x\u{1B}[200~set alpha 0.3\r\u{1B}[A\u{3}plot\u{1B}[201~y")
    #expect(
      pasted == [
        .key(.character("x")), .paste("set alpha 0.3\r\u{1B}[A\u{3}plot"), .key(.character("y")),
      ])
  }

  @Test func aPasteSplitInsideItsEndMarkerWaitsForTheRest() {
    var decoder = ByteKeyDecoder()
    #expect(decoder.decode(Array("\u{1B}[200~ab\u{1B}[20".utf8)).isEmpty)
    #expect(decoder.waitMilliseconds == 1000)
    #expect(decoder.decode(Array("1~c".utf8)) == [.paste("ab"), .key(.character("c"))])
    // A paste whose end never comes ends when the terminal goes quiet.
    #expect(decoder.decode(Array("\u{1B}[200~zz".utf8)).isEmpty)
    #expect(decoder.decode([], flush: true) == [.paste("zz")])
  }

  @Test func theRedrawStaysOnTheLineAndLeavesTheCursorInPlace() {
    var editor = LineEditor(text: "feed 1 2")
    editor.moveLeft()
    let first = PlainPrompt.redraw(
      prompt: "relulab> ", editor: editor, columns: 80, previousWidth: 20)
    #expect(first.text == "\rrelulab> feed 1 2" + "   " + "\rrelulab> feed 1 ")
    #expect(first.width == 17)
    #expect(!first.text.contains("\u{1B}") && !first.text.contains("\n"))
  }
}
