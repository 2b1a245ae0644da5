import Foundation
import ReluTestSupport
import Testing

@testable import ReluCore

/// `record` over the real file system: a command at a time, in place.
@Suite struct RecordingFileTests {

  /// D13: each command rewrote and synced the whole file (through a new temporary file, renamed
  /// over it).
  ///
  /// Now each is written in place at the end: the file stays the same inode, and holds the
  /// header and every command so far after each one.
  @Test func eachCommandIsWrittenInPlaceNotTheWholeFileAgain() throws {
    let folder = try PlotTestSupport.temporaryFolder()
    let path = folder + "/s.relu"
    var interpreter = Interpreter()
    #expect(Interpreter.failures(interpreter.typed("record \(path)")).isEmpty)
    let first = try #require(Platform.status(path: path))
    for n in 1...50 {
      #expect(Interpreter.failures(interpreter.typed("set alpha 0.\(n % 9 + 1)")).isEmpty)
      let now = try #require(Platform.status(path: path))
      #expect(now.identity == first.identity, "written in place, not renamed over")
      #expect(now.size == interpreter.recording?.file.size)
    }
    let text = try PlotTestSupport.contents(of: path)
    #expect(text == interpreter.recording?.text)
    #expect(try PlotTestSupport.entries(folder) == ["s.relu"], "no temporary files")
  }

  /// A lesson stepped back replays from an earlier copy of the session: its
  /// recording writes from where that copy stood and cuts what came after,
  /// so the file always matches the session shown.
  @Test func aLessonSteppedBackCutsWhatTheAbandonedRunWrote() throws {
    let folder = try PlotTestSupport.temporaryFolder()
    let path = folder + "/s.relu"
    var start = Interpreter()
    #expect(Interpreter.failures(start.typed("record \(path)")).isEmpty)
    let source = Source(name: "t.relu", text: "use leaky\npause\nset alpha 0.2\npause\nfeed 1\n")
    let player = LessonPlayer(source: source, start: start)
    let whole = player.play(toPause: 3)
    #expect(try PlotTestSupport.contents(of: path) == whole.interpreter.recording?.text)
    let first = player.play(toPause: 1)
    let text = try PlotTestSupport.contents(of: path)
    #expect(text == first.interpreter.recording?.text)
    #expect(text.hasSuffix("# The commands:\nuse leaky\npause\n"))
  }

  /// A recording's file replaced behind its back (another program, another
  /// recording) is not written: the recording stops and says why.
  @Test func aFileReplacedBehindTheRecordingStopsIt() throws {
    let folder = try PlotTestSupport.temporaryFolder()
    let path = folder + "/s.relu"
    var interpreter = Interpreter()
    #expect(Interpreter.failures(interpreter.typed("record \(path); use leaky")).isEmpty)
    try AtomicFile.write("say someone else's\n", to: path)
    let said = Interpreter.failures(interpreter.typed("use relu"))
    #expect(
      said == [
        "cannot write \(path): it was replaced or cut short since the recording began; "
          + "recording stopped"
      ])
    #expect(interpreter.recording == nil)
    #expect(try PlotTestSupport.contents(of: path) == "say someone else's\n")
  }

  /// A recording's first line, as `record` writes it.
  static let firstLine = "# ReluLab 0.1.0 session, recorded 2026-01-05 09:00 UTC.\n"

  /// `append` to a file whose last line has no line break starts on a new line.
  @Test func appendStartsOnANewLine() throws {
    let folder = try PlotTestSupport.temporaryFolder()
    let path = folder + "/s.relu"
    try AtomicFile.write(Self.firstLine + "say old", to: path)
    var interpreter = Interpreter()
    #expect(
      Interpreter.failures(interpreter.typed("record \(path) append; say new; record stop")).isEmpty
    )
    let text = try PlotTestSupport.contents(of: path)
    #expect(text.hasPrefix(Self.firstLine + "say old\n# Appended by ReluLab "))
    #expect(text.hasSuffix("\nsay new\n"))
    #expect(text.split(separator: "\n").filter { $0.hasPrefix("# Appended") }.count == 1)
  }

  /// `append` goes on at the end of a file `save` wrote, as of a recording:
  /// both are the lab's own scripts.
  @Test func appendGoesOnAfterASavedSession() throws {
    let folder = try PlotTestSupport.temporaryFolder()
    let path = folder + "/saved.relu"
    var interpreter = Interpreter()
    #expect(
      Interpreter.failures(
        interpreter.typed(
          "set alpha 0.3; save \(path); record \(path) append; say new; record stop")
      ).isEmpty)
    let text = try PlotTestSupport.contents(of: path)
    #expect(text.hasPrefix("# ReluLab "))
    #expect(text.split(separator: "\n").first?.contains(" session, saved ") == true)
    #expect(text.contains("\nset alpha 0.3\n"))
    #expect(text.hasSuffix("\nsay new\n"))
    #expect(text.split(separator: "\n").filter { $0.hasPrefix("# Appended") }.count == 1)
  }

  /// `append` to a missing file starts a new recording, with the full header.
  @Test func appendToAMissingFileStartsIt() throws {
    let folder = try PlotTestSupport.temporaryFolder()
    let path = folder + "/new.relu"
    var interpreter = Interpreter()
    #expect(Interpreter.failures(interpreter.typed("record \(path) append; say new")).isEmpty)
    #expect(try PlotTestSupport.contents(of: path).hasPrefix("# ReluLab "))
  }

  /// `record FILE` typed again on a recording (the next class) refuses it,
  /// saying how to start afresh or add to it, and the file keeps every byte.
  @Test func recordingAgainOverARecordingIsRefused() throws {
    let folder = try PlotTestSupport.temporaryFolder()
    let path = folder + "/class.relu"
    var first = Interpreter()
    #expect(
      Interpreter.failures(first.typed("record \(path); use leaky; say one; record stop")).isEmpty)
    let before = try PlotTestSupport.contents(of: path)
    var next = Interpreter()
    #expect(
      Interpreter.failures(next.typed("record \(path)")) == [
        "cannot write \(path): it already exists (add replace to start it afresh,"
          + " or append to add to it)"
      ])
    #expect(try PlotTestSupport.contents(of: path) == before)
    #expect(next.recording == nil)
  }

  /// `append` keeps a recording's bytes as they were, byte for byte, and
  /// replays it with the commands of both sessions.
  @Test func appendKeepsTheRecordingByteForByte() throws {
    let folder = try PlotTestSupport.temporaryFolder()
    let path = folder + "/class.relu"
    var first = Interpreter()
    #expect(
      Interpreter.failures(first.typed("record \(path); set alpha 0.3; use leaky; record stop"))
        .isEmpty)
    let before = try PlotTestSupport.contents(of: path)
    var next = Interpreter()
    #expect(
      Interpreter.failures(next.typed("record \(path) append; feed 1 -2; record stop")).isEmpty)
    let after = try PlotTestSupport.contents(of: path)
    #expect(after.hasPrefix(before))
    let added = after.dropFirst(before.count)
    #expect(added.hasPrefix("# Appended by ReluLab "))
    #expect(added.hasSuffix("\n# The commands:\nfeed 1 -2\n"))
    var replay = Interpreter()
    let events = replay.typed(after)
    #expect(Interpreter.failures(events).isEmpty)
    #expect(replay.layerKind == .relu && replay.settings.alpha == 0.01, "the appended header's")
  }

  /// `append` adds only to a ReluLab recording: a shell script, text that is
  /// not a recording, a file that is not UTF-8, or one with a NUL byte, named
  /// `.relu`, is refused and left exactly as it was.
  @Test(arguments: [
    Array("#!/bin/sh\nrm -rf \"$HOME/x\"\n".utf8), Array("say a lesson of mine\n".utf8),
    Array(RecordingFileTests.firstLine.utf8) + [0xFF, 0x0A],
    Array(RecordingFileTests.firstLine.utf8) + [0x00, 0x0A],
    Array("say\n".utf8) + Array(RecordingFileTests.firstLine.utf8),
  ])
  func appendRefusesAFileThatIsNoRecording(bytes: [UInt8]) throws {
    let folder = try PlotTestSupport.temporaryFolder()
    let path = folder + "/x.relu"
    let url = URL(fileURLWithPath: path)
    try Data(bytes).write(to: url)
    var interpreter = Interpreter()
    let said = Interpreter.failures(interpreter.typed("record \(path) append; say dangerous"))
    #expect(
      said.first
        == "cannot write \(path): append adds only to a ReluLab recording (first line"
        + " '# ReluLab ... session, recorded ...'), and it is not one: record to another"
        + " name, or add replace")
    #expect(try Data(contentsOf: url) == Data(bytes), "left as it was, byte for byte")
    #expect(interpreter.recording == nil)
  }

  /// `append` to a recording with another name (a hard link) would change
  /// that other file too: refused.
  @Test func appendRefusesAFileWithAnotherName() throws {
    let folder = try PlotTestSupport.temporaryFolder()
    let path = folder + "/s.relu"
    try AtomicFile.write(Self.firstLine + "say old\n", to: path)
    #expect(TestFileSystem.makeHardLink(folder + "/other.txt", to: path))
    var interpreter = Interpreter()
    #expect(
      Interpreter.failures(interpreter.typed("record \(path) append")) == [
        "cannot write \(path): it has 2 names (hard links), and append writes only to a file"
          + " with one, so that no other file changes"
      ])
    #expect(try PlotTestSupport.contents(of: folder + "/other.txt") == Self.firstLine + "say old\n")
  }

  /// `append` to an empty file starts the recording there.
  @Test func appendToAnEmptyFileStartsIt() throws {
    let folder = try PlotTestSupport.temporaryFolder()
    let path = folder + "/empty.relu"
    try AtomicFile.write("", to: path)
    var interpreter = Interpreter()
    #expect(Interpreter.failures(interpreter.typed("record \(path) append; say new")).isEmpty)
    #expect(try PlotTestSupport.contents(of: path).hasSuffix("\nsay new\n"))
  }

  /// An append that would pass 4 MiB with its header is refused before
  /// anything is written.
  @Test func appendToAFileNearTheLimitIsRefused() throws {
    let folder = try PlotTestSupport.temporaryFolder()
    let path = folder + "/big.relu"
    let text =
      Self.firstLine
      + String(repeating: "say \(String(repeating: "x", count: 1020))\n", count: 4095)
    try AtomicFile.write(text, to: path)
    var interpreter = Interpreter()
    let said = Interpreter.failures(interpreter.typed("record \(path) append"))
    #expect(said.count == 1)
    #expect(said.first?.contains("with this recording's header it would pass 4 MiB") == true)
    #expect(Platform.status(path: path)?.size == text.utf8.count, "nothing written")
    #expect(interpreter.recording == nil)
  }

  /// A script's record and export are held to the rules, a typed one to the
  /// extension rule only (``WriteRules``).
  @Test(
    arguments: [
      ("a.relu", "relu", SourceOrigin.script, nil),
      (".a.relu", "relu", .typed, nil),
      (
        ".a.relu", "relu", .script,
        "a script may not write a hidden file or into a hidden folder ('.a.relu')"
      ),
      (
        "x/.git/hooks/a.relu", "relu", .script,
        "a script may not write a hidden file or into a hidden folder ('.git')"
      ),
      ("../a/./b.relu", "relu", .script, nil),
      ("a.sh", "relu", .typed, "a recording is written only to a name ending in .relu"),
      ("relu", "relu", .typed, "a recording is written only to a name ending in .relu"),
      ("dir/", "relu", .typed, "a recording is written only to a name ending in .relu"),
      ("A.RELU", "relu", .script, nil),
    ] as [(String, String, SourceOrigin, String?)])
  func theRules(path: String, fileExtension: String, origin: SourceOrigin, refusal: String?) {
    #expect(
      WriteRules.refusal(
        of: path, fileExtension: fileExtension, what: Words(en: "a recording", zh: "录制"),
        origin: origin)?.en == refusal)
  }

  /// D33: the temporary name `.NAME.PID-TAG.tmp` passed 255 bytes for a valid
  /// name of 232 bytes or more, so such a file could not be written.
  @Test(arguments: [249, 251, 255]) func aLongValidNameCanBeWritten(length: Int) throws {
    let folder = try PlotTestSupport.temporaryFolder()
    let name = String(repeating: "y", count: length - 4) + ".svg"
    var interpreter = Interpreter()
    #expect(Interpreter.failures(interpreter.typed("export svg \(folder)/\(name)")).isEmpty)
    #expect(try PlotTestSupport.entries(folder) == [name])
    let wide = String(repeating: "é", count: (length - 4) / 2) + ".svg"  // 2 bytes each
    #expect(Interpreter.failures(interpreter.typed("export svg \(folder)/\(wide)")).isEmpty)
    #expect(AtomicFile.temporaryPrefix(wide).utf8.count <= AtomicFile.temporaryNameBytes + 2)
  }
}
