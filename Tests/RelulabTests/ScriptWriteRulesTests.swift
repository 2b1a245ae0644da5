import Foundation
import ReluCore
import ReluTestSupport
import Testing

/// The README's "What a script can do", claim by claim, through the built
/// `relulab`: a script is a file (an argument, `-i`, `load`, a lesson, piped
/// standard input); `-e` commands are typed by the person.
@Suite struct ScriptWriteRulesTests {
  private func folder() throws -> URL {
    let path = try #require(TestFileSystem.makeTemporaryFolder("/tmp/relulab-rules-XXXXXX"))
    return URL(fileURLWithPath: path)
  }

  private func entries(_ folder: URL, _ sub: String = "") -> [String] {
    Platform.folderEntries(folder.path + sub) ?? []
  }

  /// D14: a lesson's `record fakehome/.bashrc` wrote shell code into a start-up file.
  ///
  /// A script may write no hidden file and nothing in a hidden folder, and no name without
  /// `.relu`.
  @Test func aScriptCannotWriteDotfilesOrIntoHiddenFolders() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    for sub in ["/fakehome", "/.config", "/a", "/a/.git", "/a/.git/hooks"] {
      #expect(Platform.makeFolder(dir.path + sub, permissions: 0o700))
    }
    let lines = [
      "record fakehome/.bashrc", "record fakehome/.bashrc.relu", "export txt .config/x.txt",
      "record a/.git/hooks/x.relu", "export svg ./.hidden.svg", "record ../x/.y/z.relu",
    ]
    let script = lines.joined(separator: "\n") + "\nsay $(touch PWNED)\n"
    try script.write(to: dir.appendingPathComponent("evil.relu"), atomically: true, encoding: .utf8)
    let run = try relulab(["--keep-going", "evil.relu"], directory: dir)
    #expect(run.status == 1)
    let errors = run.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
    #expect(errors.count == lines.count, "\(run.stderr)")
    #expect(errors[0].hasSuffix("a recording is written only to a name ending in .relu"))
    for error in errors.dropFirst() {
      #expect(error.contains("a script may not write a hidden file or into a hidden folder"))
    }
    #expect(entries(dir, "/fakehome").isEmpty && entries(dir, "/.config").isEmpty)
    #expect(entries(dir, "/a/.git/hooks").isEmpty)
    // Piped standard input is a script too.
    let piped = try relulab([], stdin: "record fakehome/.bashrc.relu\n", directory: dir)
    #expect(piped.stderr.contains("a script may not write a hidden file"))
    #expect(entries(dir, "/fakehome").isEmpty)
    // So is a file given to -i.
    try "record fakehome/.b.relu\n".write(
      to: dir.appendingPathComponent("i.relu"), atomically: true, encoding: .utf8)
    let startup = try relulab(["-i", "i.relu", "--plain"], stdin: "", directory: dir)
    #expect(startup.stderr.contains("a script may not write a hidden file"))
    #expect(entries(dir, "/fakehome").isEmpty)
  }

  /// What the person types may name a hidden folder: they chose it.
  @Test func typedCommandsMayWriteIntoAHiddenFolder() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(Platform.makeFolder(dir.path + "/.plots", permissions: 0o700))
    let run = try relulab(
      ["-e", "export svg .plots/p.svg", "-e", "record .plots/r.relu", "-e", "record stop"],
      directory: dir)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(entries(dir, "/.plots") == ["p.svg", "r.relu"])
  }

  /// Typed or scripted, `export` writes only its format's name and `record`
  /// only `.relu`.
  @Test func exportAndRecordWriteOnlyFilesOfTheirOwnKind() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let refused = [
      ("export svg x.sh", "an svg export is written only to a name ending in .svg"),
      ("export csv x.svg", "a csv export is written only to a name ending in .csv"),
      ("export txt profile", "a txt export is written only to a name ending in .txt"),
      ("export txt .txt", "a txt export is written only to a name ending in .txt"),
      ("record x.sh", "a recording is written only to a name ending in .relu"),
      ("record stop.sh replace", "a recording is written only to a name ending in .relu"),
    ]
    for (command, reason) in refused {
      let run = try relulab(["-e", command], directory: dir)
      #expect(run.status == 1)
      #expect(run.stderr.contains(reason), "\(command): \(run.stderr)")
    }
    #expect(entries(dir).isEmpty)
    let allowed = try relulab(
      ["-e", "export svg a.svg; export csv a.CSV; export txt a.txt; record a.relu; record stop"],
      directory: dir)
    #expect(allowed.status == 0, "\(allowed.stderr)")
    #expect(entries(dir) == ["a.CSV", "a.relu", "a.svg", "a.txt"])
  }

  /// D30: `record FILE` replaced a hand-written lesson.
  ///
  /// It refuses an existing file unless told `replace` or `append`; append
  /// keeps what was there.
  @Test func recordRefusesAnExistingFileUnlessToldReplaceOrAppend() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let lesson = dir.appendingPathComponent("lesson.relu")
    try "say a hand-written lesson".write(to: lesson, atomically: true, encoding: .utf8)
    let refused = try relulab(["-e", "record lesson.relu", "-e", "say lost"], directory: dir)
    #expect(refused.status == 1)
    #expect(
      refused.stderr.hasPrefix(
        "-e:1:8: error: cannot write lesson.relu: it already exists (add replace to start it "
          + "afresh, or append to add to it)\n"))
    #expect(try String(contentsOf: lesson, encoding: .utf8) == "say a hand-written lesson")
    // append adds only to a recording: a hand-written lesson stays as it is.
    let notARecording = try relulab(
      ["-e", "record lesson.relu append", "-e", "say lost"], directory: dir)
    #expect(notARecording.status == 1)
    #expect(
      notARecording.stderr.hasPrefix(
        "-e:1:8: error: cannot write lesson.relu: append adds only to a ReluLab recording"))
    #expect(try String(contentsOf: lesson, encoding: .utf8) == "say a hand-written lesson")
    let recording = dir.appendingPathComponent("class.relu")
    let first = try relulab(
      ["-e", "record class.relu", "-e", "say first", "-e", "record stop"], directory: dir)
    #expect(first.status == 0, "\(first.stderr)")
    let before = try String(contentsOf: recording, encoding: .utf8)
    let appended = try relulab(
      ["-e", "use leaky; record class.relu append", "-e", "say added", "-e", "record stop"],
      directory: dir)
    #expect(appended.status == 0, "\(appended.stderr)")
    let text = try String(contentsOf: recording, encoding: .utf8)
    #expect(text.hasPrefix(before + "# Appended by ReluLab "))
    #expect(text.hasSuffix("use leaky\n# The commands:\nsay added\n"))
    let replay = try relulab(["class.relu"], directory: dir)
    #expect(replay.status == 0, "\(replay.stderr)")
    // The header's settings, then the first session's command, then the
    // appended header's and the added command.
    let said = replay.stdout.split(separator: "\n").filter { $0.hasPrefix("» ") }
    #expect(said == ["» first", "» added"])
    #expect(replay.stdout.hasSuffix("» added\n"))
    let replaced = try relulab(
      ["-e", "record lesson.relu replace", "-e", "say fresh", "-e", "record stop"], directory: dir)
    #expect(replaced.status == 0, "\(replaced.stderr)")
    let fresh = try String(contentsOf: lesson, encoding: .utf8)
    #expect(fresh.hasPrefix("# ReluLab ") && fresh.hasSuffix("# The commands:\nsay fresh\n"))
    #expect(!fresh.contains("hand-written"))
  }

  /// `record` writes only to a regular file: a symbolic link is refused even
  /// with replace or append (never followed), as are a FIFO and a folder.
  @Test func recordWritesOnlyARegularFile() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let target = dir.path + "/target.txt"
    try "keep\n".write(toFile: target, atomically: true, encoding: .utf8)
    #expect(TestFileSystem.makeSymbolicLink(dir.path + "/link.relu", to: target))
    #expect(TestFileSystem.makeFIFO(dir.path + "/fifo.relu", permissions: 0o600))
    #expect(Platform.makeFolder(dir.path + "/folder.relu", permissions: 0o700))
    for (name, kind) in [("link", "a symbolic link"), ("fifo", "a FIFO"), ("folder", "a folder")] {
      for mode in ["replace", "append"] {
        let run = try relulab(["-e", "record \(name).relu \(mode)"], directory: dir)
        #expect(
          run.stderr.contains("it is \(kind), and a recording goes only to a regular file"),
          "\(name) \(mode): \(run.stderr)")
      }
    }
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep\n")
  }

  /// D12: a recording grew past 4 MiB and could not be replayed.
  ///
  /// It stops before that, with a message, and what it holds replays.
  @Test func aRecordingStopsBeforeFourMiBAndReplays() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    // 45 lines of 100 KB, in two scripts (each within the 4 MiB a script holds).
    let say = "say " + String(repeating: "x", count: 100_000) + "\n"
    try ("record big.relu\n" + String(repeating: say, count: 22)).write(
      to: dir.appendingPathComponent("a.relu"), atomically: true, encoding: .utf8)
    try String(repeating: say, count: 23).write(
      to: dir.appendingPathComponent("b.relu"), atomically: true, encoding: .utf8)
    let run = try relulab(["--keep-going", "a.relu", "b.relu"], directory: dir)
    #expect(run.status == 1)
    #expect(
      run.stderr.contains(
        "error: recording stopped: with this command big.relu would pass 4 MiB, the most a "
          + "script may hold; it replays every command before this one"))
    let size = try #require(Platform.status(path: dir.path + "/big.relu")?.size)
    #expect(size <= RealFileSystem.maxBytes && size > RealFileSystem.maxBytes - 200_000)
    let replay = try relulab(["big.relu"], directory: dir)
    #expect(replay.status == 0, "\(replay.stderr.prefix(300))")
  }

  /// D15: `load` opened a FIFO (releasing its writer) before refusing it.
  ///
  /// Now nothing opens it: a writer waiting on it stays blocked.
  @Test(.timeLimit(.minutes(1))) func loadRefusesAFIFOWithoutOpeningIt() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(TestFileSystem.makeFIFO(dir.path + "/f.relu", permissions: 0o600))
    let writer = Process()
    writer.environment = TestEnvironment.isolated()
    writer.executableURL = URL(fileURLWithPath: "/bin/sh")
    writer.arguments = ["-c", "echo SECRET > f.relu; echo released > w.log"]
    writer.currentDirectoryURL = dir
    try writer.run()
    defer {
      // SIGKILL: the child may have inherited a mask that blocks SIGTERM.
      kill(writer.processIdentifier, SIGKILL)
      writer.waitUntilExit()
    }
    usleep(200_000)
    for arguments in [["-e", "load f.relu"], ["f.relu"], ["-i", "f.relu", "--plain"]] {
      let run = try relulab(arguments, stdin: "", directory: dir)
      #expect(run.stderr.contains("cannot read f.relu: it is not a regular file"), "\(arguments)")
    }
    usleep(300_000)
    #expect(!FileManager.default.fileExists(atPath: dir.path + "/w.log"), "the writer still waits")
  }
}
