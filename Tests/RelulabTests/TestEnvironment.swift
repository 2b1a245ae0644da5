import Foundation

/// The environment of every program a test spawns: the test's own, with
/// `HOME` and the XDG folders (`XDG_STATE_HOME`, `XDG_CONFIG_HOME`,
/// `XDG_DATA_HOME`, `XDG_CACHE_HOME`) in a temporary folder of this test
/// process, so that no test reads or writes the user's real history or
/// anything else in their home.
///
/// Every spawn goes through ``isolated(_:)``: `Process()` and `posix_spawn`
/// in the tests take it (TestIsolationTests checks the sources), and
/// the helpers in Process.swift and TmuxPane.swift use it.
enum TestEnvironment {
  /// The folder standing for the home of every program the tests run,
  /// made once per test process.
  static let home: URL = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "relulab-test-home-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }()

  /// `base` with `HOME` and the XDG folders in ``home``.
  static func isolated(
    _ base: [String: String] = ProcessInfo.processInfo.environment
  ) -> [String: String] {
    var environment = base
    environment["HOME"] = home.path
    environment["XDG_STATE_HOME"] = home.appendingPathComponent(".local/state").path
    environment["XDG_CONFIG_HOME"] = home.appendingPathComponent(".config").path
    environment["XDG_DATA_HOME"] = home.appendingPathComponent(".local/share").path
    environment["XDG_CACHE_HOME"] = home.appendingPathComponent(".cache").path
    return environment
  }

  /// ``isolated(_:)`` as `NAME=VALUE` strings, for posix_spawn's `envp`
  /// (each `strdup`ed: free them after the spawn).
  static func isolatedPointers() -> [UnsafeMutablePointer<CChar>?] {
    isolated().sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
  }

  /// The history file the user's own labs keep, as relulab finds it from
  /// this test process's environment: `$XDG_STATE_HOME/relulab/history`,
  /// else `~/.local/state/relulab/history`.
  static var realHistoryPath: String? {
    let environment = ProcessInfo.processInfo.environment
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return state + "/relulab/history"
    }
    guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
    return home + "/.local/state/relulab/history"
  }
}
