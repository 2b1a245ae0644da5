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
/// Only regular files of at most ``maxBytes`` are read, so `load /dev/zero`
/// fails instead of hanging; writes go through ``AtomicFile``.
package struct RealFileSystem: FileSystem {
  /// The largest script read, 4 MiB.
  package static let maxBytes = 4 << 20

  package init() {}

  package func read(path: String) throws(FileError) -> ScriptFile {
    let fd = Platform.openForReading(path)
    guard fd >= 0 else { throw FileError.lastError(path: path, operation: .read) }
    defer { Platform.closeFile(fd) }
    guard let status = Platform.status(descriptor: fd) else {
      throw FileError.lastError(path: path, operation: .read)
    }
    guard status.kind == .regular else {
      let kind = status.kind == .folder ? "it is a folder" : "it is not a regular file"
      throw FileError(path: path, reason: kind, operation: .read)
    }
    guard status.size <= Self.maxBytes else {
      throw FileError(path: path, reason: "it is larger than 4 MiB", operation: .read)
    }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let n = buffer.withUnsafeMutableBytes { Platform.readSome(fd, into: $0) }
      if n < 0 { throw FileError.lastError(path: path, operation: .read) }
      if n == 0 { break }
      bytes += buffer[0..<n]
      guard bytes.count <= Self.maxBytes else {
        throw FileError(path: path, reason: "it is larger than 4 MiB", operation: .read)
      }
    }
    let canonical = Platform.canonicalPath(path) ?? path
    return ScriptFile(canonicalPath: canonical, bytes: bytes)
  }

  package func write(_ contents: String, to path: String) throws(FileError) {
    try AtomicFile.write(contents, to: path)
  }
}
