import ReluCore
import Testing

@testable import ReluTerminal

@Suite struct LineEditorTests {
  @Test func insertsAndMovesLikeAShell() {
    var editor = LineEditor()
    editor.insert("set alpha 3")
    editor.moveLeft()
    editor.insert("0.")
    #expect(editor.text == "set alpha 0.3")
    #expect(editor.cursor == 12)
    editor.moveToStart()
    #expect(editor.cursor == 0)
    editor.moveLeft()
    #expect(editor.cursor == 0)
    editor.moveToEnd()
    editor.moveRight()
    #expect(editor.cursor == 13)
  }

  @Test func backspaceAndDelete() {
    var editor = LineEditor(text: "feed")
    editor.deleteBackward()
    #expect(editor.text == "fee")
    editor.moveToStart()
    editor.deleteForward()
    #expect(editor.text == "ee")
    editor.deleteBackward()  // at the start: nothing
    #expect(editor.text == "ee")
    editor.moveToEnd()
    editor.deleteForward()  // at the end: nothing
    #expect(editor.text == "ee")
  }

  @Test func killsAndYanks() {
    var editor = LineEditor(text: "decay relu from 0.9")
    editor.killWordBackward()
    #expect(editor.text == "decay relu from ")
    #expect(editor.killed == "0.9")
    editor.killWordBackward()  // skips the space, then the word
    #expect(editor.text == "decay relu ")
    editor.moveToStart()
    editor.moveWordRight()
    #expect(editor.cursor == 5)
    editor.killToEnd()
    #expect(editor.text == "decay")
    #expect(editor.killed == " relu ")
    editor.yank()
    #expect(editor.text == "decay relu ")
    editor.moveWordLeft()
    #expect(editor.cursor == 6)
    editor.killToStart()
    #expect(editor.text == "relu ")
    #expect(editor.cursor == 0)
  }

  @Test func dropsControlCharactersAndTurnsTabsIntoSpaces() {
    var editor = LineEditor()
    editor.insert("say\ta\u{7}b\nc")
    #expect(editor.text == "say abc")
  }

  @Test func unicodeIsOneStepPerCharacter() {
    var editor = LineEditor(text: "say 你好é")
    #expect(editor.characters.count == 7)
    editor.deleteBackward()
    #expect(editor.text == "say 你好")
    editor.moveLeft()
    #expect(editor.view(columns: 40).cursorColumn == 6)  // "say " + one wide character
  }

  @Test func viewScrollsToKeepTheCursorVisible() {
    let editor = LineEditor(text: "0123456789")
    let view = editor.view(columns: 5)
    #expect(view.text == "6789")
    #expect(view.cursorColumn == 4)
    var start = editor
    start.moveToStart()
    #expect(start.view(columns: 5).text == "01234")
    #expect(start.view(columns: 5).cursorColumn == 0)
  }

  @Test func viewOfALongLineShowsTheColumnsAroundTheCursor() {
    // 2,000 characters: the digits 0...9 over and over, so each position's
    // character is its index mod 10.
    let digits = (0..<2000).map { Character(String($0 % 10)) }
    var editor = LineEditor(text: String(digits))
    let end = editor.view(columns: 80)
    #expect(end.text == String(digits[1921...]))  // the last 79, then the cursor
    #expect(end.cursorColumn == 79)
    for _ in 0..<1000 { editor.moveLeft() }
    let middle = editor.view(columns: 80)
    #expect(middle.text == String(digits[921..<1001]))
    #expect(middle.cursorColumn == 79)
    #expect(middle.text.last == "0")  // the character under the cursor, index 1000
    editor.moveToStart()
    #expect(editor.view(columns: 80).text == String(digits[..<80]))
    #expect(editor.view(columns: 80).cursorColumn == 0)
  }

  @Test func viewOfALongWideLineKeepsTheCursorOffTheLastColumn() {
    // 1,000 wide characters: 79 columns before the cursor hold 39 of them.
    let editor = LineEditor(text: String(repeating: "好", count: 1000))
    let view = editor.view(columns: 80)
    #expect(view.text == String(repeating: "好", count: 39))
    #expect(view.cursorColumn == 78)
  }

  @Test func viewNeverSplitsAWideCharacter() {
    var editor = LineEditor(text: "你好世界")
    editor.moveToStart()
    let view = editor.view(columns: 5)
    #expect(view.text == "你好")
    #expect(DisplayWidth.of(view.text) == 4)
  }

  @Test func replaceKeepsCursorAfterTheNewText() {
    var editor = LineEditor(text: "plot re x")
    editor.replace(5..<7, with: "relu'")
    #expect(editor.text == "plot relu' x")
    #expect(editor.cursor == 10)
  }
}

@Suite struct DisplayWidthTests {
  @Test(arguments: [
    ("a", 1), ("é", 1), ("e\u{301}", 1), ("你", 2), ("한", 2), ("Ａ", 2), ("⠿", 1),
    ("─", 1), ("\u{7}", 0), ("🙂", 2),
  ])
  func widthOfOneCharacter(text: String, width: Int) throws {
    let character = try #require(text.first)
    #expect(DisplayWidth.of(character) == width)
  }

  @Test func truncateAndPad() {
    #expect(DisplayWidth.truncate("abcdef", to: 4) == "abc…")
    #expect(DisplayWidth.truncate("abc", to: 4) == "abc")
    #expect(DisplayWidth.truncate("你好世界", to: 5) == "你好…")
    #expect(DisplayWidth.pad("你", to: 4) == "你  ")
    #expect(DisplayWidth.prefix(of: "a你b", fitting: 2) == "a")
  }

  @Test func wrapBreaksAtSpacesAndNeverSplitsWideCharacters() {
    #expect(TextWrap.rows("the quick brown fox", columns: 10) == ["the quick", "brown fox"])
    #expect(TextWrap.rows("abcdefghij", columns: 4) == ["abcd", "efgh", "ij"])
    #expect(TextWrap.rows("", columns: 4) == [""])
    #expect(TextWrap.rows("你好世界", columns: 5) == ["你好", "世界"])
  }
}

/// Text the terminal draws differently from how it was typed.
@Suite struct LineEditorUnicodeTests {
  /// D29: decomposed Hangul typed a jamo at a time (as keys arrive) is one
  /// character a syllable, 2 columns as the terminal draws it.
  @Test func decomposedHangulTypedJamoByJamoIsOneCharacterPerSyllable() {
    var editor = LineEditor(text: "say ")
    for _ in 0..<3 {
      editor.insert("\u{1100}")
      editor.insert("\u{1161}")
    }
    editor.insert("Z")
    #expect(editor.characters.count == 8)
    #expect(editor.text == "say " + String(repeating: "\u{1100}\u{1161}", count: 3) + "Z")
    editor.moveLeft()
    #expect(editor.view(columns: 40).cursorColumn == 10)
    editor.moveLeft()
    #expect(editor.view(columns: 40).cursorColumn == 8)
    // A final jamo joins the syllable before the cursor.
    editor.insert("\u{11A8}")
    #expect(editor.characters.count == 8)
    #expect(editor.characters[5] == "\u{1100}\u{1161}\u{11A8}")
    #expect(editor.view(columns: 40).cursorColumn == 8)
    // Deleting what stood between a consonant and a vowel joins them.
    var split = LineEditor(text: "\u{1100}x")
    split.insert("\u{1161}")
    split.moveLeft()
    split.deleteBackward()
    #expect(split.characters == ["\u{1100}\u{1161}"])
    #expect(split.cursor <= split.characters.count)
  }

  /// D32: a zero-width space or an ideographic space on the input line shows
  /// as its escape, the cursor placed after it.
  @Test func invisibleCharactersShowAsEscapesOnTheInputLine() {
    var editor = LineEditor(text: "feed 1 \u{200B} 3")
    #expect(editor.view(columns: 40).text == "feed 1 \\u{200B} 3")
    #expect(editor.view(columns: 40).cursorColumn == 17)
    editor.set("feed 1\u{3000}")
    #expect(editor.view(columns: 40).text == "feed 1\\u{3000}")
    #expect(editor.view(columns: 40).cursorColumn == 14)
  }
}
