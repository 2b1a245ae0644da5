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
  /// - Throws: `ScriptReadError` with a reason a person can act on.
  func read(path: String) throws(ScriptReadError) -> ScriptFile

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

/// Why a script could not be read.
package struct ScriptReadError: Error, Sendable, Equatable, CustomStringConvertible {
  package var path: String
  package var reason: String

  package init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  package var description: String { "cannot read \(path): \(reason)" }
}

/// The real file system, through POSIX calls.
///
/// Only regular files of at most ``maxBytes`` are read, so `load /dev/zero`
/// fails instead of hanging; writes go through ``AtomicFile``.
package struct RealFileSystem: FileSystem {
  /// The largest script read, 4 MiB.
  package static let maxBytes = 4 << 20

  package init() {}

  package func read(path: String) throws(ScriptReadError) -> ScriptFile {
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard fd >= 0 else { throw ScriptReadError(path: path, reason: Self.lastError()) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw ScriptReadError(path: path, reason: Self.lastError()) }
    guard (info.st_mode & S_IFMT) == S_IFREG else {
      let kind = (info.st_mode & S_IFMT) == S_IFDIR ? "it is a folder" : "it is not a regular file"
      throw ScriptReadError(path: path, reason: kind)
    }
    guard Int(info.st_size) <= Self.maxBytes else {
      throw ScriptReadError(path: path, reason: "it is larger than 4 MiB")
    }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw ScriptReadError(path: path, reason: Self.lastError())
      }
      if n == 0 { break }
      bytes += buffer[0..<n]
      guard bytes.count <= Self.maxBytes else {
        throw ScriptReadError(path: path, reason: "it is larger than 4 MiB")
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
