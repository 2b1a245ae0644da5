import ReluCore

/// How long the lab waits after each step of an animated run, and how the
/// speed keys change the pace.
///
/// The run goes at `set speed` steps per second, except its first steps,
/// which wait at least ``openingMilliseconds`` so the start of the descent can
/// be followed; a long decay then goes quickly (500 steps at the default 40
/// per second take about 13 seconds, not the 45 of a fixed 90 ms).
package enum AnimationPace {
  /// The least wait after each of the first steps of a run, in order.
  package static let openingMilliseconds = [600, 400, 250, 150]

  /// The wait after step `step` (1-based) at `speed` steps per second:
  /// `1000 / speed` ms, or the opening wait when that is longer.
  package static func milliseconds(afterStep step: Int, speed: Double) -> Int {
    let steady = Int((1000 / max(speed, Limits.animationSpeed.lowerBound)).rounded())
    guard openingMilliseconds.indices.contains(step - 1) else { return steady }
    return max(steady, openingMilliseconds[step - 1])
  }

  /// The speed after a speed key: `+` (or `=`) doubles it, `-` (or `_`)
  /// halves it, within ``Limits/animationSpeed``; nil for any other key.
  package static func speed(after key: Key, from speed: Double) -> Double? {
    let changed: Double
    switch key {
    case .character("+"), .character("="): changed = speed * 2
    case .character("-"), .character("_"): changed = speed / 2
    default: return nil
    }
    let range = Limits.animationSpeed
    return min(max(changed, range.lowerBound), range.upperBound)
  }
}
