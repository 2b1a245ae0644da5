#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// Descriptors, reads and writes, file status and paths.
extension Platform {
  /// `open(O_RDONLY | O_CLOEXEC | O_NONBLOCK)`: a descriptor for reading, or -1;
  /// a FIFO opens at once instead of waiting for a writer.
  package static func openForReading(_ path: String) -> Int32 {
    open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
  }

  /// `open(O_RDWR | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)`: a descriptor for
  /// reading and writing in place.
  ///
  /// With `O_CREAT` (mode 0666 less the umask) when `creating`; -1 on failure (`ELOOP` for a symbolic link, which is never
  /// followed). Look at the path first: this opens a FIFO without waiting.
  package static func openForUpdating(_ path: String, creating: Bool = false) -> Int32 {
    let flags = O_RDWR | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK
    return creating ? open(path, flags | O_CREAT, mode_t(0o666)) : open(path, flags)
  }

  /// `open(O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW)` with mode
  /// `permissions`, then `flock(LOCK_EX | LOCK_NB)`, retried every 10 ms for
  /// up to `seconds`: a descriptor holding the lock (closing it lets go), or
  /// -1 (`EWOULDBLOCK` when another process kept the lock all that time).
  package static func lockFile(_ path: String, permissions: UInt32, seconds: Double) -> Int32 {
    let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, mode_t(permissions))
    guard descriptor >= 0 else { return -1 }
    var waited = 0.0
    while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
      let reason = errno
      guard reason == EWOULDBLOCK || reason == EINTR, waited < seconds else {
        close(descriptor)
        errno = reason
        return -1
      }
      usleep(10_000)
      waited += 0.01
    }
    return descriptor
  }

  /// `open(O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW)`: a new file
  /// with mode `permissions` less the umask, for writing, or -1 (`EEXIST` when
  /// anything, a symlink too, has that name).
  package static func createExclusively(_ path: String, permissions: UInt32) -> Int32 {
    open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode_t(permissions))
  }

  /// `open(O_RDONLY | O_CLOEXEC | O_DIRECTORY)`: a folder's descriptor (for
  /// ``syncFile(_:)``), or -1.
  package static func openFolder(_ path: String) -> Int32 {
    open(path, O_RDONLY | O_CLOEXEC | O_DIRECTORY)
  }

  /// `read`: up to `buffer.count` bytes into `buffer`, retried when a signal
  /// interrupts; the count read, 0 at the end of the file, -1 on failure.
  package static func readSome(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer)
    -> Int
  {
    while true {
      let count = read(descriptor, buffer.baseAddress, buffer.count)
      if count < 0, errno == EINTR { continue }
      return count
    }
  }

  /// `pread`: up to `buffer.count` bytes from byte `offset` of the file,
  /// retried when a signal interrupts; the count read, 0 past the end, -1 on failure.
  package static func readSome(
    _ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int
  ) -> Int {
    while true {
      let count = pread(descriptor, buffer.baseAddress, buffer.count, off_t(offset))
      if count < 0, errno == EINTR { continue }
      return count
    }
  }

  /// `write` until every byte is written, retrying short writes and
  /// interruptions; false on failure (`EPIPE` for a closed pipe).
  package static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
    guard var next = bytes.baseAddress else { return true }
    var left = bytes.count
    while left > 0 {
      let count = write(descriptor, next, left)
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { return false }
      next += count
      left -= count
    }
    return true
  }

  /// `pwrite` until every byte is written at `offset` onwards, retrying short
  /// writes and interruptions; false on failure.
  package static func writeAll(
    _ descriptor: Int32, _ bytes: UnsafeRawBufferPointer, at offset: Int
  ) -> Bool {
    guard var next = bytes.baseAddress else { return true }
    var left = bytes.count
    var position = offset
    while left > 0 {
      let count = pwrite(descriptor, next, left, off_t(position))
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { return false }
      next += count
      left -= count
      position += count
    }
    return true
  }

  /// `ftruncate`: cuts (or extends) the open file to `size` bytes.
  package static func setSize(_ descriptor: Int32, _ size: Int) -> Bool {
    ftruncate(descriptor, off_t(size)) == 0
  }

  /// `fchmod`: sets the open file's permission bits exactly (no umask).
  @discardableResult
  package static func setPermissions(_ descriptor: Int32, _ permissions: UInt32) -> Bool {
    fchmod(descriptor, mode_t(permissions)) == 0
  }

  /// `fsync`: whether the file's data reached the disk.
  @discardableResult
  package static func syncFile(_ descriptor: Int32) -> Bool { fsync(descriptor) == 0 }

  /// `close`: whether the descriptor closed cleanly (a late write error shows here).
  @discardableResult
  package static func closeFile(_ descriptor: Int32) -> Bool { close(descriptor) == 0 }

  // MARK: Paths

  /// What kind of file a path or descriptor names.
  package enum FileKind: Sendable, Equatable {
    case regular
    case folder
    case symbolicLink
    case fifo
    case characterDevice
    case blockDevice
    case socket
    case other
  }

  /// What `stat` tells of a file: its kind, size in bytes and permission
  /// bits, and which file it is.
  package struct FileStatus: Sendable, Equatable {
    package var kind: FileKind
    package var size: Int
    /// The mode's permission bits, such as `0o600`.
    package var permissions: UInt32
    /// The device and inode: equal for two names of one file, different for
    /// a file put in another's place.
    package var identity: FileIdentity
    /// How many names (hard links) the file has.
    package var links: Int = 1
  }

  /// A file's device and inode number.
  package struct FileIdentity: Sendable, Hashable {
    package var device: UInt64
    package var inode: UInt64
  }

  /// `fstat`: the open file's kind and size, or nil.
  package static func status(descriptor: Int32) -> FileStatus? {
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { return nil }
    return FileStatus(info)
  }

  /// `stat`, or `lstat` when `followingLinks` is false: the file's kind and
  /// size, or nil when there is none.
  package static func status(path: String, followingLinks: Bool = true) -> FileStatus? {
    var info = stat()
    guard (followingLinks ? stat(path, &info) : lstat(path, &info)) == 0 else { return nil }
    return FileStatus(info)
  }

  /// `rename`: moves `source` over `destination`, atomically within one file system.
  package static func move(_ source: String, to destination: String) -> Bool {
    rename(source, destination) == 0
  }

  /// `unlink`: removes a file (a symlink itself, not its target).
  @discardableResult
  package static func removeFile(_ path: String) -> Bool { unlink(path) == 0 }

  /// `mkdir`: makes one folder (`EEXIST` when the name is taken).
  package static func makeFolder(_ path: String, permissions: UInt32) -> Bool {
    mkdir(path, mode_t(permissions)) == 0
  }

  /// `realpath`: the absolute path with no symlinks, `.` or `..`, or nil.
  package static func canonicalPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// `opendir`/`readdir`: the names in a folder, sorted, without `.` and `..`,
  /// or nil when it cannot be read.
  package static func folderEntries(_ path: String) -> [String]? {
    guard let folder = opendir(path) else { return nil }
    defer { closedir(folder) }
    var names: [String] = []
    while let entry = readdir(folder) {
      // The record holds the name and its NUL only, not all of d_name's
      // 256 bytes: read it in place up to the NUL, never copy the field.
      let offset = MemoryLayout<dirent>.offset(of: \dirent.d_name) ?? 0
      let name = String(
        cString: UnsafeRawPointer(entry).advanced(by: offset)
          .assumingMemoryBound(to: CChar.self))
      if name != ".", name != ".." { names.append(name) }
    }
    return names.sorted()
  }
}

extension Platform.FileStatus {
  /// The kind, size and permissions from a `stat` record.
  fileprivate init(_ info: stat) {
    let kind: Platform.FileKind =
      switch info.st_mode & S_IFMT {
      case S_IFREG: .regular
      case S_IFDIR: .folder
      case S_IFLNK: .symbolicLink
      case S_IFIFO: .fifo
      case S_IFCHR: .characterDevice
      case S_IFBLK: .blockDevice
      case S_IFSOCK: .socket
      default: .other
      }
    self.init(
      kind: kind, size: Int(info.st_size), permissions: UInt32(info.st_mode & 0o7777),
      identity: Platform.FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)),
      links: Int(info.st_nlink))
  }
}
