// ReluCore's door to the C library (Glibc, Musl or Darwin). ReluCore reaches
// the system only through `Platform`, declared here, its extensions in this
// folder (one file per concern) and `LibM`; those files are ReluCore's only
// importers of the C library. The terminal calls (termios, signals, poll)
// are ReluTerminal's, in its Platform/TerminalPlatform.swift.
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

  /// The symbolic name of the error numbers a file operation commonly meets
  /// (`ENOENT`, `EACCES`...), for messages that say them in words; nil for
  /// any other.
  package static func errorName(_ number: Int32) -> String? {
    switch number {
    case ENOENT: "ENOENT"
    case EACCES: "EACCES"
    case EPERM: "EPERM"
    case EISDIR: "EISDIR"
    case ENOTDIR: "ENOTDIR"
    case ENOSPC: "ENOSPC"
    case EROFS: "EROFS"
    case EEXIST: "EEXIST"
    case ENAMETOOLONG: "ENAMETOOLONG"
    case ELOOP: "ELOOP"
    case EMFILE, ENFILE: "EMFILE"
    case EFBIG: "EFBIG"
    case EIO: "EIO"
    case EDQUOT: "EDQUOT"
    case EBUSY: "EBUSY"
    case EINVAL: "EINVAL"
    default: nil
    }
  }

  /// Error numbers the callers tell apart.
  package enum ErrorNumber {
    /// `ENOENT`: no such file or folder.
    package static let noSuchFile = ENOENT
    /// `EEXIST`: the file already exists.
    package static let exists = EEXIST
    /// `EWOULDBLOCK`: a lock another process holds.
    package static let wouldBlock = EWOULDBLOCK
    /// `EPIPE`: a write to a pipe nobody reads any more.
    package static let brokenPipe = EPIPE
    /// `EROFS`: a file system that takes no writes.
    package static let readOnly = EROFS
  }

  // MARK: Descriptors

  /// Standard input's file descriptor, 0.
  package static let standardInput = STDIN_FILENO
  /// Standard output's file descriptor, 1.
  package static let standardOutput = STDOUT_FILENO
  /// Standard error's file descriptor, 2.
  package static let standardError = STDERR_FILENO
}
