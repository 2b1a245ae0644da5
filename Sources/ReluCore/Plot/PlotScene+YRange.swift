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
  ///
  /// The same function of the same samples as ``sampledYRange``, its plain
  /// definition, with the rectifiers' extremes over the samples taken from
  /// a few of them (``rectifierExtent(of:)``); sigmoid and tanh are sampled.
  /// - Complexity: O(overlay points) for the rectifiers, plus
  ///   O(``rangeSamples``) for each smooth series.
  package var automaticYRange: PlotBounds {
    var extent = YExtent()
    // The same x serve every sampled series: computed once, when needed.
    var xs: [Double] = []
    for series in series {
      if let ends = rectifierExtent(of: series) {
        extent.include(ends)
        continue
      }
      if xs.isEmpty { xs = rangeXs }
      for x in xs { extent.include(value(of: series, at: x)) }
    }
    includeOverlays(in: &extent)
    return extent.paddedBounds
  }

  /// The definition of ``automaticYRange``: every series evaluated at every
  /// one of its samples.
  /// - Complexity: O(series * ``rangeSamples`` + overlay points).
  package var sampledYRange: PlotBounds {
    var extent = YExtent()
    let xs = rangeXs
    for series in series {
      for x in xs { extent.include(value(of: series, at: x)) }
    }
    includeOverlays(in: &extent)
    return extent.paddedBounds
  }

  /// The x at which a series is sampled for the y range: ``rangeSamples``
  /// evenly spaced over the x range, then 0 when it lies in the range.
  private var rangeXs: [Double] {
    var xs = (0..<Self.rangeSamples).map { PlotSampling.x($0, of: Self.rangeSamples, in: xRange) }
    if xRange.contains(0) { xs.append(0) }
    return xs
  }

  /// The least and greatest finite value a rectifier series takes at the
  /// samples (``rangeXs``), found from the value at the ends of the x range
  /// and at 0; nil when that does not settle it (sigmoid and tanh, an
  /// alpha that is not finite and >= 0, an end value that overflows), so the
  /// caller samples.
  ///
  /// Why the few values give the samples' extremes exactly, in floating
  /// point: the samples lie in [lower, upper] and include both ends (and 0
  /// when in range).
  /// - relu' and leaky' take only three values: the slope below 0 at every
  ///   sample < 0 (there is one exactly when lower < 0: lower itself), 1 at
  ///   every sample > 0 (exactly when upper > 0), and f'(0) at 0 (a sample
  ///   exactly when 0 is in range). The values at lower, upper and 0 are
  ///   that same set.
  /// - relu (max(x, 0)) and leaky with a finite alpha >= 0 (x for x > 0,
  ///   alpha * x + 0 otherwise) are non-decreasing as computed, since a
  ///   product rounded to nearest does not decrease as x grows: their least
  ///   and greatest sample values are those at lower and upper, the first
  ///   and last samples, when those are finite (alpha * lower can overflow
  ///   to -infinity, and then the least finite value lies elsewhere).
  /// - Complexity: O(1).
  func rectifierExtent(of series: PlotSeries) -> YExtent? {
    guard series.kind.isRectifier else { return nil }
    var extent = YExtent()
    if series.isDerivative {
      extent.include(value(of: series, at: xRange.lower))
      extent.include(value(of: series, at: xRange.upper))
      if xRange.contains(0) { extent.include(value(of: series, at: 0)) }
      return extent
    }
    guard series.kind == .relu || (alpha.isFinite && alpha >= 0) else { return nil }
    let low = value(of: series, at: xRange.lower)
    let high = value(of: series, at: xRange.upper)
    guard low.isFinite, high.isFinite else { return nil }
    extent.include(low)
    extent.include(high)
    return extent
  }

  /// Overlay points whose x is in the x range.
  /// - Complexity: O(overlay points).
  private func includeOverlays(in extent: inout YExtent) {
    for overlay in overlays {
      for point in overlay.points where xRange.contains(point.x) { extent.include(point.y) }
    }
  }
}

/// The least and greatest finite values seen, for ``PlotScene/automaticYRange``.
struct YExtent {
  /// The least value seen; +infinity before any.
  private(set) var low = Double.infinity
  /// The greatest value seen; -infinity before any.
  private(set) var high = -Double.infinity

  /// Counts `y` unless it is NaN or infinite.
  mutating func include(_ y: Double) {
    guard y.isFinite else { return }
    low = min(low, y)
    high = max(high, y)
  }

  /// Counts both ends of another extent.
  mutating func include(_ other: YExtent) {
    include(other.low)
    include(other.high)
  }

  /// low to high with a margin of 5% of the spread each way; a single value
  /// padded by half its magnitude (or by 1 when it is 0); -1 to 1 when
  /// nothing was seen.
  var paddedBounds: PlotBounds {
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
