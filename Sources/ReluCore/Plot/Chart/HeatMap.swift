/// A grid of shaded cells, one per row and column, each a value from 0 to 1:
/// the census of `born`, widths down and depths across, shaded by the
/// fraction born dead.
///
/// Drawn by ``HeatMapRenderer`` in text (a darker glyph, or more braille
/// dots, for a larger value, and the value written in the cell where it
/// fits) and by ``PlotExport`` in SVG (a colour ramp) and CSV.
package struct HeatMap: Sendable, Equatable {
  /// The rows' labels, top to bottom (`2`, `3`, `5`, `10`).
  package var rows: [String]
  /// The columns' labels, left to right (`2`, `5`, `10`).
  package var columns: [String]
  /// Row-major, `rows.count * columns.count` values, each in 0...1 (NaN:
  /// no value, left blank).
  package var values: [Double]
  /// What each cell says where it has room, row-major like ``values``
  /// (`0.92`).
  package var texts: [String]
  /// What the rows count (`width`), for the labels and exports.
  package var rowName: Words
  /// What the columns count (`depth`).
  package var columnName: Words
  /// What the shade means, shown above the grid (`born dead, of 1000 networks`).
  package var title: Words
  /// ascii or braille.
  package var rendering: PlotRendering
  /// The language of the labels.
  package var language: InterfaceLanguage

  /// A heat map; `values` and `texts` must have one entry per cell.
  package init(
    rows: [String], columns: [String], values: [Double], texts: [String], rowName: Words,
    columnName: Words, title: Words, rendering: PlotRendering = .ascii,
    language: InterfaceLanguage = .en
  ) {
    precondition(values.count == rows.count * columns.count && texts.count == values.count)
    self.rows = rows
    self.columns = columns
    self.values = values
    self.texts = texts
    self.rowName = rowName
    self.columnName = columnName
    self.title = title
    self.rendering = rendering
    self.language = language
  }

  /// The value of the cell at `row`, `column`.
  package func value(row: Int, column: Int) -> Double { values[row * columns.count + column] }

  /// The text of the cell at `row`, `column`.
  package func text(row: Int, column: Int) -> String { texts[row * columns.count + column] }

  /// The shade level of `value` out of `levels` - 1: 0 for 0 (and NaN), the
  /// top level for 1, and any value above 0 at least level 1, so a cell
  /// that is not exactly 0 never looks empty.
  ///
  /// level = ceil(value * (levels - 1)), clamped to 1...levels - 1 for
  /// value > 0.
  package static func level(of value: Double, levels: Int) -> Int {
    guard value > 0 else { return 0 }
    let top = levels - 1
    let scaled = (value * Double(top)).rounded(.up)
    return scaled >= Double(top) ? top : max(1, Int(scaled))
  }
}
