/// A rendered plot: a grid of `height` rows by `width` columns of cells.
///
/// Every cell is one display column (ASCII or U+2800 braille); a wide
/// character of a legend (CJK) takes its cell and the next, a
/// ``Cell/continuation(role:)`` that text leaves out, so ``lines`` are
/// exactly `height` strings of at most `width` columns.
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
  /// ``plainLines``, with each row's UTF-8 written straight into its string
  /// (1 byte per ASCII cell, 3 per braille cell, by the UTF-8 rules).
  /// - Complexity: O(width * height).
  package var lines: [String] {
    var lines: [String] = []
    lines.reserveCapacity(height)
    cells.withUnsafeBufferPointer { cells in
      for row in 0..<height {
        let start = row * width
        var end = start + width
        while end > start, cells[end - 1].scalar == " " { end -= 1 }
        var byteCount = end - start
        for index in start..<end where cells[index].scalar.value >= 0x80 {
          byteCount += UTF8.width(cells[index].scalar) - 1
        }
        for index in start..<end where cells[index].scalar.value == 0 { byteCount -= 1 }
        lines.append(
          String(unsafeUninitializedCapacity: byteCount) { bytes in
            var written = 0
            for index in start..<end where cells[index].scalar.value != 0 {
              written += Self.encode(cells[index].scalar.value, into: bytes, at: written)
            }
            return written
          })
      }
    }
    return lines
  }

  /// Writes the UTF-8 of scalar `value` at `offset`.
  /// - Returns: How many bytes were written (1 to 4).
  @inline(__always)
  private static func encode(
    _ value: UInt32, into bytes: UnsafeMutableBufferPointer<UInt8>, at offset: Int
  ) -> Int {
    if value < 0x80 {
      bytes[offset] = UInt8(truncatingIfNeeded: value)
      return 1
    }
    if value < 0x800 {
      bytes[offset] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
      bytes[offset + 1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
      return 2
    }
    if value < 0x10000 {
      bytes[offset] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
      bytes[offset + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
      bytes[offset + 2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
      return 3
    }
    bytes[offset] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
    bytes[offset + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F)
    bytes[offset + 2] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
    bytes[offset + 3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
    return 4
  }

  /// The definition of ``lines``: each row's scalars but continuations as a
  /// string, then its trailing spaces (U+0020) removed one at a time.
  /// - Complexity: O(width * height).
  package var plainLines: [String] {
    (0..<height).map { row in
      let slice = cells[(row * width)..<((row + 1) * width)]
      var text = String(
        String.UnicodeScalarView(slice.filter { !$0.isContinuation }.map(\.scalar)))
      while text.unicodeScalars.last == " " { text.unicodeScalars.removeLast() }
      return text
    }
  }
}
