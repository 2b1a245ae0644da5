/// A "nice" distance between ticks: 1, 2 or 5 times a power of ten.
package struct TickStep: Sendable, Equatable, Comparable {
  /// 1, 2 or 5.
  package let mantissa: Int
  /// The power of ten.
  package let exponent: Int

  package init(mantissa: Int, exponent: Int) {
    self.mantissa = mantissa
    self.exponent = exponent
  }

  /// mantissa * 10^exponent.
  package var value: Double { Self.scaled(mantissa, exponent) }

  package static func < (a: TickStep, b: TickStep) -> Bool { a.value < b.value }

  /// The nice steps worth trying for an axis, smallest first.
  ///
  /// From about `bounds.width / maxCount` up to the largest not wider than the range. Each step up to `bounds.width`
  /// puts at least one tick inside the range.
  /// - Parameters:
  ///   - bounds: The axis range.
  ///   - maxCount: The most ticks that could possibly fit (the axis length in cells).
  /// - Returns: The candidates in increasing order.
  /// - Complexity: O(log10(maxCount)).
  package static func candidates(for bounds: PlotBounds, maxCount: Int) -> [TickStep] {
    let width = bounds.width
    let smallest = width / Double(max(1, maxCount))
    let first = Int(LibM.log10(smallest).rounded(.down)) - 1
    let last = Int(LibM.log10(width).rounded(.down)) + 1
    var steps: [TickStep] = []
    for exponent in first...max(first, last) {
      for mantissa in [1, 2, 5] {
        let step = TickStep(mantissa: mantissa, exponent: exponent)
        if step.value >= smallest, step.value <= width { steps.append(step) }
      }
    }
    return steps
  }

  /// The ticks of the smallest candidate step (``candidates(for:maxCount:)``)
  /// whose ticks `fit`; failing all, the ticks of the largest step, which the
  /// caller thins where labels would collide.
  /// - Parameters:
  ///   - bounds: The axis range.
  ///   - maxCount: The axis length in cells or pixels.
  ///   - fit: Whether a set of ticks has room for its marks and labels.
  /// - Returns: The chosen ticks, low to high (at least one for any valid range).
  package static func firstFitting(
    in bounds: PlotBounds, maxCount: Int, fit: ([PlotTick]) -> Bool
  ) -> [PlotTick] {
    var last: [PlotTick] = []
    for step in candidates(for: bounds, maxCount: maxCount) {
      let ticks = step.ticks(in: bounds)
      guard !ticks.isEmpty else { continue }
      if fit(ticks) { return ticks }
      last = ticks
    }
    return last
  }

  /// The multiples of this step inside `bounds`, labelled by ``TickFormat``:
  /// ``values(in:)``, each with its label.
  /// - Parameter bounds: The axis range.
  /// - Returns: The ticks from low to high.
  /// - Complexity: O(bounds.width / value).
  package func ticks(in bounds: PlotBounds) -> [PlotTick] {
    values(in: bounds).map { PlotTick(value: $0, label: TickFormat.label($0)) }
  }

  /// The multiples of this step inside `bounds`, without labels (so a caller
  /// can judge a step's spacing before paying for its labels).
  ///
  /// Multiple k is (k * mantissa) * 10^exponent, computed as an integer times
  /// or divided by an exact power of ten, so 3 * 0.1 gives 0.3, not
  /// 0.30000000000000004. Multiples within 1e-9 steps of an end count as inside.
  /// - Parameter bounds: The axis range.
  /// - Returns: The values from low to high; empty when the step is absurdly
  ///   small for the range (more than 10^15 steps from 0).
  /// - Complexity: O(bounds.width / value).
  package func values(in bounds: PlotBounds) -> [Double] {
    let step = value
    let low = bounds.lower / step
    let high = bounds.upper / step
    guard abs(low) < 1e15, abs(high) < 1e15, high - low < 1e6 else { return [] }
    let first = Int((low - 1e-9).rounded(.up))
    let last = Int((high + 1e-9).rounded(.down))
    guard first <= last else { return [] }
    let power = Self.power(exponent)
    return (first...last).map { k in Self.scaled(k * mantissa, exponent, power: power) }
  }

  /// 10^|exponent|, exact for |exponent| <= 22.
  private static func power(_ exponent: Int) -> Double {
    LibM.pow(10, Double(abs(exponent)))
  }

  /// n * 10^exponent with one rounding: exact for |n| < 2^53 and |exponent| <= 22.
  private static func scaled(_ n: Int, _ exponent: Int) -> Double {
    scaled(n, exponent, power: power(exponent))
  }

  /// n * 10^exponent, given `power` = ``power(_:)`` of the exponent: one
  /// rounding while 10^|exponent| is exact (|exponent| <= 22); beyond, the
  /// decimal `nEexponent` read as a `Double`, the nearest one (5 * 10^29
  /// computed as 5 * 1e29 would be 4.9999999999999994e+29).
  private static func scaled(_ n: Int, _ exponent: Int, power: Double) -> Double {
    if abs(exponent) > 22, let exact = Double("\(n)e\(exponent)") { return exact }
    return exponent >= 0 ? Double(n) * power : Double(n) / power
  }
}
