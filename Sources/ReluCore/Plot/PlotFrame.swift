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
  /// The x ticks, marks on the bottom border, labels on the last line.
  package let xTicks: [PlacedTick]
  /// The y ticks, marks on the left border, labels right-aligned before it.
  package let yTicks: [PlacedTick]

  /// Lays out a scene on a canvas of the given size.
  /// - Parameters:
  ///   - scene: What to show.
  ///   - size: The canvas size.
  /// - Complexity: O(series * ``PlotScene/rangeSamples``) for an automatic y range.
  package init(scene: PlotScene, size: PlotSize) {
    self.size = size
    rendering = scene.rendering
    xRange = scene.xRange
    yRange = scene.effectiveYRange
    legend = PlotLegend(
      entries: PlotLegend.entries(for: scene), width: size.width,
      maxLines: size.height - 2 - Self.minimumRows)
    top = legend.lines.count
    rows = size.height - top - 2
    let (across, down) = scene.rendering.samplesPerCell

    // y ticks: tick marks at least 2 (up to 3) rows apart.
    let yScale = AxisScale(bounds: yRange, samples: rows * down, perCell: down, reversed: true)
    let rowGap = max(2, min(3, rows / 4))
    var yTicks = TickStep.firstFitting(in: yRange, maxCount: rows) { ticks in
      zip(ticks, ticks.dropFirst()).allSatisfy {
        yScale.cell(of: $0.value) - yScale.cell(of: $1.value) >= rowGap
      }
    }
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

    // x ticks: labels centred under their marks, kept on the canvas, with
    // marks at least min(10, columns / 3) columns apart and 2 spaces between labels.
    let xScale = AxisScale(bounds: xRange, samples: columns * across, perCell: across)
    let columnGap = max(1, min(10, columns / 3))
    let (left, width) = (left, size.width)
    let place = { (tick: PlotTick) -> PlacedTick in
      let position = left + xScale.cell(of: tick.value)
      let start = position - tick.label.count / 2
      return PlacedTick(
        tick: tick, position: position,
        labelColumn: min(max(0, start), width - tick.label.count))
    }
    let xTicks = TickStep.firstFitting(in: xRange, maxCount: columns) { ticks in
      let placed = ticks.map(place)
      return zip(placed, placed.dropFirst()).allSatisfy {
        $1.position - $0.position >= columnGap
          && $1.labelColumn >= $0.labelColumn + $0.tick.label.count + 2
      }
    }.map(place)
    self.xTicks = Self.withoutOverlaps(xTicks)
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
