import Testing

@testable import ReluCore

/// Files that are not scripts, NUL bytes, bounded standard-input lines,
/// abandoned temporary files, and text that must never reach a terminal raw.
@Suite struct ReliabilityTests {
  /// Writes raw bytes (any, not only UTF-8) to a new file.
  private func write(_ bytes: [UInt8], to path: String) throws {
    let descriptor = Platform.createExclusively(path, permissions: 0o600)
    try #require(descriptor >= 0)
    #expect(bytes.withUnsafeBytes { Platform.writeAll(descriptor, $0) })
    #expect(Platform.closeFile(descriptor))
  }

  @Test func aFileWithANulByteIsNoScriptAndNoneOfItIsShown() throws {
    let folder = try PlotTestSupport.temporaryFolder()
    let path = folder + "/environ"
    try write(Array("SECRET=hunter2\0HOME=/root\0".utf8), to: path)
    var interpreter = Interpreter()
    let diagnostic = try interpreter.failure("load \(path)")
    #expect(diagnostic.message == "cannot read \(path): it is not a script: a NUL byte on line 1")
    #expect(!diagnostic.renderedLines.joined().contains("hunter2"), "the content is not echoed")
  }

  @Test func invalidUTF8IsNoScriptAndNamesItsLine() throws {
    let folder = try PlotTestSupport.temporaryFolder()
    let path = folder + "/latin1.relu"
    try write(Array("say one\nsay two\nsay caf".utf8) + [0xE9, 0x0A], to: path)
    let error = #expect(throws: FileError.self) { try RealFileSystem().read(path: path) }
    #expect(
      error?.description
        == "cannot read \(path): it is not a script: invalid UTF-8 (byte 0xE9) on line 3")
    // A text file that is not a script shows its first error only.
    try AtomicFile.write("hello world\nthis is prose\n", to: folder + "/prose.txt")
    var interpreter = Interpreter()
    let events = interpreter.run(Source(name: "-e", text: "load \(folder)/prose.txt"))
    #expect(events.count == 1)
  }

  @Test func firstProblemFindsTheFirstBadByte() {
    #expect(ScriptBytes.firstProblem(in: Array("feed 1\nsay é 好\n".utf8)) == nil)
    #expect(ScriptBytes.firstProblem(in: [0xEF, 0xBB, 0xBF] + Array("say hi".utf8)) == nil)
    #expect(
      ScriptBytes.firstProblem(in: Array("a\nb\n".utf8) + [0xC3])
        == ScriptBytes.Problem(offset: 4, line: 3, byte: 0xC3))
    #expect(
      ScriptBytes.firstProblem(in: Array("a\n\nb".utf8) + [0, 0xFF])
        == ScriptBytes.Problem(offset: 4, line: 3, byte: 0))
    #expect(ScriptBytes.firstProblem(in: [0xED, 0xA0, 0x80])?.byte == 0xED, "a surrogate")
    #expect(
      ScriptBytes.Problem(offset: 0, line: 2, byte: 7).description
        == "invalid UTF-8 (byte 0x07) on line 2")
  }

  @Test func aNulByteTypedOrPipedIsAnErrorAtItsPlace() throws {
    var interpreter = Interpreter()
    let inString = try interpreter.failure("say \"a\0b\"")
    #expect(inString.message == "a NUL byte cannot be part of a command")
    #expect(inString.column == 7)
    #expect(inString.lineText == "say \"a^@b\"")
  }

  @Test func linesAreBoundedAndAnEndlessLineIsCutAtTheLimit() throws {
    let folder = try PlotTestSupport.temporaryFolder()
    let path = folder + "/input"
    let long = [UInt8](repeating: UInt8(ascii: "x"), count: 300_000)
    try write(Array("feed 1\r\n".utf8) + long + Array("\nstep\nlast".utf8), to: path)
    let descriptor = Platform.openForReading(path)
    defer { Platform.closeFile(descriptor) }
    var reader = LineReader(descriptor: descriptor, limit: 100_000)
    #expect(reader.next() == .line(Array("feed 1".utf8)))
    #expect(reader.next() == .tooLong)
    reader.skipRestOfLine()
    #expect(reader.next() == .line(Array("step".utf8)))
    #expect(reader.next() == .line(Array("last".utf8)))
    #expect(reader.next() == .end)
    #expect(reader.next() == .end)
  }

  @Test func aLongLineEndingInTheBufferKeepsTheNextLines() throws {
    let folder = try PlotTestSupport.temporaryFolder()
    let path = folder + "/input"
    try write(Array("xxxxxxxxxx\nok\n".utf8), to: path)
    let descriptor = Platform.openForReading(path)
    defer { Platform.closeFile(descriptor) }
    var reader = LineReader(descriptor: descriptor, limit: 5)
    #expect(reader.next() == .tooLong)
    reader.skipRestOfLine()  // the line's end was already read: nothing more is skipped
    #expect(reader.next() == .line(Array("ok".utf8)))
  }

  @Test func aTemporaryFileOfADeadWriterIsRemovedOnTheNextWrite() throws {
    let folder = try PlotTestSupport.temporaryFolder()
    // What a write killed with -9 between create and rename leaves: a
    // process id that is not running (above Linux's largest pid).
    let abandoned = folder + "/.history.2147483646-abc.tmp"
    let running = folder + "/.history.\(Platform.processID)-xyz.tmp"
    try AtomicFile.write("half", to: abandoned)
    try AtomicFile.write("mine", to: running)
    try AtomicFile.write("other", to: folder + "/.other.2147483646-abc.tmp")
    try AtomicFile.write("feed 1\n", to: folder + "/history")
    #expect(
      try PlotTestSupport.entries(folder)
        == [".history.\(Platform.processID)-xyz.tmp", ".other.2147483646-abc.tmp", "history"])
  }

  @Test func jsonEscapesC1AndBidirectionalControls() {
    let text = "a\u{9B}2J\u{85}\u{202A}\u{202E}\u{2066}\u{2069}\u{2028}\u{1B}z é 好"
    #expect(
      JSONWriter.quoted(text)
        == "\"a\\u009b2J\\u0085\\u202a\\u202e\\u2066\\u2069\\u2028\\u001bz é 好\"")
  }

  @Test func bidirectionalControlsTakeNoColumnSoTheScreenNeverShowsThem() {
    for scalar: Unicode.Scalar in ["\u{202A}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2069}"] {
      #expect(DisplayWidth.of(Character(scalar)) == 0, "U+\(String(scalar.value, radix: 16))")
    }
    #expect(VisibleText.escaped("x\u{2066}y\u{9B}") == "x\\u{2066}y\\u{9B}")
  }
}
