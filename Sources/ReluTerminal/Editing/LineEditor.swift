import ReluCore

/// The input line's text and cursor, edited as in a shell (Emacs-style keys).
///
/// Positions count characters (grapheme clusters), so a CJK character or an
/// accented letter is one step of the cursor; ``view(columns:)`` turns the
/// position into display columns.
package struct LineEditor: Sendable, Equatable {
  /// The characters of the line.
  package private(set) var characters: [Character] = []
  /// Where the cursor stands: 0 is before the first character, `count` after the last.
  package private(set) var cursor = 0
  /// The text the last Ctrl-K, Ctrl-U or Ctrl-W removed, for Ctrl-Y.
  package private(set) var killed = ""

  package init(text: String = "") {
    set(text)
  }

  /// The line as a string.
  package var text: String { String(characters) }

  /// Whether the line is empty.
  package var isEmpty: Bool { characters.isEmpty }

  /// Replaces the line and puts the cursor at its end.
  package mutating func set(_ text: String) {
    characters = Array(Self.sanitized(text))
    cursor = characters.count
  }

  /// Inserts text at the cursor; control characters and line breaks are dropped,
  /// tabs become spaces.
  package mutating func insert(_ text: String) {
    let new = Array(Self.sanitized(text))
    let start = cursor
    characters.insert(contentsOf: new, at: start)
    cursor += new.count
    rejoin(at: start + new.count)
    rejoin(at: start)
  }

  /// Left (Ctrl-B).
  package mutating func moveLeft() { cursor = max(0, cursor - 1) }
  /// Right (Ctrl-F).
  package mutating func moveRight() { cursor = min(characters.count, cursor + 1) }
  /// Home (Ctrl-A).
  package mutating func moveToStart() { cursor = 0 }
  /// End (Ctrl-E).
  package mutating func moveToEnd() { cursor = characters.count }

  /// Alt-B: to the start of the word before the cursor.
  package mutating func moveWordLeft() { cursor = wordStart(before: cursor) }

  /// Alt-F: to the end of the word after the cursor.
  package mutating func moveWordRight() {
    var index = cursor
    while index < characters.count, characters[index] == " " { index += 1 }
    while index < characters.count, characters[index] != " " { index += 1 }
    cursor = index
  }

  /// Backspace: removes the character before the cursor.
  package mutating func deleteBackward() {
    guard cursor > 0 else { return }
    characters.remove(at: cursor - 1)
    cursor -= 1
    rejoin(at: cursor)
  }

  /// Delete: removes the character under the cursor.
  package mutating func deleteForward() {
    guard cursor < characters.count else { return }
    characters.remove(at: cursor)
    rejoin(at: cursor)
  }

  /// Ctrl-K: removes from the cursor to the end.
  package mutating func killToEnd() {
    guard cursor < characters.count else { return }
    killed = String(characters[cursor...])
    characters.removeSubrange(cursor...)
  }

  /// Ctrl-U: removes from the start to the cursor.
  package mutating func killToStart() {
    guard cursor > 0 else { return }
    killed = String(characters[..<cursor])
    characters.removeSubrange(..<cursor)
    cursor = 0
  }

  /// Ctrl-W: removes the word before the cursor and the spaces after it.
  package mutating func killWordBackward() {
    let start = wordStart(before: cursor)
    guard start < cursor else { return }
    killed = String(characters[start..<cursor])
    characters.removeSubrange(start..<cursor)
    cursor = start
    rejoin(at: cursor)
  }

  /// Ctrl-Y: inserts the text last killed.
  package mutating func yank() { insert(killed) }

  /// Empties the line.
  package mutating func clear() {
    characters.removeAll()
    cursor = 0
  }

  /// Replaces characters `range` with `text`, leaving the cursor after it.
  package mutating func replace(_ range: Range<Int>, with text: String) {
    let lower = min(max(0, range.lowerBound), characters.count)
    let upper = min(max(lower, range.upperBound), characters.count)
    let new = Array(Self.sanitized(text))
    characters.replaceSubrange(lower..<upper, with: new)
    cursor = lower + new.count
    rejoin(at: cursor)
    rejoin(at: lower)
  }

  /// What to show in `columns` display columns: the visible slice of the line and
  /// the cursor's column within it.
  ///
  /// The slice scrolls horizontally so that the cursor is always visible, with
  /// the cursor kept off the last column when the line continues past it: the
  /// slice starts as far left as lets the text before the cursor fit in
  /// `columns - 1`.
  /// - Complexity: O(`columns`) for printable text: it walks back from the
  ///   cursor and forward from the slice's start, never over the whole line.
  package func view(columns: Int) -> (text: String, cursorColumn: Int) {
    guard columns > 0 else { return ("", 0) }
    // Walk back from the cursor while the text before it still fits, leaving
    // one column for the cursor itself.
    var start = cursor
    var cursorColumn = 0
    while start > 0 {
      let width = Self.shownWidth(characters[start - 1])
      if cursorColumn + width > columns - 1 { break }
      cursorColumn += width
      start -= 1
    }
    var shown = ""
    var used = 0
    for character in characters[start...] {
      let width = Self.shownWidth(character)
      if used + width > columns { break }
      if let escape = VisibleText.escape(for: character) {
        shown += escape
      } else {
        shown.append(character)
      }
      used += width
    }
    return (shown, cursorColumn)
  }

  /// The columns `character` takes on the input line, where an invisible
  /// one (a zero-width space, U+3000) shows as its `\u{XX}` escape.
  private static func shownWidth(_ character: Character) -> Int {
    if let escape = VisibleText.escape(for: character) { return escape.utf8.count }
    return DisplayWidth.of(character)
  }

  /// Makes the characters either side of `boundary` one character.
  ///
  /// It does so when together they are one grapheme cluster, as the terminal
  /// draws them: a vowel jamo typed after its consonant, a combining mark
  /// after its letter, a character put back beside one it joins. The cursor
  /// stays on a character boundary.
  private mutating func rejoin(at boundary: Int) {
    guard boundary > 0, boundary < characters.count else { return }
    var pair = String(characters[boundary - 1])
    pair.append(characters[boundary])
    guard pair.count == 1, let joined = pair.first else { return }
    characters.replaceSubrange((boundary - 1)...boundary, with: [joined])
    if cursor > boundary { cursor -= 1 }
  }

  private func wordStart(before position: Int) -> Int {
    var index = position
    while index > 0, characters[index - 1] == " " { index -= 1 }
    while index > 0, characters[index - 1] != " " { index -= 1 }
    return index
  }

  /// `text`'s characters without controls, tabs as spaces, clustered again
  /// where taking a control out put two joining characters side by side.
  private static func sanitized(_ text: String) -> [Character] {
    let kept: [Character] = text.compactMap { character in
      if character == "\t" { return " " }
      guard let first = character.unicodeScalars.first else { return nil }
      if first.value < 0x20 || (0x7F..<0xA0).contains(first.value) { return nil }
      return character
    }
    return Array(String(kept))
  }
}
