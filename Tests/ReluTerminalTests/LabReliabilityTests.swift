import ReluCore
import ReluTestSupport
import Testing

@testable import ReluTerminal

/// The lab under faults: a history that cannot be saved, and output logs with
/// very long lines.
@Suite struct LabReliabilityTests {
  private func temporaryDirectory() throws -> String {
    try #require(TestFileSystem.makeTemporaryFolder("/tmp/relulab-tests-XXXXXX"))
  }

  @Test func anUnsavableHistoryIsSaidOnceAndTheLabGoesOn() throws {
    let directory = try temporaryDirectory()
    // The history's path is a folder: every save fails.
    let terminal = FakeTerminal(
      FakeTerminal.typing("set alpha 0.2") + FakeTerminal.typing("set alpha 0.3"))
    let loop = LabLoop(
      terminal: terminal, interpreter: Interpreter(), history: History(),
      file: HistoryFile(path: directory))
    #expect(loop.run(startupScripts: []) == 0)
    let notes = loop.log.lines.filter { $0.text.hasPrefix("history is not being saved") }
    #expect(
      notes.map(\.text) == ["history is not being saved: cannot write \(directory): it is a folder"]
    )
    #expect(notes.first?.role == .note)
    #expect(loop.interpreter.settings.alpha == 0.3, "the lab went on")
  }

  @Test func eachLineIsSavedAsItIsTyped() throws {
    let directory = try temporaryDirectory()
    let file = HistoryFile(path: directory + "/relulab/history")
    let terminal = FakeTerminal(FakeTerminal.typing("feed 1 -2") + FakeTerminal.typing("step"))
    let loop = LabLoop(
      terminal: terminal, interpreter: Interpreter(), history: History(), file: file)
    #expect(loop.run(startupScripts: []) == 0)
    #expect(file.load() == ["feed 1 -2", "step"])
    #expect(!loop.log.lines.contains { $0.text.hasPrefix("history is not being saved") })
  }

  @Test func aLongLineIsWrappedOnceAndAFrameReadsOnlyWhatItShows() {
    var log = OutputLog()
    let long = String(repeating: "0123456789", count: 10_000)  // 100,000 characters
    log.append(long)
    for index in 0..<1000 { log.append("line \(index)") }
    log.append(long)
    log.wrap(width: 80, height: 20)
    let first = log.visibleRows(width: 80, height: 20)
    #expect(first.count == 20)
    // Continuation rows hang two columns in: 78 characters of the line each.
    let rest = (long.count - 80) % 78
    #expect(first.last?.text == "  " + String(long.suffix(rest == 0 ? 78 : rest)))
    #expect(first.dropLast().allSatisfy { $0.text.count == 80 && $0.text.hasPrefix("  ") })
    // What the lab does every frame wraps nothing again at the same width.
    #expect(log.wrappedLines == 1)
    for _ in 0..<100 {
      log.wrap(width: 80, height: 20)
      _ = log.visibleRows(width: 80, height: 20)
    }
    #expect(log.wrappedLines == 1, "no line is wrapped twice for one width")
    // A new line is wrapped once, when it arrives.
    log.append("new")
    log.wrap(width: 80, height: 20)
    #expect(log.wrappedLines == 2)
    #expect(log.visibleRows(width: 80, height: 20).last?.text == "new")
    // A new width wraps again only the lines a frame shows.
    log.wrap(width: 60, height: 20)
    #expect(log.wrappedLines == 4)
  }

  /// The pane is bounded in bytes as well as lines: 300 lines of 1 MiB
  /// (a script that says a huge text, loaded 300 times) keep at most the
  /// byte budget, each line cut and saying so, the newest kept.
  @Test func theOutputPaneIsBoundedInBytes() {
    var log = OutputLog()
    let mebibyte = String(repeating: "x", count: 1 << 20)
    for index in 0..<300 { log.append("\(index) " + mebibyte) }
    #expect(log.byteCount <= log.byteLimit)
    #expect(log.lines.reduce(0) { $0 + $1.text.utf8.count } == log.byteCount)
    #expect(log.lines.allSatisfy { $0.text.utf8.count < OutputLog.lineByteLimit + 100 })
    #expect(log.lines.last?.text.hasPrefix("299 x") == true)
    #expect(log.lines.last?.text.hasSuffix("more bytes not shown)") == true)
    // Short lines are bounded by count, as before.
    for index in 0..<6000 { log.append("line \(index)") }
    #expect(log.lines.count == log.limit && log.lines.last?.text == "line 5999")
    #expect(log.lines.reduce(0) { $0 + $1.text.utf8.count } == log.byteCount)
  }

  @Test func scrollingBackThroughALongLineShowsItsRowsInOrder() {
    var log = OutputLog()
    let long = (0..<50).map { String(format2: $0) }.joined()  // "00" ... "49": 100 characters
    log.append(long)
    log.append("end")
    log.wrap(width: 10, height: 3)
    // Rows after the first hang two columns in: 8 characters of the line each.
    #expect(log.visibleRows(width: 10, height: 3).map(\.text) == ["  45464748", "  49", "end"])
    log.scroll(by: 3, width: 10, height: 3)
    let rows = log.visibleRows(width: 10, height: 3).map(\.text)
    #expect(rows == ["  33343536", "  37383940", "  41424344"])
  }
}

extension String {
  /// Two digits: `07`.
  fileprivate init(format2 value: Int) {
    self = value < 10 ? "0\(value)" : "\(value)"
  }
}
