// The only Swift file that imports the C library. Every other file, in every target
// and test, reaches the system through `Platform` (POSIX calls) and `LibM`
// (the C math library) below, so the platform differences stay in one place.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#else
#error("ReluLab needs Glibc, Musl or Darwin")
#endif

/// Thin wrappers over the POSIX calls ReluLab makes (no Foundation).
///
/// Calls that fail return -1, nil or false and leave the reason in
/// ``errorNumber``; read it at once, before the next call.
package enum Platform {
  // MARK: Errors

  /// `errno`: the error number of the last failed call.
  package static var errorNumber: Int32 { errno }

  /// `strerror`: the system's text for an error number, such as
  /// `No such file or directory`.
  package static func errorText(_ number: Int32) -> String {
    strerror(number).map { String(cString: $0) } ?? "error \(number)"
  }

  /// Error numbers the callers tell apart.
  package enum ErrorNumber {
    /// `EEXIST`: the file already exists.
    package static let exists = EEXIST
    /// `EPIPE`: a write to a pipe nobody reads any more.
    package static let brokenPipe = EPIPE
  }

  // MARK: Descriptors

  /// Standard input's file descriptor, 0.
  package static let standardInput = STDIN_FILENO
  /// Standard output's file descriptor, 1.
  package static let standardOutput = STDOUT_FILENO
  /// Standard error's file descriptor, 2.
  package static let standardError = STDERR_FILENO

  /// `open(O_RDONLY | O_CLOEXEC | O_NONBLOCK)`: a descriptor for reading, or -1;
  /// a FIFO opens at once instead of waiting for a writer.
  package static func openForReading(_ path: String) -> Int32 {
    open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
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

  /// What `stat` tells of a file: its kind, size in bytes and permission bits.
  package struct FileStatus: Sendable, Equatable {
    package var kind: FileKind
    package var size: Int
    /// The mode's permission bits, such as `0o600`.
    package var permissions: UInt32
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

  /// `mkdtemp`: a new folder, mode 0700, named by `template` with its trailing
  /// `XXXXXX` made unique (tests use it), or nil.
  package static func makeTemporaryFolder(_ template: String) -> String? {
    var name = Array(template.utf8CString)
    return name.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.flatMap { mkdtemp($0) }.map { String(cString: $0) }
    }
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

  /// `symlink`: makes `path` a symbolic link to `target` (tests use it).
  package static func makeSymbolicLink(_ path: String, to target: String) -> Bool {
    symlink(target, path) == 0
  }

  /// `link`: makes `path` another name (hard link) for the file `target` (tests use it).
  package static func makeHardLink(_ path: String, to target: String) -> Bool {
    link(target, path) == 0
  }

  /// `mkfifo`: makes a named pipe at `path` (tests use it).
  package static func makeFIFO(_ path: String, permissions: UInt32) -> Bool {
    mkfifo(path, mode_t(permissions)) == 0
  }

  /// `mknod`: makes a character device node `major`:`minor` at `path` (tests
  /// use it, as root, inside a temporary folder).
  package static func makeCharacterDevice(_ path: String, major: UInt32, minor: UInt32) -> Bool {
    // makedev is a C macro; its encoding for numbers below 256.
    #if canImport(Darwin)
    let device = dev_t(Int32(major) << 24 | Int32(minor))
    #else
    let device = dev_t(UInt64(major) << 8 | UInt64(minor))
    #endif
    return mknod(path, S_IFCHR | 0o600, device) == 0
  }

  // MARK: Process

  /// `getpid`: this process's id.
  package static var processID: Int32 { getpid() }

  /// `kill(pid, 0)`: whether a process with this id is running (one of
  /// another user counts).
  package static func processExists(_ id: Int32) -> Bool {
    kill(id, 0) == 0 || errno == EPERM
  }

  /// `getenv`: an environment variable, or nil when it is not set.
  package static func environment(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }

  /// `exit`: ends the process with `status`, flushing C streams.
  package static func exit(_ status: Int32) -> Never { cExit(status) }

  /// `clock_gettime(CLOCK_MONOTONIC)` in milliseconds: for measuring waits.
  package static func monotonicMilliseconds() -> Int {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Int(time.tv_sec) * 1000 + Int(time.tv_nsec) / 1_000_000
  }

  /// `time` and `gmtime_r`: the date and time now in UTC, `2026-12-01 20:41 UTC`.
  package static func utcMinute() -> String {
    var now = time(nil)
    var parts = tm()
    guard gmtime_r(&now, &parts) != nil else { return "unknown date" }
    func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))"
      + " \(two(parts.tm_hour)):\(two(parts.tm_min)) UTC"
  }

  /// `getrusage(RUSAGE_SELF)`: the most memory this process has had resident,
  /// in bytes (Linux counts `ru_maxrss` in KiB, Darwin in bytes).
  package static func peakResidentBytes() -> Int {
    var usage = rusage()
    #if canImport(Glibc)
    getrusage(RUSAGE_SELF.rawValue, &usage)
    #else
    getrusage(RUSAGE_SELF, &usage)
    #endif
    #if canImport(Darwin)
    return Int(usage.ru_maxrss)
    #else
    return Int(usage.ru_maxrss) * 1024
    #endif
  }

  /// `madvise(MADV_HUGEPAGE)` over the 2 MiB-aligned part of a buffer.
  ///
  /// A fresh large buffer then faults in 2 MiB at a time rather than 4 KiB
  /// (NumPy asks the same for its large arrays). Only advice: false where it
  /// is not taken.
  package static func adviseHugePages(_ buffer: UnsafeMutableRawBufferPointer) -> Bool {
    #if os(Linux)
    guard let base = buffer.baseAddress else { return false }
    let huge = 2 << 20
    let start = (Int(bitPattern: base) + huge - 1) & ~(huge - 1)
    let end = (Int(bitPattern: base) + buffer.count) & ~(huge - 1)
    guard end > start, let pointer = UnsafeMutableRawPointer(bitPattern: start) else {
      return false
    }
    return madvise(pointer, end - start, MADV_HUGEPAGE) == 0
    #else
    return false
    #endif
  }

  /// `mallopt`: keep freed memory for reuse.
  ///
  /// Large allocations come from the heap rather than their own mappings
  /// (`M_MMAP_MAX` 0), and up to `retainedBytes` of free memory at the heap's
  /// top stays mapped (`M_TRIM_THRESHOLD`), so a new large array reuses pages
  /// already faulted in (see `HeapPolicy`). Returns false where the C library
  /// has no such settings (only glibc does).
  @discardableResult
  package static func keepFreedMemory(retainedBytes: Int) -> Bool {
    #if canImport(Glibc)
    // malloc.h is not part of the Glibc module: look mallopt up by name. Its
    // parameters M_TRIM_THRESHOLD (-1) and M_MMAP_MAX (-4) are fixed in glibc's ABI.
    typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
    guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "mallopt") else {
      return false
    }
    let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
    let trimThreshold: Int32 = -1
    let mmapMax: Int32 = -4
    return mallopt(mmapMax, 0) == 1
      && mallopt(trimThreshold, Int32(clamping: retainedBytes)) == 1
    #else
    return false
    #endif
  }

  // MARK: Terminal

  /// `isatty`: whether the descriptor is a terminal.
  package static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

  /// `ioctl(TIOCGWINSZ)`: the terminal's width in columns, or nil when the
  /// descriptor is no terminal or reports none.
  package static func terminalColumns(_ descriptor: Int32) -> Int? {
    var size = winsize()
    guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }

  /// A terminal's modes as `tcgetattr` reads them, to put back later.
  package struct TerminalModes: @unchecked Sendable {
    fileprivate var modes: termios
  }

  /// `tcgetattr`: the terminal's modes, or nil when the descriptor is no terminal.
  package static func terminalModes(_ descriptor: Int32) -> TerminalModes? {
    var modes = termios()
    guard tcgetattr(descriptor, &modes) == 0 else { return nil }
    return TerminalModes(modes: modes)
  }

  /// `tcsetattr(TCSADRAIN)`: sets the terminal's modes once output is written, keeping typed-ahead input; false on failure.
  ///
  /// Safe in a signal handler.
  @discardableResult
  package static func setTerminalModes(_ descriptor: Int32, _ modes: TerminalModes) -> Bool {
    var copy = modes.modes
    return tcsetattr(descriptor, TCSADRAIN, &copy) == 0
  }

  /// `cfmakeraw`, with output processing kept: `modes` made raw, so every
  /// key arrives at once, unechoed, and Ctrl-C, Ctrl-Z and Ctrl-S arrive as
  /// keys rather than signals or flow control; a written `\n` still starts
  /// a new line.
  package static func rawMode(from modes: TerminalModes) -> TerminalModes {
    var raw = modes.modes
    cfmakeraw(&raw)
    raw.c_oflag |= tcflag_t(OPOST)
    return TerminalModes(modes: raw)
  }

  /// `poll`: whether the descriptor has input (or its end) within
  /// `timeoutMilliseconds`; false on a timeout or an interrupting signal.
  package static func waitForInput(_ descriptor: Int32, timeoutMilliseconds: Int) -> Bool {
    var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
    return poll(&entry, 1, Int32(clamping: timeoutMilliseconds)) > 0
  }

  // MARK: Signals

  /// A signal handler: a C function of the signal number, which must not
  /// capture context.
  package typealias SignalHandler = @convention(c) (Int32) -> Void

  /// Signal numbers the program catches or restores.
  package enum Signal {
    /// `SIGINT` (Ctrl-C in a cooked terminal).
    package static let interrupt = SIGINT
    /// `SIGTERM`: asked to end.
    package static let terminate = SIGTERM
    /// `SIGHUP`: the terminal went away.
    package static let hangUp = SIGHUP
    /// `SIGQUIT` (Ctrl-\ in a cooked terminal): asked to quit.
    package static let quit = SIGQUIT
    /// `SIGTSTP`: asked to stop (job control, Ctrl-Z in a cooked terminal).
    package static let terminalStop = SIGTSTP
    /// `SIGCONT`: continued after a stop.
    package static let `continue` = SIGCONT
    /// `SIGPIPE`: a write to a pipe nobody reads.
    package static let brokenPipe = SIGPIPE
    /// `SIGSEGV`: a bad memory access.
    package static let segmentationFault = SIGSEGV
    /// `SIGBUS`: a misaligned or unbacked memory access.
    package static let busError = SIGBUS
    /// `SIGILL`: an illegal instruction (how a Swift trap ends on x86-64).
    package static let illegalInstruction = SIGILL
    /// `SIGTRAP`: a breakpoint trap (how a Swift trap ends on arm64).
    package static let trap = SIGTRAP
    /// `SIGFPE`: an arithmetic fault.
    package static let arithmeticFault = SIGFPE
    /// `SIGABRT`: `abort()`.
    package static let abort = SIGABRT
  }

  /// `signal(number, handler)`: runs `handler` when the signal arrives.
  package static func handleSignal(_ number: Int32, with handler: SignalHandler) {
    _ = signal(number, handler)
  }

  /// `signal(number, SIG_DFL)`: the signal's default action again.
  package static func defaultSignalAction(_ number: Int32) { _ = signal(number, SIG_DFL) }

  /// `raise`: sends the signal to this process; for a stop signal with the
  /// default action, returns once the process is continued.
  package static func raiseSignal(_ number: Int32) { _ = raise(number) }

  /// `signal(number, SIG_IGN)`: the signal is ignored.
  package static func ignoreSignal(_ number: Int32) { _ = signal(number, SIG_IGN) }
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
    self.init(kind: kind, size: Int(info.st_size), permissions: UInt32(info.st_mode & 0o7777))
  }
}

/// Namespace for the libm functions ReluCore needs.
package enum LibM {
  /// e raised to `x`.
  package static func exp(_ x: Double) -> Double { cExp(x) }
  /// The natural logarithm of `x` (NaN for negative `x`, -inf at 0).
  package static func log(_ x: Double) -> Double { cLog(x) }
  /// The hyperbolic tangent of `x`.
  package static func tanh(_ x: Double) -> Double { cTanh(x) }
  /// The inverse hyperbolic tangent of `x`, defined on (-1, 1).
  package static func atanh(_ x: Double) -> Double { cAtanh(x) }
  /// The square root of `x`.
  package static func sqrt(_ x: Double) -> Double { x.squareRoot() }
  /// The cosine of `x` (radians).
  package static func cos(_ x: Double) -> Double { cCos(x) }
  /// The sine of `x` (radians).
  package static func sin(_ x: Double) -> Double { cSin(x) }
  /// The sine and the cosine of `x` (radians) in one call: with glibc its
  /// `sincos`, which reduces `x` once and gives exactly `sin(x)` and `cos(x)`;
  /// elsewhere those two calls.
  @inline(__always)
  package static func sincos(_ x: Double) -> (sin: Double, cos: Double) {
    guard let cSincos else { return (cSin(x), cCos(x)) }
    var sine = 0.0
    var cosine = 0.0
    cSincos(x, &sine, &cosine)
    return (sine, cosine)
  }
  /// `x` raised to the power `y`.
  package static func pow(_ x: Double, _ y: Double) -> Double { cPow(x, y) }
  /// The base-10 logarithm of `x`.
  package static func log10(_ x: Double) -> Double { cLog10(x) }
}

// File-level aliases: inside `Platform` and `LibM`, the names `exit`, `exp`,
// `log`... would refer to the static members themselves.
private func cExit(_ status: Int32) -> Never { exit(status) }
private func cExp(_ x: Double) -> Double { exp(x) }
private func cLog(_ x: Double) -> Double { log(x) }
private func cTanh(_ x: Double) -> Double { tanh(x) }
private func cAtanh(_ x: Double) -> Double { atanh(x) }
private func cCos(_ x: Double) -> Double { cos(x) }
private func cSin(_ x: Double) -> Double { sin(x) }
// glibc's `void sincos(double, double *, double *)`, which the Glibc module
// leaves out (a GNU extension, declared only under _GNU_SOURCE): looked up by
// name once, as a C function pointer; nil where the C library has none.
private typealias SineCosine =
  @convention(c) (
    Double, UnsafeMutablePointer<Double>, UnsafeMutablePointer<Double>
  ) -> Void
private let cSincos: SineCosine? = {
  #if canImport(Glibc)
  guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "sincos") else {
    return nil
  }
  return unsafeBitCast(symbol, to: SineCosine.self)
  #else
  return nil
  #endif
}()
private func cPow(_ x: Double, _ y: Double) -> Double { pow(x, y) }
private func cLog10(_ x: Double) -> Double { log10(x) }
