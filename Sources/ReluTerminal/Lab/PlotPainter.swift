import ReluCore

/// Paints the session's plot into the plot pane: ReluCore's ``PlotRenderer``
/// draws the interpreter's scene at the pane's size, and each cell's role
/// becomes a ``ColorRole`` (a curve's, the series it draws).
package enum PlotPainter {
  /// `scene` drawn in a `width` x `height` buffer; a one-line note when the
  /// pane is below the smallest plot.
  package static func paint(_ scene: PlotScene, width: Int, height: Int) -> ScreenBuffer {
    var buffer = ScreenBuffer(width: width, height: height)
    guard let size = try? PlotSize(width: width, height: height) else {
      buffer.put("(the plot needs \(PlotSize.minimum))", row: 0, column: 0, role: .note)
      return buffer
    }
    let canvas = PlotRenderer.render(scene, size: size)
    for row in 0..<canvas.height {
      for column in 0..<canvas.width {
        let cell = canvas[row, column]
        guard cell.role != .blank else { continue }
        buffer.put(
          String(cell.character), row: row, column: column, role: role(of: cell.role, in: scene))
      }
    }
    return buffer
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
    case .decayMarker: .decayMarker
    case .currentMarker: .currentMarker
    case .openPoint, .closedPoint: .jumpPoint
    }
  }
}

/// The last painted plot, kept so that frames which change nothing in the
/// plot (typing, scrolling, the help overlay) do not render it again.
package struct PlotCache: Sendable {
  private var last: (scene: PlotScene, width: Int, height: Int, buffer: ScreenBuffer)?
  /// How many times the plot was actually painted (for tests).
  package private(set) var paintCount = 0

  package init() {}

  /// `scene` painted at `width` x `height`: the last buffer when both are the
  /// same as last time, a new painting otherwise.
  /// - Complexity: O(size of `scene`) to compare when nothing changed.
  package mutating func plot(_ scene: PlotScene, width: Int, height: Int) -> ScreenBuffer {
    if let last, last.width == width, last.height == height, last.scene == scene {
      return last.buffer
    }
    let buffer = PlotPainter.paint(scene, width: width, height: height)
    last = (scene, width, height, buffer)
    paintCount += 1
    return buffer
  }
}
