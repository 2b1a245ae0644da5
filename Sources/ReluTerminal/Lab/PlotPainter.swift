import ReluCore

/// Paints the session's plot into the plot pane: ReluCore's ``PlotRenderer``
/// and ``ChartRenderer`` draw the interpreter's view at the pane's size, and
/// each cell's role becomes a ``ColorRole`` (a curve's, the series it draws).
///
/// With colours, braille curves are told apart by colour alone
/// (``SeriesMarking/color``): each braille cell is one series' dots, with no
/// glyph inside the lines. Without colours, or where two of the series shown
/// would get the same look (sigmoid's orange and its derivative's yellow are both
/// ANSI yellow on an 8-colour terminal, told apart by bold only), the curves
/// carry their glyphs as in printed text.
package enum PlotPainter {
  /// `view` drawn in a `width` x `height` buffer for a terminal with `colors`,
  /// its parts where ``ViewArrangement`` puts them, and what a small pane
  /// leaves out named on its last row.
  package static func paint(
    _ view: PlotView, width: Int, height: Int, colors: ColorDepth = .monochrome
  ) -> ScreenBuffer {
    let arrangement = ViewArrangement.arrange(view, width: width, height: height)
    if arrangement.panels.count == 1, arrangement.leftOut == nil,
      let only = arrangement.panels.first
    {
      return paint(only.figure, width: only.width, height: only.height, colors: colors)
    }
    var buffer = ScreenBuffer(width: width, height: height)
    for panel in arrangement.panels {
      copy(
        paint(panel.figure, width: panel.width, height: panel.height, colors: colors),
        into: &buffer, row: panel.row, column: panel.column)
    }
    if let note = arrangement.leftOut {
      buffer.put(DisplayWidth.truncate(note, to: width), row: height - 1, column: 0, role: .note)
    }
    return buffer
  }

  /// One figure drawn in a `width` x `height` buffer.
  package static func paint(
    _ figure: PlotFigure, width: Int, height: Int, colors: ColorDepth = .monochrome
  ) -> ScreenBuffer {
    switch figure {
    case .functions(let scene): paint(scene, width: width, height: height, colors: colors)
    case .chart(let chart): paint(chart, width: width, height: height, colors: colors)
    case .heatMap(let map):
      if let size = try? PlotSize(width: width, height: height) {
        buffer(HeatMapRenderer.render(map, size: size)) { role(of: $0, in: PlotScene()) }
      } else {
        tooSmall(width: width, height: height)
      }
    }
  }

  /// `scene` drawn in a `width` x `height` buffer; a one-line note when the
  /// pane is below the smallest plot.
  package static func paint(
    _ scene: PlotScene, width: Int, height: Int, colors: ColorDepth = .monochrome
  ) -> ScreenBuffer {
    guard let size = try? PlotSize(width: width, height: height) else {
      return tooSmall(width: width, height: height)
    }
    let marking = marking(of: scene, colors: colors)
    return buffer(PlotRenderer.render(scene, size: size, marking: marking)) {
      role(of: $0, in: scene)
    }
  }

  /// `chart` drawn in a `width` x `height` buffer, like a scene.
  package static func paint(
    _ chart: Chart, width: Int, height: Int, colors: ColorDepth = .monochrome
  ) -> ScreenBuffer {
    guard let size = try? PlotSize(width: width, height: height) else {
      return tooSmall(width: width, height: height)
    }
    let marking = marking(of: chart, colors: colors)
    return buffer(ChartRenderer.render(chart, size: size, marking: marking)) {
      role(of: $0, in: chart)
    }
  }

  /// The frame `figure` is drawn in at `width` x `height` (the one map from
  /// its data to the cells painted, which a click is read back through);
  /// nil for a heat map or a pane below the smallest plot.
  package static func frame(
    of figure: PlotFigure, width: Int, height: Int, colors: ColorDepth = .monochrome
  ) -> PlotFrame? {
    guard let size = try? PlotSize(width: width, height: height) else { return nil }
    switch figure {
    case .functions(let scene):
      return PlotFrame(scene: scene, size: size, marking: marking(of: scene, colors: colors))
    case .chart(let chart):
      return ChartRenderer.frame(of: chart, size: size, marking: marking(of: chart, colors: colors))
    case .heatMap: return nil
    }
  }

  /// How `scene`'s braille curves are told apart at a terminal with `colors`.
  private static func marking(of scene: PlotScene, colors: ColorDepth) -> SeriesMarking {
    marking(for: scene.series, colors: colors)
  }

  /// How `chart`'s braille lines are told apart at a terminal with `colors`.
  private static func marking(of chart: Chart, colors: ColorDepth) -> SeriesMarking {
    marking(for: chart.series.compactMap(\.lineStyle?.color), colors: colors)
  }

  /// How braille curves of `series` are told apart at a terminal with
  /// `colors`: by colour when it has colours and no two different series
  /// among them get the same foreground colour there
  /// (``Palette/style(of:colors:)``; bold alone is too faint a difference);
  /// by glyphs otherwise.
  package static func marking(for series: [PlotSeries], colors: ColorDepth) -> SeriesMarking {
    marking(for: series.map(\.style.color), colors: colors)
  }

  /// How braille lines in `lineColors` are told apart: by colour when no two
  /// different colours among them look the same at a terminal with `colors`.
  package static func marking(for lineColors: [SeriesColor], colors: ColorDepth) -> SeriesMarking {
    guard colors != .monochrome else { return .glyphs }
    let distinct = Set(lineColors)
    let hues = Set(distinct.compactMap { Palette.style(of: $0, colors: colors).foreground })
    return hues.count == distinct.count ? .color : .glyphs
  }

  /// Copies `source`'s cells into `buffer` with its top left at (row, column).
  private static func copy(
    _ source: ScreenBuffer, into buffer: inout ScreenBuffer, row: Int, column: Int
  ) {
    for line in 0..<source.height {
      for run in source.runs(row: line) where run.text.contains(where: { $0 != " " }) {
        buffer.put(run.text, row: row + line, column: column + run.column, role: run.role)
      }
    }
  }

  private static func tooSmall(width: Int, height: Int) -> ScreenBuffer {
    var buffer = ScreenBuffer(width: width, height: height)
    buffer.put("(the plot needs \(PlotSize.minimum))", row: 0, column: 0, role: .note)
    return buffer
  }

  private static func buffer(_ canvas: Canvas, role: (CellRole) -> ColorRole) -> ScreenBuffer {
    var buffer = ScreenBuffer(width: canvas.width, height: canvas.height)
    for row in 0..<canvas.height {
      for column in 0..<canvas.width {
        let cell = canvas[row, column]
        guard cell.role != .blank else { continue }
        buffer.put(String(cell.character), row: row, column: column, role: role(cell.role))
      }
    }
    return buffer
  }

  /// The screen role of a chart cell: a line series takes its function's
  /// colour; the rest as in a function plot.
  package static func role(of role: CellRole, in chart: Chart) -> ColorRole {
    guard case .series(let index) = role else { return self.role(of: role, in: PlotScene()) }
    guard chart.series.indices.contains(index) else { return .plain }
    switch chart.series[index].role {
    case .line(let style): return .series(style)
    case .styled(let style, _, _): return .curve(style.color)
    case .reference, .points, .marks: return .plain
    }
  }

  /// The screen role of a plot cell's role in `scene`: a curve's index into
  /// the scene's series becomes that series, so the palette gives it the
  /// series' own colour whatever else is plotted.
  package static func role(of role: CellRole, in scene: PlotScene) -> ColorRole {
    switch role {
    case .blank: .plain
    case .axis: .axis
    case .tickLabel: .tickLabel
    case .legend: .legend
    case .series(let index):
      scene.series.indices.contains(index) ? .series(scene.series[index]) : .plain
    case .feedPoint: .feedPoint
    case .decayMarker, .liveMark: .decayMarker
    case .deadMark: .feedPoint
    case .currentMarker, .offRange: .currentMarker
    case .reference, .shade: .axis
    case .openPoint, .closedPoint: .jumpPoint
    case .cursor: .cursor
    case .cursorPoint: .cursorPoint
    }
  }
}

/// The last painted plot, kept so that frames which change nothing in the
/// plot (typing, scrolling, the help overlay) do not render it again.
package struct PlotCache: Sendable {
  private var last:
    (view: PlotView, width: Int, height: Int, colors: ColorDepth, buffer: ScreenBuffer)?
  /// How many times the plot was actually painted (for tests).
  package private(set) var paintCount = 0

  package init() {}

  /// `view` painted at `width` x `height` with `colors`: the last buffer
  /// when all are the same as last time, a new painting otherwise.
  /// - Complexity: O(size of `view`) to compare when nothing changed.
  package mutating func plot(
    _ view: PlotView, width: Int, height: Int, colors: ColorDepth = .monochrome
  ) -> ScreenBuffer {
    if let last, last.width == width, last.height == height, last.colors == colors,
      last.view == view
    {
      return last.buffer
    }
    let buffer = PlotPainter.paint(view, width: width, height: height, colors: colors)
    last = (view, width, height, colors, buffer)
    paintCount += 1
    return buffer
  }
}
