import ReluCore

/// One frame of the screen as characters with roles, built without a terminal.
///
/// The lab paints each frame into a buffer; the terminal then writes the whole
/// buffer and lets ncurses send only what changed. Tests read buffers directly.
/// A wide character fills its cell and marks the next one as its continuation.
package struct ScreenBuffer: Sendable, Equatable {
  /// One cell.
  package struct Cell: Sendable, Equatable {
    /// The character, or nil for the right half of a wide character.
    package var character: Character?
    package var role: ColorRole

    package static let blank = Cell(character: " ", role: .plain)
  }

  /// A run of cells of one role on one row, as the terminal writes it.
  package struct Run: Sendable, Equatable {
    package var row: Int
    package var column: Int
    package var text: String
    package var role: ColorRole
  }

  package let width: Int
  package let height: Int
  package private(set) var cells: [Cell]
  /// Where the terminal's cursor goes, or nil to hide it.
  package var cursor: (row: Int, column: Int)? {
    get { cursorRow.map { ($0, cursorColumn) } }
    set {
      cursorRow = newValue?.row
      cursorColumn = newValue?.column ?? 0
    }
  }
  private var cursorRow: Int?
  private var cursorColumn = 0

  package init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: .blank, count: self.width * self.height)
  }

  package static func == (lhs: ScreenBuffer, rhs: ScreenBuffer) -> Bool {
    lhs.width == rhs.width && lhs.height == rhs.height && lhs.cells == rhs.cells
      && lhs.cursorRow == rhs.cursorRow && lhs.cursorColumn == rhs.cursorColumn
  }

  /// The cell at (row, column); blank outside the buffer.
  package subscript(row: Int, column: Int) -> Cell {
    guard (0..<height).contains(row), (0..<width).contains(column) else { return .blank }
    return cells[row * width + column]
  }

  /// Writes `text` from (row, column), clipped to `limit` columns (and to the
  /// buffer); a wide character that would not fit is left out.
  /// - Returns: The column after the last one written.
  @discardableResult
  package mutating func put(
    _ text: String, row: Int, column: Int, role: ColorRole, limit: Int? = nil
  ) -> Int {
    guard (0..<height).contains(row) else { return column }
    let end = min(width, limit.map { column + $0 } ?? width)
    var position = column
    for character in text {
      let cellWidth = DisplayWidth.of(character)
      if cellWidth == 0 { continue }
      if position + cellWidth > end { break }
      if position >= 0 {
        clearWide(row: row, column: position)
        cells[row * width + position] = Cell(character: character, role: role)
        if cellWidth == 2 {
          clearWide(row: row, column: position + 1)
          cells[row * width + position + 1] = Cell(character: nil, role: role)
        }
      }
      position += cellWidth
    }
    return position
  }

  /// Fills a rectangle with a character.
  package mutating func fill(_ rect: Rect, with character: Character = " ", role: ColorRole) {
    let line = String(repeating: character, count: rect.width)
    for row in rect.row..<rect.bottom {
      put(line, row: row, column: rect.column, role: role, limit: rect.width)
    }
  }

  /// Row `row` as text (wide characters once), trailing spaces kept.
  package func text(row: Int) -> String {
    guard (0..<height).contains(row) else { return "" }
    return String(cells[(row * width)..<((row + 1) * width)].compactMap(\.character))
  }

  /// All rows as text, trailing spaces removed: what a person would read.
  package var lines: [String] {
    (0..<height).map { row in
      var line = text(row: row)
      while line.last == " " { line.removeLast() }
      return line
    }
  }

  /// The row's cells grouped into runs of one role.
  package func runs(row: Int) -> [Run] {
    var runs: [Run] = []
    var column = 0
    while column < width {
      let role = self[row, column].role
      var text = ""
      let start = column
      while column < width, self[row, column].role == role {
        if let character = self[row, column].character { text.append(character) }
        column += 1
      }
      runs.append(Run(row: row, column: start, text: text, role: role))
    }
    return runs
  }

  /// Before overwriting (row, column), blanks the other half of a wide character
  /// it belongs to, so no half-character is left.
  private mutating func clearWide(row: Int, column: Int) {
    guard (0..<width).contains(column) else { return }
    let index = row * width + column
    if cells[index].character == nil, column > 0 {
      cells[index - 1] = .blank
    } else if let character = cells[index].character, DisplayWidth.of(character) == 2,
      column + 1 < width
    {
      cells[index + 1] = .blank
    }
  }
}
