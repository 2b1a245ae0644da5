/// Draws a ``Chart`` into a ``Canvas`` with the layout of ``PlotFrame``: the
/// legend above, y ticks on the left, x ticks below (whole numbers for
/// counts).
///
/// Drawing order, each over the last where ``CellRole/priority`` allows: axes
/// and labels, legend, reference lines (`.`), line series (each segment
/// between consecutive points lit sample by sample, drawn by ``SeriesLines``
/// as function curves are: in the series' glyph, or in braille dots with the
/// glyph every few cells, lines sharing cells taking turns), data points and
/// kink marks, the highlighted points (`C`), or for a highlighted point
/// outside the ranges an arrow at the edge with its value.
package enum ChartRenderer {
  /// The dotted reference line's character.
  package static let referenceGlyph: Character = "."
  /// A live unit's kink on the x axis.
  package static let liveMarkGlyph: Character = "^"
  /// A dead unit's kink on the x axis.
  package static let deadMarkGlyph: Character = "x"

  /// The legend's entries: each series (its glyph, or in braille marked by
  /// colour a swatch, or `.` for a reference), then `C now` when a point is
  /// highlighted.
  package static func legend(
    for chart: Chart, marking: SeriesMarking = .glyphs
  ) -> [PlotLegend.Entry] {
    let language = chart.language
    var entries = chart.series.enumerated().filter(\.element.inLegend).map { index, series in
      switch series.role {
      case .line(let style):
        PlotLegend.Entry(
          symbol: PlotLegend.symbol(of: style, rendering: chart.rendering, marking: marking),
          symbolRole: .series(index), text: chart.label(of: series),
          shortText: style.description)
      case .styled(let style, let short, _):
        PlotLegend.Entry(
          symbol: PlotLegend.symbol(of: style.glyph, rendering: chart.rendering, marking: marking),
          symbolRole: .series(index), text: chart.label(of: series), shortText: short)
      case .reference, .points:
        PlotLegend.Entry(
          symbol: String(referenceGlyph), symbolRole: .reference, text: chart.label(of: series),
          shortText: PlotLabel.targetShort.words(language))
      case .marks(let dead):
        PlotLegend.Entry(
          symbol: String(dead ? deadMarkGlyph : liveMarkGlyph),
          symbolRole: dead ? .deadMark : .liveMark, text: chart.label(of: series),
          shortText: PlotLabel.kinkShort(dead: dead).words(language))
      }
    }
    if let step = chart.series.lazy.compactMap(\.highlighted).first,
      let series = chart.series.first(where: { $0.highlighted != nil }),
      series.points.indices.contains(step)
    {
      let x = NumberFormat.short(series.points[step].x)
      entries.append(
        PlotLegend.Entry(
          symbol: String(PlotGlyphs.currentMarker), symbolRole: .currentMarker,
          text: PlotLabel.nowAt(xName: chart.xName, x: x).words(language),
          shortText: PlotLabel.now.words(language)))
    }
    return entries
  }

  /// Where `chart`'s parts go at `size`: the frame ``render(_:size:marking:)``
  /// draws in, and a click is read back through.
  package static func frame(
    of chart: Chart, size: PlotSize, marking: SeriesMarking = .glyphs
  ) -> PlotFrame {
    PlotFrame(
      legend: legend(for: chart, marking: marking), xRange: chart.xRange, yRange: chart.yRange,
      rendering: chart.rendering, size: size, wholeX: chart.wholeX)
  }

  /// Renders a chart at a size.
  /// - Parameters:
  ///   - chart: What to show.
  ///   - size: The canvas size.
  ///   - marking: How braille lines are told apart: by colour alone, each
  ///     cell to one series, or by glyphs on dots merged (``SeriesLines``).
  /// - Returns: The canvas, exactly `size`.
  /// - Complexity: O(width * height + points + samples lit).
  package static func render(
    _ chart: Chart, size: PlotSize, marking: SeriesMarking = .glyphs
  ) -> Canvas {
    let frame = self.frame(of: chart, size: size, marking: marking)
    var grid = CanvasGrid(width: size.width, height: size.height)
    PlotRenderer.drawAxes(frame, verticalZeroLine: false, into: &grid)
    if let cursor = chart.cursor { PlotRenderer.drawCursor(at: cursor, frame, into: &grid) }
    frame.legend.draw(into: &grid, top: 0)
    let (across, down) = frame.samplesPerCell
    for series in chart.series {
      guard case .reference = series.role, let y = series.points.first?.y,
        let row = frame.yScale.nearestSample(of: y), frame.yScale.contains(sample: row)
      else { continue }
      for column in stride(from: 0, to: frame.columns, by: 2) {
        grid.put(
          referenceGlyph, role: .reference, row: frame.top + row / down,
          column: frame.left + column)
      }
    }
    let lines = chart.series.indices.compactMap { index -> (Int, SeriesStyle)? in
      chart.series[index].lineStyle.map { (index, $0) }
    }
    SeriesLines(
      lines: lines.map { SeriesLines.Line(series: $0.0, glyph: $0.1.glyph) },
      seriesCount: chart.series.count, frame: frame, marking: marking
    ).draw(into: &grid) { line, body in
      let series = chart.series[lines[line].0]
      guard case .styled(let style, _, _) = series.role, style.dashed else {
        return forEachSample(of: series.points, frame, body)
      }
      // Every other cell across: a dotted line.
      forEachSample(of: series.points, frame) { column, row in
        if (column / across) % 2 == 0 { body(column, row) }
      }
    }
    for series in chart.series {
      switch series.role {
      case .points:
        for point in series.points {
          guard let column = frame.xScale.nearestSample(of: point.x),
            let row = frame.yScale.nearestSample(of: point.y),
            frame.xScale.contains(sample: column), frame.yScale.contains(sample: row)
          else { continue }
          grid.put(
            referenceGlyph, role: .reference, row: frame.top + row / down,
            column: frame.left + column / across)
        }
      case .marks(let dead):
        for point in series.points {
          guard let column = frame.xScale.nearestSample(of: point.x),
            frame.xScale.contains(sample: column)
          else { continue }
          grid.put(
            dead ? deadMarkGlyph : liveMarkGlyph, role: dead ? .deadMark : .liveMark,
            row: frame.top + frame.rows - 1, column: frame.left + column / across)
        }
      case .line, .reference, .styled: continue
      }
    }
    for series in chart.series {
      guard let step = series.highlighted, series.points.indices.contains(step) else { continue }
      OffRangeArrow.mark(series.points[step], xName: chart.xName, frame, into: &grid)
    }
    return grid.canvas
  }

  /// Calls `body(column, row)` for each sample on the straight segments
  /// joining consecutive points, each inside the plot area; a segment with a
  /// NaN or infinite end is skipped, and segments are clipped to the plot
  /// area first, so far-off points cost no more than near ones.
  static func forEachSample(
    of points: [PlotPoint], _ frame: PlotFrame, _ body: (_ column: Int, _ row: Int) -> Void
  ) {
    let xScale = frame.xScale
    let yScale = frame.yScale
    let box = (
      low: -0.5, highX: Double(frame.sampleColumns) - 0.5, highY: Double(frame.sampleRows) - 0.5
    )
    func lit(_ x: Double, _ y: Double) {
      let column = Int(x.rounded())
      let row = Int(y.rounded())
      if xScale.contains(sample: column), yScale.contains(sample: row) { body(column, row) }
    }
    let positions = points.map { (xScale.position(of: $0.x), yScale.position(of: $0.y)) }
    if positions.count == 1, let only = positions.first, only.0.isFinite, only.1.isFinite {
      lit(only.0, only.1)
    }
    for (start, end) in zip(positions, positions.dropFirst()) {
      guard start.0.isFinite, start.1.isFinite, end.0.isFinite, end.1.isFinite,
        let clipped = clip(start, end, box)
      else { continue }
      let (a, b) = clipped
      let count = Int(max(abs(b.0 - a.0), abs(b.1 - a.1)).rounded(.up))
      for k in 0...max(count, 0) {
        let t = count == 0 ? 0 : Double(k) / Double(count)
        lit(a.0 + t * (b.0 - a.0), a.1 + t * (b.1 - a.1))
      }
    }
  }

  /// The part of the segment a-b inside the box (Liang and Barsky's
  /// clipping), or nil when none is.
  private static func clip(
    _ a: (Double, Double), _ b: (Double, Double),
    _ box: (low: Double, highX: Double, highY: Double)
  ) -> ((Double, Double), (Double, Double))? {
    let dx = b.0 - a.0
    let dy = b.1 - a.1
    var enter = 0.0
    var leave = 1.0
    for (p, q) in [
      (-dx, a.0 - box.low), (dx, box.highX - a.0), (-dy, a.1 - box.low), (dy, box.highY - a.1),
    ] {
      if p == 0 {
        if q < 0 { return nil }
        continue
      }
      let r = q / p
      if p < 0 { enter = max(enter, r) } else { leave = min(leave, r) }
      if enter > leave { return nil }
    }
    return ((a.0 + enter * dx, a.1 + enter * dy), (a.0 + leave * dx, a.1 + leave * dy))
  }
}
