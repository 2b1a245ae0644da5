/// A summary of one pass through a layer: how many units are active
/// (input z > 0) and the spread of inputs and outputs.
///
/// NaN elements are counted in `count` but skipped by min and max; they make
/// the mean NaN, as the arithmetic says.
package struct FeedStatistics: Sendable, Hashable {
  /// The number of elements.
  package var count: Int
  /// The number of units whose input is > 0.
  package var active: Int
  /// The smallest, largest and mean input; nil for an empty input.
  package var input: Summary?
  /// The smallest, largest and mean output; nil for an empty input.
  package var output: Summary?

  /// Minimum, maximum and arithmetic mean of some numbers.
  package struct Summary: Sendable, Hashable {
    package var min: Double
    package var max: Double
    package var mean: Double
  }

  /// The share of active units, `active / count`; 0 for an empty input.
  package var activeFraction: Double {
    count == 0 ? 0 : Double(active) / Double(count)
  }

  /// - Complexity: O(n).
  package init(input: Tensor, output: Tensor) {
    count = input.count
    active = input.scalars.reduce(0) { $0 + ($1 > 0 ? 1 : 0) }
    self.input = Summary(input.scalars)
    self.output = Summary(output.scalars)
  }
}

extension FeedStatistics.Summary {
  /// The summary of `xs`, or nil when `xs` is empty.
  ///
  /// min and max skip NaN (they are NaN only when
  /// every element is NaN).
  init?(_ xs: [Double]) {
    guard !xs.isEmpty else { return nil }
    var low = Double.nan
    var high = Double.nan
    var sum = 0.0
    for x in xs {
      sum += x
      if x.isNaN { continue }
      if low.isNaN || x < low { low = x }
      if high.isNaN || x > high { high = x }
    }
    self.init(min: low, max: high, mean: sum / Double(xs.count))
  }
}
