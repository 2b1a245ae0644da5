extension PlotExport {
  /// A chart as text: the canvas lines, each ended by a newline.
  package static func text(_ chart: Chart, size: PlotSize) -> String {
    ChartRenderer.render(chart, size: size).lines.map { $0 + "\n" }.joined()
  }

  /// A chart's points as CSV, one row per x.
  ///
  /// Header `step,target,relu,...` (the x name, then
  /// each series: `target` for a reference, the function's name for a line),
  /// then one row per x that any series has, in increasing order, with each
  /// series' y there or an empty cell. A reference has its y on every row.
  /// Numbers round-trip (``NumberFormat/plain(_:)``).
  /// - Complexity: O(points log points).
  package static func csv(_ chart: Chart) -> String {
    var header = [chart.xName]
    var columns: [[Double: Double]] = []
    var constant: [Double?] = []
    for series in chart.series {
      switch series.role {
      case .line(let style):
        header.append(style.description)
        var byX: [Double: Double] = [:]
        for point in series.points where !point.x.isNaN { byX[point.x] = point.y }
        columns.append(byX)
        constant.append(nil)
      case .reference:
        header.append("target")
        columns.append([:])
        constant.append(series.points.first?.y)
      case .styled(_, let short, let column):
        header.append(column ?? short)
        var byX: [Double: Double] = [:]
        for point in series.points where !point.x.isNaN { byX[point.x] = point.y }
        columns.append(byX)
        constant.append(nil)
      case .points:
        header.append("target")
        var byX: [Double: Double] = [:]
        for point in series.points where !point.x.isNaN { byX[point.x] = point.y }
        columns.append(byX)
        constant.append(nil)
      case .marks(let dead):
        header.append(dead ? "dead kink" : "kink")
        var byX: [Double: Double] = [:]
        for point in series.points where !point.x.isNaN { byX[point.x] = 0 }
        columns.append(byX)
        constant.append(nil)
      }
    }
    let xs = Set(columns.flatMap(\.keys)).sorted()
    var text = header.joined(separator: ",") + "\n"
    for x in xs {
      let cells = zip(columns, constant).map { column, fixed in
        (fixed ?? column[x]).map(NumberFormat.plain) ?? ""
      }
      text += ([NumberFormat.plain(x)] + cells).joined(separator: ",") + "\n"
    }
    return text
  }

  /// A chart as a standalone SVG document: a framed plot area with light
  /// grid lines at the text chart's ticks, each line series a `<polyline>` of
  /// class `series-N` (N its index) in its function's colour (dashed for
  /// derivatives; thinner and dashed over an earlier line it runs along,
  /// ``SVGLineStroke``), the reference line
  /// dashed grey, the highlighted point ringed, the legend right of the plot.
  /// - Parameters:
  ///   - chart: What to show.
  ///   - width: Pixels, clamped to 240...8000.
  ///   - height: Pixels, clamped to 160...8000.
  /// - Returns: The SVG text.
  /// - Complexity: O(points).
  package static func svg(_ chart: Chart, width: Int = 800, height: Int = 500) -> String {
    let width = Double(min(max(width, 240), 8000))
    let height = Double(min(max(height, 160), 8000))
    let n = SVGWriter.number
    let legend = ChartRenderer.legend(for: chart)
    let legendWidth = min(40 + Double(legend.map(\.printedWidth).max() ?? 0) * 7, width * 0.4)
    let (top, bottom) = (20.0, height - 40)
    let yTicks = TickStep.firstFitting(in: chart.yRange, maxCount: Int((bottom - top) / 4)) {
      $0.count < 2 || ($0[1].value - $0[0].value) / chart.yRange.width * (bottom - top) >= 30
    }
    let left = 16 + Double(yTicks.map(\.label.count).max() ?? 0) * 7
    let right = width - legendWidth - 10
    let xTicks = TickStep.firstFitting(in: chart.xRange, maxCount: Int((right - left) / 4)) {
      $0.count < 2
        || (chart.wholeX && $0[1].value - $0[0].value >= 1 || !chart.wholeX)
          && ($0[1].value - $0[0].value) / chart.xRange.width * (right - left) >= 60
    }
    func px(_ x: Double) -> Double {
      left + (x - chart.xRange.lower) / chart.xRange.width * (right - left)
    }
    func py(_ y: Double) -> Double {
      let pixel = bottom - (y - chart.yRange.lower) / chart.yRange.width * (bottom - top)
      return min(max(pixel, top - 10_000), bottom + 10_000)
    }
    var svg = SVGWriter()
    svg.openDocument(
      width: width, height: height,
      title: PlotLabel.svgTitle(chart.series.map(chart.label(of:)).joined(separator: ", ")).words(
        chart.language))
    let area = [
      ("x", n(left)), ("y", n(top)), ("width", n(right - left)), ("height", n(bottom - top)),
    ]
    svg.open("defs")
    svg.open("clipPath", [("id", "plot-area")])
    svg.element("rect", area)
    svg.close("clipPath")
    svg.close("defs")
    svg.open("g", [("class", "grid"), ("stroke", "#e5e5e5"), ("stroke-width", "1")])
    for tick in xTicks {
      let x = n(px(tick.value))
      svg.element("line", [("x1", x), ("y1", n(top)), ("x2", x), ("y2", n(bottom))])
    }
    for tick in yTicks {
      let y = n(py(tick.value))
      svg.element("line", [("x1", n(left)), ("y1", y), ("x2", n(right)), ("y2", y)])
    }
    svg.close("g")
    svg.element("rect", area + [("fill", "none"), ("stroke", "black")])
    svg.tickLabels(
      x: xTicks.map { (px($0.value), $0.label) }, y: yTicks.map { (py($0.value), $0.label) },
      left: left, right: right, bottom: bottom, xName: chart.xName)
    svg.open("g", [("class", "series"), ("clip-path", "url(#plot-area)"), ("fill", "none")])
    let lineStrokes = SVGLineStroke.strokes(
      for: chart.series.map { series in
        guard let style = series.lineStyle else { return nil }
        let points = series.points.filter { $0.x.isFinite && $0.y.isFinite }
          .map { PlotPoint(x: px($0.x), y: py($0.y)) }
        return (style: style, runs: [points])
      }, in: (left: left, right: right, top: top, bottom: bottom))
    var legendStrokes: [[(String, String)]] = []
    for (index, series) in chart.series.enumerated() {
      let stroke: [(String, String)]
      switch series.role {
      case .reference:
        stroke = [("stroke", "#888888"), ("stroke-dasharray", "2 4"), ("stroke-width", "2")]
        if let y = series.points.first?.y {
          svg.element(
            "line",
            [("x1", n(left)), ("y1", n(py(y))), ("x2", n(right)), ("y2", n(py(y)))] + stroke)
        }
      case .points:
        stroke = [("stroke", "#888888"), ("stroke-width", "2")]
        for point in series.points where point.x.isFinite && point.y.isFinite {
          svg.element(
            "circle",
            [("cx", n(px(point.x))), ("cy", n(py(point.y))), ("r", "2"), ("fill", "#888888")])
        }
      case .marks(let dead):
        let color = dead ? "#d62728" : "#009e73"
        stroke = [("stroke", color), ("stroke-width", "2")]
        for point in series.points where point.x.isFinite {
          svg.element(
            "line",
            [
              ("x1", n(px(point.x))), ("y1", n(bottom)), ("x2", n(px(point.x))),
              ("y2", n(bottom - 10)),
            ]
              + stroke)
        }
      case .line, .styled:
        stroke =
          (lineStrokes[index] ?? series.lineStyle.map { SVGLineStroke(style: $0) })?.attributes
          ?? []
        let points = series.points.filter { $0.x.isFinite && $0.y.isFinite }
          .map { "\(n(px($0.x))),\(n(py($0.y)))" }.joined(separator: " ")
        if !points.isEmpty {
          svg.element("polyline", [("class", "series-\(index)"), ("points", points)] + stroke)
        }
      }
      if series.inLegend { legendStrokes.append(stroke) }
      if let step = series.highlighted, series.points.indices.contains(step) {
        let point = series.points[step]
        svg.element(
          "circle",
          [
            ("class", "current-marker"), ("cx", n(px(point.x))), ("cy", n(py(point.y))),
            ("r", "7"), ("stroke", "#d62728"), ("stroke-width", "3"),
          ])
      }
    }
    svg.close("g")
    svg.open("g", [("class", "legend")])
    for (row, entry) in legend.enumerated() {
      let (x, y) = (right + 20, top + 10 + Double(row) * 20)
      if row < legendStrokes.count {
        svg.element(
          "line",
          [("x1", n(x)), ("y1", n(y)), ("x2", n(x + 24)), ("y2", n(y))] + legendStrokes[row])
      } else {
        svg.element(
          "circle",
          [
            ("cx", n(x + 12)), ("cy", n(y)), ("r", "6"), ("fill", "none"), ("stroke", "#d62728"),
            ("stroke-width", "3"),
          ])
      }
      svg.element("text", [("x", n(x + 32)), ("y", n(y + 4))], text: entry.text)
    }
    svg.close("g")
    svg.close("svg")
    return svg.text
  }
}
