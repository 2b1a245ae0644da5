import Foundation
import ReluCore
import Testing

/// The start-up file, run before anything else in every mode.
///
/// It is `$XDG_CONFIG_HOME/relulab/init.relu`, skipped with `--no-init`.
/// Each test runs relulab with a home, configuration and state folder of
/// its own, never the real ones.
@Suite struct StartupFileTests {
  /// A scratch home: `home/config/relulab/init.relu` holds `script` (nil:
  /// no file), `home/state` the history.
  private struct Home {
    let folder: URL
    var config: String { folder.appendingPathComponent("config").path }
    var file: String { config + "/relulab/init.relu" }
    var environment: [String: String] {
      [
        "HOME": folder.path, "XDG_CONFIG_HOME": config,
        "XDG_STATE_HOME": folder.appendingPathComponent("state").path,
      ]
    }

    init(_ script: String?) throws {
      folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "relulab-init-\(UUID().uuidString)")
      try FileManager.default.createDirectory(
        atPath: folder.path + "/config/relulab", withIntermediateDirectories: true)
      if let script { try script.write(toFile: file, atomically: true, encoding: .utf8) }
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
  }

  /// Runs the built relulab with `home`'s folders in place of the real ones
  /// (and `removed` unset).
  private func relulab(
    _ arguments: [String], home: Home, stdin: String = "", removing removed: String? = nil
  ) throws -> Run {
    var overrides: [String: String?] = home.environment.mapValues { $0 }
    overrides["LC_ALL"] = "C.UTF-8"
    if let removed { overrides[removed] = .some(nil) }
    return try RelulabTests.relulab(arguments, stdin: stdin, overriding: overrides)
  }

  static let script = "set alpha 0.3\nuse leaky\n"

  @Test func batchModeRunsItFirstAndPrintsNothingOfIt() throws {
    let home = try Home(Self.script)
    defer { home.remove() }
    let run = try relulab(["-e", "feed 1 -2"], home: home)
    #expect(run.status == 0)
    #expect(run.stderr == "")
    #expect(run.stdout.hasPrefix("feed leaky (alpha=0.3):"), "\(run.stdout)")
    let json = try relulab(["--json", "-e", "set lr 0.5"], home: home)
    #expect(json.stdout.split(separator: "\n").count == 1, "only the command's own result")
  }

  @Test func thePlainPromptRunsItFirst() throws {
    let home = try Home(Self.script)
    defer { home.remove() }
    let run = try relulab(["--plain"], home: home, stdin: "show\n")
    #expect(run.status == 0)
    #expect(run.stdout.contains("alpha       0.3 "), "\(run.stdout)")
  }

  @Test func noInitSkipsIt() throws {
    let home = try Home(Self.script)
    defer { home.remove() }
    let run = try relulab(["--no-init", "-e", "feed 1 -2"], home: home)
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix("feed relu:"), "\(run.stdout)")
    let help = try relulab(["--help"], home: home)
    #expect(help.stdout.contains("--no-init"))
    #expect(help.stdout.contains("init.relu"))
  }

  @Test func withoutXDGConfigHomeItIsInHomesConfigFolder() throws {
    let home = try Home(nil)
    defer { home.remove() }
    let folder = home.folder.path + "/.config/relulab"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try Self.script.write(toFile: folder + "/init.relu", atomically: true, encoding: .utf8)
    // XDG_CONFIG_HOME names a folder without one: nothing runs.
    let set = try relulab(["-e", "feed 1 -2"], home: home)
    #expect(set.stdout.hasPrefix("feed relu:"), "\(set.stdout)")
    let unset = try relulab(["-e", "feed 1 -2"], home: home, removing: "XDG_CONFIG_HOME")
    #expect(unset.stdout.hasPrefix("feed leaky (alpha=0.3):"), "\(unset.stdout)")
  }

  @Test func anErrorInItNamesItsPlaceAndRelulabGoesOn() throws {
    let home = try Home("set alpha 0.3\nset alpah 2\nuse leaky\n")
    defer { home.remove() }
    let run = try relulab(["-e", "feed 1 -2"], home: home)
    #expect(run.status == 0, "the session's own commands succeeded")
    #expect(run.stdout.hasPrefix("feed leaky (alpha=0.3):"), "the rest of the file ran")
    let lines = run.stderr.split(separator: "\n").map(String.init)
    #expect(lines.count == 4, "\(run.stderr)")
    #expect(lines.first?.hasPrefix("\(home.file):2:5: error: unknown setting 'alpah'") == true)
    #expect(lines.dropFirst().first == "set alpah 2")
    #expect(lines.dropFirst(2).first == "    ^~~~~")
    #expect(
      lines.last
        == "relulab: 1 command of the start-up file \(home.file) failed and was skipped;"
        + " going on (--no-init skips the file)")
  }

  @Test func aMissingFileIsSilentAndAnUnreadableOneIsANote() throws {
    let home = try Home(nil)
    defer { home.remove() }
    let missing = try relulab(["-e", "say hi"], home: home)
    #expect(missing.status == 0)
    #expect(missing.stderr == "")
    try FileManager.default.createDirectory(atPath: home.file, withIntermediateDirectories: true)
    let folder = try relulab(["-e", "say hi"], home: home)
    #expect(folder.status == 0)
    #expect(folder.stdout == "» hi\n")
    let lines = folder.stderr.split(separator: "\n")
    #expect(lines.count == 1, "\(folder.stderr)")
    #expect(
      lines.first?.hasPrefix("relulab: start-up file not run: cannot read \(home.file)") == true)
  }

  /// The lab, in a terminal: the file's settings are in force, and its
  /// errors are in the output pane.
  @Test(.enabled(if: TmuxPane.isAvailable, "needs tmux for a terminal"))
  func theLabRunsItFirstAndShowsItsErrors() throws {
    let home = try Home("set alpha 0.3\nset alpah 2\nuse leaky\n")
    defer { home.remove() }
    let binary = productsDirectory.appendingPathComponent("relulab").path
    let pane = try TmuxPane(
      width: 120, height: 36, environment: home.environment.merging(["LC_ALL": "C.UTF-8"]) { $1 },
      command: TmuxPane.quoted(binary))
    defer { pane.close() }
    #expect(pane.wait(for: " layer leaky"), "the status line: \(pane.screen())")
    #expect(pane.wait(for: "alpha 0.3"), "\(pane.screen())")
    #expect(pane.unwrappedScreen().contains("init.relu:2:5: error: unknown setting 'alpah'"))
    #expect(pane.screen().contains("    ^~~~~"))
    #expect(pane.unwrappedScreen().contains("failed and was skipped; going on"))
    try pane.type("quit")
    try pane.press("Enter")
    #expect(pane.wait(for: TmuxPane.exitMarker + "0"), "\(pane.screen())")
  }

  /// At the prompt, Ctrl-C during the start-up file stops its long command
  /// and the rest of the file, says so, and the session goes on.
  @Test(.enabled(if: TmuxPane.isAvailable, "needs tmux for a terminal"))
  func ctrlCStopsTheFileAndThePromptGoesOn() throws {
    let home = try Home(
      "set alpha 0.2\nborn relu width 2 depth 10 trials 1000 train 200 seed 1\nset alpha 0.3\n")
    defer { home.remove() }
    let binary = productsDirectory.appendingPathComponent("relulab").path
    let pane = try TmuxPane(
      width: 120, height: 30, environment: home.environment.merging(["LC_ALL": "C.UTF-8"]) { $1 },
      command: [binary, "--plain"].map(TmuxPane.quoted).joined(separator: " "))
    defer { pane.close() }
    // The census takes far longer than this in any build.
    usleep(1_500_000)
    try pane.press("C-c")
    #expect(pane.wait(for: "relulab>"), "\(pane.screen())")
    let screen = pane.unwrappedScreen()
    #expect(screen.contains("init.relu:2:1: error: stopped"), "\(screen)")
    #expect(screen.contains("Ctrl-C stopped the start-up file"), "\(screen)")
    try pane.type("show")
    try pane.press("Enter")
    #expect(pane.wait(for: "alpha       0.2"), "the first line ran, the last did not")
    try pane.type("quit")
    try pane.press("Enter")
    #expect(pane.wait(for: TmuxPane.exitMarker + "0"), "\(pane.screen())")
  }
}
