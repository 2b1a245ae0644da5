/// The map between one axis's data values and its samples and cells.
///
/// With n samples over [lower, upper], sample i stands for
/// lower + i / (n - 1) * (upper - lower), or for a reversed axis (y, drawn top
/// down) upper - i / (n - 1) * (upper - lower). Cell c holds samples
/// c * perCell ..< (c + 1) * perCell.
package struct AxisScale: Sendable, Equatable {
  /// The data range.
  package let bounds: PlotBounds
  /// How many samples span the range, at least 2.
  package let samples: Int
  /// Samples per cell: 1 for ascii, 2 across or 4 down for braille.
  package let perCell: Int
  /// Whether sample 0 is `upper` (the y axis) rather than `lower`.
  package let reversed: Bool

  package init(bounds: PlotBounds, samples: Int, perCell: Int, reversed: Bool = false) {
    self.bounds = bounds
    self.samples = max(2, samples)
    self.perCell = max(1, perCell)
    self.reversed = reversed
  }

  /// The value sample `index` stands for.
  package func value(atSample index: Int) -> Double {
    let forward = reversed ? samples - 1 - index : index
    return PlotSampling.x(forward, of: samples, in: bounds)
  }

  /// Where `value` falls, in samples (fractional; 0 and n - 1 are the ends);
  /// NaN for NaN.
  package func position(of value: Double) -> Double {
    let distance = reversed ? bounds.upper - value : value - bounds.lower
    return distance / bounds.width * Double(samples - 1)
  }

  /// The nearest sample to `value`, clamped to -1...n (both just outside the
  /// axis) so huge and infinite values stay representable; nil for NaN.
  package func nearestSample(of value: Double) -> Int? {
    let position = position(of: value)
    guard !position.isNaN else { return nil }
    return Self.rounded(min(max(position, -1), Double(samples)))
  }

  /// `Int(x.rounded())`: the nearest integer, halves away from zero, for
  /// |x| < 2^52, without a call into libm's `round` (Swift does not inline
  /// it on this target): x truncated, then one up or down when the exact
  /// remainder x - trunc(x) is a half or more.
  /// - Parameter x: A finite value with |x| < 2^52.
  /// - Returns: The nearest integer, halves away from zero.
  @inline(__always)
  static func rounded(_ x: Double) -> Int {
    let whole = Int(x)
    let remainder = x - Double(whole)
    return remainder >= 0.5 ? whole + 1 : remainder <= -0.5 ? whole - 1 : whole
  }

  /// The cell holding the sample nearest to `value` (may be outside the axis
  /// for values outside the range; -1 for NaN).
  package func cell(of value: Double) -> Int {
    guard let sample = nearestSample(of: value) else { return -1 }
    return sample >= 0 ? sample / perCell : -1
  }

  /// Whether a sample index lies on the axis.
  package func contains(sample: Int) -> Bool { sample >= 0 && sample < samples }
}
