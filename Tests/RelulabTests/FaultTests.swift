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

  /// Runs `program ARGUMENTS` and returns its output and status.
  ///
  /// With `signal`, the program gets that signal after the delay.
  private func run(
    _ program: String, _ arguments: [String], directory: URL? = nil,
    signal: (number: Int32, after: Double)? = nil
  ) throws -> Run {
    let process = Process()
    process.environment = TestEnvironment.isolated()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let started = Date()
    nonisolated(unsafe) var errData = Data()
    nonisolated(unsafe) var outData = Data()
    let group = DispatchGroup()
    DispatchQueue.global().async(group: group) {
      errData = err.fileHandleForReading.readDataToEndOfFile()
    }
    DispatchQueue.global().async(group: group) {
      outData = out.fileHandleForReading.readDataToEndOfFile()
    }
    if let signal {
      usleep(useconds_t(signal.after * 1_000_000))
      kill(process.processIdentifier, signal.number)
    }
    group.wait()
    process.waitUntilExit()
    if let signal {
      #expect(
        Date().timeIntervalSince(started) < signal.after + 5, "it ended soon after the signal")
    }
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

  /// Short of memory (here `ulimit -v`, 100 MB: start-up fits, a 10^7 feed
  /// does not), a command that asks for big buffers is an error naming it
  /// and the script stops there, not a crash with a backtrace.
  /// (Not under AddressSanitizer, whose shadow memory alone passes the limit.)
  @Test(
    .disabled(
      if: ProcessInfo.processInfo.environment["ASAN_OPTIONS"] != nil,
      "AddressSanitizer reserves more address space than the limit allows"),
    arguments: ["feed random 10000000", "net relu width 1024 depth 8 points 200"])
  func aCommandShortOfMemoryIsAnErrorNotACrash(command: String) throws {
    let binary = productsDirectory.appendingPathComponent("relulab").path
    let result = try run(
      "/bin/sh",
      [
        "-c", "ulimit -v 100000; SWIFT_BACKTRACE=enable=no exec \"$0\" \"$@\"", binary,
        "-e", "say before; \(command); say never",
      ])
    let name = String(command.prefix { $0 != " " })
    #expect(result.status == 1)
    #expect(result.stdout.contains("before") && !result.stdout.contains("never"))
    #expect(
      result.stderr.hasPrefix("-e:1:13: error: \(name) cannot get the memory it needs (about "),
      "\(result.stderr)")
    #expect(!result.stderr.contains("Fatal error"))
  }

  @Test func aClosedPipeStaysQuiet() throws {
    let result = try shell(["-e", "feed random 100000 seed 1; help"], "| head -c 10 > /dev/null")
    #expect(result.stderr == "")
  }

  @Test func errorsStillComeOutInOrderWithTheOutput() throws {
    let result = try shell(["--keep-going", "-e", "say one; feed x; say two"], "2>&1")
    #expect(
      result.stdout
        == "» one\n-e:1:15: error: 'x' is not a number; usage: feed V\nsay one; feed x; say two\n"
        + "              ^\n» two\n"
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
      process.environment = TestEnvironment.isolated()
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

  /// A command long in the debug build (tens of seconds), within the work limit.
  static let longNet = "net relu width 512 depth 3 points 3000 seed 1"

  /// Runs relulab with `arguments`, sends `signal` after `delay` seconds;
  /// returns its output and status (D8).
  private func signalled(_ arguments: [String], _ signal: Int32, after delay: Double) throws
    -> Run
  {
    try run(
      productsDirectory.appendingPathComponent("relulab").path, arguments,
      signal: (signal, delay))
  }

  static let endingSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

  /// D8: a signal during a long batch command keeps every finished result
  /// and ends with 128 + its number; the stopped command's error says why
  /// (Ctrl-C only for SIGINT).
  @Test(arguments: endingSignals) func aSignalInBatchKeepsTheResultsSoFar(signal: Int32) throws {
    let result = try signalled(["-e", "feed 1 2 3", "-e", Self.longNet], signal, after: 1)
    #expect(result.status == 128 + signal)
    #expect(result.stdout.hasPrefix("feed relu: 3 values, 3 active (100%)\n"))
    #expect(result.stdout.hasSuffix("\n"))
    let why =
      signal == SIGINT ? "error: stopped: Ctrl-C" : "error: stopped: relulab was asked to end"
    #expect(result.stderr.contains(why), "\(result.stderr)")
  }

  /// D8: a JSON line is never cut by a signal, even a long one.
  @Test(arguments: [SIGINT, SIGTERM]) func aSignalInJSONBatchLeavesWholeLines(signal: Int32)
    throws
  {
    let result = try signalled(
      ["--json", "-e", "feed random 20000 seed 1", "-e", Self.longNet], signal, after: 1.5)
    #expect(result.status == 128 + signal)
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.last == "")
    #expect(lines.first?.hasPrefix(#"{"cmd":"feed""#) == true)
    for line in lines.dropLast() {
      #expect(
        (try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil,
        "a whole JSON line: \(line.prefix(80))")
    }
  }

  /// D10: `relulab --json > file` at a terminal: the banner and the prompts
  /// go to the terminal, only JSON to the file.
  @Test func jsonRedirectedAtATerminalHasNoPromptInTheFile() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let binary = productsDirectory.appendingPathComponent("relulab").path
    let file = folder.appendingPathComponent("tty.jsonl").path
    for (flags, check) in [("--json", true), ("", false)] {
      let shown = try run(
        "/bin/sh",
        [
          "-c", "printf 'feed 1 -2\\nquit\\n' | script -qec \"$0 \(flags) > $1\" /dev/null",
          binary, file,
        ])
      #expect(shown.stdout.contains("relulab> "), "the prompt is on the terminal")
      let written = try String(contentsOfFile: file, encoding: .utf8)
      #expect(!written.contains("relulab> ") && !written.contains("ReluLab "))
      if check {
        let lines = written.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.hasPrefix("{") })
      } else {
        #expect(written.hasPrefix("feed relu: 2 values, 1 active (50%)\n"))
      }
    }
  }
}
