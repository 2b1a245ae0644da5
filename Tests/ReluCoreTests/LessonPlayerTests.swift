import Synchronization
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
    #expect(end.transcript.entries.last == .words(.say("done")))
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
    let (backEntries, aheadEntries) = (back.transcript.entries, ahead.transcript.entries)
    #expect(backEntries.count < aheadEntries.count)
    #expect(Array(aheadEntries.prefix(backEntries.count)) == Array(backEntries))
    #expect(backEntries.contains(.echo("decay leaky from 0.9 to 0.5")))
    #expect(!backEntries.contains(.echo("step 2")))
    // The session before the lesson is never touched.
    #expect(player.start.settings.alpha == Activation.defaultAlpha)
  }

  @Test func anErrorEndsTheLessonAtIt() {
    let broken = Source(name: "t.relu", text: "pause\nstep\npause\nsay never")
    let player = LessonPlayer(source: broken, start: Interpreter())
    #expect(player.pauseCount == 1)
    let frame = player.play(toPause: 2)
    #expect(frame.pause == nil && frame.summary.failures == 1)
    #expect(!frame.transcript.entries.contains(.words(.say("never"))))
  }

  /// Going on from a pause gives exactly the frame a replay from the start
  /// gives, for every pause of every shipped lesson.
  @Test(arguments: LessonCatalog.all.map(\.path))
  func goingOnFromAPauseIsAReplay(path: String) throws {
    let lesson = try #require(LessonCatalog.all.first { $0.path == path })
    var start = Interpreter()
    start.language = lesson.language
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
      #expect(onward.transcript == replay.transcript, "\(path) pause \(target)")
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

  /// A frame keeps the lines a pause shows, not the results: a lesson that
  /// feeds many values holds a few lines for the feed (D16), and its
  /// output is bounded like the output pane.
  @Test func aFrameKeepsLinesNotResults() throws {
    let feeds = Source(
      name: "t.relu", text: "feed random 50000 seed 1\npause one\nfeed random 50000\npause")
    let player = LessonPlayer(source: feeds, start: Interpreter())
    let second = player.play(from: player.first, toPause: 2)
    let bytes = second.transcript.entries.reduce(0) { total, entry in
      guard case .lines(let lines) = entry else { return total }
      return total + lines.reduce(0) { $0 + $1.text.utf8.count }
    }
    #expect(second.pause == 2 && bytes < 10_000)
    let chatty = Source(
      name: "t.relu",
      text: String(repeating: "say hello\n", count: 7000) + "pause\nsay end\npause")
    let frame = LessonPlayer(source: chatty, start: Interpreter()).first
    #expect(frame.pause == 1)
    #expect(frame.transcript.entries.count == LessonTranscript.lineLimit)
    #expect(frame.transcript.entries.last == .words(.pause("")))
  }

  /// A lesson's unseeded draws are drawn again the same on every replay:
  /// back at pause 1 shows what pause 1 showed (D18).
  @Test func aReplayDrawsTheSameValues() throws {
    let script = Source(
      name: "t.relu",
      text: "feed random 3\npause first\nnet relu width 4\nsay second\npause second\nsay end")
    let player = LessonPlayer(source: script, start: Interpreter())
    let first = player.first
    let second = player.play(from: first, toPause: 2)
    let back = player.play(from: second, toPause: 1)
    #expect(back.transcript == first.transcript)
    #expect(back.interpreter.lastFeed?.input == first.interpreter.lastFeed?.input)
    #expect(
      player.play(toPause: 1).interpreter.lastFeed?.input == first.interpreter.lastFeed?.input)
    let again = player.play(from: back, toPause: 2)
    #expect(again.interpreter.network?.spec == second.interpreter.network?.spec)
    #expect(player.play(toPause: 2).transcript == second.transcript)
    // Another player (another lesson run) draws afresh.
    let other = LessonPlayer(source: script, start: Interpreter())
    #expect(other.first.interpreter.lastFeed?.input != first.interpreter.lastFeed?.input)
    // After the lesson the session draws from the system again.
    var after = back.interpreter
    after.endReplay()
    #expect(after.replay == nil)
  }

  /// Counting the pauses, going on and going back write each file once: a
  /// replay does not export or record again what the lesson wrote (D18).
  @Test func replaysDoNotWriteFilesAgain() throws {
    let files = CountingFiles()
    let script = Source(
      name: "t.relu",
      text: "export csv a.csv\npause one\nexport csv b.csv\npause two\npause three\nsay end")
    let player = LessonPlayer(source: script, start: Interpreter(fileSystem: files))
    #expect(player.pauseCount == 3)
    #expect(files.writes == ["a.csv"], "the first pause and the count")
    var frame = player.play(from: player.first, toPause: 2)
    #expect(files.writes == ["a.csv", "b.csv"])
    frame = player.play(from: frame, toPause: 3)
    frame = player.play(from: frame, toPause: 1)  // back: a replay
    frame = player.play(from: frame, toPause: 2)
    frame = player.play(from: frame, toPause: 4)
    #expect(frame.pause == nil)
    _ = player.play(from: player.play(from: frame, toPause: 2), toPause: 3)
    #expect(files.writes == ["a.csv", "b.csv"])
  }

  /// The test's file system: counts writes, in order.
  private final class CountingFiles: RecordingByWrites {
    private let written = Mutex<[String]>([])
    var writes: [String] { written.withLock { $0 } }
    func read(path: String) throws(FileError) -> ScriptFile {
      throw FileError(
        path: path, reason: .system(Platform.ErrorNumber.noSuchFile), operation: .read)
    }
    func write(_ contents: String, to path: String) throws(FileError) {
      written.withLock { $0.append(path) }
    }
    func exists(_ path: String) -> Bool { writes.contains(path) }
  }
}
