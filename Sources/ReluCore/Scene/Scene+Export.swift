extension PlotExport {
  /// The file `export FORMAT` writes for the view on screen, and what it
  /// shows in words (`relu relu'`, `the step chart`) in each language.
  ///
  /// Curves hidden with `toggle` are left out of SVG and CSV. A composite
  /// view exports the part a lesson looks at: the decay's curve
  /// with its trail, the network's dead units, the census by depth; `view
  /// steps`, `view fit`, `view loss` and `view heat` show (and so export) the
  /// other parts. The twin exports its losses; `view zeros` shows the rest.
  package static func file(
    _ format: ExportFormat, of scene: Scene, size: PlotSize
  ) -> (contents: String, subject: Words) {
    switch scene.view {
    case .functions(let whole), .decay(let whole, _):
      // Hidden curves stay out of the files; the text plot names them as the
      // screen does.
      let plot = whole.withoutHidden
      let names = plot.series.map(\.description).joined(separator: " ")
      let subject =
        scene.shown == .decay
        ? SceneMessage.exportedDecayCurve(names).words
        : names.isEmpty ? SceneMessage.exportedAxes.words : Words.same(names)
      switch format {
      case .svg: return (svg(plot), subject)
      case .csv: return (csv(plot), subject)
      case .txt: return (text(whole, size: size), subject)
      }
    case .heatMap(let map):
      switch format {
      case .svg: return (svg(map), scene.shown.noun)
      case .csv: return (csv(map), scene.shown.noun)
      case .txt: return (text(map, size: size), scene.shown.noun)
      }
    case .chart(let chart), .network(_, _, let chart), .census(let chart, _),
      .twin(let chart, _):
      let subject =
        switch scene.shown {
        case .net: SceneMessage.exportedDeadUnits.words
        case .born: ViewName.depth.noun
        case .twin: SceneMessage.exportedTwinLosses.words
        default: scene.shown.noun
        }
      switch format {
      case .svg: return (svg(chart), subject)
      case .csv: return (csv(chart), subject)
      case .txt: return (text(chart, size: size), subject)
      }
    }
  }
}
