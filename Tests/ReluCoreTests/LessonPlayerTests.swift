import Testing

@testable import ReluCore

@Suite struct LessonPlayerTests {
  private let script = Source(
    name: "t.relu",
    text: """
      set alpha 0.1
      pause one
      use leaky
      decay leaky from 0.9 to 0.5
      pause two
      step 2
      set alpha 0.3
      pause
      say done
      """)

  @Test func countsThePausesOfAWholeRun() {
    #expect(LessonPlayer(source: script, start: Interpreter()).pauseCount == 3)
  }

  /// Each pause shows the session exactly as a straight run has it there.
  @Test func eachPauseHoldsTheSessionAsARunLeftIt() throws {
    let player = LessonPlayer(source: script, start: Interpreter())
    let first = player.play(toPause: 1)
    #expect(first.pause == 1 && first.pauseText == "one")
    #expect(first.interpreter.settings.alpha == 0.1 && first.interpreter.layerKind == .relu)
    let third = player.play(toPause: 3)
    #expect(third.pause == 3 && third.pauseText == "")
    #expect(third.interpreter.settings.alpha == 0.3)
    #expect(third.interpreter.decay?.current.index == 2)
    let end = player.play(toPause: 4)
    #expect(end.pause == nil)
    #expect(end.events.last.flatMap(\.output) == .say("done"))
  }

  /// Stepping back from pause 3 to pause 2 is a replay to pause 2: settings,
  /// decay and output as they were there, not as pause 3 left them.
  @Test func steppingBackUndoesWhatCameAfter() throws {
    var start = Interpreter()
    start.settings.learningRate = 0.5
    let player = LessonPlayer(source: script, start: start)
    let ahead = player.play(toPause: 3)
    let back = player.play(toPause: 2)
    #expect(back.interpreter.settings.alpha == 0.1)
    #expect(back.interpreter.settings.learningRate == 0.5)
    #expect(back.interpreter.layerKind == .leaky)
    let decay = try #require(back.interpreter.decay)
    #expect(decay.current.index == 0)
    #expect(ahead.interpreter.decay?.current.index == 1)  // lr 0.5: one step reaches 0.5
    #expect(back.events.count < ahead.events.count)
    #expect(Array(ahead.events.prefix(back.events.count)) == back.events)
    #expect(back.events.contains(.echo("decay leaky from 0.9 to 0.5")))
    #expect(!back.events.contains(.echo("step 2")))
    // The session before the lesson is never touched.
    #expect(player.start.settings.alpha == Activation.defaultAlpha)
  }

  @Test func anErrorEndsTheLessonAtIt() {
    let broken = Source(name: "t.relu", text: "pause\nstep\npause\nsay never")
    let player = LessonPlayer(source: broken, start: Interpreter())
    #expect(player.pauseCount == 1)
    let frame = player.play(toPause: 2)
    #expect(frame.pause == nil && frame.summary.failures == 1)
    #expect(!frame.events.contains { $0.output == .say("never") })
  }
}
