import ReluCore
import Testing

@testable import ReluTerminal

@Suite struct AnimationPaceTests {
  @Test func theFirstStepsGoSlowerThenTheSpeedHolds() {
    let waits = (1...6).map { AnimationPace.milliseconds(afterStep: $0, speed: 40) }
    #expect(waits == [600, 400, 250, 150, 25, 25])
    // A slow speed is never hurried by the opening.
    #expect(AnimationPace.milliseconds(afterStep: 1, speed: 1) == 1000)
    // 500 steps at the default speed take seconds, not 45 of them.
    let total = (1...500).map {
      AnimationPace.milliseconds(afterStep: $0, speed: SessionSettings.defaultAnimationSpeed)
    }.reduce(0, +)
    #expect(total == 1400 + 496 * 25)
  }

  @Test func plusDoublesMinusHalvesWithinTheLimits() {
    #expect(AnimationPace.speed(after: .character("+"), from: 40) == 80)
    #expect(AnimationPace.speed(after: .character("="), from: 40) == 80)
    #expect(AnimationPace.speed(after: .character("-"), from: 40) == 20)
    #expect(AnimationPace.speed(after: .character("+"), from: 800) == 1000)
    #expect(AnimationPace.speed(after: .character("-"), from: 1.5) == 1)
    #expect(AnimationPace.speed(after: .character("x"), from: 40) == nil)
  }
}
