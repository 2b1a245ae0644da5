/// The files the interpreter reads (`load`) and writes (`export`).
///
/// It asks through this protocol, so tests can serve scripts from memory.
package protocol FileSystem: Sendable {
  /// The script at `path`, with the path it is known by for cycle detection.
  /// - Throws: `FileError` with a reason a person can act on.
  func read(path: String) throws(FileError) -> ScriptFile

  /// Writes `contents` to `path`, whole or not at all.
  /// - Throws: `FileError` with a reason a person can act on.
  func write(_ contents: String, to path: String) throws(FileError)
}

/// A script's bytes and the canonical path that identifies it.
package struct ScriptFile: Sendable {
  package var canonicalPath: String
  package var bytes: [UInt8]

  package init(canonicalPath: String, bytes: [UInt8]) {
    self.canonicalPath = canonicalPath
    self.bytes = bytes
  }
}

/// The real file system, through POSIX calls.
///
/// Reads go through ``BoundedFile``: only regular files of at most
/// ``maxBytes`` are read, so `load /dev/zero` or a FIFO fails instead of
/// hanging; and a file with a NUL byte or invalid UTF-8 is no script, refused
/// with the first bad byte's line and none of its text (`load
/// /proc/self/environ` must not print the environment through its errors).
/// Writes go through ``AtomicFile``.
package struct RealFileSystem: FileSystem {
  /// The largest script read, 4 MiB.
  package static let maxBytes = 4 << 20

  package init() {}

  package func read(path: String) throws(FileError) -> ScriptFile {
    let bytes = try BoundedFile.read(path: path, limit: Self.maxBytes)
    if let problem = ScriptBytes.firstProblem(in: bytes) {
      throw FileError(
        path: path, reason: "it is not a script: \(problem)", operation: .read)
    }
    let canonical = Platform.canonicalPath(path) ?? path
    return ScriptFile(canonicalPath: canonical, bytes: bytes)
  }

  package func write(_ contents: String, to path: String) throws(FileError) {
    try AtomicFile.write(contents, to: path)
  }
}
