import Testing

@testable import ReluCore

@Suite struct ExportAtomicFileTests {
  @Test func writesTheWholeTextAndLeavesNoTemporaryFile() throws {
    let folder = try PlotTestSupport.temporaryFolder()
    let path = folder + "/plot.svg"
    let text = PlotExport.svg(PlotScene(series: PlotSeries.all)) + "braille \u{28FF} and é\n"
    try AtomicFile.write(text, to: path)
    #expect(try PlotTestSupport.contents(of: path) == text)
    #expect(try PlotTestSupport.entries(folder) == ["plot.svg"])
  }

  @Test func replacesAnExistingFile() throws {
    let folder = try PlotTestSupport.temporaryFolder()
    let path = folder + "/plot.txt"
    try AtomicFile.write(String(repeating: "long line\n", count: 1000), to: path)
    try AtomicFile.write("short\n", to: path)
    #expect(try PlotTestSupport.contents(of: path) == "short\n")
    try AtomicFile.write("", to: path)
    #expect(try PlotTestSupport.contents(of: path) == "")
    #expect(try PlotTestSupport.entries(folder) == ["plot.txt"])
  }

  @Test func anUnwritablePathIsAClearError() {
    let error = #expect(throws: FileError.self) {
      try AtomicFile.write("x", to: "/nonexistent-dir/x")
    }
    #expect(error?.path == "/nonexistent-dir/x")
    #expect(error?.reason == .system(Platform.ErrorNumber.noSuchFile))
    #expect(error?.description == "cannot write /nonexistent-dir/x: No such file or directory")
  }

  @Test func aFolderInTheWayFailsAndCleansUp() throws {
    let folder = try PlotTestSupport.temporaryFolder()
    #expect(Platform.makeFolder(folder + "/taken", permissions: 0o755))
    let error = #expect(throws: FileError.self) { try AtomicFile.write("x", to: folder + "/taken") }
    #expect(error?.reason == .isFolder)
    #expect(try PlotTestSupport.entries(folder) == ["taken"], "no temporary file left behind")
    #expect(throws: FileError.self) { try AtomicFile.write("x", to: folder + "/") }
    #expect(throws: FileError.self) { try AtomicFile.write("x", to: "") }
  }
}
