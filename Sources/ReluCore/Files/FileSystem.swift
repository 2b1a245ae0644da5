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
/// hanging. Writes go through ``AtomicFile``.
package struct RealFileSystem: FileSystem {
  /// The largest script read, 4 MiB.
  package static let maxBytes = 4 << 20

  package init() {}

  package func read(path: String) throws(FileError) -> ScriptFile {
    let bytes = try BoundedFile.read(path: path, limit: Self.maxBytes)
    let canonical = Platform.canonicalPath(path) ?? path
    return ScriptFile(canonicalPath: canonical, bytes: bytes)
  }

  package func write(_ contents: String, to path: String) throws(FileError) {
    try AtomicFile.write(contents, to: path)
  }
}
