import ReluCore

/// Where and how the history is kept between sessions: one entry a line, in
/// `$XDG_STATE_HOME/relulab/history`, else `~/.local/state/relulab/history`.
///
/// Reading never fails (a missing or unreadable file is an empty history);
/// writing goes through ``AtomicFile`` (a fresh temporary file in the same
/// directory, renamed over the old one), so a crash never leaves half a file.
package struct HistoryFile: Sendable, Equatable {
  /// The file's path.
  package let path: String

  package init(path: String) {
    self.path = path
  }

  /// The history file for an environment, or nil when neither `XDG_STATE_HOME`
  /// nor `HOME` is an absolute path.
  package init?(environment: [String: String]) {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      self.init(path: Self.join(state, "relulab/history"))
    } else if let home = environment["HOME"], home.hasPrefix("/") {
      self.init(path: Self.join(home, ".local/state/relulab/history"))
    } else {
      return nil
    }
  }

  /// The largest file read, 1 MiB; a longer file is read up to there.
  package static let readLimit = 1 << 20

  /// The entries in the file, oldest first; empty when it cannot be read
  /// (through ``BoundedFile``: missing, a folder, a FIFO, no permission).
  package func load() -> [String] {
    let read = try? BoundedFile.read(path: path, limit: Self.readLimit, overLimit: .keepTheStart)
    guard let bytes = read else { return [] }
    let text = String(decoding: bytes, as: UTF8.self)
    return text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
  }

  /// Writes `entries`, one a line, replacing the file atomically (mode 0600),
  /// after making its directories (mode 0700) when they are missing.
  /// - Returns: Whether the file was written.
  @discardableResult
  package func save(_ entries: [String]) -> Bool {
    guard let slash = path.lastIndex(of: "/") else { return false }
    let directory = String(path[..<slash])
    guard Self.makeDirectories(directory) else { return false }
    var text = entries.joined(separator: "\n")
    if !entries.isEmpty { text += "\n" }
    do {
      try AtomicFile.write(text, to: path, permissions: 0o600)
      return true
    } catch {
      return false
    }
  }

  /// `mkdir -p` with mode 0700 for the directories it creates.
  private static func makeDirectories(_ directory: String) -> Bool {
    guard !directory.isEmpty else { return true }
    var prefix = ""
    for component in directory.split(separator: "/") {
      prefix += "/" + component
      if !Platform.makeFolder(prefix, permissions: 0o700),
        Platform.errorNumber != Platform.ErrorNumber.exists
      {
        return false
      }
    }
    return Platform.status(path: directory)?.kind == .folder
  }

  private static func join(_ directory: String, _ rest: String) -> String {
    directory.hasSuffix("/") ? directory + rest : directory + "/" + rest
  }
}
