import ReluCore
import Testing

@testable import ReluTerminal

@Suite struct LabLessonTests {
  private let script = Source(
    name: "t.relu",
    text: """
      title Two pauses
      set alpha 0.1
      pause first
      set alpha 0.2
      decay relu from 0.9 to 0.5
      pause second
      step
      set alpha 0.3
      pause third
      say done
      """)

  private func run(_ keys: [Key], typed: String? = nil) -> (FakeTerminal, LabLoop<FakeTerminal>) {
    let inputs = (typed.map(FakeTerminal.typing) ?? []) + keys.map { TerminalInput.key($0) }
    let terminal = FakeTerminal(inputs)
    let loop = LabLoop(
      terminal: terminal, interpreter: Interpreter(), history: History(), file: nil)
    _ = loop.run(startupScripts: typed == nil ? [script] : [])
    return (terminal, loop)
  }

  private func banner(_ terminal: FakeTerminal) -> [String] {
    terminal.frames.map { $0.lines[28] }.filter { $0.contains("paused at") }
  }

  /// Two pauses passed, then b: the session, the status line and the output
  /// pane are as they were at the second pause, not the third.
  @Test func backAtAPauseShowsThePreviousPauseAsItWas() throws {
    let (terminal, loop) = run([.character(" "), .enter, .character("b"), .character("q")])
    #expect(loop.interpreter.settings.alpha == 0.2)
    #expect(loop.interpreter.decay?.current.index == 0)
    let texts = loop.log.lines.map(\.text)
    #expect(texts.contains("relulab> decay relu from 0.9 to 0.5"))
    #expect(!texts.contains("relulab> step"))
    #expect(!texts.contains("» third"))
    #expect(texts.contains("» second"))
    #expect(texts.last?.hasPrefix("(left the lesson at pause 2 of 3") == true)
    let places = banner(terminal).map { String($0.drop { $0 == " " }.prefix(16)) }
    #expect(
      places.dedupedRuns == [
        "paused at 1 of 3", "paused at 2 of 3", "paused at 3 of 3", "paused at 2 of 3",
      ])
  }

  @Test func backAtTheFirstPauseRingsTheBell() {
    let (terminal, loop) = run([.character("b"), .character(" "), .character(" "), .character(" ")])
    #expect(terminal.bells == 1)
    #expect(loop.log.lines.contains { $0.text == "» done" })
    #expect(loop.log.lines.last?.text == "end of t.relu")
    #expect(loop.interpreter.settings.alpha == 0.3)
  }

  /// `lesson N` typed in the lab plays the shipped lesson with its commands
  /// echoed, and other keys at a pause do nothing.
  @Test func typedLessonPlaysTheShippedLesson() {
    let (terminal, loop) = run([.character("x"), .character("q")], typed: "lesson 2")
    #expect(loop.log.lines.contains { $0.text == "relulab> decay relu from 0.9 to 0.5" })
    #expect(loop.interpreter.decay != nil)
    #expect(loop.interpreter.title == "Lesson 2: why ReLU trains fast")
    #expect(banner(terminal).last?.contains("paused at 1 of") == true)
    #expect(terminal.screen[28].contains("Lesson 2: why ReLU trains fast"))
    #expect(terminal.screen[29] == "relulab>")  // x was not typed
  }

  @Test func pauseKeys() {
    typealias Loop = LabLoop<FakeTerminal>
    #expect(Loop.lessonPauseAnswer(for: .character(" ")) == .next)
    #expect(Loop.lessonPauseAnswer(for: .enter) == .next)
    #expect(Loop.lessonPauseAnswer(for: .character("b")) == .back)
    #expect(Loop.lessonPauseAnswer(for: .character("q")) == .leave)
    #expect(Loop.lessonPauseAnswer(for: .escape) == .leave)
    #expect(Loop.lessonPauseAnswer(for: .control("d")) == .exit)
    #expect(Loop.lessonPauseAnswer(for: .character("x")) == nil)
  }
}

extension Array where Element: Equatable {
  /// The array with each run of equal neighbours kept once.
  fileprivate var dedupedRuns: [Element] {
    reduce(into: []) { result, next in if result.last != next { result.append(next) } }
  }
}

@Suite struct LabRecordingTests {
  /// F-keys are recorded as the commands they run.
  @Test func functionKeysAreRecordedAsTheirCommands() throws {
    let path = "/tmp/relulab-lab-record-\(Platform.monotonicMilliseconds()).relu"
    defer { _ = Platform.removeFile(path) }
    let terminal = FakeTerminal(
      FakeTerminal.typing("record \(path)") + [.key(.function(3)), .key(.function(4))]
        + FakeTerminal.typing("record stop"))
    let loop = LabLoop(
      terminal: terminal, interpreter: Interpreter(), history: History(), file: nil)
    _ = loop.run(startupScripts: [])
    let file = try #require(try? RealFileSystem().read(path: path))
    let text = String(decoding: file.bytes, as: UTF8.self)
    #expect(
      text.hasSuffix(
        "# The commands:\nset alpha 0.02\ndecay relu from 0.9 to 0.5\nstep\n"))
  }
}
