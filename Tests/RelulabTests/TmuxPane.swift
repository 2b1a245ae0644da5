import Foundation
import ReluCore

/// The built `relulab` run by a shell command in a detached tmux session on
/// a private socket: a terminal of a chosen size with no terminal around the
/// tests, read back with `capture-pane`.
///
/// The command ends by printing ``exitMarker`` and its status, and the pane
/// stays open after it, so a test can check how the program ended.
final class TmuxPane {
  /// Printed with the command's status after it ends: `RELULAB-EXIT=0`.
  static let exitMarker = "RELULAB-EXIT="

  /// Whether tmux is installed.
  static let isAvailable = executable(named: "tmux") != nil

  /// The folder holding the socket (and whatever a test puts there).
  let folder: URL
  /// Folders a test made for the session, removed with it.
  var leftovers: [URL] = []
  private let socket: String

  /// Starts `command` (a shell command line) in a `width` x `height` pane
  /// with `environment` added (TERM is xterm-256color, the history goes into
  /// ``folder``).
  init(width: Int, height: Int, environment: [String: String] = [:], command: String) throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "relulab-tmux-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    socket = folder.appendingPathComponent("tmux.sock").path
    // The home and XDG folders of the pane's programs are the tests' own
    // (TestEnvironment), the history in this pane's folder.
    var variables = TestEnvironment.isolated([:])
    variables["TERM"] = "xterm-256color"
    variables["XDG_STATE_HOME"] = folder.path
    variables.merge(environment) { $1 }
    let settings = variables.sorted { $0.key < $1.key }.flatMap { ["-e", "\($0.key)=\($0.value)"] }
    let started = try tmux(
      ["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)"] + settings
        + ["\(command); echo \(Self.exitMarker)$?; exec sleep 600"])
    guard started.status == 0 else {
      throw TmuxError(message: "tmux new-session failed: \(started.stderr)")
    }
  }

  /// Ends the session and removes ``folder`` and ``leftovers``.
  func close() {
    _ = try? tmux(["kill-server"])
    for made in [folder] + leftovers { try? FileManager.default.removeItem(at: made) }
  }

  /// The screen's text, row by row (trailing blanks dropped).
  func screen() -> String {
    (try? tmux(["capture-pane", "-p"]).stdout) ?? ""
  }

  /// Waits until `check` holds for the screen, polling every 50 ms for at most
  /// `seconds`; whether it came to hold.
  func wait(seconds: Double = 30, until check: (String) -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if check(screen()) { return true }
      usleep(50_000)
    }
    return check(screen())
  }

  /// The screen's rows joined by spaces, blanks at their ends dropped: a
  /// text the lab wrapped reads as one line again.
  func unwrappedScreen() -> String {
    screen().split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
      .joined(separator: " ")
  }

  /// Waits until the screen shows `text`.
  func wait(for text: String, seconds: Double = 30) -> Bool {
    wait(seconds: seconds) { $0.contains(text) }
  }

  /// Types `text` as it is (`send-keys -l`).
  func type(_ text: String) throws {
    _ = try tmux(["send-keys", "-l", "--", text])
  }

  /// Presses keys by tmux's names: `Enter`, `C-c`, `q`.
  func press(_ keys: String...) throws {
    _ = try tmux(["send-keys"] + keys)
  }

  /// Sends raw bytes, as a terminal sends what a key in another character
  /// set types (`send-keys -H`).
  func send(bytes: [UInt8]) throws {
    _ = try tmux(["send-keys", "-H"] + bytes.map { String($0, radix: 16) })
  }

  /// Runs `tmux -S SOCKET ARGUMENTS` (on the pane of the only session).
  ///
  /// Through posix_spawn and waitpid, its output going through a file:
  /// Foundation's Process never saw a tmux client end (the client starts the
  /// server, which outlives it) and waited forever.
  private func tmux(_ arguments: [String]) throws -> Run {
    guard let path = Self.executable(named: "tmux") else {
      throw TmuxError(message: "tmux is not installed")
    }
    let output = folder.appendingPathComponent("tmux-output.txt").path
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    // The tmux server outlives this call: it must not keep a descriptor of
    // this process open (another test's pipe would then never reach its end).
    Self.closeFrom3(&actions)
    let argv = ([path, "-S", socket] + arguments).map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    let environment = TestEnvironment.isolatedPointers()
    defer { for variable in environment { free(variable) } }
    var process: pid_t = 0
    let spawned = posix_spawn(&process, path, &actions, nil, argv, environment)
    guard spawned == 0 else { throw TmuxError(message: "cannot run tmux: error \(spawned)") }
    var status: Int32 = 0
    while waitpid(process, &status, 0) < 0, errno == EINTR {}
    // Read with open and read: Foundation's String(contentsOfFile:) leaves a
    // buffer LeakSanitizer reports.
    let descriptor = open(output, O_RDONLY)
    let text = descriptor < 0 ? "" : String(decoding: readAll(descriptor), as: UTF8.self)
    if descriptor >= 0 { _ = Platform.closeFile(descriptor) }
    // The exit status as the shell reports it (WEXITSTATUS), or 128 + a signal.
    let exitStatus = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + status & 0x7F
    return Run(stdout: text, stderr: text, status: exitStatus)
  }

  /// Adds "close every descriptor from 3 up" to `actions`: glibc's
  /// `posix_spawn_file_actions_addclosefrom_np` (2.34 and later), looked up
  /// at run time because the C module does not export it.
  private static func closeFrom3(_ actions: inout posix_spawn_file_actions_t) {
    typealias CloseFrom =
      @convention(c) (
        UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32
      ) -> Int32
    guard
      let symbol = dlsym(
        UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np")
    else { return }
    _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
  }

  /// The path of the program `name` on PATH, if any.
  static func executable(named name: String) -> String? {
    let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
      .split(separator: ":")
    return folders.map { "\($0)/\(name)" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }

  /// `text` quoted for a POSIX shell.
  static func quoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
  }
}

/// tmux could not do what a test asked.
struct TmuxError: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}
