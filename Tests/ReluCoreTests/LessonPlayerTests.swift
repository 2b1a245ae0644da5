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

  /// Going on from a pause gives exactly the frame a replay from the start
  /// gives, for every pause of every shipped lesson.
  @Test(arguments: LessonCatalog.all.map(\.path))
  func goingOnFromAPauseIsAReplay(path: String) throws {
    let lesson = try #require(LessonCatalog.all.first { $0.path == path })
    var start = Interpreter()
    start.lessonLanguage = lesson.language
    let player = LessonPlayer(source: lesson.source, start: start)
    var frame = player.play(toPause: 1)
    // Each pause reached by going on; compared with a replay at the middle
    // pause and at the end (a replay at every pause would cost the square).
    let checked: Set = [(player.pauseCount + 1) / 2 + 1, player.pauseCount + 1]
    for target in 2...(player.pauseCount + 1) {
      let onward = player.play(from: frame, toPause: target)
      frame = onward
      guard checked.contains(target) else { continue }
      let replay = player.play(toPause: target)
      #expect(onward.events == replay.events, "\(path) pause \(target)")
      #expect(onward.pause == replay.pause && onward.pauseText == replay.pauseText)
      #expect(onward.interpreter.scene == replay.interpreter.scene)
      #expect(onward.interpreter.settings == replay.interpreter.settings)
      #expect(onward.summary == replay.summary)
    }
  }

  @Test func aScriptThatLoadsAnotherIsReplayed() {
    let files = MemoryScripts(files: ["inner.relu": "pause inner\nsay after"])
    let player = LessonPlayer(
      source: Source(name: "s", text: "pause one\nload inner.relu\npause two"),
      start: Interpreter(fileSystem: files))
    #expect(player.pauseCount == 3, "the loaded script's pause counts")
    let second = player.play(from: player.play(toPause: 1), toPause: 2)
    #expect(second.pauseText == "inner")
    #expect(player.play(from: second, toPause: 3).pauseText == "two")
  }
}
