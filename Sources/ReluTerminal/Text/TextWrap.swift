import ReluCore

/// Breaking text into lines of a display width.
package enum TextWrap {
  /// `text` broken into rows of at most `columns` display columns.
  ///
  /// Breaks at the last space that fits when there is one in the second half of
  /// the row, otherwise mid-word; an empty text is one empty row. Wide characters
  /// are never split.
  /// - Complexity: O(n) in the length of `text`: each character's width is
  ///   measured once, and a row is scanned at most twice.
  package static func rows(_ text: String, columns: Int) -> [String] {
    guard columns > 0 else { return [] }
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
    while total - widthBefore[start] > columns {
      var cut = start
      var lastSpace: Int?
      while cut < characters.count, widthBefore[cut + 1] - widthBefore[start] <= columns {
        if characters[cut] == " " { lastSpace = cut }
        cut += 1
      }
      if cut == start { cut = start + 1 }
      if let lastSpace, lastSpace > start,
        (widthBefore[lastSpace] - widthBefore[start]) * 2 >= columns
      {
        rows.append(String(characters[start..<lastSpace]))
        start = lastSpace + 1
      } else {
        rows.append(String(characters[start..<cut]))
        start = cut
      }
    }
    rows.append(String(characters[start...]))
    return rows
  }
}
