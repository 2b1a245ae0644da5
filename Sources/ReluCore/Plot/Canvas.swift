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
  /// - Complexity: O(width * height) when `cells` has another count, else O(1).
  package init(width: Int, height: Int, cells: [Cell]) {
    self.width = max(0, width)
    self.height = max(0, height)
    let count = self.width * self.height
    guard cells.count != count else {
      self.cells = cells
      return
    }
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

  /// One string per row, exactly `height` of them, trailing blanks trimmed:
  /// ``plainLines``, with each row's UTF-8 written straight into its string.
  /// - Complexity: O(width * height).
  package var lines: [String] {
    var lines: [String] = []
    lines.reserveCapacity(height)
    cells.withUnsafeBufferPointer { cells in
      for row in 0..<height {
        let start = row * width
        var end = start + width
        while end > start, cells[end - 1].scalar == " " { end -= 1 }
        var byteCount = 0
        for index in start..<end { byteCount += UTF8.width(cells[index].scalar) }
        lines.append(
          String(unsafeUninitializedCapacity: byteCount) { bytes in
            var written = 0
            for index in start..<end {
              let scalar = cells[index].scalar
              if scalar.isASCII {
                bytes[written] = UInt8(truncatingIfNeeded: scalar.value)
                written += 1
                continue
              }
              UTF8.encode(scalar) { byte in
                bytes[written] = byte
                written += 1
              }
            }
            return written
          })
      }
    }
    return lines
  }

  /// The definition of ``lines``: each row's scalars as a string, then its
  /// trailing spaces (U+0020) removed one at a time.
  /// - Complexity: O(width * height).
  package var plainLines: [String] {
    (0..<height).map { row in
      let slice = cells[(row * width)..<((row + 1) * width)]
      var text = String(String.UnicodeScalarView(slice.map(\.scalar)))
      while text.unicodeScalars.last == " " { text.unicodeScalars.removeLast() }
      return text
    }
  }
}
