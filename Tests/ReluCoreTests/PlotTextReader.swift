import Testing

@testable import ReluCore

/// Reads a rendered plot back from its text alone, as a person would: the
/// border and the tick labels give the scale, with no help from ``PlotFrame``.
///
/// The layout it relies on is what the plot shows: the bottom border is the
/// line before the last, its first `+` is the corner, the left border runs up
/// from the corner, `+` marks on the borders are ticks, y labels sit left of
/// their mark and each x label on the last line covers its mark's column.
/// The plot area runs from the column after the left border to the line's
/// end. A cell holds 1x1 samples in ascii and 2x4 dots in braille.
///
/// Tick marks are in the cell nearest (ascii) or holding the sample nearest
/// (braille) their value, so each tick pins its value's sample position only
/// to within that cell. The reader keeps that uncertainty: it derives the
/// linear map of each axis from its two outermost ticks and gives intervals,
/// never a single value, for what a sample stands for.
struct PlotTextReader {
  /// A tick read from the text: its cell (relative to the plot area) and value.
  struct Tick {
    var cell: Int
    var value: Double
  }

  /// One axis: samples per cell, and the ticks that fix its map.
  struct Axis {
    var perCell: Int
    var first: Tick
    var last: Tick

    /// The sample positions a tick's value can have: its cell's samples, give or take half.
    func positions(of tick: Tick) -> [Double] {
      let low = Double(perCell * tick.cell) - 0.5
      return [low, low + Double(perCell)]
    }

    /// The values sample `k` can stand for, over every map the ticks allow.
    func values(atSample k: Int) -> ClosedRange<Double> {
      var all: [Double] = []
      for p1 in positions(of: first) {
        for p2 in positions(of: last) {
          all.append(first.value + (Double(k) - p1) * (last.value - first.value) / (p2 - p1))
        }
      }
      return (all.min() ?? .nan)...(all.max() ?? .nan)
    }

    /// The sample positions (fractional) values in `range` can have, over
    /// every map the ticks allow.
    func positions(of range: ClosedRange<Double>) -> ClosedRange<Double> {
      var all: [Double] = []
      for p1 in positions(of: first) {
        for p2 in positions(of: last) {
          for v in [range.lowerBound, range.upperBound] {
            all.append(p1 + (v - first.value) * (p2 - p1) / (last.value - first.value))
          }
        }
      }
      return (all.min() ?? .nan)...(all.max() ?? .nan)
    }
  }

  /// The text, one array of characters per line.
  let lines: [[Character]]
  /// The column of the left border.
  let borderColumn: Int
  /// The line of the plot area's first row.
  let top: Int
  /// The line of the bottom border.
  let borderLine: Int
  /// The canvas width.
  let width: Int
  /// Horizontal axis: cells are columns after the left border.
  let x: Axis
  /// Vertical axis: cells are plot rows from the top, samples counted downwards.
  let y: Axis

  /// Reads the layout and ticks.
  /// - Throws: ``PlotTextReaderError`` when the text has no corner, a label
  ///   that is not a number, or fewer than two ticks on an axis.
  /// - Parameters:
  ///   - lines: The rendered lines.
  ///   - width: The canvas width (lines have their trailing blanks trimmed).
  ///   - rendering: Whether cells hold 1x1 samples or 2x4 braille dots.
  init(lines: [String], width: Int, rendering: PlotRendering) throws {
    self.lines = lines.map { Array($0) + Array(repeating: " ", count: max(0, width - $0.count)) }
    self.width = width
    borderLine = lines.count - 2
    let border = self.lines[borderLine]
    guard let corner = border.firstIndex(of: "+") else { throw PlotTextReaderError("no corner") }
    borderColumn = corner
    var top = borderLine
    while top > 0, ["|", "+"].contains(self.lines[top - 1][borderColumn]) { top -= 1 }
    self.top = top
    let (across, down) = rendering == .ascii ? (1, 1) : (2, 4)

    var yTicks: [Tick] = []
    for line in top..<borderLine where self.lines[line][borderColumn] == "+" {
      let label = String(self.lines[line][0..<borderColumn]).trimmingSpaces
      guard let value = Double(label) else {
        throw PlotTextReaderError("y label \(label) on line \(line)")
      }
      yTicks.append(Tick(cell: line - top, value: value))
    }
    var xTicks: [Tick] = []
    let labels = self.lines[lines.count - 1]
    for column in (borderColumn + 1)..<width where border[column] == "+" {
      var start = column
      var end = column
      guard labels[column] != " " else { throw PlotTextReaderError("no label under \(column)") }
      while start > 0, labels[start - 1] != " " { start -= 1 }
      while end < width - 1, labels[end + 1] != " " { end += 1 }
      let label = String(labels[start...end])
      guard let value = Double(label) else {
        throw PlotTextReaderError("x label \(label) at \(column)")
      }
      xTicks.append(Tick(cell: column - borderColumn - 1, value: value))
    }
    guard xTicks.count >= 2, yTicks.count >= 2, let xFirst = xTicks.first, let xLast = xTicks.last,
      let yFirst = yTicks.first, let yLast = yTicks.last
    else { throw PlotTextReaderError("too few ticks to read the scale") }
    x = Axis(perCell: across, first: xFirst, last: xLast)
    y = Axis(perCell: down, first: yFirst, last: yLast)
  }

  /// Plot-area columns (cells).
  var columns: Int { width - borderColumn - 1 }
  /// Plot-area rows (cells).
  var rows: Int { borderLine - top }
  /// Sample columns of the plot area.
  var sampleColumns: Int { columns * x.perCell }
  /// Sample rows of the plot area.
  var sampleRows: Int { rows * y.perCell }

  /// The character in plot cell (row, column), both counted from the plot area's corner.
  func character(row: Int, column: Int) -> Character {
    lines[top + row][borderColumn + 1 + column]
  }

  /// The sample rows lit in sample column `k` by braille dots, decoded by the
  /// Unicode braille layout (dots 1-3 and 7 on the left, 4-6 and 8 on the right).
  func dotRows(column k: Int) -> [Int] {
    var rows: [Int] = []
    for row in 0..<self.rows {
      guard let scalar = character(row: row, column: k / 2).unicodeScalars.first,
        (0x2800...0x28FF).contains(scalar.value)
      else { continue }
      let dots = scalar.value - 0x2800
      let bits: [UInt32] = k % 2 == 0 ? [0x01, 0x02, 0x04, 0x40] : [0x08, 0x10, 0x20, 0x80]
      for (dot, bit) in bits.enumerated() where dots & bit != 0 { rows.append(row * 4 + dot) }
    }
    return rows
  }

  /// The plot rows (cells) in cell column `column` that show `glyph`.
  func glyphRows(_ glyph: Character, column: Int) -> [Int] {
    (0..<rows).filter { character(row: $0, column: column) == glyph }
  }
}

/// A failure to read a plot's text.
struct PlotTextReaderError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

extension String {
  /// Without leading and trailing spaces.
  fileprivate var trimmingSpaces: String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
