extension PlotView {
  /// The figures of the view, in the order text shows them: a composite
  /// view's parts one after another.
  package var parts: [PlotFigure] {
    switch self {
    case .functions(let scene): [.functions(scene)]
    case .decay(let function, let steps): [.functions(function), .chart(steps)]
    case .chart(let chart): [.chart(chart)]
    case .network(let fit, let loss, let dead): [.chart(fit), .chart(loss), .chart(dead)]
    case .census(let chart, let heat): [.chart(chart), .heatMap(heat)]
    case .heatMap(let heat): [.heatMap(heat)]
    case .twin(let losses, let zeros): [.chart(losses), .chart(zeros)]
    }
  }

  /// The language of the view's labels (its figures are built in one).
  package var language: InterfaceLanguage {
    switch self {
    case .functions(let scene), .decay(let scene, _): scene.language
    case .chart(let chart), .network(_, _, let chart), .census(let chart, _), .twin(let chart, _):
      chart.language
    case .heatMap(let heat): heat.language
    }
  }

  /// The view with its labels in `language` (JSON's pictures are English).
  package func speaking(_ language: InterfaceLanguage) -> PlotView {
    func chart(_ chart: Chart) -> Chart {
      var chart = chart
      chart.language = language
      return chart
    }
    func heat(_ map: HeatMap) -> HeatMap {
      var map = map
      map.language = language
      return map
    }
    func scene(_ scene: PlotScene) -> PlotScene {
      var scene = scene
      scene.language = language
      return scene
    }
    return switch self {
    case .functions(let functions): .functions(scene(functions))
    case .decay(let function, let steps): .decay(function: scene(function), steps: chart(steps))
    case .chart(let one): .chart(chart(one))
    case .network(let fit, let loss, let dead):
      .network(fit: chart(fit), loss: chart(loss), dead: chart(dead))
    case .census(let one, let map): .census(chart: chart(one), heat: heat(map))
    case .heatMap(let map): .heatMap(heat(map))
    case .twin(let losses, let zeros): .twin(losses: chart(losses), zeros: chart(zeros))
    }
  }

  /// The view as printed text: each part drawn at `size` without the blank
  /// lines under it (a heat map of few rows leaves most of its canvas
  /// empty), a blank line between parts.
  /// - Complexity: O(size.width * size.height) per part.
  package func textLines(size: PlotSize) -> [String] {
    var lines: [String] = []
    for (index, part) in parts.enumerated() {
      if index > 0 { lines.append("") }
      var drawn = part.canvas(size: size).lines
      while let last = drawn.last, last.allSatisfy({ $0 == " " }) { drawn.removeLast() }
      lines += drawn
    }
    return lines
  }
}

/// One figure a view draws: a function plot, a chart of data or a heat map.
package enum PlotFigure: Sendable, Equatable {
  case functions(PlotScene)
  case chart(Chart)
  case heatMap(HeatMap)

  /// The figure drawn on a `size` canvas.
  package func canvas(size: PlotSize, marking: SeriesMarking = .glyphs) -> Canvas {
    switch self {
    case .functions(let scene): PlotRenderer.render(scene, size: size, marking: marking)
    case .chart(let chart): ChartRenderer.render(chart, size: size, marking: marking)
    case .heatMap(let map): HeatMapRenderer.render(map, size: size)
    }
  }
}
