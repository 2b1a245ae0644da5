import ReluCore

/// Paints the session's plot into the plot pane.
///
/// Interim: until ReluCore's `PlotRenderer` is on main, this draws a plain
/// ASCII plot with the same glyph conventions (feed points `X`, decay steps as
/// their last digit, the current decay point `C`). It samples the curves
/// through ``PlotSeries/value(at:alpha:gradientAtZero:)`` and does no math of
/// its own; when the renderer lands, ``paint(_:width:height:)`` calls it and
/// maps its cell roles to ``ColorRole``s instead.
package enum PlotPainter {
  /// The plot of `interpreter`'s session in a `width` x `height` buffer.
  package static func paint(_ interpreter: Interpreter, width: Int, height: Int) -> ScreenBuffer {
    var buffer = ScreenBuffer(width: width, height: height)
    let view = PlotView(interpreter)
    guard width >= 20, height >= 6 else {
      buffer.put("(plot pane too small)", row: 0, column: 0, role: .note)
      return buffer
    }
    let frame = Frame(view, width: width, height: height)
    drawAxes(frame, into: &buffer)
    drawLegend(view, into: &buffer, width: width)
    for (index, series) in view.series.enumerated() {
      drawCurve(series, index: index, view, frame, into: &buffer)
    }
    for point in view.feedPoints {
      if let cell = frame.cell(x: point.x, y: point.y) {
        buffer.put("X", row: cell.row, column: cell.column, role: .feedPoint)
      }
    }
    for (step, point) in view.decayPoints.enumerated() {
      guard let cell = frame.cell(x: point.x, y: point.y) else { continue }
      let isCurrent = step == view.decayPoints.count - 1
      buffer.put(
        isCurrent ? "C" : String(step % 10), row: cell.row, column: cell.column,
        role: isCurrent ? .currentMarker : .decayMarker)
    }
    return buffer
  }

  /// The glyph of series `index`.
  static func glyph(_ index: Int) -> String {
    let glyphs = ["*", "#", "%", "&", "=", "~", "^", "$"]
    return glyphs[index % glyphs.count]
  }

  /// What the plot shows, read from the session.
  private struct PlotView {
    var series: [PlotSeries]
    var alpha: Double
    var gradientAtZero: GradientAtZero
    var xRange: ClosedRange<Double>
    var yRange: ClosedRange<Double>?
    var feedPoints: [(x: Double, y: Double)]
    var decayPoints: [(x: Double, y: Double)]

    init(_ interpreter: Interpreter) {
      series = interpreter.plottedSeries
      alpha = interpreter.settings.alpha
      gradientAtZero = interpreter.settings.gradientAtZero
      xRange = interpreter.settings.xRange
      yRange = interpreter.settings.yRange
      if let feed = interpreter.lastFeed {
        feedPoints = zip(feed.input.scalars, feed.output.scalars).prefix(500).map { ($0, $1) }
      } else {
        feedPoints = []
      }
      decayPoints = interpreter.decay?.steps.suffix(200).map { ($0.z, $0.value) } ?? []
    }

    func value(_ series: PlotSeries, at x: Double) -> Double {
      series.value(at: x, alpha: alpha, gradientAtZero: gradientAtZero)
    }
  }

  /// Where the data goes: the plot area and its scales.
  private struct Frame {
    var left: Int
    var top: Int
    var columns: Int
    var rows: Int
    var xRange: ClosedRange<Double>
    var yRange: ClosedRange<Double>

    init(_ view: PlotView, width: Int, height: Int) {
      left = 7
      top = 1
      columns = width - left
      rows = height - 3
      xRange = view.xRange
      if let fixed = view.yRange {
        yRange = fixed
      } else {
        var low = Double.infinity
        var high = -Double.infinity
        let xs = (0..<max(1, width - 7)).map {
          view.xRange.lowerBound + (Double($0) + 0.5) / Double(max(1, width - 7))
            * (view.xRange.upperBound - view.xRange.lowerBound)
        }
        for series in view.series {
          for x in xs {
            let y = view.value(series, at: x)
            if y.isFinite {
              low = min(low, y)
              high = max(high, y)
            }
          }
        }
        for point in view.feedPoints + view.decayPoints where point.y.isFinite {
          if view.xRange.contains(point.x) {
            low = min(low, point.y)
            high = max(high, point.y)
          }
        }
        if !low.isFinite || !high.isFinite {
          (low, high) = (-1, 1)
        }
        if high - low < 1e-9 {
          (low, high) = (low - 1, high + 1)
        }
        let margin = (high - low) * 0.05
        yRange = (low - margin)...(high + margin)
      }
    }

    func x(ofColumn column: Int) -> Double {
      xRange.lowerBound + (Double(column) + 0.5) / Double(columns)
        * (xRange.upperBound - xRange.lowerBound)
    }

    func row(of y: Double) -> Int? {
      guard y.isFinite else { return nil }
      let span = yRange.upperBound - yRange.lowerBound
      let fraction = (yRange.upperBound - y) / span
      let row = Int((fraction * Double(rows - 1)).rounded())
      return (0..<rows).contains(row) ? top + row : nil
    }

    func column(of x: Double) -> Int? {
      guard x.isFinite else { return nil }
      let span = xRange.upperBound - xRange.lowerBound
      let column = Int(((x - xRange.lowerBound) / span * Double(columns)).rounded(.down))
      return (0..<columns).contains(column) ? left + column : nil
    }

    func cell(x: Double, y: Double) -> (row: Int, column: Int)? {
      guard let row = row(of: y), let column = column(of: x) else { return nil }
      return (row, column)
    }
  }

  private static func drawAxes(_ frame: Frame, into buffer: inout ScreenBuffer) {
    let bottom = frame.top + frame.rows
    for row in frame.top..<bottom {
      buffer.put("|", row: row, column: frame.left - 1, role: .axis)
    }
    buffer.put(
      "+" + String(repeating: "-", count: frame.columns), row: bottom, column: frame.left - 1,
      role: .axis)
    if let zeroRow = frame.row(of: 0) {
      buffer.put(
        String(repeating: "-", count: frame.columns), row: zeroRow, column: frame.left,
        role: .axis)
    }
    if let zeroColumn = frame.column(of: 0) {
      for row in frame.top..<bottom {
        buffer.put(row == frame.row(of: 0) ? "+" : "|", row: row, column: zeroColumn, role: .axis)
      }
    }
    let yLabels = [frame.yRange.upperBound, 0, frame.yRange.lowerBound]
    for y in yLabels where frame.yRange.contains(y) {
      guard let row = frame.row(of: y) else { continue }
      let label = DisplayWidth.truncate(short(y), to: frame.left - 2)
      let column = frame.left - 2 - DisplayWidth.of(label)
      buffer.put(label, row: row, column: max(0, column), role: .tickLabel)
    }
    let low = short(frame.xRange.lowerBound)
    let high = short(frame.xRange.upperBound)
    buffer.put(low, row: bottom + 1, column: frame.left, role: .tickLabel)
    buffer.put(
      high, row: bottom + 1, column: frame.left + frame.columns - DisplayWidth.of(high),
      role: .tickLabel)
    if let zeroColumn = frame.column(of: 0) {
      buffer.put("0", row: bottom + 1, column: zeroColumn, role: .tickLabel)
    }
  }

  private static func drawLegend(_ view: PlotView, into buffer: inout ScreenBuffer, width: Int) {
    var column = 7
    for (index, series) in view.series.enumerated() {
      let label =
        series.kind == .leaky ? "\(series) (alpha=\(NumberFormat.plain(view.alpha)))" : "\(series)"
      guard column + 4 + DisplayWidth.of(label) <= width else { break }
      column = buffer.put(glyph(index), row: 0, column: column, role: .series(index))
      column = buffer.put(" \(label)   ", row: 0, column: column, role: .legend)
    }
  }

  private static func drawCurve(
    _ series: PlotSeries, index: Int, _ view: PlotView, _ frame: Frame,
    into buffer: inout ScreenBuffer
  ) {
    let mark = glyph(index)
    var previous: (row: Int, x: Double)?
    for column in 0..<frame.columns {
      let x = frame.x(ofColumn: column)
      let y = view.value(series, at: x)
      guard let row = frame.row(of: y) else {
        previous = nil
        continue
      }
      buffer.put(mark, row: row, column: frame.left + column, role: .series(index))
      // Join steep stretches with a vertical run, except across a jump at 0.
      if let previous, abs(previous.row - row) > 1,
        !(series.isDiscontinuousAtZero(alpha: view.alpha) && previous.x < 0 && x >= 0)
      {
        let step = row > previous.row ? 1 : -1
        var fill = previous.row + step
        while fill != row {
          buffer.put(mark, row: fill, column: frame.left + column, role: .series(index))
          fill += step
        }
      }
      previous = (row, x)
    }
  }

  private static func short(_ value: Double) -> String {
    let rounded = (value * 100).rounded() / 100
    return NumberFormat.plain(rounded == 0 ? 0 : rounded)
  }
}
