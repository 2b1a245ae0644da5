import ReluCore

/// Where the plot pane's figures lie and how each maps its data to cells:
/// the panels ``ViewArrangement`` gives a view and the frames
/// ``PlotPainter`` draws them in, so a click is read back through the very
/// map the figure was painted with.
package struct PlotGeometry: Sendable {
  /// One figure of the view, where it lies in the pane, and its frame.
  package struct Part: Sendable {
    package var figure: PlotFigure
    package var panel: ViewArrangement.Panel
    package var frame: PlotFrame
  }

  /// The figures with a frame, in drawing order.
  package let parts: [Part]

  /// The geometry of `view` in a `width` x `height` pane at `colors`.
  package init(_ view: PlotView, width: Int, height: Int, colors: ColorDepth) {
    parts = ViewArrangement.arrange(view, width: width, height: height).panels.compactMap {
      panel in
      PlotPainter.frame(of: panel.figure, width: panel.width, height: panel.height, colors: colors)
        .map { Part(figure: panel.figure, panel: panel, frame: $0) }
    }
  }

  /// The part under pane cell (`row`, `column`), with the cell's row and
  /// column on that part's canvas; nil between parts and outside them.
  package func part(atRow row: Int, column: Int) -> (part: Part, row: Int, column: Int)? {
    for part in parts {
      let panel = part.panel
      guard (panel.row..<(panel.row + panel.height)).contains(row),
        (panel.column..<(panel.column + panel.width)).contains(column)
      else { continue }
      return (part, row - panel.row, column - panel.column)
    }
    return nil
  }
}
