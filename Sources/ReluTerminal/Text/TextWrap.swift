import ReluCore

/// Breaking text into lines of a display width.
package enum TextWrap {
  /// `text` broken into rows of at most `columns` display columns.
  ///
  /// Breaks at the last space that fits (after some text on the row), or
  /// between two characters of which one is wide (Chinese breaks between any
  /// two characters), whichever fills the row more; mid-word only when a
  /// word is wider than the row. An empty text is one empty row. Wide
  /// characters are never split.
  ///
  /// Chinese line-breaking rules (kinsoku): no row starts with closing
  /// punctuation (，。、；：？！）」』】》 and the like) and none ends with
  /// opening punctuation (（「『【《): the character before the closing mark
  /// moves down with it.
  ///
  /// - Parameters:
  ///   - text: The text, one line.
  ///   - columns: The rows' width.
  ///   - hangingIndent: Continuation rows start this many spaces in (under
  ///     the text after a `» ` marker, say); they hold that much less.
  /// - Returns: The rows, each at most `columns` wide.
  /// - Complexity: O(n) in the length of `text`: each character's width is
  ///   measured once, and a row is scanned at most twice.
  package static func rows(_ text: String, columns: Int, hangingIndent: Int = 0) -> [String] {
    guard columns > 0 else { return [] }
    let indent = hangingIndent > 0 && hangingIndent * 2 <= columns ? hangingIndent : 0
    let characters = Array(text)
    // widthBefore[i]: the display width of characters[..<i].
    var widthBefore = [0]
    widthBefore.reserveCapacity(characters.count + 1)
    for character in characters {
      widthBefore.append(widthBefore[widthBefore.count - 1] + DisplayWidth.of(character))
    }
    let total = widthBefore[characters.count]
    var rows: [String] = []
    var start = 0
    var room = columns
    while total - widthBefore[start] > room {
      var cut = start
      var lastSpace: Int?
      var lastBreak: Int?
      while cut < characters.count, widthBefore[cut + 1] - widthBefore[start] <= room {
        if characters[cut] == " " { lastSpace = cut }
        if cut > start, canBreak(before: cut, in: characters) { lastBreak = cut }
        cut += 1
      }
      if cut == start { cut = start + 1 }
      // A space just past the row ends it as well as one inside.
      if cut < characters.count, cut > start, characters[cut] == " " { lastSpace = cut }
      if cut < characters.count, cut > start, canBreak(before: cut, in: characters) {
        lastBreak = cut
      }
      // A space counts once the row holds some text before it (not only
      // a line's leading spaces).
      let textBefore = { (end: Int) in characters[start..<end].contains { $0 != " " } }
      let spaceBreak = lastSpace.flatMap { $0 > start && textBefore($0) ? $0 : nil }
      let wideBreak = lastBreak
      var end: Int
      var next: Int
      if let spaceBreak, wideBreak.map({ $0 <= spaceBreak }) ?? true {
        (end, next) = (spaceBreak, spaceBreak + 1)
      } else if let wideBreak {
        (end, next) = (wideBreak, wideBreak)
      } else {
        // Mid-word; still never before closing punctuation.
        end = cut
        while end - 1 > start, end < characters.count, !kinsokuAllows(before: end, in: characters) {
          end -= 1
        }
        next = end
      }
      rows.append(String(characters[start..<end]))
      start = next
      room = columns - indent
    }
    rows.append(String(characters[start...]))
    guard indent > 0, rows.count > 1 else { return rows }
    let margin = String(repeating: " ", count: indent)
    return [rows[0]] + rows.dropFirst().map { margin + $0 }
  }

  /// Where a line's continuation rows start so that they read as part of
  /// it: under its text, past its leading spaces, or, for a row of a
  /// two-column table (`  set SETTING VALUE    修改一个设置`), under its
  /// second column (after the first run of two or more spaces that follows
  /// text).
  /// - Complexity: O(n) in the length of `text`.
  package static func hangingColumn(of text: String) -> Int {
    var column = 0
    var seenText = false
    var spaces = 0
    for character in text {
      if character == " " {
        spaces += 1
      } else {
        if seenText, spaces >= 2 { return column }
        seenText = true
        spaces = 0
      }
      column += DisplayWidth.of(character)
    }
    return text.prefix { $0 == " " }.count
  }

  /// Closing punctuation: never the first character of a row.
  static let closing: Set<Character> = [
    "，", "。", "、", "；", "：", "？", "！", "）", "」", "』", "】", "》", "〉", "〕", "］", "｝",
    "．", "％",
  ]
  /// Opening punctuation: never the last character of a row.
  static let opening: Set<Character> = ["（", "「", "『", "【", "《", "〈", "〔", "［", "｛"]

  /// Whether a row may end before `characters[index]` without breaking a word:
  /// one of the two characters either side is wide (CJK) and neither is a
  /// space, and the kinsoku rules allow it.
  private static func canBreak(before index: Int, in characters: [Character]) -> Bool {
    let before = characters[index - 1]
    let after = characters[index]
    guard before != " ", after != " " else { return false }
    guard DisplayWidth.of(before) == 2 || DisplayWidth.of(after) == 2 else { return false }
    return kinsokuAllows(before: index, in: characters)
  }

  /// Whether the kinsoku rules allow a break before `characters[index]`.
  private static func kinsokuAllows(before index: Int, in characters: [Character]) -> Bool {
    !closing.contains(characters[index]) && !opening.contains(characters[index - 1])
  }
}
