/// A point in data coordinates.
package struct PlotPoint: Sendable, Equatable {
  /// The input, on the horizontal axis.
  package var x: Double
  /// The output, on the vertical axis.
  package var y: Double

  package init(x: Double, y: Double) {
    self.x = x
    self.y = y
  }
}
