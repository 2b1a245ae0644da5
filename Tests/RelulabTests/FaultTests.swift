import Foundation
import Testing

/// relulab under faults: a full disk or closed output, endless input, hostile
/// arguments, special files as export targets, and kill -9 in the middle of a write.
@Suite struct FaultTests {
  /// Runs `relulab ARGUMENTS` through sh with `redirection` applied to it
  /// (such as `> /dev/full`); returns its standard error and status.
  private func shell(_ arguments: [String], _ redirection: String, directory: URL? = nil) throws
    -> Run
  {
    let binary = productsDirectory.appendingPathComponent("relulab").path
    return try run(
      "/bin/sh", ["-c", "\"$0\" \"$@\" \(redirection)", binary] + arguments, directory: directory)
  }

  private func run(_ program: String, _ arguments: [String], directory: URL? = nil) throws -> Run {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let group = DispatchGroup()
    nonisolated(unsafe) var errData = Data()
    DispatchQueue.global().async(group: group) {
      errData = err.fileHandleForReading.readDataToEndOfFile()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return Run(
      stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self), status: process.terminationStatus)
  }

  private func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "relulab-fault-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  static let fullDiskCases: [[String]] = [
    ["Scripts/lessons/en/01-relu.relu"], ["--json", "-e", "help"], ["-e", "help"], ["--help"],
    ["--version"], ["-e", "feed random 100000 seed 1"],
  ]

  @Test(arguments: fullDiskCases) func aFullDiskIsAnErrorNotASilentSuccess(arguments: [String])
    throws
  {
    let result = try shell(arguments, "> /dev/full", directory: packageRoot)
    #expect(result.status == 1)
    #expect(result.stderr == "relulab: cannot write standard output: No space left on device\n")
  }

  @Test func aClosedStandardOutputIsAnError() throws {
    let result = try shell(["-e", "say hi"], ">&-")
    #expect(result.status == 1)
    #expect(result.stderr == "relulab: cannot write standard output: Bad file descriptor\n")
  }

  @Test func aClosedPipeStaysQuiet() throws {
    let result = try shell(["-e", "feed random 100000 seed 1; help"], "| head -c 10 > /dev/null")
    #expect(result.stderr == "")
  }

  @Test func errorsStillComeOutInOrderWithTheOutput() throws {
    let result = try shell(["--keep-going", "-e", "say one; feed x; say two"], "2>&1")
    #expect(
      result.stdout
        == "» one\n-e:1:15: error: 'x' is not a number\nsay one; feed x; say two\n              ^\n» two\n"
    )
  }

  @Test(.timeLimit(.minutes(1))) func endlessInputStopsAtTheLineLimit() throws {
    let result = try shell([], "< /dev/zero")
    #expect(result.status == 1)
    #expect(
      result.stderr
        == "<stdin>:1:1: error: this line is longer than 4 MiB, the most a line may hold\n\n^\n")
  }

  @Test func escapeSequencesInArgumentsAreShownEscaped() throws {
    let title = try relulab(["--x\u{1B}]2;TITLE\u{1B}\\"])
    #expect(title.status == 2)
    #expect(title.stderr.hasPrefix("Error: Unknown option '--x^[]2;TITLE^[\\'\n"))
    let clipboard = try relulab(["-i", "\u{1B}]52;c;aGk=\u{7}"])
    #expect(clipboard.status == 2)
    #expect(!clipboard.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 7 })
    #expect(clipboard.stderr.contains("^[]52;c;aGk=^G"))
  }

  @Test func exportRefusesAFIFOAndADeviceNodeAndLeavesThem() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(try run("/usr/bin/mkfifo", [folder.appendingPathComponent("f.txt").path]).status == 0)
    #expect(
      try run("/usr/bin/mknod", [folder.appendingPathComponent("full.svg").path, "c", "1", "7"])
        .status
        == 0, "mknod needs root")
    let fifo = try relulab(["-e", "export txt f.txt"], directory: folder)
    #expect(fifo.status == 1)
    #expect(
      fifo.stderr.hasPrefix(
        "-e:1:12: error: cannot write f.txt: it is a FIFO, and only a regular file is replaced\n"))
    let device = try relulab(["-e", "export svg full.svg"], directory: folder)
    #expect(
      device.stderr.hasPrefix(
        "-e:1:12: error: cannot write full.svg: it is a device, and only a regular file is replaced\n"
      ))
    let types = try run("/usr/bin/stat", ["-c", "%F", "f.txt", "full.svg"], directory: folder)
    #expect(types.stdout == "fifo\ncharacter special file\n")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
        "f.txt", "full.svg",
      ])
  }

  @Test func kill9MidExportLeavesTheOldFileOrTheNewNeverAPartAndNoTemporaryFile() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let script =
      "set size 1000 500; plot relu leaky sigmoid tanh; "
      + Array(repeating: "export txt plot.txt", count: 200).joined(separator: "; ")
    let whole = try relulab(
      ["-e", "set size 1000 500; plot relu leaky sigmoid tanh; export txt whole.txt"],
      directory: folder)
    #expect(whole.status == 0)
    let expected = try Data(contentsOf: folder.appendingPathComponent("whole.txt"))
    for attempt in 0..<8 {
      let process = Process()
      process.executableURL = productsDirectory.appendingPathComponent("relulab")
      process.arguments = ["-e", script]
      process.currentDirectoryURL = folder
      process.standardOutput = FileHandle.nullDevice
      try process.run()
      usleep(useconds_t(250_000 + attempt * 120_000))  // inside the export loop
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      if let written = FileManager.default.contents(
        atPath: folder.appendingPathComponent("plot.txt").path)
      {
        #expect(written == expected, "attempt \(attempt): the file is whole")
      }
    }
    // The next write clears what the killed writers left.
    let after = try relulab(
      ["-e", "set size 1000 500; plot relu leaky sigmoid tanh; export txt plot.txt"],
      directory: folder)
    #expect(after.status == 0)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
        "plot.txt", "whole.txt",
      ])
  }
}
