import ReluCore

/// The trace cursor in the lab: F8 puts it on and takes it off, the arrows,
/// Home, End and Tab move it, a click places it, and its readout stands in
/// the plot pane's last rows. Every move is a `trace` command run through
/// the interpreter, as a script would run it (unechoed: the readout shows it).
extension LabLoop {
  /// The most rows the readout takes from the plot pane.
  static var maxReadoutRows: Int { 3 }
  /// Fine steps in one column (Shift with an arrow).
  static var fineStepsPerColumn: Double { 10 }

  /// Whether the trace cursor stands on the view shown.
  var isTracing: Bool {
    let scene = interpreter.scene
    return scene.trace?.family == scene.shown.family
  }

  /// F8: the cursor on the view shown, or off it.
  func toggleTrace() {
    traceQuietly(TraceSpec(move: isTracing ? Located(.off) : nil))
  }

  /// Home, End, Tab, Shift-Tab, Esc.
  func moveTrace(_ move: TraceMove) {
    traceQuietly(TraceSpec(move: Located(move)))
  }

  /// Left or Right: a column of the plot (Shift: a tenth of one) to the
  /// left (-1) or right (1), on the grid of tenths of a column so that
  /// going back returns to the same z; on the decay, a step.
  func stepTrace(_ direction: Int, fine: Bool) {
    guard let cursor = interpreter.cursor else { return }
    let position: Double
    switch cursor {
    case .decay: return moveTrace(direction > 0 ? .next : .previous)
    case .plot(let z): position = z
    case .network(let x): position = x
    }
    guard let frame = tracedPart()?.frame else { return }
    let tenth = frame.columnWidth / Self.fineStepsPerColumn
    let step = fine ? tenth : frame.columnWidth
    let moved = ((position + Double(direction) * step) / tenth).rounded() * tenth
    let next = min(max(moved, frame.xRange.lower), frame.xRange.upper)
    guard next != position, tenth > 0 else { return terminal.bell() }
    traceQuietly(TraceSpec(at: Located(next == 0 ? 0 : next)))
  }

  /// A click at screen cell (`row`, `column`): on a curve's legend entry of
  /// the function plot, that curve hidden or shown (`toggle F`, echoed as
  /// typed); on a plot, the cursor there (on the decay, its nearest step).
  func click(row: Int, column: Int) {
    let layout = LabLayout(
      width: terminal.size.width, height: terminal.size.height, narrationRows: narrationRows)
    guard layout.arrangement != .tooSmall else { return }
    let pane = layout.plot
    let height = pane.height - readoutRows(for: layout).count
    guard (pane.row..<(pane.row + height)).contains(row),
      (pane.column..<pane.right).contains(column)
    else { return }
    let scene = interpreter.scene
    let geometry = PlotGeometry(
      scene.view, width: pane.width, height: height, colors: terminal.colorDepth)
    guard let hit = geometry.part(atRow: row - pane.row, column: column - pane.column) else {
      return
    }
    let frame = hit.part.frame
    if hit.row < frame.top {
      guard scene.shown == .plot, case .functions(let plot) = hit.part.figure,
        let entry = frame.legend.entry(line: hit.row, column: hit.column),
        case .series(let index) = entry.symbolRole, plot.series.indices.contains(index)
      else { return }
      return runCommand(.toggle(plot.series[index]))
    }
    guard hit.row < frame.top + frame.rows, let x = frame.x(atColumn: hit.column) else { return }
    switch (scene.shown.family, hit.part.figure) {
    case (.plot, .functions):
      traceQuietly(TraceSpec(at: Located(x)))
    case (.decay, .functions):
      guard let decay = interpreter.decay,
        let nearest = decay.steps.min(by: { abs($0.z - x) < abs($1.z - x) })
      else { return }
      traceQuietly(TraceSpec(at: Located(Double(nearest.index))))
    case (.decay, .chart):
      guard let decay = interpreter.decay else { return }
      let first = decay.steps.first?.index ?? 0
      let step = min(max(Int(x.rounded()), first), decay.current.index)
      traceQuietly(TraceSpec(at: Located(Double(step))))
    case (.net, .chart(let chart)) where chart == scene.network?.fit:
      traceQuietly(TraceSpec(at: Located(x)))
    default: return
    }
  }

  /// The part of the view on screen the cursor is drawn on, with its frame.
  func tracedPart() -> PlotGeometry.Part? {
    let layout = LabLayout(
      width: terminal.size.width, height: terminal.size.height, narrationRows: narrationRows)
    guard layout.arrangement != .tooSmall else { return nil }
    let scene = interpreter.scene
    let geometry = PlotGeometry(
      scene.view, width: layout.plot.width,
      height: layout.plot.height - readoutRows(for: layout).count, colors: terminal.colorDepth)
    return geometry.parts.first { part in
      switch part.figure {
      case .functions(let plot): plot.cursor != nil
      case .chart(let chart): chart.cursor != nil
      case .heatMap: false
      }
    }
  }

  /// The readout's rows under the plot: the cursor's readout on the view
  /// shown, wrapped to the pane, at most ``maxReadoutRows`` and never so
  /// many that the plot goes below its smallest size.
  func readoutRows(for layout: LabLayout) -> [String] {
    guard layout.arrangement != .tooSmall else { return [] }
    let context = live ?? interpreter.renderContext
    let scene = context.scene
    guard let readout = scene.trace, readout.family == scene.shown.family else { return [] }
    let room = min(Self.maxReadoutRows, layout.plot.height - PlotSize.minimum.height)
    guard room > 0 else { return [] }
    let number = { (x: Double) in TextReport.number(x, digits: context.digits) }
    let width = layout.plot.width
    var lines: [[String]] = []
    for compact in [false, true] {
      lines = readout.lines(number: number, language: context.language, compact: compact)
        .map { TextWrap.rows($0, columns: width) }
      if lines.joined().count <= room { return Array(lines.joined()) }
    }
    // Too many curves for the room: the first curves' readings whole, and
    // on the last row how many more `trace` prints.
    var rows: [String] = []
    var shown = 0
    while shown < lines.count, rows.count + lines[shown].count <= room {
      rows += lines[shown]
      shown += 1
    }
    guard shown < lines.count, let last = rows.last else {
      return rows.isEmpty ? Array(lines.joined().prefix(room)) : rows
    }
    let left = lines.count - shown
    for more in [LabMessage.moreReadings(count: left), .moreReadingsShort(count: left)] {
      let words = more.words(context.language)
      if DisplayWidth.of(last) + 2 + DisplayWidth.of(words) <= width {
        rows[rows.count - 1] = last + "  " + words
        break
      }
    }
    return rows
  }

  /// Runs `trace` for a key or a click: unechoed and unlogged, as F7's view
  /// switch is (the readout shows the result); a refusal is said.
  private func traceQuietly(_ spec: TraceSpec) {
    muted = true
    defer { muted = false }
    runQuietly(.trace(spec))
  }
}
