import Testing

@testable import ReluCore

/// Text as a terminal shows it: widths as `wcwidth` gives them, and
/// characters that show as nothing made visible.
@Suite struct UnicodeTextTests {
  /// 가 decomposed (NFD, as macOS file names store Hangul): U+1100 U+1161.
  static let decomposedGa = "\u{1100}\u{1161}"

  @Test func decomposedHangulIsTwoColumnsASyllableAsWcwidthSays() {
    #expect(DisplayWidth.of(Self.decomposedGa) == 2)
    #expect(DisplayWidth.of(String(repeating: Self.decomposedGa, count: 3) + "Z") == 7)
    // With a final consonant (각), and precomposed with a final jamo.
    #expect(DisplayWidth.of("\u{1100}\u{1161}\u{11A8}") == 2)
    #expect(DisplayWidth.of("\u{AC00}\u{11A8}") == 2)
    // The vowel and final jamo alone, as keys arrive one by one: 0 wide.
    #expect(DisplayWidth.of(Character("\u{1161}")) == 0)
    #expect(DisplayWidth.of(Character("\u{11A8}")) == 0)
    #expect(DisplayWidth.of(Character("\u{D7B0}")) == 0)
    #expect(DisplayWidth.of(Character("\u{1100}")) == 2)
    #expect(DisplayWidth.of("\u{AC00}") == 2)
  }

  @Test(arguments: [
    ("\u{200B}", "\\u{200B}"), ("\u{200C}", "\\u{200C}"), ("\u{200D}", "\\u{200D}"),
    ("\u{200E}", "\\u{200E}"), ("\u{200F}", "\\u{200F}"), ("\u{2060}", "\\u{2060}"),
    ("\u{2064}", "\\u{2064}"), ("\u{FEFF}", "\\u{FEFF}"), ("\u{3000}", "\\u{3000}"),
    ("a\u{200B}b", "a\\u{200B}b"), ("'\u{200B}' is not a number", "'\\u{200B}' is not a number"),
    ("x \u{200D} y", "x \\u{200D} y"),
  ])
  func invisibleCharactersAreEscaped(text: String, shown: String) {
    #expect(VisibleText.escaped(text) == shown)
  }

  @Test(arguments: [
    "👨\u{200D}👩\u{200D}👧", "می\u{200C}خواهم", "❤\u{FE0F}", "e\u{301}", "好", "\u{00A0}",
    DecomposedHangul.text,
  ])
  func joinersThatJoinAndVisibleTextStay(text: String) {
    #expect(VisibleText.escaped(text) == text)
  }

  @Test func anEscapeShowsForEachInvisibleCharacterOnTheInputLine() {
    #expect(VisibleText.escape(for: "\u{200B}") == "\\u{200B}")
    #expect(VisibleText.escape(for: "\u{3000}") == "\\u{3000}")
    #expect(VisibleText.escape(for: "\u{FEFF}") == "\\u{FEFF}")
    #expect(VisibleText.escape(for: "a") == nil)
    #expect(VisibleText.escape(for: "👨\u{200D}👩") == nil)
  }
}

private enum DecomposedHangul {
  static let text = String(repeating: UnicodeTextTests.decomposedGa, count: 2)
}
