import ReluTestSupport
import Testing

@testable import ReluCore

/// What `export` (through ``AtomicFile``) does with what is already at its path:
/// only a regular file or a new name is written.
@Suite struct ExportTargetTests {
  /// Runs `export txt NAME` in a fresh interpreter over the real file system.
  private func export(to path: String) -> [InterpreterEvent] {
    var interpreter = Interpreter()
    return interpreter.run(Source(name: "-e", text: "export txt \(path)"))
  }

  private func errorMessage(_ events: [InterpreterEvent]) -> String? {
    guard case .failure(let diagnostic) = events.last else { return nil }
    return diagnostic.message
  }

  @Test func aFIFOIsRefusedAndStaysAFIFO() throws {
    let folder = try PlotTestSupport.temporaryFolder()
    let fifo = folder + "/f.txt"
    #expect(TestFileSystem.makeFIFO(fifo, permissions: 0o600))
    #expect(
      errorMessage(export(to: fifo))
        == "cannot write \(fifo): it is a FIFO, and only a regular file is replaced")
    #expect(Platform.status(path: fifo, followingLinks: false)?.kind == .fifo)
    #expect(try PlotTestSupport.entries(folder) == ["f.txt"], "no temporary file left behind")
  }

  @Test func aDeviceNodeIsRefusedAndStaysADevice() throws {
    let folder = try PlotTestSupport.temporaryFolder()
    let device = folder + "/full.txt"
    // The same device as /dev/full (1:7), made here: needs root, as CI runs.
    try #require(TestFileSystem.makeCharacterDevice(device, major: 1, minor: 7), "mknod needs root")
    #expect(
      errorMessage(export(to: device))
        == "cannot write \(device): it is a device, and only a regular file is replaced")
    #expect(Platform.status(path: device, followingLinks: false)?.kind == .characterDevice)
    #expect(try PlotTestSupport.entries(folder) == ["full.txt"])
  }

  @Test func aFolderIsRefused() throws {
    let folder = try PlotTestSupport.temporaryFolder() + "/plots.txt"
    #expect(Platform.makeFolder(folder, permissions: 0o700))
    #expect(errorMessage(export(to: folder)) == "cannot write \(folder): it is a folder")
  }

  @Test func anExistingFileKeepsItsMode() throws {
    let folder = try PlotTestSupport.temporaryFolder()
    let path = folder + "/private.txt"
    try AtomicFile.write("secret\n", to: path, permissions: 0o600)
    #expect(Platform.status(path: path)?.permissions == 0o600)
    #expect(errorMessage(export(to: path)) == nil)
    #expect(Platform.status(path: path)?.permissions == 0o600, "a 0600 file stays 0600")
    #expect(try PlotTestSupport.contents(of: path).contains("+"), "the plot was written")

    let open = folder + "/open.txt"
    try AtomicFile.write("x\n", to: open)
    let descriptor = Platform.openForReading(open)
    #expect(Platform.setPermissions(descriptor, 0o640))
    Platform.closeFile(descriptor)
    try AtomicFile.write("y\n", to: open, permissions: 0o600)
    #expect(Platform.status(path: open)?.permissions == 0o640, "the file's mode, not the default")
  }

  @Test func aSymbolicLinkIsReplacedAndItsTargetLeftAlone() throws {
    let folder = try PlotTestSupport.temporaryFolder()
    let target = folder + "/target"
    try AtomicFile.write("keep\n", to: target)
    #expect(TestFileSystem.makeSymbolicLink(folder + "/link", to: target))
    try AtomicFile.write("new\n", to: folder + "/link")
    #expect(try PlotTestSupport.contents(of: target) == "keep\n")
    #expect(Platform.status(path: folder + "/link", followingLinks: false)?.kind == .regular)
    #expect(try PlotTestSupport.contents(of: folder + "/link") == "new\n")

    // A dangling link to a device path is replaced too, never followed.
    #expect(TestFileSystem.makeSymbolicLink(folder + "/dangling", to: folder + "/nothing"))
    try AtomicFile.write("z\n", to: folder + "/dangling")
    #expect(Platform.status(path: folder + "/nothing") == nil)
  }

  @Test func aHardLinkedFileGetsANewCopyUnderThisNameOnly() throws {
    let folder = try PlotTestSupport.temporaryFolder()
    try AtomicFile.write("old\n", to: folder + "/a")
    #expect(TestFileSystem.makeHardLink(folder + "/b", to: folder + "/a"))
    try AtomicFile.write("new\n", to: folder + "/a")
    #expect(try PlotTestSupport.contents(of: folder + "/a") == "new\n")
    #expect(try PlotTestSupport.contents(of: folder + "/b") == "old\n")
  }

  @Test func helpSaysWhatHappensToLinks() {
    let details = CommandName.export.spec.details.flatMap { $0.lines(.en) }.joined(separator: " ")
    #expect(details.contains("a folder, FIFO or device is refused"))
    #expect(details.contains("symbolic link"))
    #expect(details.contains("hard links"))
  }
}
