/// The samples of the plot area one series lights.
///
/// Sample column k shows the series at x_k (see ``PlotFrame``) in the nearest
/// sample row. Where consecutive columns are more than one row apart, the rows
/// between are lit too, each in the column whose row is nearer (ties go right),
/// so steep curves stay connected without leaving the band between the two
/// samples. Samples that are NaN or infinite are skipped and never bridged.
/// At a jump (relu' and leaky' at x = 0), the column nearest 0 is left out
/// and the two sides are not bridged: the renderer marks the ends instead.
struct CurveTracer {
  let scene: PlotScene
  let series: PlotSeries
  let frame: PlotFrame
  /// The sample column nearest x = 0 when the series jumps there and 0 is in
  /// the x range: found once, as every sample column is checked against it.
  let jumpSample: Int?

  init(scene: PlotScene, series: PlotSeries, frame: PlotFrame) {
    self.scene = scene
    self.series = series
    self.frame = frame
    guard scene.isDiscontinuousAtZero(series), frame.xRange.contains(0),
      let sample = frame.xScale.nearestSample(of: 0), frame.xScale.contains(sample: sample)
    else {
      jumpSample = nil
      return
    }
    jumpSample = sample
  }

  /// The nearest sample row (clamped to -1...M, so possibly just outside the
  /// plot) of the series at sample column `column`; nil for a non-finite value
  /// or the jump column.
  func sampleRow(at column: Int) -> Int? {
    guard column != jumpSample else { return nil }
    let y = scene.value(of: series, at: frame.xScale.value(atSample: column))
    guard y.isFinite else { return nil }
    return frame.yScale.nearestSample(of: y)
  }

  /// Calls `body(column, row)` for every sample the curve lights, each
  /// inside the plot area.
  /// - Complexity: O(sample columns + sample rows lit).
  @inline(__always)
  func forEachSample(_ body: (_ column: Int, _ row: Int) -> Void) {
    let rows = frame.yScale
    let jump = jumpSample
    var previous: Int?
    for column in 0..<frame.sampleColumns {
      guard column != jump, let row = sampleRow(at: column) else {
        previous = nil
        continue
      }
      if rows.contains(sample: row) { body(column, row) }
      if let above = previous, abs(row - above) > 1 {
        for between in (min(above, row) + 1)..<max(above, row) where rows.contains(sample: between)
        {
          body(abs(between - above) < abs(between - row) ? column - 1 : column, between)
        }
      }
      previous = row
    }
  }
}
