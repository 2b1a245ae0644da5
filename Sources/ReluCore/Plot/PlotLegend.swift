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
    /// A shorter name for narrow plots, such as `leaky a=0.1`.
    package var shortText: String

    package init(symbol: String, symbolRole: CellRole, text: String, shortText: String? = nil) {
      self.symbol = symbol
      self.symbolRole = symbolRole
      self.text = text
      self.shortText = shortText ?? text
    }

    /// `symbol text`, as printed.
    package var printed: String { symbol + " " + text }

    /// The display columns of ``printed`` (a CJK character is 2).
    package var printedWidth: Int { DisplayWidth.of(symbol) + 1 + DisplayWidth.of(text) }

    /// The entry with its short name as its name.
    var shortened: Entry {
      Entry(symbol: symbol, symbolRole: symbolRole, text: shortText, shortText: shortText)
    }
  }

  /// The entries of each line, in order.
  package let lines: [[Entry]]

  /// Spaces between two entries on a line.
  package static let separator = "  "

  /// What stands for a series in the legend of a braille plot marked by
  /// colour (``SeriesMarking/color``), drawn in the series' colour: a short
  /// thick line of dots, since its glyph appears nowhere on the plot.
  package static let colorSwatch = "\u{2836}\u{2836}"

  /// The symbol for a series: its glyph, or ``colorSwatch`` when a braille
  /// plot tells series apart by colour.
  package static func symbol(
    of series: PlotSeries, rendering: PlotRendering, marking: SeriesMarking
  ) -> String {
    symbol(of: series.glyph, rendering: rendering, marking: marking)
  }

  /// The symbol for a line drawn with `glyph`: the glyph, or ``colorSwatch``
  /// when a braille plot tells lines apart by colour.
  package static func symbol(
    of glyph: Character, rendering: PlotRendering, marking: SeriesMarking
  ) -> String {
    rendering == .braille && marking == .color ? colorSwatch : String(glyph)
  }

  /// The entries for a scene: its series in order, then its overlays.
  /// - Parameters:
  ///   - scene: The scene.
  ///   - marking: How braille curves are told apart (``symbol(of:rendering:marking:)``).
  /// - Returns: The entries, before layout.
  package static func entries(for scene: PlotScene, marking: SeriesMarking = .glyphs) -> [Entry] {
    var entries = scene.series.enumerated().map { index, series in
      // `leaky a=0.1`, `softplus b=1`: the parameter's first letter.
      let short =
        series.kind.entry.parameter.map {
          "\(series) \($0.symbol.prefix(1))=\(NumberFormat.plain(scene.parameters[$0]))"
        } ?? series.description
      guard scene.hiddenSeries.contains(series) else {
        return Entry(
          symbol: symbol(of: series, rendering: scene.rendering, marking: marking),
          symbolRole: .series(index), text: scene.label(of: series), shortText: short)
      }
      let hidden = { (name: String) in PlotLabel.hidden(name).words(scene.language) }
      return Entry(
        symbol: symbol(of: series, rendering: scene.rendering, marking: marking),
        symbolRole: .series(index), text: hidden(scene.label(of: series)),
        shortText: hidden(short))
    }
    entries += jumpEntries(for: scene)
    for overlay in scene.overlays where !overlay.points.isEmpty {
      switch overlay.kind {
      case .feed:
        // Named only when a point is drawn: the feed has no edge markers.
        let y = scene.effectiveYRange
        guard
          overlay.points.contains(where: {
            $0.x >= scene.xRange.lower && $0.x <= scene.xRange.upper && $0.y >= y.lower
              && $0.y <= y.upper
          })
        else { continue }
        let language = scene.language
        entries.append(
          Entry(
            symbol: String(PlotGlyphs.feedPoint), symbolRole: .feedPoint,
            text: PlotLabel.feed(overlay.series).words(language),
            shortText: PlotLabel.feedShort.words(language)))
      case .decay:
        let language = scene.language
        if overlay.points.count > 1 { entries.append(stepsEntry(overlay, language)) }
        entries.append(
          Entry(
            symbol: String(PlotGlyphs.currentMarker), symbolRole: .currentMarker,
            text: PlotLabel.nowAtStep(overlay.points.count - 1).words(language),
            shortText: PlotLabel.now.words(language)))
      }
    }
    return entries
  }

  /// The entries naming a jump's ends when a plotted derivative jumps at 0
  /// in view (relu', and leaky' with alpha != 1): `o open end` where an open
  /// end is in the y range, `@ value at 0` where a closed one is, as the
  /// renderers draw them. (A text plot leaves out an entry whose every
  /// mark is under a feed or decay point: ``PlotFrame``.)
  private static func jumpEntries(for scene: PlotScene) -> [Entry] {
    guard scene.xRange.contains(0) else { return [] }
    let shown = { (end: Double) in scene.effectiveYRange.contains(end) }
    let jumps = scene.drawnSeries.compactMap { PlotJump(of: $0.series, in: scene) }
    let language = scene.language
    var entries: [Entry] = []
    if jumps.contains(where: { $0.openEnds.contains(where: shown) }) {
      entries.append(
        Entry(
          symbol: String(PlotGlyphs.openPoint), symbolRole: .openPoint,
          text: PlotLabel.openEnd(short: false).words(language),
          shortText: PlotLabel.openEnd(short: true).words(language)))
    }
    if jumps.contains(where: { shown($0.value) }) {
      entries.append(
        Entry(
          symbol: String(PlotGlyphs.closedPoint), symbolRole: .closedPoint,
          text: PlotLabel.valueAtZero(short: false).words(language),
          shortText: PlotLabel.valueAtZero(short: true).words(language)))
    }
    return entries
  }

  /// The entry for a decay's past steps, drawn as digits: `0-3 decay steps
  /// (sigmoid)` while every step has its own digit, `0-9 decay step mod 10
  /// (sigmoid)` once they wrap round.
  private static func stepsEntry(_ overlay: PlotOverlay, _ language: InterfaceLanguage) -> Entry {
    let lastStep = overlay.points.count - 2
    let symbol = lastStep == 0 ? "0" : "0-\(min(lastStep, 9))"
    let wraps = lastStep > 9
    return Entry(
      symbol: symbol, symbolRole: .decayMarker,
      text: PlotLabel.decaySteps(overlay.series, wrapped: wraps).words(language),
      shortText: PlotLabel.decayStepsShort(wrapped: wraps).words(language))
  }

  /// How many entries did not fit (shown as `+N` at the end of the last line).
  package let omitted: Int

  /// Lays entries out greedily in lines of at most `width` columns and at
  /// most `maxLines` lines (at least 1).
  ///
  /// With the full names if they fit, else with the short names (`leaky
  /// a=0.1`, `feed`); if even those need more lines, the last line ends with
  /// `+N` for the N entries left out.
  /// - Parameters:
  ///   - entries: The entries in order.
  ///   - width: The canvas width.
  ///   - maxLines: The most lines the legend may take.
  /// - Complexity: O(entries).
  package init(entries: [Entry], width: Int, maxLines: Int) {
    let limit = max(1, maxLines)
    let full = Self.wrap(entries, width: width)
    let fits = { (lines: [[Entry]]) in
      lines.count <= limit && lines.allSatisfy { $0.allSatisfy { $0.printedWidth <= width } }
    }
    if fits(full) {
      lines = full
      omitted = 0
      return
    }
    var short = Self.wrap(entries.map(\.shortened), width: width)
    guard short.count > limit else {
      lines = short
      omitted = 0
      return
    }
    short.removeLast(short.count - limit)
    var last = short[limit - 1]
    var shown = short.joined().count
    while !last.isEmpty,
      Self.width(of: last) + Self.separator.count + "+\(entries.count - shown)".count > width
    {
      last.removeLast()
      shown -= 1
    }
    short[limit - 1] = last
    lines = short
    omitted = entries.count - shown
  }

  /// Greedy wrapping: each line takes entries while they fit in `width`.
  private static func wrap(_ entries: [Entry], width: Int) -> [[Entry]] {
    var lines: [[Entry]] = []
    var current: [Entry] = []
    for entry in entries {
      if !current.isEmpty, Self.width(of: current + [entry]) > width {
        lines.append(current)
        current = []
      }
      current.append(entry)
    }
    if !current.isEmpty { lines.append(current) }
    return lines
  }

  /// The printed width of a line of entries.
  private static func width(of line: [Entry]) -> Int {
    line.map(\.printedWidth).reduce(0, +) + max(0, line.count - 1) * separator.count
  }

  /// The entries of legend line `line` with the column each starts at and
  /// the columns it takes: where ``draw(into:top:)`` puts them, and what a
  /// click there hits (``entry(line:column:)``).
  private func placed(_ line: [Entry]) -> [(entry: Entry, column: Int, width: Int)] {
    var column = 0
    return line.map { entry in
      defer { column += entry.printedWidth + Self.separator.count }
      return (entry, column, entry.printedWidth)
    }
  }

  /// The entry drawn across `column` of legend line `line`, or nil.
  package func entry(line: Int, column: Int) -> Entry? {
    guard lines.indices.contains(line) else { return nil }
    return placed(lines[line]).first { column >= $0.column && column < $0.column + $0.width }?
      .entry
  }

  /// Draws the legend into rows `top...` of the grid, from column 0.
  func draw(into grid: inout CanvasGrid, top: Int) {
    for (offset, line) in lines.enumerated() {
      var column = 0
      for (entry, start, width) in placed(line) {
        grid.put(entry.symbol, role: entry.symbolRole, row: top + offset, column: start)
        grid.put(
          " " + entry.text, role: .legend, row: top + offset,
          column: start + DisplayWidth.of(entry.symbol))
        column = start + width
      }
      if offset == lines.count - 1, omitted > 0 {
        let more = (line.isEmpty ? "" : Self.separator) + "+\(omitted)"
        grid.put(more, role: .legend, row: top + offset, column: column)
      }
    }
  }
}
