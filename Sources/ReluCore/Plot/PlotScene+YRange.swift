extension PlotScene {
  /// Samples per series used to find the automatic y range.
  package static let rangeSamples = 1001

  /// The y range a plot uses: ``yRange`` when set, else ``automaticYRange``.
  package var effectiveYRange: PlotBounds { yRange ?? automaticYRange }

  /// A y range covering every series and overlay point in the x range, with
  /// a margin of 5% of the spread above and below.
  ///
  /// Each series is sampled at ``rangeSamples`` evenly spaced x (ends
  /// included) and at x = 0 when in range; overlay points count when their x
  /// is in range. NaN and infinite values are ignored. A constant (such as
  /// leaky' with alpha = 1) is padded by half its magnitude each way, or by 1
  /// when it is 0, so the line sits mid-plot; with nothing to show the range
  /// is -1 to 1.
  /// - Complexity: O(series * rangeSamples + overlay points).
  package var automaticYRange: PlotBounds {
    var low = Double.infinity
    var high = -Double.infinity
    func include(_ y: Double) {
      guard y.isFinite else { return }
      low = min(low, y)
      high = max(high, y)
    }
    // The same x serve every series: computed once.
    let xs = (0..<Self.rangeSamples).map { PlotSampling.x($0, of: Self.rangeSamples, in: xRange) }
    for series in series {
      for x in xs { include(value(of: series, at: x)) }
      if xRange.contains(0) { include(value(of: series, at: 0)) }
    }
    for overlay in overlays {
      for point in overlay.points where xRange.contains(point.x) { include(point.y) }
    }
    let fallback = (try? PlotBounds(lower: -1, upper: 1)) ?? .defaultX
    guard low <= high else { return fallback }
    let margin = 0.05 * high - 0.05 * low
    if let bounds = try? PlotBounds(lower: low - margin, upper: high + margin) { return bounds }
    let center = low / 2 + high / 2
    let pad = center == 0 ? 1 : abs(center) / 2
    if let bounds = try? PlotBounds(lower: center - pad, upper: center + pad) { return bounds }
    return (try? PlotBounds(lower: low, upper: high)) ?? fallback
  }
}
