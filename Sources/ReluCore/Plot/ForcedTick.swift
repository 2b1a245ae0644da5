extension PlotScene {
  /// The y values that get a tick whatever the nice step: 1 when a
  /// derivative is plotted and 1 is within the y range, so a derivative
  /// sitting at 1 (relu' and leaky' for z > 0) can be read against a label.
  /// - Parameter yRange: The y range shown.
  /// - Returns: The values, possibly none.
  package func forcedYTicks(in yRange: PlotBounds) -> [Double] {
    guard series.contains(where: \.isDerivative), yRange.lower <= 1, 1 <= yRange.upper else {
      return []
    }
    return [1]
  }
}

extension PlotTick {
  /// `ticks` with a tick at each of `values` that is not one already, its
  /// neighbours kept clear of it.
  ///
  /// A tick other than 0 whose mark is closer than `clearance` to a forced
  /// one is dropped, so their labels stay apart; 0 (where the zero line is)
  /// is always kept, and a forced value whose mark is closer to 0's than
  /// `collision` (where the two labels would overlap) is not added.
  /// - Parameters:
  ///   - values: The values to force.
  ///   - ticks: The chosen ticks, low to high.
  ///   - position: Where a value's mark is (a row or a pixel).
  ///   - clearance: The least distance between a forced mark and another.
  ///   - collision: The least distance between a forced mark and 0's.
  /// - Returns: The ticks, low to high.
  /// - Complexity: O(values * ticks).
  package static func forcing(
    _ values: [Double], into ticks: [PlotTick], position: (Double) -> Double, clearance: Double,
    collision: Double
  ) -> [PlotTick] {
    var ticks = ticks
    for value in values where !ticks.contains(where: { $0.value == value }) {
      let at = position(value)
      func distance(_ tick: PlotTick) -> Double { abs(position(tick.value) - at) }
      guard !ticks.contains(where: { $0.value == 0 && distance($0) < collision }) else { continue }
      ticks.removeAll { $0.value != 0 && distance($0) < clearance }
      ticks.append(PlotTick(value: value, label: TickFormat.label(value)))
      ticks.sort { $0.value < $1.value }
    }
    return ticks
  }
}
