import Foundation
import Testing

/// relulab started with a 64 KiB stack (`ulimit -s 64`) starts and works in
/// every mode: its work runs on a thread with a stack of its own, whatever
/// the main thread got.
@Suite struct SmallStackTests {
  /// The shell command that starts relulab (`"$0" "$@"`) after `ulimit -s 64`,
  /// with no crash report to wait for if it crashes.
  static let smallStack = "ulimit -s 64; SWIFT_BACKTRACE=enable=no exec \"$0\" \"$@\""

  /// Runs `relulab ARGUMENTS` with a 64 KiB stack, feeding it `stdin`.
  private func smallStack(_ arguments: [String], stdin: String = "") throws -> Run {
    let binary = productsDirectory.appendingPathComponent("relulab").path
    return try command("/bin/sh", ["-c", Self.smallStack, binary] + arguments, stdin: stdin)
  }

  @Test func batchRunsWithA64KiBStack() throws {
    let run = try smallStack(["-e", "feed 1 -2", "-e", "say done"])
    #expect(run.status == 0)
    #expect(run.stderr == "")
    #expect(run.stdout.hasPrefix("feed relu: 2 values, 1 active (50%)\n"))
    #expect(run.stdout.hasSuffix("» done\n"))
  }

  @Test func plainPromptRunsWithA64KiBStack() throws {
    let run = try smallStack(["--plain"], stdin: "feed 1 -2\nsay done\nquit\n")
    #expect(run.status == 0)
    #expect(run.stderr == "")
    #expect(run.stdout.contains("feed relu: 2 values, 1 active (50%)\n"))
    #expect(run.stdout.contains("» done\n"))
  }

  /// The argument parser's errors and --version come out as before.
  @Test func argumentsAreReadWithA64KiBStack() throws {
    let wrong = try smallStack(["--no-such-option"])
    #expect(wrong.status == 2)
    #expect(wrong.stderr.hasPrefix("Error: Unknown option '--no-such-option'\n"))
    let version = try smallStack(["--version"])
    #expect(version.status == 0)
    #expect(version.stdout.hasSuffix("\n") && !version.stdout.isEmpty)
  }

  /// The deepest the language goes, scripts loading scripts 16 deep, has
  /// the room it needs too.
  @Test func scriptsLoadingScripts16DeepRunWithA64KiBStack() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "relulab-stack-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for level in 1..<16 {
      try "load s\(level + 1).relu\n".write(
        to: folder.appendingPathComponent("s\(level).relu"), atomically: true, encoding: .utf8)
    }
    try "feed [[[[[[[1, -2]]]]]]]\nplot relu leaky\nsay bottom\n".write(
      to: folder.appendingPathComponent("s16.relu"), atomically: true, encoding: .utf8)
    let run = try smallStack([folder.appendingPathComponent("s1.relu").path])
    #expect(run.status == 0)
    #expect(run.stderr == "")
    #expect(run.stdout.hasSuffix("» bottom\n"))
  }

  /// The full-screen lab and the line-editing prompt, in a terminal.
  @Test(
    .enabled(if: TmuxPane.isAvailable, "needs tmux for a terminal"),
    arguments: [[String](), ["--plain"]])
  func terminalModesRunWithA64KiBStack(arguments: [String]) throws {
    let binary = productsDirectory.appendingPathComponent("relulab").path
    let line = ([binary] + arguments).map(TmuxPane.quoted).joined(separator: " ")
    let pane = try TmuxPane(
      width: 100, height: 30, environment: ["LC_ALL": "C.UTF-8"],
      command: "sh -c \(TmuxPane.quoted(Self.smallStack)) \(line)")
    defer { pane.close() }
    try #require(pane.wait(for: "relulab>"), "the prompt: \(pane.screen())")
    if arguments.isEmpty {
      // The first frame is drawn when the status line shows.
      #expect(pane.wait(for: " layer relu"), "the status line: \(pane.screen())")
    }
    try pane.type("say small stack")
    try pane.press("Enter")
    #expect(pane.wait(for: "» small stack"), "\(pane.screen())")
    try pane.type("quit")
    try pane.press("Enter")
    #expect(pane.wait(for: TmuxPane.exitMarker + "0"), "\(pane.screen())")
  }
}
