import Foundation
import Testing

/// No test writes into the user's home: every spawned program gets its own
/// HOME and XDG folders (``TestEnvironment``).
@Suite struct TestIsolationTests {
  /// Every `Process()` and `posix_spawn` in the tests takes the isolated
  /// environment (a file has at least as many uses of it as spawns).
  @Test func everySpawnTakesTheIsolatedEnvironment() throws {
    let tests = packageRoot.appendingPathComponent("Tests")
    let files = try #require(FileManager.default.enumerator(atPath: tests.path))
      .compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
    #expect(files.count > 20)
    let spawns = ["Process" + "()", "posix_spawn" + "("]
    var checked = 0
    for file in files where !file.hasSuffix("TestEnvironment.swift") {
      let text = try String(
        contentsOf: tests.appendingPathComponent(file), encoding: .utf8)
      let count = spawns.map { text.components(separatedBy: $0).count - 1 }.reduce(0, +)
      guard count > 0 else { continue }
      checked += 1
      let isolated = text.components(separatedBy: "TestEnvironment." + "isolated").count - 1
      #expect(isolated >= count, "\(file): \(count) spawns, \(isolated) isolated environments")
    }
    #expect(checked >= 4)
  }

  /// The plain prompt at a terminal saves its history: into the tests' home,
  /// and the user's real history file does not change.
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
  func thePlainPromptLeavesTheRealHistoryAlone() throws {
    func stamp(_ path: String?) -> [String]? {
      guard let path, let attributes = try? FileManager.default.attributesOfItem(atPath: path)
      else { return nil }
      return ["\(attributes[.size] ?? "")", "\(attributes[.modificationDate] ?? "")"]
    }
    let real = TestEnvironment.realHistoryPath
    let before = stamp(real)
    let probe = "say isolation probe \(UUID().uuidString)"
    let binary = productsDirectory.appendingPathComponent("relulab").path
    let run = try command(
      "/usr/bin/script", ["-qec", "\(binary) --plain", "/dev/null"], stdin: probe + "\nquit\n")
    #expect(run.status == 0)
    #expect(stamp(real) == before, "the real history \(real ?? "-") is unchanged")
    let kept = TestEnvironment.home.appendingPathComponent(".local/state/relulab/history")
    #expect(try String(contentsOf: kept, encoding: .utf8).contains(probe))
    #expect(TestEnvironment.isolated()["HOME"] == TestEnvironment.home.path)
    #expect(TestEnvironment.isolated()["HOME"] != ProcessInfo.processInfo.environment["HOME"])
  }
}
