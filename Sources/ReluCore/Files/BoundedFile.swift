/// Whole files of bounded size, read through POSIX calls (no Foundation): the
/// one reader behind `load` (``RealFileSystem``) and the lab's history file.
package enum BoundedFile {
  /// What ``read(path:limit:overLimit:)`` does with a file longer than its limit.
  package enum OverLimit: Sendable, Equatable {
    /// Throw `it is larger than LIMIT`.
    case fail
    /// Return the file's first `limit` bytes.
    case keepTheStart
    /// Return the file's last whole lines that fit in `limit` bytes: a line
    /// cut by the limit is left out, so what is returned starts at a line's
    /// start (the newest part of a log, such as the lab's history).
    case keepTheLastLines
  }

  /// The bytes of the regular file at `path` (symlinks are followed).
  ///
  /// The path is looked at (`stat`) before it is opened, and anything but a
  /// regular file is refused without being opened: opening a FIFO would
  /// release a writer waiting on it, and opening a device can act on it.
  /// The open itself uses `O_NONBLOCK`, and `fstat` on the descriptor checks
  /// that it is still that same regular file (not a FIFO or device put in
  /// its place in between), so `/dev/zero` cannot fill memory. A file that
  /// grows past the limit while it is read counts as longer than the limit.
  /// - Parameters:
  ///   - path: The file, absolute or relative to the working directory.
  ///   - limit: The most bytes returned.
  ///   - overLimit: Whether a longer file is an error (the default) or is cut
  ///     to its first `limit` bytes.
  /// - Returns: The file's bytes, at most `limit` of them.
  /// - Throws: `FileError` for reading, with the system's reason (such as
  ///   `No such file or directory`), `it is a folder`, `it is not a regular
  ///   file`, or `it is larger than 4 MiB` (the limit, in MiB, KiB or bytes).
  package static func read(
    path: String, limit: Int, overLimit: OverLimit = .fail
  ) throws(FileError) -> [UInt8] {
    guard let seen = Platform.status(path: path) else {
      throw FileError.lastError(path: path, operation: .read)
    }
    try refuseUnlessRegular(seen, path: path)
    let descriptor = Platform.openForReading(path)
    guard descriptor >= 0 else { throw FileError.lastError(path: path, operation: .read) }
    defer { Platform.closeFile(descriptor) }
    guard let status = Platform.status(descriptor: descriptor) else {
      throw FileError.lastError(path: path, operation: .read)
    }
    try refuseUnlessRegular(status, path: path)
    guard status.identity == seen.identity else {
      throw FileError(path: path, reason: .replacedWhileOpening, operation: .read)
    }
    let tooLarge = FileError(path: path, reason: .largerThan(bytes: limit), operation: .read)
    if overLimit == .fail, status.size > limit { throw tooLarge }
    if overLimit == .keepTheLastLines, status.size > limit {
      return try lastLines(descriptor, size: status.size, limit: limit, path: path)
    }
    // When a longer file fails, one byte past the limit tells that it grew.
    let wanted = overLimit == .fail ? limit + 1 : limit
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while bytes.count < wanted {
      let room = min(chunk.count, wanted - bytes.count)
      let count = chunk.withUnsafeMutableBytes {
        Platform.readSome(descriptor, into: UnsafeMutableRawBufferPointer(rebasing: $0[..<room]))
      }
      if count < 0 { throw FileError.lastError(path: path, operation: .read) }
      if count == 0 { break }
      bytes += chunk[..<count]
    }
    if bytes.count > limit { throw tooLarge }
    return bytes
  }

  /// Throws `it is a folder` or `it is not a regular file` unless `status`
  /// is a regular file's.
  private static func refuseUnlessRegular(
    _ status: Platform.FileStatus, path: String
  ) throws(FileError) {
    guard status.kind != .regular else { return }
    let reason: FileReason = status.kind == .folder ? .isFolder : .notRegularFile
    throw FileError(path: path, reason: reason, operation: .read)
  }

  /// The whole lines in the last `limit` bytes of a file of `size` bytes:
  /// reads from one byte earlier, to tell whether the first byte starts a line.
  private static func lastLines(
    _ descriptor: Int32, size: Int, limit: Int, path: String
  ) throws(FileError) -> [UInt8] {
    var bytes = [UInt8](repeating: 0, count: limit + 1)
    var filled = 0
    while filled < bytes.count {
      let count = bytes.withUnsafeMutableBytes {
        Platform.readSome(
          descriptor, into: UnsafeMutableRawBufferPointer(rebasing: $0[filled...]),
          at: size - limit - 1 + filled)
      }
      if count < 0 { throw FileError.lastError(path: path, operation: .read) }
      if count == 0 { break }
      filled += count
    }
    let read = bytes[..<filled]
    // read[0] is the byte before the kept part: a newline there means the
    // kept part starts a line; otherwise drop the cut line's tail.
    guard let newline = read.firstIndex(of: UInt8(ascii: "\n")) else { return [] }
    return Array(read[(newline + 1)...])
  }
}
