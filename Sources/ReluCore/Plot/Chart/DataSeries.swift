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
  }

  /// How the series is drawn.
  package var role: Role
  /// The legend's text in each language, such as `relu: reached after 2 steps`.
  package var label: Words
  /// The points, in order.
  package var points: [PlotPoint]
  /// The index of the point marked as where the series stands now, if any.
  package var highlighted: Int?

  package init(role: Role, label: Words, points: [PlotPoint], highlighted: Int? = nil) {
    self.role = role
    self.label = label
    self.points = points
    self.highlighted = highlighted
  }
}
