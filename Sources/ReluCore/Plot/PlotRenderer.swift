/// Draws a ``PlotScene`` into a ``Canvas``; see ``PlotFrame`` for the layout
/// and the map from data to cells.
///
/// Drawing order, each step over the last where ``CellRole/priority`` allows:
/// axes and tick labels, legend, curves (see ``CellClaims`` for cells
/// several series share), (braille with ``SeriesMarking/glyphs``) series
/// glyphs, open and closed points at jumps, overlays.
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
    frame.legend.draw(into: &grid, top: 0)
    switch (scene.rendering, marking) {
    case (.ascii, _):
      drawAsciiCurves(scene, frame, into: &grid)
    case (.braille, .glyphs):
      // frame.samplesPerCell, as constants: the divisions per dot become
      // shifts (rows and columns here are never negative).
      let (across, down) = (Braille.dotsAcross, Braille.dotsDown)
      for (index, series) in scene.series.enumerated() {
        CurveTracer(scene: scene, series: series, frame: frame).forEachSample { column, row in
          let bit = Braille.bit(column: column % across, row: row % down)
          grid.putDot(
            bit, role: .series(index), row: frame.top + row / down,
            column: frame.left + column / across)
        }
      }
      drawBrailleGlyphs(scene, frame, into: &grid)
    case (.braille, .color):
      drawColoredBrailleCurves(scene, frame, into: &grid)
    }
    for series in scene.series { drawJump(of: series, scene, frame, into: &grid) }
    for overlay in scene.overlays { draw(overlay, frame, into: &grid) }
    return grid.canvas
  }

  /// In ascii, each plot cell shows one series' glyph, in the row nearest its
  /// value (one sample per cell); a cell several series light goes to one of
  /// them (``CellClaims``).
  /// - Complexity: O(rows * columns + series * columns).
  private static func drawAsciiCurves(
    _ scene: PlotScene, _ frame: PlotFrame, into grid: inout CanvasGrid
  ) {
    var claims = CellClaims(columns: frame.columns, rows: frame.rows)
    for (index, series) in scene.series.enumerated() {
      CurveTracer(scene: scene, series: series, frame: frame).forEachSample { column, row in
        claims.add(series: index, row: row, column: column)
      }
    }
    let glyphs = scene.series.indices.map {
      Cell(character: scene.series[$0].glyph, role: .series($0))
    }
    claims.forEachOwner(seriesCount: scene.series.count) { row, column, winner, _ in
      grid.put(glyphs[winner], row: frame.top + row, column: frame.left + column)
    }
  }

  /// In braille for a front end that colours each series, each cell shows
  /// the dots of one series only (``CellClaims``), so no cell mixes two
  /// curves' dots into a shape neither draws, and no glyph is put on a line.
  /// - Complexity: O(rows * columns + samples lit).
  private static func drawColoredBrailleCurves(
    _ scene: PlotScene, _ frame: PlotFrame, into grid: inout CanvasGrid
  ) {
    let (across, down) = frame.samplesPerCell
    var claims = CellClaims(columns: frame.columns, rows: frame.rows)
    for (index, series) in scene.series.enumerated() {
      CurveTracer(scene: scene, series: series, frame: frame).forEachSample { column, row in
        claims.add(
          series: index, row: row / down, column: column / across,
          dots: Braille.bit(column: column % across, row: row % down))
      }
    }
    claims.forEachOwner(seriesCount: scene.series.count) { row, column, winner, dots in
      grid.putDot(dots, role: .series(winner), row: frame.top + row, column: frame.left + column)
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

  /// In braille, where every curve is dots, each series' glyph is also put on
  /// its curve every few cells (staggered between series), so curves stay
  /// apart without colour and the legend can name them.
  ///
  /// A slot where the glyph cannot go (within a cell of the series' own jump,
  /// off the plot, or on another series' glyph) moves to the nearest cell
  /// within 3 columns where it can, so a jump does not cost a glyph.
  private static func drawBrailleGlyphs(
    _ scene: PlotScene, _ frame: PlotFrame, into grid: inout CanvasGrid
  ) {
    let count = scene.series.count
    let spacing = max(8, frame.columns / 3)
    let (across, down) = frame.samplesPerCell
    // The cells holding a glyph, as row * width + column: a handful.
    var taken: [Int] = []
    for (index, series) in scene.series.enumerated() {
      let tracer = CurveTracer(scene: scene, series: series, frame: frame)
      let glyph = Cell(character: series.glyph, role: .series(index))
      var slot = spacing * (2 * index + 1) / (2 * max(1, count))
      while slot < frame.columns {
        defer { slot += spacing }
        for shift in glyphShifts {
          let cell = slot + shift
          guard (0..<frame.columns).contains(cell) else { continue }
          if let jump = tracer.jumpSample, abs(jump / across - cell) <= 1 { continue }
          guard let row = tracer.sampleRow(at: cell * across), frame.yScale.contains(sample: row)
          else { continue }
          let (gridRow, gridColumn) = (frame.top + row / down, frame.left + cell)
          let position = gridRow * frame.size.width + gridColumn
          guard !taken.contains(position) else { continue }
          taken.append(position)
          grid.put(glyph, row: gridRow, column: gridColumn)
          break
        }
      }
    }
  }

  /// Where a braille glyph's slot moves, in order, when it cannot go there.
  private static let glyphShifts = [0, 1, -1, 2, -2, 3, -3]

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
