/// What a canvas cell shows, so a front end can colour it.
package enum CellRole: Sendable, Equatable, Hashable {
  /// Nothing: a space.
  case blank
  /// The border, zero lines and tick marks.
  case axis
  /// A number next to a tick mark.
  case tickLabel
  /// The legend's text (its glyphs carry their series' or marker's role).
  case legend
  /// A curve: the index of its series in ``PlotScene/series``.
  case series(Int)
  /// A point of the last feed.
  case feedPoint
  /// A past step of the decay trajectory.
  case decayMarker
  /// The decay trajectory's last point, where the simulation stands.
  case currentMarker
  /// A chart's reference line, such as a decay's target.
  case reference
  /// An arrow at a view's edge pointing to a marker outside it, with its value.
  case offRange
  /// A live unit's kink on a chart's x axis.
  case liveMark
  /// A dead unit's kink on a chart's x axis.
  case deadMark
  /// The end of a jump that does not hold the value at the jump (a hollow dot).
  case openPoint
  /// The end of a jump that holds the value at the jump (a filled dot).
  case closedPoint
  /// A heat map's cell, shaded by its value.
  case shade
  /// The trace cursor's column.
  case cursor
  /// Where a curve crosses the trace cursor's column.
  case cursorPoint

  /// The drawing priority.
  ///
  /// A cell keeps the content of the highest priority
  /// written to it (labels win over markers, markers over curves, curves over
  /// axes), as gnuplot's text terminal does. Equal priority: the later wins.
  package var priority: Int {
    switch self {
    case .blank: 0
    case .axis, .reference, .cursor: 1
    case .series, .shade: 2
    case .openPoint, .closedPoint: 4
    case .feedPoint, .decayMarker, .liveMark, .deadMark: 5
    case .currentMarker, .cursorPoint: 6
    case .tickLabel, .legend, .offRange: 7
    }
  }
}
