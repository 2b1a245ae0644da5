/// Files written whole or not at all, through POSIX calls (no Foundation).
package enum AtomicFile {
  /// Writes `contents` (UTF-8) to `path`, a regular file or a new name, so
  /// that readers see either the old file or the whole new one, never a part.
  ///
  /// Only a regular file is replaced: a folder, FIFO, device node or socket at
  /// `path` is refused before anything is written (renaming over a device
  /// would turn it into a plain file). A regular file keeps its permission
  /// bits. A symbolic link at `path` is itself replaced by the new file; what
  /// it pointed to is left alone. A file with other hard links is replaced
  /// under this name only; its other names keep the old contents.
  ///
  /// Steps: remove temporary files of this name left by processes that
  /// died mid-write (a `kill -9`), check what `path` is, create a temporary
  /// file `.NAME.PID-RANDOM.tmp` in the same folder (NAME cut short when the
  /// whole would pass `NAME_MAX`)
  /// with `O_EXCL` and `O_NOFOLLOW` (a name already taken, by a file or a
  /// symlink, is never opened: another random name is tried), write
  /// everything, `fsync`, close, `rename` over `path` (atomic within one file
  /// system), then `fsync` the folder. On any failure the temporary file is
  /// removed and `path` is untouched.
  ///
  /// `export`, `record FILE replace` and the lab's history file write
  /// through here.
  /// - Parameters:
  ///   - contents: The text to write.
  ///   - path: The destination, absolute or relative to the working directory.
  ///   - permissions: The new file's mode, less the umask: 0666 by default,
  ///     0600 for a file only its owner should read.
  /// - Throws: `FileError` with the system's reason, such as
  ///   `cannot write /nope/x.svg: No such file or directory`.
  package static func write(
    _ contents: String, to path: String, permissions: UInt32 = 0o666
  ) throws(FileError) {
    guard !path.isEmpty else { throw FileError(path: path, reason: .emptyName) }
    let (folder, name) = split(path)
    guard !name.isEmpty else { throw FileError(path: path, reason: .namesFolder) }
    var mode = permissions
    var keepsMode = false
    if let existing = Platform.status(path: path, followingLinks: false) {
      switch existing.kind {
      case .regular:
        mode = existing.permissions & 0o777
        keepsMode = true
      case .symbolicLink: break
      case .folder: throw FileError(path: path, reason: .isFolder)
      default:
        throw FileError(
          path: path,
          reason: .notReplaceable(existing.kind)
        )
      }
    }
    removeAbandonedTemporaries(folder: folder, name: name)
    var temporary = ""
    var descriptor: Int32 = -1
    for _ in 0..<8 {
      let tag = String(UInt32.random(in: 0...UInt32.max), radix: 36)
      temporary = folder + temporaryPrefix(name) + "\(Platform.processID)-\(tag).tmp"
      descriptor = Platform.createExclusively(temporary, permissions: mode)
      if descriptor >= 0 || Platform.errorNumber != Platform.ErrorNumber.exists { break }
    }
    guard descriptor >= 0 else { throw failure(path) }
    do throws(FileError) {
      if keepsMode, !Platform.setPermissions(descriptor, mode) { throw failure(path) }
      try writeAll(contents, to: descriptor, path: path)
      guard Platform.syncFile(descriptor) else { throw failure(path) }
      let closed = Platform.closeFile(descriptor)
      descriptor = -1
      guard closed else { throw failure(path) }
      // Checked again just before the rename: a FIFO, device or folder put at
      // the path while the file was written is not replaced either.
      if let now = Platform.status(path: path, followingLinks: false),
        now.kind != .regular, now.kind != .symbolicLink
      {
        throw FileError(
          path: path, reason: .notReplaceable(now.kind))
      }
      guard Platform.move(temporary, to: path) else { throw failure(path) }
    } catch {
      if descriptor >= 0 { Platform.closeFile(descriptor) }
      Platform.removeFile(temporary)
      throw error
    }
    syncFolder(folder)
  }

  /// Removes the `.NAME.PID-TAG.tmp` files in `folder` whose process is gone.
  ///
  /// A write killed between creating its temporary file and renaming it
  /// leaves one behind. Another running process's temporary file is left alone.
  private static func removeAbandonedTemporaries(folder: String, name: String) {
    let prefix = temporaryPrefix(name)
    guard let entries = Platform.folderEntries(folder.isEmpty ? "." : folder) else { return }
    for entry in entries where entry.hasPrefix(prefix) && entry.hasSuffix(".tmp") {
      let tag = entry.dropFirst(prefix.count).dropLast(".tmp".count)
      guard let dash = tag.firstIndex(of: "-"), let id = Int32(tag[..<dash]), id > 0,
        id != Platform.processID, !Platform.processExists(id),
        Platform.status(path: folder + entry, followingLinks: false)?.kind == .regular
      else { continue }
      Platform.removeFile(folder + entry)
    }
  }

  /// The most bytes of the target's name a temporary name repeats: with the
  /// dots, the process ID (at most 10 digits), the tag (at most 7) and `.tmp`,
  /// the temporary name stays within `NAME_MAX` (255 bytes) for any valid
  /// target name.
  static let temporaryNameBytes = 224

  /// `.NAME.`, with NAME cut to its first ``temporaryNameBytes`` bytes (at a
  /// character's start) when it is longer.
  static func temporaryPrefix(_ name: String) -> String {
    guard name.utf8.count > temporaryNameBytes else { return "." + name + "." }
    var kept = ""
    var bytes = 0
    for scalar in name.unicodeScalars {
      let width = UTF8.width(scalar)
      if bytes + width > temporaryNameBytes { break }
      kept.unicodeScalars.append(scalar)
      bytes += width
    }
    return "." + kept + "."
  }

  /// Splits a path into its folder (with a trailing `/`, or empty for the
  /// working directory) and its last component.
  private static func split(_ path: String) -> (folder: String, name: String) {
    guard let slash = path.lastIndex(of: "/") else { return ("", path) }
    return (String(path[...slash]), String(path[path.index(after: slash)...]))
  }

  /// Writes every byte, retrying short writes and interruptions.
  private static func writeAll(
    _ contents: String, to descriptor: Int32, path: String
  ) throws(FileError) {
    let written = Array(contents.utf8).withUnsafeBytes { Platform.writeAll(descriptor, $0) }
    if !written { throw failure(path) }
  }

  /// Flushes the folder's entry for the renamed file; failures are ignored
  /// (the file itself is complete either way).
  private static func syncFolder(_ folder: String) {
    let descriptor = Platform.openFolder(folder.isEmpty ? "." : folder)
    guard descriptor >= 0 else { return }
    Platform.syncFile(descriptor)
    Platform.closeFile(descriptor)
  }

  /// A `FileError` for the current `errno`.
  private static func failure(_ path: String) -> FileError {
    FileError.lastError(path: path, operation: .write)
  }
}
