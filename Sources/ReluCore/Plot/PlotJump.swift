/// A series' jump at x = 0 (relu' and leaky'): the value there and the limits
/// from either side, which every plot (text and SVG) draws its ends from.
package struct PlotJump: Sendable, Equatable {
  /// The value at 0, by the scene's convention: the closed (filled) end.
  package var value: Double
  /// The limit from the left, as x rises to 0.
  package var leftLimit: Double
  /// The limit from the right, as x falls to 0.
  package var rightLimit: Double

  package init(value: Double, leftLimit: Double, rightLimit: Double) {
    self.value = value
    self.leftLimit = leftLimit
    self.rightLimit = rightLimit
  }

  /// The limit from the side that does not hold the value at 0: the open
  /// (hollow) end.
  package var openEnd: Double { value == leftLimit ? rightLimit : leftLimit }

  /// Every one-sided limit that is not the value at 0: one end, or both when
  /// f'(0) lies between them (`grad0 mid`).
  package var openEnds: [Double] { [leftLimit, rightLimit].filter { $0 != value } }

  /// The jump of `series` at x = 0 in `scene`, or nil when the series is
  /// continuous there (whether 0 is in the x range is the caller's question).
  ///
  /// The one-sided limits are read as the values at the nearest nonzero
  /// doubles, -0x1p-1074 and 0x1p-1074. That is exact for the only series
  /// that jump, relu' and leaky', which are constant on each side of 0 (0 or
  /// alpha to the left, 1 to the right); for a series merely continuous on
  /// each side it would be the limit to within that series' rounding.
  package init?(of series: PlotSeries, in scene: PlotScene) {
    guard scene.isDiscontinuousAtZero(series) else { return nil }
    self.init(
      value: scene.value(of: series, at: 0),
      leftLimit: scene.value(of: series, at: -.leastNonzeroMagnitude),
      rightLimit: scene.value(of: series, at: .leastNonzeroMagnitude))
  }
}
