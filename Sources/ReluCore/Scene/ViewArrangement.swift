/// Where the parts of a view go in a plot pane of a given size, and what a
/// pane too small for all of them leaves out.
///
/// The part a user or a lesson looks at is the last to go, and what is left
/// out is named on the pane's last row with what brings it back. For the
/// lab's panes at the four sizes the README lists (the pane is the terminal
/// less 2 columns, and less the status, input and output rows):
///
/// | terminal | pane   | decay                      | net                              | born                      |
/// |----------|--------|----------------------------|----------------------------------|---------------------------|
/// | 60x20    | 58x11  | curve + trail; steps named | dead units; fit and loss named   | by depth; heat map named  |
/// | 80x24    | 78x13  | curve + trail; steps named | dead units; fit and loss named   | by depth; heat map named  |
/// | 120x36   | 118x21 | curve beside steps         | fit beside loss over dead units  | by depth beside heat map  |
/// | 200x60   | 118x58 | curve beside steps         | fit beside loss over dead units  | by depth beside heat map  |
///
/// The twin (`view twin`) is laid out as `born` is: the losses beside the
/// count of z = 0, else over it, else the losses alone with `view zeros` named.
///
/// The function plot, single charts (`view steps`, `race`, `fit`, `loss`,
/// `depth`, `zeros`) and the heat map (`view heat`) always take the whole pane.
package struct ViewArrangement: Sendable, Equatable {
  /// Columns between two parts side by side.
  package static let gap = 2
  /// The least columns a part gets beside another.
  package static let minimumPartWidth = 40

  /// One part of the view and where it goes.
  package struct Panel: Sendable, Equatable {
    package var figure: PlotFigure
    package var row: Int
    package var column: Int
    package var width: Int
    package var height: Int
  }

  /// The parts drawn, in drawing order.
  package var panels: [Panel]
  /// What the pane leaves out and what brings it back, shown on its last
  /// row, in the view's language.
  package var leftOut: String?

  /// Lays out `view` in a `width` x `height` pane.
  package static func arrange(_ view: PlotView, width: Int, height: Int) -> ViewArrangement {
    let minimumRows = PlotSize.minimum.height
    let half = (width - gap) / 2
    let sideBySide = half >= minimumPartWidth && height >= minimumRows
    let stacks = height >= 2 * minimumRows + 1
    let wider = 2 * minimumPartWidth + gap - width
    func whole(_ figure: PlotFigure) -> Panel {
      Panel(figure: figure, row: 0, column: 0, width: width, height: height)
    }
    /// `figure` alone with a note on the last row, when there is room for
    /// both: `note` when it fits the width, else `short`.
    let language = view.language
    func alone(_ figure: PlotFigure, note: SceneMessage, short: SceneMessage) -> ViewArrangement {
      guard height - 1 >= minimumRows else { return ViewArrangement(panels: [whole(figure)]) }
      let long = note.words(language)
      return ViewArrangement(
        panels: [Panel(figure: figure, row: 0, column: 0, width: width, height: height - 1)],
        leftOut: DisplayWidth.of(long) <= width ? long : short.words(language))
    }
    /// Two parts side by side where they fit, else one over the other,
    /// else the first alone with a note naming the second.
    func pair(
      _ first: PlotFigure, _ second: PlotFigure, note: SceneMessage, short: SceneMessage
    ) -> ViewArrangement {
      if sideBySide {
        return ViewArrangement(panels: [
          Panel(figure: first, row: 0, column: 0, width: half, height: height),
          Panel(
            figure: second, row: 0, column: half + gap, width: width - half - gap,
            height: height),
        ])
      }
      if stacks {
        let upper = height / 2
        return ViewArrangement(panels: [
          Panel(figure: first, row: 0, column: 0, width: width, height: upper),
          Panel(
            figure: second, row: upper + 1, column: 0, width: width, height: height - upper - 1),
        ])
      }
      return alone(first, note: note, short: short)
    }
    switch view {
    case .functions(let scene):
      return ViewArrangement(panels: [whole(.functions(scene))])
    case .chart(let chart):
      return ViewArrangement(panels: [whole(.chart(chart))])
    case .heatMap(let map):
      return ViewArrangement(panels: [whole(.heatMap(map))])
    case .census(let chart, let heat):
      return pair(
        .chart(chart), .heatMap(heat), note: .heatMapLeftOut(columns: wider),
        short: .heatMapLeftOutShort)
    case .twin(let losses, let zeros):
      return pair(
        .chart(losses), .chart(zeros), note: .zerosLeftOut(columns: wider),
        short: .zerosLeftOutShort)
    case .decay(let function, let steps):
      return pair(
        .functions(function), .chart(steps), note: .stepChartLeftOut(columns: wider),
        short: .stepChartLeftOutShort)
    case .network(let fit, let loss, let dead):
      guard sideBySide else {
        return alone(
          .chart(dead),
          note: .fitAndLossLeftOut(columns: wider), short: .fitAndLossLeftOutShort)
      }
      let right = width - half - gap
      var panels = [Panel(figure: .chart(fit), row: 0, column: 0, width: half, height: height)]
      guard stacks else {
        let noted = height - 1 >= minimumRows
        panels.append(
          Panel(
            figure: .chart(dead), row: 0, column: half + gap, width: right,
            height: noted ? height - 1 : height))
        return ViewArrangement(
          panels: panels, leftOut: noted ? SceneMessage.lossLeftOut.words(language) : nil)
      }
      let upper = height / 2
      panels.append(
        Panel(figure: .chart(loss), row: 0, column: half + gap, width: right, height: upper))
      panels.append(
        Panel(
          figure: .chart(dead), row: upper + 1, column: half + gap, width: right,
          height: height - upper - 1))
      return ViewArrangement(panels: panels)
    }
  }
}
