/// Where everything goes on a text plot, and how data maps to cells.
///
/// Layout, top to bottom: the legend (``top`` lines), the plot area
/// (``rows`` lines), the bottom border with x tick marks, the x tick labels.
/// Left to right: the y tick labels, the left border, the plot area
/// (``columns`` columns, up to the right edge).
///
/// The plot area is a grid of samples: ``sampleColumns`` = columns * a across
/// and ``sampleRows`` = rows * d down, where (a, d) is 1x1 for ascii and 2x4
/// for braille (``PlotRendering/samplesPerCell``). With N = sampleColumns and
/// M = sampleRows:
/// - sample column k (0...N-1) stands for x_k = xmin + k / (N - 1) * (xmax - xmin),
///   so the first column is xmin and the last xmax;
/// - sample row j (0...M-1, top down) stands for y_j = ymax - j / (M - 1) * (ymax - ymin);
/// - a value y is drawn in the nearest sample row, round((ymax - y) / (ymax - ymin) * (M - 1)),
///   so it is off by at most half a sample row;
/// - sample (k, j) lies in canvas cell (row ``top`` + j / d, column ``left`` + k / a),
///   and for braille it is dot (k mod 2, j mod 4) of that cell.
package struct PlotFrame: Sendable, Equatable {
  /// A tick with where its mark and label go on the canvas.
  package struct PlacedTick: Sendable, Equatable {
    /// The value and label.
    package var tick: PlotTick
    /// The canvas row (y ticks) or column (x ticks) of the tick mark.
    package var position: Int
    /// The canvas column where the label starts.
    package var labelColumn: Int
  }

  /// The fewest plot rows and columns kept for data, whatever the labels need.
  package static let minimumRows = 4
  /// The fewest plot columns kept for data.
  package static let minimumColumns = 10

  /// The canvas size.
  package let size: PlotSize
  /// ascii or braille.
  package let rendering: PlotRendering
  /// The x range shown.
  package let xRange: PlotBounds
  /// The y range shown (the scene's, or automatic).
  package let yRange: PlotBounds
  /// The legend, drawn in rows 0..<top.
  package let legend: PlotLegend
  /// The canvas row of the plot area's first row.
  package let top: Int
  /// The canvas column of the plot area's first column.
  package let left: Int
  /// The plot area's width in cells.
  package let columns: Int
  /// The plot area's height in cells.
  package let rows: Int
  /// The x ticks, marks on the bottom border (never in the plot's first
  /// column, next to the corner), labels on the last line.
  package let xTicks: [PlacedTick]
  /// The y ticks, marks on the left border, labels right-aligned before it.
  package let yTicks: [PlacedTick]
  /// Labels of the x range's ends that are not ticks, where they fit (see
  /// ``ends(besides:of:left:columns:width:)``): the lower end's mark is the
  /// corner, the upper end's is in the last column.
  package let xEnds: [PlacedTick]

  /// Lays out a scene on a canvas of the given size.
  /// - Parameters:
  ///   - scene: What to show.
  ///   - size: The canvas size.
  ///   - marking: How braille curves are told apart, which decides the
  ///     legend's symbols.
  /// - Complexity: O(smooth series * ``PlotScene/rangeSamples``) for an automatic
  ///   y range (see ``PlotScene/automaticYRange``).
  package init(scene: PlotScene, size: PlotSize, marking: SeriesMarking = .glyphs) {
    let entries = PlotLegend.entries(for: scene, marking: marking)
    let yRange = scene.effectiveYRange
    let layOut = { (entries: [PlotLegend.Entry]) in
      PlotFrame(
        legend: entries, xRange: scene.xRange, yRange: yRange, rendering: scene.rendering,
        size: size, forcedYTicks: scene.forcedYTicks(in: yRange))
    }
    let frame = layOut(entries)
    let hidden = frame.hiddenJumpMarks(of: scene)
    self = hidden.isEmpty ? frame : layOut(entries.filter { !hidden.contains($0.symbolRole) })
  }

  /// The roles of a jump's marks (``CellRole/openPoint``,
  /// ``CellRole/closedPoint``) every one of which a feed or decay point,
  /// drawn after them, covers: the legend does not name what cannot be seen.
  /// - Complexity: O(series + overlay points).
  private func hiddenJumpMarks(of scene: PlotScene) -> Set<CellRole> {
    guard xRange.contains(0) else { return [] }
    var marks: [CellRole: [Int]] = [:]
    let key = { (cell: (row: Int, column: Int)) in cell.row * size.width + cell.column }
    for series in scene.series {
      guard let jump = PlotJump(of: series, in: scene) else { continue }
      for end in jump.openEnds {
        if let cell = cell(of: PlotPoint(x: 0, y: end)) {
          marks[.openPoint, default: []].append(key(cell))
        }
      }
      if let cell = cell(of: PlotPoint(x: 0, y: jump.value)) {
        marks[.closedPoint, default: []].append(key(cell))
      }
    }
    let covered = Set(scene.overlays.flatMap(\.points).compactMap { cell(of: $0).map(key) })
    return Set(marks.filter { $0.value.allSatisfy(covered.contains) }.keys)
  }

  /// Lays out any chart: a legend above, the ranges on the axes.
  /// - Parameters:
  ///   - entries: The legend's entries, before layout.
  ///   - xRange: The x range shown.
  ///   - yRange: The y range shown.
  ///   - rendering: ascii or braille.
  ///   - size: The canvas size.
  ///   - wholeX: Whether x ticks fall on whole numbers only (step numbers).
  ///   - forcedYTicks: Values that get a y tick whatever the step (see
  ///     ``PlotTick/forcing(_:into:position:clearance:collision:)``): a tick
  ///     within a row of one is dropped, and one in 0's row is not added.
  package init(
    legend entries: [PlotLegend.Entry], xRange: PlotBounds, yRange: PlotBounds,
    rendering: PlotRendering, size: PlotSize, wholeX: Bool = false,
    forcedYTicks: [Double] = []
  ) {
    self.size = size
    self.rendering = rendering
    self.xRange = xRange
    self.yRange = yRange
    legend = PlotLegend(
      entries: entries, width: size.width, maxLines: size.height - 2 - Self.minimumRows)
    top = legend.lines.count
    rows = size.height - top - 2
    let (across, down) = rendering.samplesPerCell

    let yScale = AxisScale(bounds: yRange, samples: rows * down, perCell: down, reversed: true)
    var yTicks = PlotTick.forcing(
      forcedYTicks,
      into: Self.chooseYTicks(
        on: yScale, rows: rows, gap: Self.yTickGap(rows: rows, rendering: rendering)),
      position: { Double(yScale.cell(of: $0)) }, clearance: 2, collision: 1)
    let widestAllowed = size.width - 1 - Self.minimumColumns
    yTicks.removeAll { $0.label.count > widestAllowed }
    let labelWidth = yTicks.map(\.label.count).max() ?? 0
    left = labelWidth + 1
    columns = size.width - left
    self.yTicks = yTicks.map { [top] tick in
      PlacedTick(
        tick: tick, position: top + yScale.cell(of: tick.value),
        labelColumn: labelWidth - tick.label.count)
    }

    // x ticks: labels centred under their marks, kept on the canvas; see
    // chooseXTicks for the spacing. A tick in the plot's first column is
    // dropped: its mark would sit against the corner and read as `++`.
    let xScale = AxisScale(bounds: xRange, samples: columns * across, perCell: across)
    let (left, width, bounds) = (left, size.width, xRange)
    let steps = TickStep.candidates(for: bounds, maxCount: columns).filter {
      !wholeX || $0.exponent >= 0
    }
    // Each step's marks first (right of the corner); its ticks placed with
    // their labels only when chooseXTicks needs them.
    let marks = steps.map { step in
      step.values(in: bounds).map { left + xScale.cell(of: $0) }.filter { $0 > left }
    }
    let placed = { (candidate: Int) -> [PlacedTick] in
      steps[candidate].ticks(in: bounds).compactMap { tick -> PlacedTick? in
        let position = left + xScale.cell(of: tick.value)
        guard position > left else { return nil }
        let length = tick.label.count
        return PlacedTick(
          tick: tick, position: position,
          labelColumn: min(max(0, position - length / 2), width - length))
      }
    }
    xTicks = Self.chooseXTicks(marks: marks, placed: placed, gap: max(1, min(10, columns / 3)))
    xEnds = Self.ends(besides: xTicks, of: xRange, left: left, columns: columns, width: width)
  }

  /// The fewest rows between two y tick marks: in ascii 2, or 3 from 12
  /// rows; in braille, whose curves are fine enough to read against many
  /// labels, 2, or 3 from 24 rows (a label on every other row of a tall plot
  /// is clutter).
  static func yTickGap(rows: Int, rendering: PlotRendering) -> Int {
    max(2, min(3, rendering == .braille ? rows / 8 : rows / 4))
  }

  /// The y ticks to show: the smallest nice step (``TickStep``) with two or
  /// more marks at least `gap` rows apart; failing that, 1 row apart; failing
  /// that, any that fit.
  ///
  /// Each mark is in the row nearest its value, so a step that is not a whole
  /// number of rows leaves gaps that differ by one row (never more, since the
  /// marks round an evenly spaced sequence); moving a mark to even the gaps
  /// would put it a row off its value, and a curve read against it would be
  /// misread. So when that smallest step's gaps are uneven, the next larger
  /// step whose gaps are all equal is taken instead, if it still labels at
  /// least ``evenTickMinimum`` ticks (or as many as the smaller step).
  /// - Parameters:
  ///   - scale: The y axis (its cells are the plot rows, 0 at the top).
  ///   - rows: The plot area's rows.
  ///   - gap: The fewest rows between marks.
  /// - Returns: The ticks, low to high.
  /// - Complexity: O(candidate steps * ticks).
  static func chooseYTicks(on scale: AxisScale, rows: Int, gap: Int) -> [PlotTick] {
    let bounds = scale.bounds
    let gaps = { (values: [Double]) -> [Int] in
      zip(values, values.dropFirst()).map { scale.cell(of: $0) - scale.cell(of: $1) }
    }
    let apart = { (values: [Double], gap: Int) -> Bool in
      values.count >= 2 && gaps(values).allSatisfy { $0 >= gap }
    }
    // Steps are judged by their values; only the chosen one is labelled.
    let labelled = { (values: [Double]) in
      values.map { PlotTick(value: $0, label: TickFormat.label($0)) }
    }
    let candidates = TickStep.candidates(for: bounds, maxCount: rows).map { $0.values(in: bounds) }
    guard let smallest = candidates.firstIndex(where: { apart($0, gap) }) else {
      return candidates.first { apart($0, 1) }.map(labelled)
        ?? TickStep.firstFitting(in: bounds, maxCount: rows) {
          gaps($0.map(\.value)).allSatisfy { $0 >= gap }
        }
    }
    let chosen = candidates[smallest]
    guard Set(gaps(chosen)).count > 1 else { return labelled(chosen) }
    let even = candidates[(smallest + 1)...].first { apart($0, gap) && Set(gaps($0)).count == 1 }
    if let even, even.count >= min(evenTickMinimum, chosen.count) { return labelled(even) }
    return labelled(chosen)
  }

  /// The fewest ticks an evenly spaced step must keep to be taken over a
  /// smaller step with uneven gaps (``chooseYTicks(on:rows:gap:)``).
  static let evenTickMinimum = 4

  /// Labels for the ends of the x range that are not ticks, where they fit
  /// (2 spaces from the nearest tick label, on the canvas): `-5` and `5` on
  /// the default range, so the axis says where it starts and ends.
  ///
  /// The lower end's mark is the corner (its value's column is the one right
  /// of it, where a `+` would read as `++`), its label centred on that
  /// column; the upper end's mark is in the last column, its label ending at
  /// the canvas's edge. A label is the end's value exactly, as a tick's
  /// (``TickFormat``), and only when that takes at most
  /// ``maxEndLabelLength`` characters or no more than the longest tick label:
  /// a range typed as `-3.7 2.2` is labelled so, one computed to 17 digits is
  /// not.
  /// - Complexity: O(1).
  private static func ends(
    besides ticks: [PlacedTick], of range: PlotBounds, left: Int, columns: Int, width: Int
  ) -> [PlacedTick] {
    let longest = max(maxEndLabelLength, ticks.map(\.tick.label.count).max() ?? 0)
    let clear = { (a: PlacedTick, b: PlacedTick) in
      b.labelColumn >= a.labelColumn + a.tick.label.count + 2
    }
    var ends: [PlacedTick] = []
    let lower = TickFormat.label(range.lower)
    let start = PlacedTick(
      tick: PlotTick(value: range.lower, label: lower), position: left - 1,
      labelColumn: max(0, left - lower.count / 2))
    if lower.count <= longest, start.labelColumn + lower.count <= width,
      ticks.first.map({ clear(start, $0) }) ?? true
    {
      ends.append(start)
    }
    let upper = TickFormat.label(range.upper)
    let end = PlacedTick(
      tick: PlotTick(value: range.upper, label: upper), position: left + columns - 1,
      labelColumn: width - upper.count)
    if upper.count <= longest, ticks.last?.position != end.position, end.labelColumn >= 0,
      (ticks.last ?? ends.last).map({ clear($0, end) }) ?? true
    {
      ends.append(end)
    }
    return ends
  }

  /// The longest label an end of the x range always gets when it fits.
  static let maxEndLabelLength = 6

  /// The x ticks to show, given each candidate step's placed ticks (smallest
  /// step first): the first with two or more ticks whose marks are `gap`
  /// columns apart and labels 2 spaces apart; failing that, the same with
  /// marks `gap / 2` apart; failing that, the first that keeps two or more
  /// ticks a nice step (1, 2 or 5 x 10^k) apart once labels that would touch
  /// are dropped (``withoutOverlaps(_:)``); failing all, the first with a
  /// single tick, or the largest step's ticks so thinned.
  ///
  /// A step whose marks are too close is passed over without placing its
  /// labels, which is the same choice, since its ticks are not spaced either.
  /// - Parameters:
  ///   - marks: Each candidate step's mark positions, left to right.
  ///   - placed: The placed ticks of candidate i (their positions are `marks[i]`).
  ///   - gap: The fewest columns between marks.
  /// - Returns: The ticks shown, left to right.
  /// - Complexity: O(total candidate ticks).
  private static func chooseXTicks(
    marks: [[Int]], placed: (Int) -> [PlacedTick], gap: Int
  ) -> [PlacedTick] {
    func apart(_ marks: [Int], gap: Int) -> Bool {
      marks.count >= 2 && zip(marks, marks.dropFirst()).allSatisfy { $1 - $0 >= gap }
    }
    func spaced(_ ticks: [PlacedTick], gap: Int) -> Bool {
      ticks.count >= 2
        && zip(ticks, ticks.dropFirst()).allSatisfy {
          $1.position - $0.position >= gap
            && $1.labelColumn >= $0.labelColumn + $0.tick.label.count + 2
        }
    }
    for gap in [gap, max(1, gap / 2)] {
      for candidate in marks.indices where apart(marks[candidate], gap: gap) {
        let ticks = placed(candidate)
        if spaced(ticks, gap: gap) { return ticks }
      }
    }
    let candidates = marks.indices.map(placed)
    let thinned = candidates.map(withoutOverlaps)
    let even = { (ticks: [PlacedTick]) -> Bool in
      let gaps = zip(ticks, ticks.dropFirst()).map { $1.tick.value - $0.tick.value }
      let power = LibM.pow(10, LibM.log10(gaps[0]).rounded(.down))
      let nice = [1.0, 2, 5, 10].contains { abs(gaps[0] / power - $0) < 1e-6 }
      return nice && gaps.allSatisfy { abs($0 - gaps[0]) <= 1e-9 * abs(gaps[0]) }
    }
    return thinned.first { $0.count >= 2 && even($0) } ?? candidates.first { $0.count == 1 }
      ?? thinned.last { !$0.isEmpty } ?? []
  }

  /// Samples per cell across and down (1x1 ascii, 2x4 braille).
  package var samplesPerCell: (across: Int, down: Int) { rendering.samplesPerCell }

  /// The x axis: ``sampleColumns`` samples over ``xRange``, sample 0 at xmin.
  package var xScale: AxisScale {
    AxisScale(bounds: xRange, samples: sampleColumns, perCell: samplesPerCell.across)
  }

  /// The y axis: ``sampleRows`` samples over ``yRange``, sample 0 at ymax (top).
  package var yScale: AxisScale {
    AxisScale(bounds: yRange, samples: sampleRows, perCell: samplesPerCell.down, reversed: true)
  }

  /// Samples across the plot area: columns * a.
  package var sampleColumns: Int { columns * samplesPerCell.across }
  /// Samples down the plot area: rows * d.
  package var sampleRows: Int { rows * samplesPerCell.down }

  /// The canvas cell (row, column) of a data point, or nil when the point is
  /// NaN or outside the plot area.
  package func cell(of point: PlotPoint) -> (row: Int, column: Int)? {
    let column = xScale.cell(of: point.x)
    let row = yScale.cell(of: point.y)
    guard (0..<columns).contains(column), (0..<rows).contains(row) else { return nil }
    return (top + row, left + column)
  }

  /// The canvas column of the plot area where x is drawn, or nil when x is
  /// NaN or outside the range: the one map from x to columns, which the
  /// trace cursor is drawn by and a click is read back through
  /// (``x(atColumn:)``).
  package func column(of x: Double) -> Int? {
    let column = xScale.cell(of: x)
    guard (0..<columns).contains(column) else { return nil }
    return left + column
  }

  /// The x a canvas column stands for: the value of its middle sample
  /// (sample c * a + (a - 1) / 2 of column c, the first of two in braille),
  /// so ``column(of:)`` maps it back to the same column; nil outside the
  /// plot area.
  package func x(atColumn canvasColumn: Int) -> Double? {
    let column = canvasColumn - left
    guard (0..<columns).contains(column) else { return nil }
    let (across, _) = samplesPerCell
    return xScale.value(atSample: column * across + (across - 1) / 2)
  }

  /// The width of one column in x: what the cursor moves per step.
  package var columnWidth: Double {
    xRange.width * Double(samplesPerCell.across) / Double(max(1, sampleColumns - 1))
  }

  /// Drops x ticks whose labels would touch the previous kept label.
  private static func withoutOverlaps(_ ticks: [PlacedTick]) -> [PlacedTick] {
    var kept: [PlacedTick] = []
    for tick in ticks {
      if let previous = kept.last,
        tick.labelColumn < previous.labelColumn + previous.tick.label.count + 1
      {
        continue
      }
      kept.append(tick)
    }
    return kept
  }
}
