/// One series of a ``Chart``: (x, y) points with a role.
package struct DataSeries: Sendable, Equatable {
  /// What the points are, which decides how they are drawn.
  package enum Role: Sendable, Equatable {
    /// Points joined in order by straight lines, in the glyph and colour of a
    /// function's curve (a decay's trajectory: f(z) against the step).
    case line(PlotSeries)
    /// A horizontal reference line across the chart at the first point's y
    /// (a decay's target), drawn dotted.
    case reference
    /// Each point alone, as a dot: data such as a network's targets.
    case points
    /// A mark on the x axis's row at each point's x (y is ignored): `^` for
    /// live, `x` for dead, such as the kinks of a network's units.
    case marks(dead: Bool)
    /// Points joined in order by straight lines in a style of their own (a
    /// census's width), named `short` where the legend is narrow and
    /// `column` (else `short`) at the head of its CSV column; a dashed style
    /// is drawn dotted in text, every other cell lit (a closed form beside a
    /// simulation), and dashed in SVG.
    case styled(SeriesStyle, short: String, column: String? = nil)
  }

  /// How the series is drawn.
  package var role: Role
  /// The legend's text in each language, such as `relu: reached after 2 steps`.
  package var label: Words
  /// The points, in order.
  package var points: [PlotPoint]
  /// The index of the point marked as where the series stands now, if any.
  package var highlighted: Int?
  /// Whether the legend names the series (one of several lines of the same
  /// kind is named once).
  package var inLegend: Bool

  package init(
    role: Role, label: Words, points: [PlotPoint], highlighted: Int? = nil, inLegend: Bool = true
  ) {
    self.role = role
    self.label = label
    self.points = points
    self.highlighted = highlighted
    self.inLegend = inLegend
  }

  /// The style of a line series: its function's, or its own; nil for the rest.
  package var lineStyle: SeriesStyle? {
    switch role {
    case .line(let series): series.style
    case .styled(let style, _, _): style
    case .reference, .points, .marks: nil
    }
  }
}
