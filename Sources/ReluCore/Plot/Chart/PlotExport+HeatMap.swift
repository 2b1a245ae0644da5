extension PlotExport {
  /// A heat map as text: the canvas lines, each ended by a newline.
  package static func text(_ map: HeatMap, size: PlotSize) -> String {
    HeatMapRenderer.render(map, size: size).lines.map { $0 + "\n" }.joined()
  }

  /// A heat map's cells as CSV: `width,depth,value`.
  ///
  /// One row per cell, rows then columns in order; each value round-trips
  /// (``NumberFormat/plain(_:)``), a NaN an empty cell. The names are
  /// English, for programs.
  /// - Complexity: O(cells).
  package static func csv(_ map: HeatMap) -> String {
    var text = "\(map.rowName.en),\(map.columnName.en),value\n"
    for (row, rowLabel) in map.rows.enumerated() {
      for (column, columnLabel) in map.columns.enumerated() {
        let value = map.value(row: row, column: column)
        text += "\(rowLabel),\(columnLabel),\(value.isNaN ? "" : NumberFormat.plain(value))\n"
      }
    }
    return text
  }

  /// The colour of a heat map cell of `value`: white at 0 to the plots'
  /// blue (``SeriesColor/blue``) at 1, linearly in sRGB; light grey for NaN.
  package static func heatColor(_ value: Double) -> String {
    guard !value.isNaN else { return "#eeeeee" }
    let t = min(max(value, 0), 1)
    let (red, green, blue) = SeriesColor.blue.components
    func mix(_ c: Int) -> UInt32 { UInt32((255 - t * Double(255 - c)).rounded()) }
    return SeriesColor.hex(rgb: (mix(red) << 16) | (mix(green) << 8) | mix(blue))
  }

  /// A heat map as a standalone SVG document.
  ///
  /// The title on top, one `<rect>` per cell filled by ``heatColor(_:)``
  /// with its text in the middle (white on the darker half), the rows' and
  /// columns' labels, and a key of the ramp from 0 to 1 on the right. Text
  /// is XML-escaped.
  /// - Parameters:
  ///   - map: What to show.
  ///   - width: Pixels, clamped to 240...8000.
  ///   - height: Pixels, clamped to 160...8000.
  /// - Returns: The SVG text.
  /// - Complexity: O(cells).
  package static func svg(_ map: HeatMap, width: Int = 800, height: Int = 500) -> String {
    let width = Double(min(max(width, 240), 8000))
    let height = Double(min(max(height, 160), 8000))
    let n = SVGWriter.number
    let language = map.language
    let rowName = map.rowName(language)
    let columnName = map.columnName(language)
    let labelWidth = Double(([DisplayWidth.of(rowName)] + map.rows.map(\.count)).max() ?? 1) * 7
    let (left, top) = (16 + labelWidth, 56.0)
    let (right, bottom) = (width - 80, height - 20)
    let cellWidth = (right - left) / Double(max(map.columns.count, 1))
    let cellHeight = (bottom - top) / Double(max(map.rows.count, 1))
    var svg = SVGWriter()
    let title = map.title(language)
    svg.openDocument(width: width, height: height, title: title)
    svg.element("text", [("x", n(left)), ("y", "20"), ("font-size", "14")], text: title)
    svg.element(
      "text", [("x", n(left - 8)), ("y", n(top - 10)), ("text-anchor", "end")], text: rowName)
    for (column, label) in map.columns.enumerated() {
      svg.element(
        "text",
        [
          ("x", n(left + (Double(column) + 0.5) * cellWidth)), ("y", n(top - 10)),
          ("text-anchor", "middle"),
        ], text: column == 0 ? columnName + " " + label : label)
    }
    svg.open("g", [("class", "cells"), ("stroke", "white"), ("stroke-width", "2")])
    for (row, label) in map.rows.enumerated() {
      let y = top + Double(row) * cellHeight
      svg.element(
        "text",
        [
          ("x", n(left - 8)), ("y", n(y + cellHeight / 2 + 4)), ("text-anchor", "end"),
          ("stroke", "none"),
        ], text: label)
      for column in map.columns.indices {
        let x = left + Double(column) * cellWidth
        let value = map.value(row: row, column: column)
        svg.element(
          "rect",
          [
            ("x", n(x)), ("y", n(y)), ("width", n(cellWidth)), ("height", n(cellHeight)),
            ("fill", heatColor(value)),
          ])
        svg.element(
          "text",
          [
            ("x", n(x + cellWidth / 2)), ("y", n(y + cellHeight / 2 + 4)),
            ("text-anchor", "middle"), ("stroke", "none"),
            ("fill", value > 0.5 ? "white" : "black"),
          ], text: map.text(row: row, column: column))
      }
    }
    svg.close("g")
    svg.open("g", [("class", "key")])
    let steps = 10
    let keyHeight = (bottom - top) / Double(steps)
    for step in 0..<steps {
      let value = 1 - (Double(step) + 0.5) / Double(steps)
      svg.element(
        "rect",
        [
          ("x", n(right + 30)), ("y", n(top + Double(step) * keyHeight)), ("width", "16"),
          ("height", n(keyHeight)), ("fill", heatColor(value)),
        ])
    }
    svg.element(
      "rect",
      [
        ("x", n(right + 30)), ("y", n(top)), ("width", "16"), ("height", n(bottom - top)),
        ("fill", "none"), ("stroke", "black"),
      ])
    svg.element("text", [("x", n(right + 52)), ("y", n(top + 4))], text: "1")
    svg.element("text", [("x", n(right + 52)), ("y", n(bottom + 4))], text: "0")
    svg.close("g")
    svg.close("svg")
    return svg.text
  }
}
