/// A rendered plot: a grid of `height` rows by `width` columns of cells.
///
/// Every character is one display column wide (ASCII or U+2800 braille), so
/// ``lines`` are exactly `height` strings of at most `width` columns.
package struct Canvas: Sendable, Equatable {
  /// Columns.
  package let width: Int
  /// Rows.
  package let height: Int
  /// Row-major cells, `width * height` of them.
  private let cells: [Cell]

  /// A canvas of the given cells, padded with blanks or cut to `width * height`.
  /// - Parameters:
  ///   - width: Columns (negative counts as 0).
  ///   - height: Rows (negative counts as 0).
  ///   - cells: Row-major cells.
  package init(width: Int, height: Int, cells: [Cell]) {
    self.width = max(0, width)
    self.height = max(0, height)
    let count = self.width * self.height
    var cells = Array(cells.prefix(count))
    cells.append(contentsOf: repeatElement(Cell.blank, count: count - cells.count))
    self.cells = cells
  }

  /// The cell at a row (0 at the top) and column (0 at the left); a blank
  /// cell outside the canvas.
  package subscript(row: Int, column: Int) -> Cell {
    guard row >= 0, row < height, column >= 0, column < width else { return .blank }
    return cells[row * width + column]
  }

  /// One string per row, exactly `height` of them, trailing blanks trimmed.
  /// - Complexity: O(width * height).
  package var lines: [String] {
    (0..<height).map { row in
      let slice = cells[(row * width)..<((row + 1) * width)]
      var text = String(slice.map(\.character))
      while text.last == " " { text.removeLast() }
      return text
    }
  }
}
