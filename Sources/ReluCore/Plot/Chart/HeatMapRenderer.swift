/// Draws a ``HeatMap`` into a ``Canvas``: the title and the shade key on
/// top, the columns' labels under it, then one band of cells per row with
/// its label on the left.
///
/// Layout of a `width` x `height` canvas:
/// - row 0: the title, and the key (`0 [ .:-=+*#%@] 1`) at its right when
///   both fit, else the key on row 1;
/// - the header row: the rows' name (`width`) in the margin, each column's
///   label centred over its cells (`depth 10` where it fits, else `10`);
/// - the grid: each column `(width - margin) / columns` cells wide (at most
///   ``maxCellWidth``), the last of them blank between columns; each row
///   `lines / rows` lines tall (at most ``maxRowHeight``), with a blank line
///   under it when it has 3 or more. A cell is filled with its
///   shade (``asciiRamp``, or as many braille dots as its level), its text
///   written over the middle line, a space each side, where the cell is 2
///   columns wider than the text.
///
/// Rows and columns that do not fit are left out, and the last label shown
/// says how many (`+3`).
package enum HeatMapRenderer {
  /// The most columns a column of cells takes (its blank included), so a
  /// few cells do not stretch across a wide pane.
  package static let maxCellWidth = 16
  /// The most lines a row of cells takes (its blank line included).
  package static let maxRowHeight = 5

  /// The ASCII shades, from 0 (blank) to 1 (`@`).
  package static let asciiRamp: [Character] = [" ", ".", ":", "-", "=", "+", "*", "#", "%", "@"]
  /// The braille shades: 0 to 8 dots, each level one dot more.
  package static let brailleRamp: [Character] = [
    0x00, 0x01, 0x09, 0x0B, 0x1B, 0x1F, 0x3F, 0x7F, 0xFF,
  ].map { Character(Unicode.Scalar(0x2800 + $0) ?? " ") }

  /// The shades of `rendering`, lightest first.
  package static func ramp(_ rendering: PlotRendering) -> [Character] {
    rendering == .braille ? brailleRamp : asciiRamp
  }

  /// The key: `0 [ .:-=+*#%@] 1`.
  package static func key(_ rendering: PlotRendering) -> String {
    "0 [" + String(ramp(rendering)) + "] 1"
  }

  /// Renders a heat map at a size.
  /// - Complexity: O(width * height).
  package static func render(_ map: HeatMap, size: PlotSize) -> Canvas {
    let (width, height) = (size.width, size.height)
    var grid = CanvasGrid(width: width, height: height)
    let language = map.language
    let title = map.title(language)
    let key = key(map.rendering)
    let keyBeside = DisplayWidth.of(title) + 2 + key.count <= width
    grid.put(DisplayWidth.truncate(title, to: width), role: .legend, row: 0, column: 0)
    grid.put(key, role: .legend, row: keyBeside ? 0 : 1, column: width - key.count)
    let header = keyBeside ? 1 : 2
    let rowName = map.rowName(language)
    let columnName = map.columnName(language)
    let margin = ([DisplayWidth.of(rowName)] + map.rows.map(\.count)).max().map { $0 + 1 } ?? 1
    let lines = height - header - 1
    let shownRows = min(map.rows.count, max(lines, 0))
    let shownColumns = min(map.columns.count, max((width - margin) / 2, 0))
    guard shownRows > 0, shownColumns > 0 else { return grid.canvas }
    let cellWidth = min((width - margin) / shownColumns, maxCellWidth)
    let rowHeight = min(lines / shownRows, maxRowHeight)
    let filled = rowHeight >= 3 ? rowHeight - 1 : rowHeight
    grid.put(rowName, role: .tickLabel, row: header, column: margin - 1 - DisplayWidth.of(rowName))
    for column in 0..<shownColumns {
      let left = margin + column * cellWidth
      var label = map.columns[column]
      if column == shownColumns - 1, shownColumns < map.columns.count {
        label = "+\(map.columns.count - column)"
      } else if DisplayWidth.of(columnName) + 1 + label.count <= cellWidth - 1 {
        label = columnName + " " + label
      }
      let labelWidth = DisplayWidth.of(label)
      grid.put(
        label, role: .tickLabel, row: header,
        column: left + max(0, (cellWidth - 1 - labelWidth) / 2))
    }
    let ramp = ramp(map.rendering)
    for row in 0..<shownRows {
      let top = header + 1 + row * rowHeight
      let middle = top + (filled - 1) / 2
      let more = row == shownRows - 1 && shownRows < map.rows.count
      let label = more ? "+\(map.rows.count - row)" : map.rows[row]
      grid.put(label, role: .tickLabel, row: middle, column: margin - 1 - label.count)
      guard !more else { continue }
      for column in 0..<shownColumns
      where !(column == shownColumns - 1 && shownColumns < map.columns.count) {
        let left = margin + column * cellWidth
        let value = map.value(row: row, column: column)
        let shade = ramp[HeatMap.level(of: value, levels: ramp.count)]
        for line in top..<(top + filled) {
          for x in left..<(left + cellWidth - 1) {
            grid.put(shade, role: .shade, row: line, column: x)
          }
        }
        let text = map.text(row: row, column: column)
        guard text.count + 2 <= cellWidth - 1 else { continue }
        let start = left + (cellWidth - 1 - text.count - 2) / 2
        grid.put(" " + text + " ", role: .legend, row: middle, column: start)
      }
    }
    return grid.canvas
  }
}
