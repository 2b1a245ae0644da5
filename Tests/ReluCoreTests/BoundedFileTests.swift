import ReluTestSupport
import Testing

@testable import ReluCore

/// The one bounded reader, and `RealFileSystem.read` on top of it.
///
/// Every special file is made inside a fresh temporary folder.
@Suite struct BoundedFileTests {
  @Test func readsARegularFileWholeUpToItsLimit() throws {
    let folder = try PlotTestSupport.temporaryFolder()
    let path = folder + "/script.relu"
    let text = "feed 1 -2 0.5\nsay é \u{28FF}\n"
    try AtomicFile.write(text, to: path)
    #expect(try BoundedFile.read(path: path, limit: 1 << 20) == Array(text.utf8))
    #expect(try BoundedFile.read(path: path, limit: text.utf8.count) == Array(text.utf8))
    try AtomicFile.write("", to: path)
    #expect(try BoundedFile.read(path: path, limit: 0) == [])
  }

  @Test(arguments: [(1, "1 byte"), (10, "10 bytes"), (16_384, "16 KiB"), (1 << 20, "1 MiB")])
  func aLongerFileFailsOrKeepsItsStart(limit: Int, size: String) throws {
    let folder = try PlotTestSupport.temporaryFolder()
    let path = folder + "/long"
    defer { Platform.removeFile(path) }
    let text = String(repeating: "0123456789", count: limit / 10 + 1)
    try AtomicFile.write(text, to: path)
    let error = #expect(throws: FileError.self) { try BoundedFile.read(path: path, limit: limit) }
    #expect(error == FileError(path: path, reason: .largerThan(bytes: limit), operation: .read))
    #expect(error?.description == "cannot read \(path): it is larger than \(size)")
    let start = try BoundedFile.read(path: path, limit: limit, overLimit: .keepTheStart)
    #expect(start == Array(text.utf8.prefix(limit)))
  }

  @Test func aFolderIsRefused() throws {
    let folder = try PlotTestSupport.temporaryFolder()
    let error = #expect(throws: FileError.self) { try BoundedFile.read(path: folder, limit: 10) }
    #expect(error == FileError(path: folder, reason: .isFolder, operation: .read))
  }

  @Test(.timeLimit(.minutes(1))) func aFIFOIsRefusedWithoutWaitingForAWriter() throws {
    let folder = try PlotTestSupport.temporaryFolder()
    let path = folder + "/pipe"
    try #require(TestFileSystem.makeFIFO(path, permissions: 0o600))
    let error = #expect(throws: FileError.self) { try BoundedFile.read(path: path, limit: 10) }
    #expect(error == FileError(path: path, reason: .notRegularFile, operation: .read))
    let kept = #expect(throws: FileError.self) {
      try BoundedFile.read(path: path, limit: 10, overLimit: .keepTheStart)
    }
    #expect(kept?.reason == .notRegularFile)
  }

  @Test func aMissingFileGivesTheSystemsReason() throws {
    let folder = try PlotTestSupport.temporaryFolder()
    let error = #expect(throws: FileError.self) {
      try BoundedFile.read(path: folder + "/none", limit: 10)
    }
    #expect(error?.reason == .system(Platform.ErrorNumber.noSuchFile))
    #expect(error?.operation == .read)
  }

  @Test func symlinksAreFollowed() throws {
    let folder = try PlotTestSupport.temporaryFolder()
    try AtomicFile.write("step\n", to: folder + "/target")
    try #require(TestFileSystem.makeSymbolicLink(folder + "/link", to: folder + "/target"))
    #expect(try BoundedFile.read(path: folder + "/link", limit: 10) == Array("step\n".utf8))
    try #require(TestFileSystem.makeSymbolicLink(folder + "/folder", to: folder))
    let error = #expect(throws: FileError.self) {
      try BoundedFile.read(path: folder + "/folder", limit: 10)
    }
    #expect(error?.reason == .isFolder)
  }

  @Test func realFileSystemReadsScriptsOfAtMostFourMiB() throws {
    let folder = try PlotTestSupport.temporaryFolder()
    let path = folder + "/big.relu"
    defer { Platform.removeFile(path) }  // 4 MiB: not left in /tmp
    let line = String(repeating: "#", count: 1023) + "\n"
    try AtomicFile.write(String(repeating: line, count: 4096), to: path)
    #expect(try RealFileSystem().read(path: path).bytes.count == RealFileSystem.maxBytes)
    try AtomicFile.write(String(repeating: line, count: 4096) + "\n", to: path)
    let error = #expect(throws: FileError.self) { try RealFileSystem().read(path: path) }
    #expect(error?.description == "cannot read \(path): it is larger than 4 MiB")
  }

  @Test(.timeLimit(.minutes(1))) func realFileSystemRefusesFoldersAndFIFOs() throws {
    let folder = try PlotTestSupport.temporaryFolder()
    try #require(TestFileSystem.makeFIFO(folder + "/pipe", permissions: 0o600))
    let fifo = #expect(throws: FileError.self) { try RealFileSystem().read(path: folder + "/pipe") }
    #expect(fifo?.description == "cannot read \(folder)/pipe: it is not a regular file")
    let directory = #expect(throws: FileError.self) { try RealFileSystem().read(path: folder) }
    #expect(directory?.description == "cannot read \(folder): it is a folder")
  }

  @Test func realFileSystemNamesAScriptByItsCanonicalPath() throws {
    let folder = try PlotTestSupport.temporaryFolder()
    try AtomicFile.write("step\n", to: folder + "/target.relu")
    try #require(TestFileSystem.makeSymbolicLink(folder + "/link.relu", to: "target.relu"))
    let file = try RealFileSystem().read(path: folder + "/./link.relu")
    #expect(file.bytes == Array("step\n".utf8))
    let canonical = try #require(Platform.canonicalPath(folder))
    #expect(file.canonicalPath == canonical + "/target.relu")
  }
}
