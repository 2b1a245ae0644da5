import Dispatch
import ReluCore
import ReluTestSupport
import Testing

@testable import ReluTerminal

@Suite struct HistoryTests {
  @Test func upAndDownBrowseAndKeepTheDraft() {
    var history = History(entries: ["use leaky", "set alpha 0.1"])
    let up = ["", "ignored", "ignored"].map { history.previous(current: $0) }
    #expect(up == ["set alpha 0.1", "use leaky", nil])
    let down = (1...3).map { _ in history.next() }
    #expect(down == ["set alpha 0.1", "", nil])
  }

  @Test func upWithADraftShowsOnlyEntriesThatStartWithIt() {
    var history = History(entries: ["set alpha 0.1", "use leaky", "set lr 1", "set", "step"])
    let up = (1...3).map { _ in history.previous(current: "set ") }
    #expect(up == ["set lr 1", "set alpha 0.1", nil])
    let down = (1...3).map { _ in history.next() }
    #expect(down == ["set lr 1", "set ", nil])
  }

  @Test func searchFindsOlderMatchesAndKeepsTheLastOnAMiss() {
    let entries = ["set alpha 0.1", "use leaky", "plot leaky", "set alpha 0.3"]
    var search = HistorySearch(original: LineEditor(text: "fe"))
    search.type("leak", in: entries)
    #expect(search.match(in: entries) == "plot leaky")
    search.older(in: entries)
    #expect(search.match(in: entries) == "use leaky")
    search.older(in: entries)
    #expect(search.match(in: entries) == "use leaky")
    #expect(search.failed)
    search.deleteBackward(in: entries)
    #expect(search.query == "lea")
    #expect(search.match(in: entries) == "plot leaky")
    #expect(!search.failed)
    search.type("x", in: entries)
    #expect(search.failed)
    #expect(search.match(in: entries) == "plot leaky")
    #expect(search.original.text == "fe")
  }

  @Test func dedupesConsecutiveAndSkipsBlanks() {
    var history = History()
    let added = ["step", "step", "   ", "run", "step"].map { history.add($0) }
    #expect(added == [true, false, false, true, true])
    #expect(history.entries == ["step", "run", "step"])
  }

  @Test func capsItsSize() {
    var history = History(limit: 3)
    for index in 1...5 { history.add("step \(index)") }
    #expect(history.entries == ["step 3", "step 4", "step 5"])
  }

  @Test func fileFollowsXDGStateHomeThenHome() {
    #expect(
      HistoryFile(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"])?.path
        == "/s/relulab/history")
    #expect(
      HistoryFile(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h/"])?.path
        == "/h/.local/state/relulab/history")
    #expect(HistoryFile(environment: [:]) == nil)
  }

  @Test func savesAtomicallyAndLoadsBack() throws {
    let directory = try temporaryDirectory()
    let file = HistoryFile(path: directory + "/state/relulab/history")
    #expect(file.load() == [])
    try file.save(["feed 1 -2", "say 你好"])
    #expect(file.load() == ["feed 1 -2", "say 你好"])
    try file.save(["step"])
    #expect(file.load() == ["step"])
    #expect(
      Platform.folderEntries(directory + "/state/relulab") == ["history", "history.lock"],
      "no temporary file left, the lock file stays")
  }

  @Test func savesThroughTheAtomicWriterNotTheOldFixedTemporaryName() throws {
    let directory = try temporaryDirectory()
    let file = HistoryFile(path: directory + "/history")
    // The fixed name the history was once written through, made a symlink to
    // another file: saving must neither follow it nor remove it.
    let oldTemporary = "history.\(Platform.processID).tmp"
    let victim = directory + "/victim"
    try file.save(["keep"])
    #expect(Platform.move(directory + "/history", to: victim))
    #expect(TestFileSystem.makeSymbolicLink(directory + "/" + oldTemporary, to: victim))
    try file.save(["feed 1 -2", "step"])
    #expect(file.load() == ["feed 1 -2", "step"])
    #expect(HistoryFile(path: victim).load() == ["keep"], "the symlink's target is untouched")
    let link = Platform.status(path: directory + "/" + oldTemporary, followingLinks: false)
    #expect(link?.kind == .symbolicLink)
    #expect(
      Platform.folderEntries(directory) == ["history", oldTemporary, "history.lock", "victim"])
    let saved = try #require(Platform.status(path: directory + "/history", followingLinks: false))
    #expect(saved.kind == .regular)
    #expect(saved.permissions & 0o077 == 0, "only its owner may read the history")
  }

  @Test func unwritableOrUnreadableIsNotFatal() throws {
    let directory = try temporaryDirectory()
    // A directory where the file should be: reading gives nothing, writing fails.
    let file = HistoryFile(path: directory)
    #expect(file.load() == [])
    let blocked = HistoryFile(path: directory + "/file/history")
    #expect(Platform.closeFile(Platform.createExclusively(directory + "/file", permissions: 0o600)))
    let error = #expect(throws: FileError.self) { try blocked.save(["x"]) }
    #expect(error?.description == "cannot write \(directory)/file: it is not a folder")
    #expect(blocked.load() == [])
    let folder = #expect(throws: FileError.self) { try file.save(["x"]) }
    #expect(folder?.description == "cannot write \(directory): it is a folder")
  }

  @Test func aLongFileKeepsItsNewestEntries() throws {
    let directory = try temporaryDirectory()
    let file = HistoryFile(path: directory + "/history")
    defer { Platform.removeFile(file.path) }
    // 100,000 numbered lines, "feed 00000" to "feed 99999" (11 bytes each):
    // 1.1 MB, over the 1 MiB limit. The newest whole lines that fit are kept,
    // the last one typed included; a line cut by the limit is left out.
    let lines = (0..<100_000).map {
      "feed " + String(repeating: "0", count: 5 - String($0).count) + String($0)
    }
    try AtomicFile.write(lines.joined(separator: "\n") + "\n", to: file.path)
    let entries = file.load()
    #expect(entries.count == (1 << 20) / 11)
    #expect(entries.last == "feed 99999", "the newest entry is kept")
    #expect(Array(entries) == Array(lines.suffix(entries.count)), "whole lines, in order")
    // Saving what was loaded keeps the newest, not the oldest.
    try file.save(entries + ["step"])
    #expect(file.load().suffix(2) == ["feed 99999", "step"])
  }

  @Test func aLineEndingExactlyAtTheCutIsKeptWhole() throws {
    let directory = try temporaryDirectory()
    let file = HistoryFile(path: directory + "/history")
    // The last 1 MiB starts exactly at a line's start: "x\n" then lines of 1 MiB total.
    let line = String(repeating: "a", count: 1023) + "\n"
    try AtomicFile.write("x\n" + String(repeating: line, count: 1024), to: file.path)
    let entries = file.load()
    #expect(entries.count == 1024, "no line is dropped when the cut falls between lines")
  }

  @Test(.timeLimit(.minutes(1))) func aFIFOInPlaceOfTheFileIsAnEmptyHistory() throws {
    let directory = try temporaryDirectory()
    let file = HistoryFile(path: directory + "/history")
    try #require(TestFileSystem.makeFIFO(file.path, permissions: 0o600))
    #expect(file.load() == [])
  }

  /// D11: two labs sharing one history file, each saving its whole list after every line: the
  /// last writer's list won and the other's lines were lost.
  ///
  /// Each now adds its line to the file as it stands.
  @Test func twoLabsSharingAFileKeepEachOthersLines() throws {
    let directory = try temporaryDirectory()
    let path = directory + "/relulab/history"
    try HistoryFile(path: path).save(["say old1", "say old2"])
    // Each lab loads the file at its start, then types its lines in turn.
    var labs = [HistoryFile(path: path), HistoryFile(path: path)].map {
      (file: $0, history: History(entries: $0.load()))
    }
    for n in 1...3 {
      for (index, name) in ["A", "B"].enumerated() {
        let line = "say \(name)\(n)"
        labs[index].history.add(line)
        try labs[index].file.append(line, limit: labs[index].history.limit)
      }
    }
    #expect(
      HistoryFile(path: path).load() == [
        "say old1", "say old2", "say A1", "say B1", "say A2", "say B2", "say A3", "say B3",
      ])
  }

  /// Many writers at once (threads here, each with its own descriptors, as
  /// processes would be): the lock keeps every line.
  @Test(.timeLimit(.minutes(1))) func concurrentAppendsLoseNothing() throws {
    let path = try temporaryDirectory() + "/history"
    let file = HistoryFile(path: path)
    DispatchQueue.concurrentPerform(iterations: 4) { writer in
      for n in 0..<25 { try? file.append("say \(writer)-\(n)", limit: 1000) }
    }
    let entries = file.load()
    #expect(entries.count == 100)
    for writer in 0..<4 {
      let own = entries.filter { $0.hasPrefix("say \(writer)-") }
      #expect(own == (0..<25).map { "say \(writer)-\($0)" }, "each writer's lines, in order")
    }
  }

  /// The file keeps at most `limit` entries, the newest; a repeat of the
  /// newest is not added.
  @Test func appendKeepsTheNewestWithinTheLimit() throws {
    let file = HistoryFile(path: try temporaryDirectory() + "/history")
    for n in 1...5 { try file.append("step \(n)", limit: 3) }
    try file.append("step 5", limit: 3)
    #expect(file.load() == ["step 3", "step 4", "step 5"])
  }

  /// A lock another process keeps is waited for a while, then said, not hung on.
  @Test(.timeLimit(.minutes(1))) func aLockHeldTooLongIsAnErrorNotAHang() throws {
    let file = HistoryFile(path: try temporaryDirectory() + "/history")
    try file.save([])
    let held = Platform.lockFile(file.lockPath, permissions: 0o600, seconds: 0)
    try #require(held >= 0)
    defer { Platform.closeFile(held) }
    let error = #expect(throws: FileError.self) { try file.append("step", limit: 10) }
    #expect(error?.description == "cannot write \(file.path): another ReluLab kept it locked")
    #expect(file.load() == [])
  }

  private func temporaryDirectory() throws -> String {
    try #require(TestFileSystem.makeTemporaryFolder("/tmp/relulab-tests-XXXXXX"))
  }
}
