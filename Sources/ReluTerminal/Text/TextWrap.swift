import ReluCore

/// Breaking text into lines of a display width.
package enum TextWrap {
  /// `text` broken into rows of at most `columns` display columns.
  ///
  /// Breaks at the last space that fits when there is one in the second half of
  /// the row, otherwise mid-word; an empty text is one empty row. Wide characters
  /// are never split.
  /// - Complexity: O(n) in the length of `text` times the row width.
  package static func rows(_ text: String, columns: Int) -> [String] {
    guard columns > 0 else { return [] }
    var rows: [String] = []
    var rest = Substring(text)
    while DisplayWidth.of(rest) > columns {
      var used = 0
      var cut = rest.startIndex
      var lastSpace: String.Index?
      for index in rest.indices {
        let width = DisplayWidth.of(rest[index])
        if used + width > columns { break }
        used += width
        if rest[index] == " " { lastSpace = index }
        cut = rest.index(after: index)
      }
      if cut == rest.startIndex { cut = rest.index(after: rest.startIndex) }
      if let lastSpace, lastSpace > rest.startIndex,
        DisplayWidth.of(rest[..<lastSpace]) * 2 >= columns
      {
        rows.append(String(rest[..<lastSpace]))
        rest = rest[rest.index(after: lastSpace)...]
      } else {
        rows.append(String(rest[..<cut]))
        rest = rest[cut...]
      }
    }
    rows.append(String(rest))
    return rows
  }
}
