import Testing

@testable import ReluTerminal

#if canImport(Glibc)
import Glibc
#endif

@Suite struct HistoryTests {
  @Test func upAndDownBrowseAndKeepTheDraft() {
    var history = History(entries: ["use leaky", "set alpha 0.1"])
    let up = ["fee", "ignored", "ignored"].map { history.previous(current: $0) }
    #expect(up == ["set alpha 0.1", "use leaky", nil])
    let down = (1...3).map { _ in history.next() }
    #expect(down == ["set alpha 0.1", "fee", nil])
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
    #expect(file.save(["feed 1 -2", "say 你好"]))
    #expect(file.load() == ["feed 1 -2", "say 你好"])
    #expect(file.save(["step"]))
    #expect(file.load() == ["step"])
    // No temporary file is left behind.
    #expect(access(directory + "/state/relulab/history.\(getpid()).tmp", F_OK) != 0)
  }

  @Test func unwritableOrUnreadableIsNotFatal() throws {
    let directory = try temporaryDirectory()
    // A directory where the file should be: reading gives nothing, writing fails.
    let file = HistoryFile(path: directory)
    #expect(file.load() == [])
    let blocked = HistoryFile(path: directory + "/file/history")
    let descriptor = open(directory + "/file", O_CREAT | O_WRONLY, 0o600)
    close(descriptor)
    #expect(!blocked.save(["x"]))
    #expect(blocked.load() == [])
  }

  private func temporaryDirectory() throws -> String {
    var template = Array("/tmp/relulab-tests-XXXXXX".utf8CString)
    let made: String? = template.withUnsafeMutableBufferPointer { buffer in
      guard let base = buffer.baseAddress, let path = mkdtemp(base) else { return nil }
      return String(cString: path)
    }
    return try #require(made)
  }
}
