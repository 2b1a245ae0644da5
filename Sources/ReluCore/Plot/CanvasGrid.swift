/// The mutable drawing surface behind a ``Canvas``: cells plus the braille
/// dots already set in each, with ``CellRole/priority`` deciding which write
/// wins a cell.
struct CanvasGrid {
  let width: Int
  let height: Int
  private var cells: [Cell]
  /// The braille dot bits of each cell (0 when the cell is not braille).
  private var dots: [UInt8]

  init(width: Int, height: Int) {
    self.width = width
    self.height = height
    cells = Array(repeating: .blank, count: width * height)
    dots = Array(repeating: 0, count: width * height)
  }

  /// Writes a character unless the cell holds something of higher priority;
  /// positions outside the grid are ignored.
  mutating func put(_ character: Character, role: CellRole, row: Int, column: Int) {
    put(Cell(character: character, role: role), row: row, column: column)
  }

  /// Writes a cell unless the cell there holds something of higher priority;
  /// positions outside the grid are ignored.
  mutating func put(_ cell: Cell, row: Int, column: Int) {
    guard let index = index(row, column), cell.role.priority >= cells[index].role.priority else {
      return
    }
    cells[index] = cell
    dots[index] = 0
  }

  /// Writes a string from `column` rightwards with one role, one scalar per
  /// cell (a wide character in two: it and a ``Cell/continuation(role:)``),
  /// clipped to the grid; a wide character that would be cut in half at the
  /// right edge is left out.
  /// - Complexity: O(scalars in `text`).
  mutating func put(_ text: String, role: CellRole, row: Int, column: Int) {
    var column = column
    for scalar in text.unicodeScalars {
      guard scalar.value >= 0x1100, DisplayWidth.of(Character(scalar)) == 2 else {
        put(Cell(scalar: scalar, role: role), row: row, column: column)
        column += 1
        continue
      }
      if column + 1 < width {
        put(Cell(scalar: scalar, role: role), row: row, column: column)
        put(Cell.continuation(role: role), row: row, column: column + 1)
      }
      column += 2
    }
  }

  /// Sets one braille dot (see ``Braille``) in a cell.
  ///
  /// The dot merges with the dots already there and the cell takes `role`. A cell holding a character of
  /// higher priority keeps it.
  mutating func putDot(_ bit: UInt8, role: CellRole, row: Int, column: Int) {
    guard let index = index(row, column), role.priority >= cells[index].role.priority else {
      return
    }
    let merged = dots[index] | bit
    dots[index] = merged
    cells[index] = Cell(scalar: Braille.scalar(merged), role: role)
  }

  /// The role in a cell (blank outside the grid).
  func role(row: Int, column: Int) -> CellRole {
    index(row, column).map { cells[$0].role } ?? .blank
  }

  /// The finished canvas.
  var canvas: Canvas { Canvas(width: width, height: height, cells: cells) }

  private func index(_ row: Int, _ column: Int) -> Int? {
    guard row >= 0, row < height, column >= 0, column < width else { return nil }
    return row * width + column
  }
}
