/// The legend: one entry per series and per overlay, laid out in lines
/// above the plot area, so it never covers data.
package struct PlotLegend: Sendable, Equatable {
  /// One legend item: a symbol drawn with the role of what it stands for,
  /// then a name.
  package struct Entry: Sendable, Equatable {
    /// The glyph or marker, such as `*` or `0-9`.
    package var symbol: String
    /// The role of the symbol's cells (the series' or marker's role).
    package var symbolRole: CellRole
    /// The name, such as `leaky (alpha=0.1)`.
    package var text: String

    /// `symbol text`, as printed.
    package var printed: String { symbol + " " + text }
  }

  /// The entries of each line, in order.
  package let lines: [[Entry]]

  /// Spaces between two entries on a line.
  package static let separator = "  "

  /// The entries for a scene: its series in order, then its overlays.
  /// - Parameter scene: The scene.
  /// - Returns: The entries, before layout.
  package static func entries(for scene: PlotScene) -> [Entry] {
    var entries = scene.series.enumerated().map { index, series in
      Entry(symbol: String(series.glyph), symbolRole: .series(index), text: scene.label(of: series))
    }
    for overlay in scene.overlays where !overlay.points.isEmpty {
      switch overlay.kind {
      case .feed:
        entries.append(
          Entry(
            symbol: String(PlotGlyphs.feedPoint), symbolRole: .feedPoint,
            text: "feed (\(overlay.series))"))
      case .decay:
        if overlay.points.count > 1 {
          let lastStep = min(overlay.points.count - 2, 9)
          let symbol = lastStep == 0 ? "0" : "0-\(lastStep)"
          entries.append(
            Entry(symbol: symbol, symbolRole: .decayMarker, text: "steps (\(overlay.series))"))
        }
        entries.append(
          Entry(
            symbol: String(PlotGlyphs.currentMarker), symbolRole: .currentMarker,
            text: "now (step \(overlay.points.count - 1))"))
      }
    }
    return entries
  }

  /// Lays entries out greedily in lines of at most `width` columns, at most
  /// `maxLines` lines; entries that do not fit go on the last line, which is
  /// then cut at `width` by the canvas.
  /// - Parameters:
  ///   - entries: The entries in order.
  ///   - width: The canvas width.
  ///   - maxLines: The most lines the legend may take (at least 1 when there are entries).
  package init(entries: [Entry], width: Int, maxLines: Int) {
    var lines: [[Entry]] = []
    var current: [Entry] = []
    var used = 0
    for entry in entries {
      let needed = (current.isEmpty ? 0 : Self.separator.count) + entry.printed.count
      if !current.isEmpty, used + needed > width, lines.count + 1 < max(1, maxLines) {
        lines.append(current)
        current = [entry]
        used = entry.printed.count
      } else {
        current.append(entry)
        used += needed
      }
    }
    if !current.isEmpty { lines.append(current) }
    self.lines = lines
  }

  /// Draws the legend into rows `top...` of the grid, from column 0.
  func draw(into grid: inout CanvasGrid, top: Int) {
    for (offset, line) in lines.enumerated() {
      var column = 0
      for (index, entry) in line.enumerated() {
        if index > 0 { column += Self.separator.count }
        grid.put(entry.symbol, role: entry.symbolRole, row: top + offset, column: column)
        column += entry.symbol.count
        grid.put(" " + entry.text, role: .legend, row: top + offset, column: column)
        column += 1 + entry.text.count
      }
    }
  }
}
