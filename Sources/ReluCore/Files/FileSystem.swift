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

  /// Whether anything (a dangling symbolic link too) has the name `path`.
  func exists(_ path: String) -> Bool

  /// Starts a recording's file at `path` with `header` and syncs it.
  ///
  /// `.create` makes a new file and refuses a name already taken; `.replace`
  /// replaces a regular file (or makes a new one) whole or not at all;
  /// `.append` adds `header` at the end of a regular file (after a line
  /// break when its last line has none), making it when missing; a file
  /// with something in it must be a ReluLab recording with one name
  /// (``RecordingWriter/isRecording(_:)``), and keeps its bytes. Anything
  /// but a regular file is refused, a symbolic link too, and so is a file
  /// that would pass `limit` bytes.
  /// - Returns: The file as the recording left it, for
  ///   ``continueRecording(_:with:)``.
  func startRecording(_ header: String, at path: String, mode: RecordMode, limit: Int)
    throws(FileError) -> RecordingFile

  /// Writes `text` at byte `file.size` of the recording's file, cutting off
  /// anything after it (a lesson stepped back re-records from a pause), and
  /// syncs it: a command costs its own bytes, not the whole file's.
  /// - Throws: `FileError`, also when the file is no longer the one the
  ///   recording began (replaced, or cut shorter).
  func continueRecording(_ file: RecordingFile, with text: String)
    throws(FileError) -> RecordingFile
}

/// A recording's file: which file it is and how many bytes the recording
/// knows it holds.
package struct RecordingFile: Sendable, Equatable {
  package var path: String
  /// The file's device and inode; nil for a file system that has none.
  package var identity: Platform.FileIdentity?
  /// Where the next command goes: the file's length as the recording left it.
  package var size: Int
  /// Whether the recording went on at the end of an existing file.
  package var appended: Bool

  package init(path: String, identity: Platform.FileIdentity?, size: Int, appended: Bool) {
    self.path = path
    self.identity = identity
    self.size = size
    self.appended = appended
  }
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
/// Writes go through ``AtomicFile``, a recording's through ``RecordingWriter``.
package struct RealFileSystem: FileSystem {
  /// The largest script read, 4 MiB.
  package static let maxBytes = 4 << 20

  package init() {}

  package func read(path: String) throws(FileError) -> ScriptFile {
    let bytes = try BoundedFile.read(path: path, limit: Self.maxBytes)
    if let problem = ScriptBytes.firstProblem(in: bytes) {
      throw FileError(path: path, reason: .notScript(problem), operation: .read)
    }
    let canonical = Platform.canonicalPath(path) ?? path
    return ScriptFile(canonicalPath: canonical, bytes: bytes)
  }

  package func write(_ contents: String, to path: String) throws(FileError) {
    try AtomicFile.write(contents, to: path)
  }

  package func exists(_ path: String) -> Bool {
    Platform.status(path: path, followingLinks: false) != nil
  }

  package func startRecording(
    _ header: String, at path: String, mode: RecordMode, limit: Int
  ) throws(FileError) -> RecordingFile {
    try RecordingWriter.start(header, at: path, mode: mode, limit: limit)
  }

  package func continueRecording(
    _ file: RecordingFile, with text: String
  ) throws(FileError) -> RecordingFile {
    try RecordingWriter.continue(file, with: text)
  }
}
