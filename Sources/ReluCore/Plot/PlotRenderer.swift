/// Draws a ``PlotScene`` into a ``Canvas``; see ``PlotFrame`` for the layout
/// and the map from data to cells.
///
/// Drawing order, each step over the last where ``CellRole/priority`` allows:
/// axes and tick labels, legend, curves (``SeriesLines``: cells several
/// series share, and in braille with ``SeriesMarking/glyphs`` the series'
/// glyphs), open and closed points at jumps, overlays.
package enum PlotRenderer {
  /// Renders a scene at a size.
  /// - Parameters:
  ///   - scene: What to show.
  ///   - size: The canvas size; the canvas has exactly this many rows and columns.
  ///   - marking: How braille curves are told apart: by glyphs (text) or by
  ///     the colour a front end gives each series.
  /// - Returns: The canvas.
  /// - Complexity: O(width * height + series * width * samples per cell).
  package static func render(
    _ scene: PlotScene, size: PlotSize, marking: SeriesMarking = .glyphs
  ) -> Canvas {
    let frame = PlotFrame(scene: scene, size: size, marking: marking)
    var grid = CanvasGrid(width: size.width, height: size.height)
    drawAxes(frame, into: &grid)
    if let cursor = scene.cursor { drawCursor(at: cursor, frame, into: &grid) }
    frame.legend.draw(into: &grid, top: 0)
    drawCurves(scene, frame, marking: marking, into: &grid)
    for (_, series) in scene.drawnSeries { drawJump(of: series, scene, frame, into: &grid) }
    for overlay in scene.overlays { draw(overlay, frame, into: &grid) }
    if let cursor = scene.cursor {
      // At a jump the open and closed points already say which value is taken.
      for (_, series) in scene.drawnSeries
      where !(cursor == 0 && scene.isDiscontinuousAtZero(series)) {
        let point = PlotPoint(x: cursor, y: scene.value(of: series, at: cursor))
        // A jump's open or closed point there says more: it stays.
        guard let cell = frame.cell(of: point),
          ![.openPoint, .closedPoint].contains(grid.role(row: cell.row, column: cell.column))
        else { continue }
        grid.put(
          PlotGlyphs.cursorPoint, role: .cursorPoint, row: cell.row, column: cell.column)
      }
    }
    return grid.canvas
  }

  /// The trace cursor's column at x (``PlotFrame/column(of:)``), down the
  /// plot area under the curves; nothing when x is outside the range.
  static func drawCursor(at x: Double, _ frame: PlotFrame, into grid: inout CanvasGrid) {
    guard let column = frame.column(of: x) else { return }
    for row in frame.top..<(frame.top + frame.rows) {
      grid.put(PlotGlyphs.cursor, role: .cursor, row: row, column: column)
    }
  }

  /// The curves, drawn by ``SeriesLines``: in braille with glyphs, no glyph
  /// goes within a cell of the series' own jump or off the plot.
  /// - Complexity: O(rows * columns + series * columns * samples per cell).
  private static func drawCurves(
    _ scene: PlotScene, _ frame: PlotFrame, marking: SeriesMarking, into grid: inout CanvasGrid
  ) {
    let drawn = scene.drawnSeries
    let tracers = drawn.map { CurveTracer(scene: scene, series: $0.series, frame: frame) }
    let lines = SeriesLines(
      lines: drawn.map { SeriesLines.Line(series: $0.index, glyph: $0.series.glyph) },
      seriesCount: scene.series.count, frame: frame, marking: marking)
    let (across, down) = frame.samplesPerCell
    lines.draw(into: &grid) { line, body in
      tracers[line].forEachSample(body)
    } cellRow: { line, column in
      let tracer = tracers[line]
      if let jump = tracer.jumpSample, abs(jump / across - column) <= 1 { return nil }
      guard let row = tracer.sampleRow(at: column * across), frame.yScale.contains(sample: row)
      else { return nil }
      return row / down
    }
  }

  /// The left and bottom border with tick marks and labels, and the zero lines.
  /// - Parameters:
  ///   - frame: The layout.
  ///   - verticalZeroLine: Whether x = 0 gets a line (a chart of steps starts
  ///     there, so its border is enough).
  ///   - grid: The surface drawn on.
  static func drawAxes(
    _ frame: PlotFrame, verticalZeroLine: Bool = true, into grid: inout CanvasGrid
  ) {
    let border = frame.top + frame.rows
    let plotRows = frame.top..<border
    let plotColumns = frame.left..<frame.size.width
    let vertical = Cell(character: PlotGlyphs.vertical, role: .axis)
    let horizontal = Cell(character: PlotGlyphs.horizontal, role: .axis)
    let crossing = Cell(character: PlotGlyphs.crossing, role: .axis)
    for row in plotRows {
      grid.put(vertical, row: row, column: frame.left - 1)
    }
    for column in plotColumns {
      grid.put(horizontal, row: border, column: column)
    }
    grid.put(crossing, row: border, column: frame.left - 1)
    let zeroRow = frame.yRange.contains(0) ? frame.top + frame.yScale.cell(of: 0) : nil
    let zeroColumn =
      verticalZeroLine && frame.xRange.contains(0) ? frame.left + frame.xScale.cell(of: 0) : nil
    if let zeroRow {
      for column in plotColumns {
        grid.put(horizontal, row: zeroRow, column: column)
      }
    }
    if let zeroColumn {
      for row in plotRows {
        grid.put(row == zeroRow ? crossing : vertical, row: row, column: zeroColumn)
      }
    }
    for placed in frame.yTicks {
      grid.put(crossing, row: placed.position, column: frame.left - 1)
      grid.put(
        placed.tick.label, role: .tickLabel, row: placed.position, column: placed.labelColumn)
    }
    for placed in frame.xTicks + frame.xEnds {
      grid.put(crossing, row: border, column: placed.position)
      grid.put(placed.tick.label, role: .tickLabel, row: border + 1, column: placed.labelColumn)
    }
  }

  /// At a jump in view, a closed point at the value the series takes at 0 and
  /// an open point at the limit from the other side (``PlotJump``).
  private static func drawJump(
    of series: PlotSeries, _ scene: PlotScene, _ frame: PlotFrame, into grid: inout CanvasGrid
  ) {
    let tracer = CurveTracer(scene: scene, series: series, frame: frame)
    guard tracer.jumpSample != nil, let jump = PlotJump(of: series, in: scene) else { return }
    for end in jump.openEnds {
      guard let cell = frame.cell(of: PlotPoint(x: 0, y: end)) else { continue }
      grid.put(PlotGlyphs.openPoint, role: .openPoint, row: cell.row, column: cell.column)
    }
    if let cell = frame.cell(of: PlotPoint(x: 0, y: jump.value)) {
      grid.put(PlotGlyphs.closedPoint, role: .closedPoint, row: cell.row, column: cell.column)
    }
  }

  /// Feed points as `X`; decay steps as their last digit, the last point as
  /// `C` (or an arrow at the edge when it is off the plot, ``OffRangeArrow``).
  private static func draw(
    _ overlay: PlotOverlay, _ frame: PlotFrame, into grid: inout CanvasGrid
  ) {
    for (step, point) in overlay.points.enumerated() {
      if overlay.kind == .decay, step == overlay.points.count - 1 {
        OffRangeArrow.mark(point, xName: PlotExport.inputName, frame, into: &grid)
        continue
      }
      guard let cell = frame.cell(of: point) else { continue }
      let (glyph, role): (Character, CellRole) =
        switch overlay.kind {
        case .feed: (PlotGlyphs.feedPoint, .feedPoint)
        case .decay: (PlotGlyphs.decayMarker(step: step), .decayMarker)
        }
      grid.put(glyph, role: role, row: cell.row, column: cell.column)
    }
  }
}
