/// Where the simulation stands, marked on a plot: `C` at the point, or, when
/// the point lies outside the ranges shown, an arrow at the nearest edge of
/// the plot area with the value that is off (`^ 100` above, `v -3` below,
/// `< z=-7` to the left, `> z=12` to the right).
enum OffRangeArrow {
  /// Marks `point` in `frame`, naming x as `xName` in an arrow's label.
  static func mark(
    _ point: PlotPoint, xName: String, _ frame: PlotFrame, into grid: inout CanvasGrid
  ) {
    if let cell = frame.cell(of: point) {
      grid.put(PlotGlyphs.currentMarker, role: .currentMarker, row: cell.row, column: cell.column)
      return
    }
    guard !point.x.isNaN, !point.y.isNaN else { return }
    let column = min(max(frame.xScale.cell(of: point.x), 0), frame.columns - 1)
    let row = min(max(frame.yScale.cell(of: point.y), 0), frame.rows - 1)
    let (arrow, value): (Character, String) =
      if point.y > frame.yRange.upper {
        ("^", NumberFormat.short(point.y))
      } else if point.y < frame.yRange.lower {
        ("v", NumberFormat.short(point.y))
      } else if point.x < frame.xRange.lower {
        ("<", "\(xName)=\(NumberFormat.short(point.x))")
      } else {
        (">", "\(xName)=\(NumberFormat.short(point.x))")
      }
    let text = arrow == ">" ? "\(value) >" : "\(arrow) \(value)"
    let start: Int
    if arrow == ">" {
      start = frame.columns - text.count
    } else if arrow == "<" {
      start = 0
    } else {
      start = min(column, frame.columns - text.count)
    }
    grid.put(text, role: .offRange, row: frame.top + row, column: frame.left + max(0, start))
  }
}
