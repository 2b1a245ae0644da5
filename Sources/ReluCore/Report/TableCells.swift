/// The cells of a table in one byte buffer, each with its end and its
/// width in display columns: no String per cell.
struct TableCells {
  /// The cells' UTF-8, one after another.
  var bytes: [UInt8] = []
  /// Where each cell ends in `bytes`.
  private(set) var ends: [Int] = []
  /// Each cell's width in display columns.
  private(set) var widths: [Int] = []

  /// Room for `cells` cells of about `bytesPerCell` bytes.
  mutating func reserve(cells: Int, bytesPerCell: Int) {
    bytes.reserveCapacity(cells * bytesPerCell)
    ends.reserveCapacity(cells)
    widths.reserveCapacity(cells)
  }

  /// The number of cells.
  var count: Int { ends.count }

  /// Adds a cell holding `text`.
  mutating func append(_ text: String) {
    bytes += text.utf8
    ends.append(bytes.count)
    widths.append(DisplayWidth.of(text))
  }

  /// Ends a cell whose bytes were written into `bytes` since the last cell
  /// ended; they must be printable ASCII, one column each (as numbers are).
  mutating func endASCIICell() {
    let start = ends.last ?? 0
    ends.append(bytes.count)
    widths.append(bytes.count - start)
  }

  /// The bytes of cell `index`.
  func cell(_ index: Int) -> ArraySlice<UInt8> {
    bytes[(index == 0 ? 0 : ends[index - 1])..<ends[index]]
  }
}
