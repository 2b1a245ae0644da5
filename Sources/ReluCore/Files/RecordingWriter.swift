/// A recording's file, written in place a command at a time.
///
/// The header once, then each command at the end (`pwrite`, `fsync`), never
/// the whole file again. The file is opened anew for each command with `O_NOFOLLOW`
/// and checked (`fstat`) to be the same regular file the recording began.
///
/// `append` goes on only at the end of a ReluLab recording (or an empty
/// file), so that it cannot turn another file into something else (a shell
/// script into one that runs a recorded line, a file with another name
/// into a changed one): the file opened must have one name (no other hard
/// link), be UTF-8 text with no NUL byte, and start with the first line of a
/// recording or of a saved session (``isRecording(_:)``). Its bytes stay as they were, byte for byte;
/// the recording is written after them (after a line break when the last
/// line has none).
package enum RecordingWriter {
  /// How a recording's first line starts: `# ReluLab 0.1.0 session, recorded ...`.
  package static let firstLinePrefix = "# ReluLab "
  /// What a recording's first line holds after the version.
  package static let firstLineMark = " session, recorded "
  /// What a saved session's first line (`save FILE`) holds after the version.
  package static let savedFirstLineMark = " session, saved "

  /// Whether `bytes` are a ReluLab script `record` may add to: UTF-8 text
  /// with no NUL byte whose first line is a recording's or a saved session's.
  package static func isRecording(_ bytes: [UInt8]) -> Bool {
    guard ScriptBytes.firstProblem(in: bytes) == nil else { return false }
    let firstLine = bytes.prefix { $0 != UInt8(ascii: "\n") }
    let text = String(decoding: firstLine, as: UTF8.self)
    return text.hasPrefix(firstLinePrefix)
      && (text.contains(firstLineMark) || text.contains(savedFirstLineMark))
  }

  /// Starts a recording's file; see ``FileSystem/startRecording(_:at:mode:limit:)``.
  package static func start(
    _ header: String, at path: String, mode: RecordMode, limit: Int
  ) throws(FileError) -> RecordingFile {
    guard !path.isEmpty else { throw FileError(path: path, reason: .emptyName) }
    let existing = Platform.status(path: path, followingLinks: false)
    if let existing {
      if mode == .create {
        throw FileError(path: path, reason: .recordingExists)
      }
      guard existing.kind == .regular else {
        throw FileError(path: path, reason: .recordingNotRegular(existing.kind))
      }
    }
    let bytes = Array(header.utf8)
    if mode == .replace, existing != nil {
      guard bytes.count <= limit else { throw tooLarge(path, limit) }
      try AtomicFile.write(header, to: path)
      guard let status = Platform.status(path: path, followingLinks: false) else {
        throw FileError.lastError(path: path, operation: .write)
      }
      return RecordingFile(
        path: path, identity: status.identity, size: bytes.count, appended: false)
    }
    let descriptor =
      mode == .append
      ? Platform.openForUpdating(path, creating: true)
      : Platform.createExclusively(path, permissions: 0o666)
    guard descriptor >= 0 else {
      if Platform.errorNumber == Platform.ErrorNumber.exists {
        throw FileError(path: path, reason: .recordingExistsNow)
      }
      throw FileError.lastError(path: path, operation: .write)
    }
    do {
      return try write(bytes, to: descriptor, path: path, limit: limit, appending: mode == .append)
    } catch {
      // A file this call made holds nothing worth keeping.
      if existing == nil { Platform.removeFile(path) }
      throw error
    }
  }

  /// Writes a recording's first bytes at the end of the open file, syncs and
  /// closes it; `appending` to a file with something in it, only when that
  /// is a recording with one name.
  private static func write(
    _ bytes: [UInt8], to descriptor: Int32, path: String, limit: Int, appending: Bool
  ) throws(FileError) -> RecordingFile {
    var closed = false
    defer { if !closed { Platform.closeFile(descriptor) } }
    guard let status = Platform.status(descriptor: descriptor), status.kind == .regular else {
      throw FileError(path: path, reason: .notRegularFile)
    }
    if appending, status.size > 0 {
      guard status.links == 1 else {
        throw FileError(path: path, reason: .appendLinked(links: status.links))
      }
      guard status.size + bytes.count <= limit else {
        throw FileError(path: path, reason: .appendWouldPass(holds: status.size, limit: limit))
      }
      guard isRecording(try contents(of: descriptor, size: status.size, path: path)) else {
        throw FileError(path: path, reason: .appendNotRecording)
      }
    }
    var start = status.size
    var text = bytes
    if start > 0 {
      var last: UInt8 = 0
      let count = withUnsafeMutableBytes(of: &last) {
        Platform.readSome(descriptor, into: $0, at: start - 1)
      }
      if count == 1, last != UInt8(ascii: "\n") { text.insert(UInt8(ascii: "\n"), at: 0) }
    }
    guard start + text.count <= limit else {
      throw FileError(path: path, reason: .appendWouldPass(holds: start, limit: limit))
    }
    let written = text.withUnsafeBytes { Platform.writeAll(descriptor, $0, at: start) }
    guard written, Platform.syncFile(descriptor) else {
      throw FileError.lastError(path: path, operation: .write)
    }
    closed = true
    guard Platform.closeFile(descriptor) else {
      throw FileError.lastError(path: path, operation: .write)
    }
    syncFolder(of: path)
    let appended = start > 0
    start += text.count
    return RecordingFile(path: path, identity: status.identity, size: start, appended: appended)
  }

  /// The open file's first `size` bytes.
  private static func contents(
    of descriptor: Int32, size: Int, path: String
  ) throws(FileError) -> [UInt8] {
    var bytes = [UInt8](repeating: 0, count: size)
    var done = 0
    while done < size {
      let count = bytes.withUnsafeMutableBytes {
        Platform.readSome(
          descriptor, into: UnsafeMutableRawBufferPointer(rebasing: $0[done...]), at: done)
      }
      guard count > 0 else {
        if count == 0 { break }
        throw FileError.lastError(path: path, operation: .read)
      }
      done += count
    }
    return Array(bytes[..<done])
  }

  /// Adds to a recording's file; see ``FileSystem/continueRecording(_:with:)``.
  package static func `continue`(
    _ file: RecordingFile, with text: String
  ) throws(FileError) -> RecordingFile {
    let path = file.path
    let descriptor = Platform.openForUpdating(path)
    guard descriptor >= 0 else { throw FileError.lastError(path: path, operation: .write) }
    var closed = false
    defer { if !closed { Platform.closeFile(descriptor) } }
    guard let status = Platform.status(descriptor: descriptor), status.kind == .regular,
      file.identity == nil || status.identity == file.identity, status.size >= file.size
    else {
      throw FileError(path: path, reason: .changedSinceRecordingBegan)
    }
    let bytes = Array(text.utf8)
    let end = file.size + bytes.count
    let written = bytes.withUnsafeBytes { Platform.writeAll(descriptor, $0, at: file.size) }
    guard written, status.size <= end || Platform.setSize(descriptor, end),
      Platform.syncFile(descriptor)
    else { throw FileError.lastError(path: path, operation: .write) }
    closed = true
    guard Platform.closeFile(descriptor) else {
      throw FileError.lastError(path: path, operation: .write)
    }
    var next = file
    next.size = end
    return next
  }

  private static func tooLarge(_ path: String, _ limit: Int) -> FileError {
    FileError(path: path, reason: .headerTooLarge(limit: limit))
  }

  /// Flushes the folder's entry for a new file; failures are ignored.
  private static func syncFolder(of path: String) {
    let folder = PathText.directory(of: path) ?? "."
    let descriptor = Platform.openFolder(folder)
    guard descriptor >= 0 else { return }
    Platform.syncFile(descriptor)
    Platform.closeFile(descriptor)
  }
}
