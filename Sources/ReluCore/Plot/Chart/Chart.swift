/// A chart of data series, drawn by the same canvas as the function plots:
/// the decay's step chart, the race of `compare`, and any curve of values
/// against a count.
package struct Chart: Sendable, Equatable {
  /// The series, in legend order.
  package var series: [DataSeries]
  /// The horizontal range.
  package var xRange: PlotBounds
  /// The vertical range.
  package var yRange: PlotBounds
  /// What the horizontal axis counts, for exports (`step`).
  package var xName: String
  /// Whether x counts things, so ticks fall on whole numbers only.
  package var wholeX: Bool
  /// ascii or braille.
  package var rendering: PlotRendering
  /// The language the labels are shown in, the session's when the chart was
  /// built or restyled.
  package var language: InterfaceLanguage
  /// Where the trace cursor stands on the x axis: a column marked down the
  /// chart; nil: no cursor.
  package var cursor: Double?

  package init(
    series: [DataSeries], xRange: PlotBounds, yRange: PlotBounds, xName: String,
    wholeX: Bool = true, rendering: PlotRendering = .ascii, language: InterfaceLanguage = .en
  ) {
    self.series = series
    self.xRange = xRange
    self.yRange = yRange
    self.xName = xName
    self.wholeX = wholeX
    self.rendering = rendering
    self.language = language
  }

  /// The label of `series` in the chart's language.
  package func label(of series: DataSeries) -> String { series.label(language) }

  /// The range from the least to the greatest finite value given, widened by
  /// `margin` of its width each way (or by half the magnitude, or 1 at 0, when
  /// all values are equal); -1 to 1 when none is finite.
  /// - Complexity: O(values).
  package static func range(covering values: some Sequence<Double>, margin: Double) -> PlotBounds {
    var low = Double.infinity
    var high = -Double.infinity
    for value in values where value.isFinite {
      low = min(low, value)
      high = max(high, value)
    }
    let fallback = (try? PlotBounds(lower: -1, upper: 1)) ?? .defaultX
    guard low <= high else { return fallback }
    let pad = margin * high - margin * low
    if pad > 0, let bounds = try? PlotBounds(lower: low - pad, upper: high + pad) {
      return bounds
    }
    let center = low / 2 + high / 2
    let half = center == 0 ? 1 : abs(center) / 2
    return (try? PlotBounds(lower: center - half, upper: center + half)) ?? fallback
  }
}
