#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

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
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard fd >= 0 else { throw FileError(path: path, reason: Self.lastError(), operation: .read) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      throw FileError(path: path, reason: Self.lastError(), operation: .read)
    }
    guard (info.st_mode & S_IFMT) == S_IFREG else {
      let kind = (info.st_mode & S_IFMT) == S_IFDIR ? "it is a folder" : "it is not a regular file"
      throw FileError(path: path, reason: kind, operation: .read)
    }
    guard Int(info.st_size) <= Self.maxBytes else {
      throw FileError(path: path, reason: "it is larger than 4 MiB", operation: .read)
    }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw FileError(path: path, reason: Self.lastError(), operation: .read)
      }
      if n == 0 { break }
      bytes += buffer[0..<n]
      guard bytes.count <= Self.maxBytes else {
        throw FileError(path: path, reason: "it is larger than 4 MiB", operation: .read)
      }
    }
    var canonical = path
    if let resolved = realpath(path, nil) {
      canonical = String(cString: resolved)
      free(resolved)
    }
    return ScriptFile(canonicalPath: canonical, bytes: bytes)
  }

  package func write(_ contents: String, to path: String) throws(FileError) {
    try AtomicFile.write(contents, to: path)
  }

  private static func lastError() -> String {
    String(cString: strerror(errno))
  }
}
