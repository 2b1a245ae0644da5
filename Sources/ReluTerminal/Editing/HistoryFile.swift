import ReluCore

/// Where and how the history is kept between sessions: one entry a line, in
/// `$XDG_STATE_HOME/relulab/history`, else `~/.local/state/relulab/history`.
///
/// Reading never fails (a missing or unreadable file is an empty history),
/// and a file grown past ``readLimit`` gives its newest entries; writing goes
/// through ``AtomicFile`` (a fresh temporary file in the same directory,
/// renamed over the old one), so a crash never leaves half a file.
///
/// Several labs may share the file: each adds its lines with
/// ``append(_:limit:)``, which re-reads the file and rewrites it with the
/// line added while it holds an exclusive `flock` on `history.lock` beside
/// it, so no lab's lines are lost to another's rewrite (as bash's
/// `histappend` keeps them).
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

  /// The most bytes read, 1 MiB; of a longer file, the whole lines in its last
  /// 1 MiB are read: the newest entries, never the oldest in their place.
  package static let readLimit = 1 << 20

  /// The entries in the file, oldest first; empty when it cannot be read
  /// (through ``BoundedFile``: missing, a folder, a FIFO, no permission).
  package func load() -> [String] {
    let read = try? BoundedFile.read(
      path: path, limit: Self.readLimit, overLimit: .keepTheLastLines)
    guard let bytes = read else { return [] }
    let text = String(decoding: bytes, as: UTF8.self)
    return text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
  }

  /// The file beside the history that writers lock.
  package var lockPath: String { path + ".lock" }

  /// How long a writer waits for another to let go of the lock, in seconds.
  package static let lockWait = 2.0

  /// Writes `entries`, one a line, replacing the file atomically (mode 0600
  /// for a new file), after making its directories (mode 0700) when they are
  /// missing; under the lock.
  /// - Throws: `FileError` with the reason, such as `cannot write
  ///   /s/relulab/history: it is a folder` or `... No space left on device`.
  package func save(_ entries: [String]) throws(FileError) {
    try prepareFolder()
    let lock = try takeLock()
    defer { Platform.closeFile(lock) }
    try write(entries)
  }

  /// Adds `line` to the file as it stands now: under the lock, reads the
  /// entries there (another lab's too), adds the line as ``History`` does
  /// (no blank line, no repeat of the newest, at most `limit` entries) and
  /// rewrites the file atomically.
  /// - Throws: `FileError`, such as `... No space left on device`, or when
  ///   another ReluLab held the lock for ``lockWait`` seconds.
  package func append(_ line: String, limit: Int = 1000) throws(FileError) {
    try prepareFolder()
    let lock = try takeLock()
    defer { Platform.closeFile(lock) }
    var history = History(entries: load(), limit: limit)
    guard history.add(line) else { return }
    try write(history.entries)
  }

  private func write(_ entries: [String]) throws(FileError) {
    var text = entries.joined(separator: "\n")
    if !entries.isEmpty { text += "\n" }
    try AtomicFile.write(text, to: path, permissions: 0o600)
  }

  private func prepareFolder() throws(FileError) {
    guard let slash = path.lastIndex(of: "/") else {
      throw FileError(path: path, reason: .notAbsolute)
    }
    try Self.makeDirectories(String(path[..<slash]))
  }

  /// The lock file's descriptor, holding an exclusive lock.
  private func takeLock() throws(FileError) -> Int32 {
    let lock = Platform.lockFile(lockPath, permissions: 0o600, seconds: Self.lockWait)
    guard lock >= 0 else {
      if Platform.errorNumber == Platform.ErrorNumber.wouldBlock {
        throw FileError(path: path, reason: .locked)
      }
      throw FileError.lastError(path: lockPath, operation: .write)
    }
    return lock
  }

  /// `mkdir -p` with mode 0700 for the directories it creates.
  private static func makeDirectories(_ directory: String) throws(FileError) {
    guard !directory.isEmpty else { return }
    var prefix = ""
    for component in directory.split(separator: "/") {
      prefix += "/" + component
      if !Platform.makeFolder(prefix, permissions: 0o700),
        Platform.errorNumber != Platform.ErrorNumber.exists
      {
        throw FileError.lastError(path: prefix, operation: .write)
      }
    }
    guard Platform.status(path: directory)?.kind == .folder else {
      throw FileError(path: directory, reason: .notAFolder)
    }
  }

  private static func join(_ directory: String, _ rest: String) -> String {
    directory.hasSuffix("/") ? directory + rest : directory + "/" + rest
  }
}
