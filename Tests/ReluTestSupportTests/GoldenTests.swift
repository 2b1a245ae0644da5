import Testing

@testable import ReluTestSupport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The golden-file helper itself: each way it can fail, in a scratch folder
/// that stands in for a target's Snapshots/.
@Suite struct GoldenTests {
  /// A fresh, empty folder under /tmp.
  private func scratchFolder() throws -> String {
    var template = Array("/tmp/relulab-golden-XXXXXX".utf8CString)
    let made = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.flatMap { mkdtemp($0) }.map { String(cString: $0) }
    }
    return try #require(made)
  }

  /// Removes `names` (files, then folders, deepest first) under `folder`, and `folder`.
  private func remove(_ names: [String], in folder: String) {
    for name in names { unlink(folder + "/" + name) }
    for name in names.reversed() { rmdir(folder + "/" + name) }
    rmdir(folder)
  }

  @Test func diffShowsTheChangedLines() {
    #expect(Golden.differences(expected: "a\nb\n", actual: "a\nb\n").isEmpty)
    #expect(
      Golden.differences(expected: "a\nb\n", actual: "a\nc\n")
        == ["line 2:\n  expected |b|\n  actual   |c|"])
    #expect(
      Golden.differences(expected: "1\n2\n3", actual: "x\ny\nz", limit: 2).last
        == "(1 more lines differ)")
    #expect(
      Golden.differences(expected: "a\n", actual: "a\nb\n")
        == [
          "line 2:\n  expected ||\n  actual   |b|",
          "line 3:\n  expected |<missing>|\n  actual   ||",
        ])
  }

  @Test func goldenFilesLiveInTheCallingTargetsSnapshotsFolder() {
    #expect(
      Golden.folder(for: "/src/relulab/Tests/RelulabTests/EndToEndTests.swift")
        == "/src/relulab/Tests/RelulabTests/Snapshots")
    #expect(
      Golden.folder(for: "/src/relulab/Tests/ReluCoreTests/Plot/PlotTests.swift")
        == "/src/relulab/Tests/ReluCoreTests/Snapshots")
    #expect(Golden.folder(for: "/elsewhere/Checks.swift") == "/elsewhere/Snapshots")
    #expect(Golden.folder(for: #filePath).hasSuffix("/Tests/ReluTestSupportTests/Snapshots"))
    #expect(
      Golden.displayPath("/src/relulab/Tests/ReluCoreTests/Snapshots/a.txt")
        == "Tests/ReluCoreTests/Snapshots/a.txt")
  }

  @Test func matchingTextPasses() throws {
    let folder = try scratchFolder()
    defer { remove(["same.txt"], in: folder) }
    try GoldenFile.save("a\nb\n", to: folder + "/same.txt")
    #expect(Golden.failure(of: "a\nb\n", file: "same.txt", in: folder, recording: false) == nil)
  }

  @Test func aDifferenceFailsWithTheLinesAndTheFile() throws {
    let folder = try scratchFolder()
    defer { remove(["plot.txt"], in: folder) }
    try GoldenFile.save("a\nb\n", to: folder + "/plot.txt")
    let failure = Golden.failure(of: "a\nc\n", file: "plot.txt", in: folder, recording: false)
    #expect(
      failure == """
        the text differs from the golden file \(folder)/plot.txt:
        line 2:
          expected |b|
          actual   |c|
        if the change is meant, record it with RELULAB_RECORD_SNAPSHOTS=1 \
        swift test --filter aDifferenceFailsWithTheLinesAndTheFile and review it with git diff
        """)
    #expect(try GoldenFile.text(at: folder + "/plot.txt") == "a\nb\n", "comparing writes nothing")
  }

  @Test func aMissingGoldenFileFailsSayingHowToRecordIt() throws {
    let folder = try scratchFolder()
    defer { remove([], in: folder) }
    let failure = Golden.failure(of: "text\n", file: "none.txt", in: folder, recording: false)
    #expect(
      failure == """
        no golden file \(folder)/none.txt; record it with RELULAB_RECORD_SNAPSHOTS=1 \
        swift test --filter aMissingGoldenFileFailsSayingHowToRecordIt, \
        review it, then run again without RELULAB_RECORD_SNAPSHOTS
        """)
    #expect(try GoldenFile.text(at: folder + "/none.txt") == nil)
  }

  @Test func recordingWritesTheFileAndStillFails() throws {
    let folder = try scratchFolder()
    defer { remove(["sub", "sub/new.txt"], in: folder) }
    let recorded = "recorded \(folder)/sub/new.txt, run again without RELULAB_RECORD_SNAPSHOTS"
    // A new file, in a folder that does not exist yet.
    #expect(
      Golden.failure(of: "one\n", file: "sub/new.txt", in: folder, recording: true)
        == recorded + " (new file)")
    #expect(try GoldenFile.text(at: folder + "/sub/new.txt") == "one\n")
    // A changed file.
    #expect(
      Golden.failure(of: "two\n", file: "sub/new.txt", in: folder, recording: true)
        == recorded + " (rewritten: review the change with git diff)")
    #expect(try GoldenFile.text(at: folder + "/sub/new.txt") == "two\n")
    // The same text: still a failure, so a recording run never passes.
    #expect(
      Golden.failure(of: "two\n", file: "sub/new.txt", in: folder, recording: true)
        == recorded + " (unchanged)")
    #expect(Golden.failure(of: "two\n", file: "sub/new.txt", in: folder, recording: false) == nil)
    #expect(try GoldenFile.text(at: folder + "/sub/new.txt.recording-\(getpid())") == nil)
  }

  /// `check` looks for the golden file in the calling target's Snapshots/.
  ///
  /// Here a scratch target's, so nothing is written into the package. The comparison `check` records is read directly, so the
  /// run reports no issue for it.
  @Test func checkFailsNamingTheCallersGoldenFile() throws {
    let scratch = try scratchFolder()
    let names = ["Tests", "Tests/Scratch", "Tests/Scratch/Snapshots"]
    defer { remove(names, in: scratch) }
    let caller = scratch + "/Tests/Scratch/Check.swift"
    let missing = try #require(
      Golden.failure(of: "a\n", file: "a.txt", filePath: caller, recording: false))
    #expect(missing.hasPrefix("no golden file Tests/Scratch/Snapshots/a.txt;"))
    try GoldenFile.save("b\n", to: scratch + "/Tests/Scratch/Snapshots/a.txt")
    defer { unlink(scratch + "/Tests/Scratch/Snapshots/a.txt") }
    let differs = try #require(
      Golden.failure(of: "a\n", file: "a.txt", filePath: caller, recording: false))
    #expect(
      differs.hasPrefix("the text differs from the golden file Tests/Scratch/Snapshots/a.txt:"))
    #expect(differs.contains("  expected |b|\n  actual   |a|"))
    #expect(Golden.failure(of: "b\n", file: "a.txt", filePath: caller, recording: false) == nil)
  }
}
