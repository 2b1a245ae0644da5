/// Points drawn on top of the curves, on one series' curve.
package struct PlotOverlay: Sendable, Equatable {
  /// What the points are.
  package enum Kind: Sendable, Equatable {
    /// The inputs z and outputs f(z) of the last `feed`, all alike (`X`).
    case feed
    /// The decay trajectory in order: step k is drawn as the digit k mod 10,
    /// and the last point, where the simulation stands now, as `C`.
    case decay
  }

  /// What the points are.
  package var kind: Kind
  /// The curve the points lie on (named in the legend).
  package var series: PlotSeries
  /// The points, in order.
  package var points: [PlotPoint]

  package init(kind: Kind, series: PlotSeries, points: [PlotPoint]) {
    self.kind = kind
    self.series = series
    self.points = points
  }
}
