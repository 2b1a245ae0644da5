/// Draws the lines of a function plot or of a chart into a canvas's plot
/// area, the same way for both.
///
/// Every line named in the legend so shows marks of its own, even where it
/// runs along another:
/// - ascii: each cell shows one line's glyph; a cell several lines light
///   goes to one of them (``CellClaims``), so lines sharing a stretch
///   alternate cells along it;
/// - braille with ``SeriesMarking/glyphs``: the dots of every line merge,
///   and each line's glyph is also put on it every few cells, staggered
///   between lines, and at least once wherever the line has a cell that can
///   take it (``placeGlyphs(_:frame:into:cellRow:)``);
/// - braille with ``SeriesMarking/color``: each cell shows the dots of one
///   line only (``CellClaims``), so along a shared stretch each line keeps
///   cells of its own colour.
struct SeriesLines {
  /// One line: the index of its series (its ``CellRole/series(_:)``) and the
  /// glyph that draws it.
  struct Line {
    var series: Int
    var glyph: Character
  }

  /// The lines, in drawing order.
  let lines: [Line]
  /// How many series the plot has (lines and others): every line's
  /// ``Line/series`` is below it.
  let seriesCount: Int
  let frame: PlotFrame
  let marking: SeriesMarking

  /// Draws the lines.
  /// - Parameters:
  ///   - grid: The surface drawn on.
  ///   - samples: Calls `body(column, row)` for each sample (inside the
  ///     plot area) that line number `line` (an index into ``lines``) lights.
  ///   - cellRow: For braille with glyphs, the plot row of the cell in plot
  ///     column `column` that line `line` may carry its glyph in, or nil
  ///     where it may not; nil here means the first cell the line lit in
  ///     that column.
  /// - Complexity: O(rows * columns + samples lit), and for braille with
  ///   glyphs O(lines * columns) calls of `cellRow`.
  func draw(
    into grid: inout CanvasGrid,
    samples: (_ line: Int, _ body: (_ column: Int, _ row: Int) -> Void) -> Void,
    cellRow: ((_ line: Int, _ column: Int) -> Int?)? = nil
  ) {
    let (across, down) = frame.samplesPerCell
    switch (frame.rendering, marking) {
    case (.braille, .glyphs):
      // The first plot row each line lit in each plot column, or -1.
      var firstRows = Array(repeating: -1, count: lines.count * frame.columns)
      for (number, line) in lines.enumerated() {
        samples(number) { column, row in
          let (cellRow, cellColumn) = (row / down, column / across)
          let first = number * frame.columns + cellColumn
          if firstRows.indices.contains(first), firstRows[first] < 0 { firstRows[first] = cellRow }
          grid.putDot(
            Braille.bit(column: column % across, row: row % down), role: .series(line.series),
            row: frame.top + cellRow, column: frame.left + cellColumn)
        }
      }
      let columns = frame.columns
      placeGlyphs(
        cellRow
          ?? { line, column in
            let row = firstRows[line * columns + column]
            return row < 0 ? nil : row
          }, into: &grid)
    case (.ascii, _), (.braille, .color):
      var claims = CellClaims(columns: frame.columns, rows: frame.rows)
      let braille = frame.rendering == .braille
      for (number, line) in lines.enumerated() {
        samples(number) { column, row in
          claims.add(
            series: line.series, row: row / down, column: column / across,
            dots: braille ? Braille.bit(column: column % across, row: row % down) : 0)
        }
      }
      var glyphs = [Character?](repeating: nil, count: seriesCount)
      for line in lines where glyphs.indices.contains(line.series) {
        glyphs[line.series] = line.glyph
      }
      claims.forEachOwner(seriesCount: seriesCount) { row, column, winner, dots in
        let (gridRow, gridColumn) = (frame.top + row, frame.left + column)
        if braille {
          grid.putDot(dots, role: .series(winner), row: gridRow, column: gridColumn)
        } else if glyphs.indices.contains(winner), let glyph = glyphs[winner] {
          grid.put(glyph, role: .series(winner), row: gridRow, column: gridColumn)
        }
      }
    }
  }

  /// Puts each line's glyph on it in braille, so lines stay apart without
  /// colour and the legend can name them.
  ///
  /// Line number n's glyph slots are every `spacing` plot columns (a third
  /// of the width, at least 8) from spacing * (2n + 1) / (2 * lines), so the
  /// lines' glyphs are staggered. A slot where the glyph cannot go (no cell
  /// there, or another line's glyph on it) moves to the nearest column within
  /// 3 where it can. A line left with no glyph (a line shorter than the
  /// spacing, say) gets one in the column nearest the middle of its columns
  /// where one can go.
  /// - Parameters:
  ///   - cellRow: The plot row where a line may carry its glyph in a plot
  ///     column, or nil.
  ///   - grid: The surface drawn on.
  private func placeGlyphs(
    _ cellRow: (_ line: Int, _ column: Int) -> Int?, into grid: inout CanvasGrid
  ) {
    let count = lines.count
    let spacing = max(8, frame.columns / 3)
    // The cells holding a glyph, as row * columns + column: a handful.
    var taken: [Int] = []
    func put(_ line: Int, at column: Int) -> Bool {
      guard (0..<frame.columns).contains(column), let row = cellRow(line, column),
        (0..<frame.rows).contains(row), !taken.contains(row * frame.columns + column)
      else { return false }
      taken.append(row * frame.columns + column)
      grid.put(
        lines[line].glyph, role: .series(lines[line].series), row: frame.top + row,
        column: frame.left + column)
      return true
    }
    for line in lines.indices {
      var placed = false
      var slot = spacing * (2 * line + 1) / (2 * max(1, count))
      while slot < frame.columns {
        defer { slot += spacing }
        for shift in Self.glyphShifts where put(line, at: slot + shift) {
          placed = true
          break
        }
      }
      guard !placed else { continue }
      let columns = (0..<frame.columns).filter { cellRow(line, $0) != nil }
      guard let first = columns.first, let last = columns.last else { continue }
      let middle = (first + last) / 2
      let nearest = columns.sorted { (abs($0 - middle), $0) < (abs($1 - middle), $1) }
      for column in nearest where put(line, at: column) {
        break
      }
    }
  }

  /// Where a braille glyph's slot moves, in order, when it cannot go there.
  private static let glyphShifts = [0, 1, -1, 2, -2, 3, -3]
}
