extension PlotExport {
  /// The plot as a standalone SVG document for slides and browsers.
  ///
  /// A white page with a framed plot area; light grid lines and labelled
  /// ticks at nice values (as in the text plot); the zero lines in grey when
  /// in range; each series a `<polyline>` in its own colour (its
  /// ``PlotSeries/style``, dashed for derivatives) sampled once per pixel,
  /// clipped to the plot area, broken where values are NaN or infinite and at
  /// the jump of relu' and leaky', whose ends get a filled circle (the value at
  /// 0, by the scene's convention) and a hollow one (the other side's limit,
  /// as ``PlotJump`` gives them, the same as the text plot's); feed points
  /// and decay steps as circles, the decay's current point ringed; the legend
  /// in a column right of the plot area. Text is XML-escaped.
  /// - Parameters:
  ///   - scene: What to show.
  ///   - width: Pixels, clamped to 240...8000.
  ///   - height: Pixels, clamped to 160...8000.
  /// - Returns: The SVG text.
  /// - Complexity: O(series * width + overlay points).
  package static func svg(_ scene: PlotScene, width: Int = 800, height: Int = 500) -> String {
    SVGPlot(scene: scene, width: min(max(width, 240), 8000), height: min(max(height, 160), 8000))
      .document()
  }
}

/// The geometry and drawing of one SVG plot.
private struct SVGPlot {
  let scene: PlotScene
  let width: Double
  let height: Double
  let yRange: PlotBounds
  let legend: [PlotLegend.Entry]
  let yTicks: [PlotTick]
  /// The plot area in pixels.
  let left: Double
  let right: Double
  let top: Double
  let bottom: Double
  let xTicks: [PlotTick]

  /// Approximate width of one character at font-size 12.
  static let charWidth = 7.0

  init(scene: PlotScene, width: Int, height: Int) {
    self.scene = scene
    self.width = Double(width)
    self.height = Double(height)
    yRange = scene.effectiveYRange
    legend = PlotLegend.entries(for: scene)
    top = 20
    bottom = Double(height) - 40
    let plotHeight = bottom - top
    let yRange = yRange
    let pixel = { (y: Double) in (y - yRange.lower) / yRange.width * plotHeight }
    yTicks = PlotTick.forcing(
      scene.forcedYTicks(in: yRange),
      into: TickStep.firstFitting(in: yRange, maxCount: Int(plotHeight / 4)) { ticks in
        guard ticks.count > 1 else { return true }
        return (ticks[1].value - ticks[0].value) / yRange.width * plotHeight >= 30
      }, position: pixel, clearance: 20, collision: 14)
    let labelWidth = Double(yTicks.map(\.label.count).max() ?? 0) * Self.charWidth
    left = 16 + labelWidth
    let legendText = Double(legend.map(\.printedWidth).max() ?? 0) * Self.charWidth
    let legendWidth = legend.isEmpty ? 10 : min(40 + legendText, Double(width) * 0.4)
    right = Double(width) - legendWidth - 10
    let plotWidth = right - left
    let xRange = scene.xRange
    xTicks = TickStep.firstFitting(in: xRange, maxCount: Int(plotWidth / 4)) { ticks in
      let widest = Double(ticks.map(\.label.count).max() ?? 0) * Self.charWidth
      guard ticks.count > 1 else { return true }
      let spacing = (ticks[1].value - ticks[0].value) / xRange.width * plotWidth
      return spacing >= max(60, widest + 16)
    }
  }

  /// Pixel x of data x.
  func px(_ x: Double) -> Double {
    left + (x - scene.xRange.lower) / scene.xRange.width * (right - left)
  }

  /// Pixel y of data y, kept within 10000 px of the plot area.
  func py(_ y: Double) -> Double {
    let pixel = bottom - (y - yRange.lower) / yRange.width * (bottom - top)
    return min(max(pixel, top - 10_000), bottom + 10_000)
  }

  func document() -> String {
    var svg = SVGWriter()
    let names = scene.series.map { scene.label(of: $0) }.joined(separator: ", ")
    let title = names.isEmpty ? PlotLabel.svgTitleAxes : PlotLabel.svgTitle(names)
    svg.openDocument(width: width, height: height, title: title.words(scene.language))
    svg.open("defs")
    svg.open("clipPath", [("id", "plot-area")])
    svg.element("rect", area)
    svg.close("clipPath")
    svg.close("defs")
    drawAxes(&svg)
    let runs = scene.series.map(runs(of:))
    let strokes = lineStrokes(runs)
    drawSeries(runs, strokes, into: &svg)
    drawOverlays(&svg)
    drawLegend(strokes, into: &svg)
    svg.close("svg")
    return svg.text
  }

  private var area: [(String, String)] {
    let n = SVGWriter.number
    return [("x", n(left)), ("y", n(top)), ("width", n(right - left)), ("height", n(bottom - top))]
  }

  private func drawAxes(_ svg: inout SVGWriter) {
    let n = SVGWriter.number
    svg.open("g", [("class", "grid"), ("stroke", "#e5e5e5"), ("stroke-width", "1")])
    for tick in xTicks {
      svg.element(
        "line",
        [("x1", n(px(tick.value))), ("y1", n(top)), ("x2", n(px(tick.value))), ("y2", n(bottom))])
    }
    for tick in yTicks {
      svg.element(
        "line",
        [("x1", n(left)), ("y1", n(py(tick.value))), ("x2", n(right)), ("y2", n(py(tick.value)))])
    }
    svg.close("g")
    svg.open("g", [("class", "zero-lines"), ("stroke", "#888888"), ("stroke-width", "1")])
    if yRange.contains(0) {
      svg.element("line", [("x1", n(left)), ("y1", n(py(0))), ("x2", n(right)), ("y2", n(py(0)))])
    }
    if scene.xRange.contains(0) {
      svg.element("line", [("x1", n(px(0))), ("y1", n(top)), ("x2", n(px(0))), ("y2", n(bottom))])
    }
    svg.close("g")
    svg.open("g", [("class", "axes"), ("stroke", "black"), ("fill", "none")])
    svg.element("rect", area)
    for tick in xTicks {
      svg.element(
        "line",
        [
          ("x1", n(px(tick.value))), ("y1", n(bottom)), ("x2", n(px(tick.value))),
          ("y2", n(bottom + 5)),
        ])
    }
    for tick in yTicks {
      svg.element(
        "line",
        [
          ("x1", n(left - 5)), ("y1", n(py(tick.value))), ("x2", n(left)),
          ("y2", n(py(tick.value))),
        ])
    }
    svg.close("g")
    svg.tickLabels(
      x: xTicks.map { (px($0.value), $0.label) }, y: yTicks.map { (py($0.value), $0.label) },
      left: left, right: right, bottom: bottom, xName: PlotExport.inputName)
  }

  /// Each series' runs of points as polylines in its stroke, then the
  /// circles at jumps.
  private func drawSeries(
    _ runs: [[[PlotPoint]]], _ strokes: [SVGLineStroke], into svg: inout SVGWriter
  ) {
    let n = SVGWriter.number
    svg.open("g", [("class", "series"), ("clip-path", "url(#plot-area)"), ("fill", "none")])
    for (index, runs) in runs.enumerated() {
      svg.open("g", [("class", "series-\(index)")] + strokes[index].attributes)
      for run in runs where run.count > 1 {
        let points = run.map { "\(n(px($0.x))),\(n(py($0.y)))" }.joined(separator: " ")
        svg.element("polyline", [("points", points)])
      }
      svg.close("g")
    }
    svg.close("g")
    svg.open("g", [("class", "jumps"), ("stroke-width", "2")])
    for series in scene.series {
      guard let jump = jump(of: series) else { continue }
      let color = series.style.color.hex
      let closed = jump.value
      for open in jump.openEnds where yRange.contains(open) {
        svg.element(
          "circle",
          [
            ("class", "open-point"), ("cx", n(px(0))), ("cy", n(py(open))), ("r", "4.5"),
            ("fill", "white"), ("stroke", color),
          ])
      }
      if yRange.contains(closed) {
        svg.element(
          "circle",
          [
            ("class", "closed-point"), ("cx", n(px(0))), ("cy", n(py(closed))), ("r", "4.5"),
            ("fill", color), ("stroke", color),
          ])
      }
    }
    svg.close("g")
  }

  /// Each series' stroke (``SVGLineStroke``), given its runs of points.
  private func lineStrokes(_ runs: [[[PlotPoint]]]) -> [SVGLineStroke] {
    let lines = zip(scene.series, runs).map { series, runs in
      (style: series.style, runs: runs.map { $0.map { PlotPoint(x: px($0.x), y: py($0.y)) } })
    }
    let strokes = SVGLineStroke.strokes(
      for: lines, in: (left: left, right: right, top: top, bottom: bottom))
    return zip(scene.series, strokes).map { $1 ?? SVGLineStroke(style: $0.style) }
  }

  /// The series' jump at 0 when 0 is in the x range.
  private func jump(of series: PlotSeries) -> PlotJump? {
    scene.xRange.contains(0) ? PlotJump(of: series, in: scene) : nil
  }

  /// The series as runs of points to join: one sample per pixel, split at
  /// non-finite values and, for a jump at 0 in range, ended at (0, left limit)
  /// and restarted at (0, right limit).
  private func runs(of series: PlotSeries) -> [[PlotPoint]] {
    let count = max(2, Int(right - left) + 1)
    let jump = jump(of: series)
    var runs: [[PlotPoint]] = []
    var run: [PlotPoint] = []
    var crossed = jump == nil || scene.xRange.lower >= 0
    if let jump, scene.xRange.lower == 0 { run = [PlotPoint(x: 0, y: jump.rightLimit)] }
    for index in 0..<count {
      let x = PlotSampling.x(index, of: count, in: scene.xRange)
      if let jump {
        if !crossed, x >= 0 {
          crossed = true
          runs.append(run + [PlotPoint(x: 0, y: jump.leftLimit)])
          run = [PlotPoint(x: 0, y: jump.rightLimit)]
        }
        if x == 0 { continue }  // the value at 0 is the closed circle
      }
      let y = scene.value(of: series, at: x)
      if y.isFinite {
        run.append(PlotPoint(x: x, y: y))
      } else if !run.isEmpty {
        runs.append(run)
        run = []
      }
    }
    runs.append(run)
    return runs
  }

  private func drawOverlays(_ svg: inout SVGWriter) {
    let n = SVGWriter.number
    svg.open("g", [("class", "overlays"), ("stroke", "black"), ("stroke-width", "1")])
    for overlay in scene.overlays {
      for (step, point) in overlay.points.enumerated()
      where scene.xRange.contains(point.x) && yRange.contains(point.y) {
        let (cx, cy) = (n(px(point.x)), n(py(point.y)))
        switch overlay.kind {
        case .feed:
          svg.element(
            "circle",
            [("class", "feed-point"), ("cx", cx), ("cy", cy), ("r", "4"), ("fill", "#333333")])
        case .decay where step == overlay.points.count - 1:
          svg.element(
            "circle",
            [
              ("class", "current-marker"), ("cx", cx), ("cy", cy), ("r", "7"), ("fill", "none"),
              ("stroke", "#d62728"), ("stroke-width", "3"),
            ])
        case .decay:
          svg.element(
            "circle",
            [("class", "decay-marker"), ("cx", cx), ("cy", cy), ("r", "3.5"), ("fill", "#bbbbbb")])
          if overlay.points.count <= 20 {
            svg.element(
              "text",
              [
                ("x", cx), ("y", n(py(point.y) - 8)), ("text-anchor", "middle"), ("stroke", "none"),
                ("font-size", "10"),
              ], text: String(step))
          }
        }
      }
    }
    svg.close("g")
  }

  private func drawLegend(_ strokes: [SVGLineStroke], into svg: inout SVGWriter) {
    let n = SVGWriter.number
    svg.open("g", [("class", "legend")])
    let x = right + 20
    for (row, entry) in legend.enumerated() {
      let y = top + 10 + Double(row) * 20
      switch entry.symbolRole {
      case .series(let index):
        svg.element(
          "line",
          [("x1", n(x)), ("y1", n(y)), ("x2", n(x + 24)), ("y2", n(y))]
            + strokes[index].attributes)
      case .currentMarker:
        svg.element(
          "circle",
          [
            ("cx", n(x + 12)), ("cy", n(y)), ("r", "6"), ("fill", "none"), ("stroke", "#d62728"),
            ("stroke-width", "3"),
          ])
      case .decayMarker:
        svg.element(
          "circle",
          [("cx", n(x + 12)), ("cy", n(y)), ("r", "3.5"), ("fill", "#bbbbbb"), ("stroke", "black")])
      case .openPoint, .closedPoint:
        svg.element(
          "circle",
          [
            ("cx", n(x + 12)), ("cy", n(y)), ("r", "4.5"),
            ("fill", entry.symbolRole == .openPoint ? "white" : "#333333"), ("stroke", "#333333"),
            ("stroke-width", "2"),
          ])
      default:
        svg.element(
          "circle",
          [("cx", n(x + 12)), ("cy", n(y)), ("r", "4"), ("fill", "#333333"), ("stroke", "black")])
      }
      svg.element("text", [("x", n(x + 32)), ("y", n(y + 4))], text: entry.text)
    }
    svg.close("g")
  }
}
