/// The SVG stroke of one line of a plot or chart, chosen so a line drawn over
/// an earlier one that it runs along leaves the earlier one visible.
///
/// Lines are drawn in order, each over the ones before. A line that runs
/// along no earlier line keeps its style (``SeriesStyle``): its colour, width
/// ``width``, dashed for derivatives. A line that runs along earlier lines
/// (relu and leaky for z > 0, relu' and leaky' along y = 1, two runs of
/// `compare` with the same values) sits one layer above the highest of
/// them, and is drawn thinner the higher its layer (``layerWidths``) and
/// dashed ``overDashArray``, each layer's dashes shifted half a period from
/// the layer below's, so the lines under it show through its gaps and along
/// its edges.
package struct SVGLineStroke: Sendable, Equatable {
  /// The colour, `#rrggbb`.
  package var color: String
  /// The width in pixels.
  package var width: Double
  /// The `stroke-dasharray`, or nil for a solid line.
  package var dashArray: String?
  /// The `stroke-dashoffset` (0: none).
  package var dashOffset: Double

  /// The width of a line over no other.
  package static let width = 2.0
  /// The width of a line by its layer (0: over no other), the last for any
  /// layer beyond.
  package static let layerWidths = [width, 1.5, 1, 0.75]
  /// The dashes of a line over another.
  package static let overDashArray = "4 3"
  /// Half the period of ``overDashArray``: how far each layer's dashes are
  /// shifted from the layer below's.
  static let overDashShift = 3.5

  /// The SVG attributes: `stroke`, `stroke-width`, and the dash when there
  /// is one.
  package var attributes: [(String, String)] {
    var attributes = [("stroke", color), ("stroke-width", SVGWriter.number(width))]
    if let dashArray { attributes.append(("stroke-dasharray", dashArray)) }
    if dashOffset != 0 { attributes.append(("stroke-dashoffset", SVGWriter.number(dashOffset))) }
    return attributes
  }

  /// The stroke of a line in its own style, over no other line.
  package init(style: SeriesStyle) {
    color = style.color.hex
    width = Self.width
    dashArray = style.dashed ? SeriesStyle.svgDashArray : nil
    dashOffset = 0
  }

  /// The stroke of a line in `layer` (0: over no other).
  init(style: SeriesStyle, layer: Int) {
    self.init(style: style)
    guard layer > 0 else { return }
    width = Self.layerWidths[min(layer, Self.layerWidths.count - 1)]
    dashArray = Self.overDashArray
    dashOffset = Double(layer - 1) * Self.overDashShift
  }

  /// The strokes of lines drawn in order.
  /// - Parameters:
  ///   - lines: Each line's style and its drawn polylines in pixels (x to
  ///     the right, y down), in drawing order; nil for a series that is not
  ///     a line (it gets nil).
  ///   - area: The plot area in pixels; only what lies in it counts.
  /// - Returns: Each line's stroke (see the type's description).
  /// - Complexity: O(lines^2 * area width + points).
  static func strokes(
    for lines: [(style: SeriesStyle, runs: [[PlotPoint]])?],
    in area: (left: Double, right: Double, top: Double, bottom: Double)
  ) -> [SVGLineStroke?] {
    let traces = lines.map { $0.map { PixelTrace(runs: $0.runs, area: area) } }
    var layers: [Int?] = []
    for (index, trace) in traces.enumerated() {
      guard let trace else {
        layers.append(nil)
        continue
      }
      var layer = 0
      for earlier in 0..<index {
        guard let under = traces[earlier], let below = layers[earlier],
          trace.runsAlong(under, within: width)
        else { continue }
        layer = max(layer, below + 1)
      }
      layers.append(layer)
    }
    return zip(lines, layers).map { line, layer in
      guard let line, let layer else { return nil }
      return SVGLineStroke(style: line.style, layer: layer)
    }
  }
}

/// A polyline sampled at every whole pixel x within a plot area: the y
/// values it takes there (a near-vertical segment or two runs may give one x
/// several).
private struct PixelTrace {
  /// The y values at each whole pixel x in the area, from ``firstX`` on.
  private var columns: [[Double]]
  private let firstX: Int
  /// How many whole pixel x the trace has a value at.
  private let litColumns: Int

  init(runs: [[PlotPoint]], area: (left: Double, right: Double, top: Double, bottom: Double)) {
    let firstX = Int(area.left.rounded(.up))
    let lastX = Int(area.right.rounded(.down))
    var columns = [[Double]](repeating: [], count: max(0, lastX - firstX + 1))
    let yRange = (area.top - SVGLineStroke.width)...(area.bottom + SVGLineStroke.width)
    func add(_ y: Double, at x: Int) {
      guard yRange.contains(y), columns.indices.contains(x - firstX) else { return }
      columns[x - firstX].append(y)
    }
    for run in runs {
      for (a, b) in zip(run, run.dropFirst()) where a.x.isFinite && b.x.isFinite {
        let (low, high) = a.x <= b.x ? (a, b) : (b, a)
        // Whole x from here on lie in the area, so they convert to Int.
        guard high.x >= Double(firstX) - 1, low.x <= Double(lastX) + 1 else { continue }
        guard high.x - low.x >= 1e-9 else {
          add(low.y, at: Int(low.x.rounded()))
          add(high.y, at: Int(high.x.rounded()))
          continue
        }
        let from = Int(max(low.x, Double(firstX)).rounded(.up))
        let to = Int(min(high.x, Double(lastX)).rounded(.down))
        guard from <= to else { continue }
        for x in from...to {
          let t = (Double(x) - low.x) / (high.x - low.x)
          add(low.y + t * (high.y - low.y), at: x)
        }
      }
    }
    self.firstX = firstX
    self.columns = columns
    litColumns = columns.filter { !$0.isEmpty }.count
  }

  /// Whether this trace runs along `other`: within `tolerance` pixels of it
  /// at 8 whole pixel x in a row, or at every x `other` has a value at when
  /// it has fewer.
  func runsAlong(_ other: PixelTrace, within tolerance: Double) -> Bool {
    let needed = min(8, other.litColumns)
    guard needed > 0 else { return false }
    var stretch = 0
    for x in columns.indices {
      let otherX = x + firstX - other.firstX
      let near =
        other.columns.indices.contains(otherX)
        && columns[x].contains { y in other.columns[otherX].contains { abs($0 - y) <= tolerance } }
      stretch = near ? stretch + 1 : 0
      if stretch >= needed { return true }
    }
    return false
  }
}
