/// A labelled tick on an axis: a value and the text printed for it.
package struct PlotTick: Sendable, Equatable {
  /// Where the tick is, in data coordinates.
  package var value: Double
  /// The label, such as `-4`, `0.5` or `1e-06`.
  package var label: String

  package init(value: Double, label: String) {
    self.value = value
    self.label = label
  }
}
