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
    #expect(try entries(directory + "/state/relulab") == ["history"], "no temporary file left")
  }

  @Test func savesThroughTheAtomicWriterNotTheOldFixedTemporaryName() throws {
    let directory = try temporaryDirectory()
    let file = HistoryFile(path: directory + "/history")
    // The fixed name the history was once written through, made a symlink to
    // another file: saving must neither follow it nor remove it.
    let oldTemporary = "history.\(getpid()).tmp"
    let victim = directory + "/victim"
    #expect(file.save(["keep"]) && rename(directory + "/history", victim) == 0)
    #expect(symlink(victim, directory + "/" + oldTemporary) == 0)
    #expect(file.save(["feed 1 -2", "step"]))
    #expect(file.load() == ["feed 1 -2", "step"])
    #expect(HistoryFile(path: victim).load() == ["keep"], "the symlink's target is untouched")
    var link = stat()
    #expect(lstat(directory + "/" + oldTemporary, &link) == 0)
    #expect((link.st_mode & S_IFMT) == S_IFLNK)
    #expect(try entries(directory) == ["history", oldTemporary, "victim"])
    var saved = stat()
    #expect(stat(directory + "/history", &saved) == 0)
    #expect((saved.st_mode & S_IFMT) == S_IFREG)
    #expect(saved.st_mode & 0o077 == 0, "only its owner may read the history")
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

  /// The names in a directory, sorted, without `.` and `..`.
  private func entries(_ path: String) throws -> [String] {
    let directory = try #require(opendir(path))
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != ".", name != ".." { names.append(name) }
    }
    return names.sorted()
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
