/// Evenly spaced samples of a range, shared by the plots and the exports.
package enum PlotSampling {
  /// Sample `index` of `count` evenly spaced over `bounds`, both ends included.
  ///
  /// x = lower + t * (upper - lower) with t = index / (count - 1), and exactly
  /// `upper` for the last one. With `count` < 2 the only sample is `lower`.
  /// - Parameters:
  ///   - index: 0 to count - 1.
  ///   - count: How many samples.
  ///   - bounds: The range.
  /// - Returns: The sample's x.
  package static func x(_ index: Int, of count: Int, in bounds: PlotBounds) -> Double {
    guard count > 1, index > 0 else { return bounds.lower }
    if index >= count - 1 { return bounds.upper }
    let t = Double(index) / Double(count - 1)
    return bounds.lower + t * bounds.width
  }
}
