#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The file-system calls only tests make: temporary folders and the odd kinds
/// of file (links, FIFOs, devices) the readers and writers must refuse.
package enum TestFileSystem {
  /// `mkdtemp`: a new folder, mode 0700, named by `template` with its trailing
  /// `XXXXXX` made unique, or nil.
  package static func makeTemporaryFolder(_ template: String) -> String? {
    var name = Array(template.utf8CString)
    return name.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.flatMap { mkdtemp($0) }.map { String(cString: $0) }
    }
  }

  /// `symlink`: makes `path` a symbolic link to `target`.
  package static func makeSymbolicLink(_ path: String, to target: String) -> Bool {
    symlink(target, path) == 0
  }

  /// `link`: makes `path` another name (hard link) for the file `target`.
  package static func makeHardLink(_ path: String, to target: String) -> Bool {
    link(target, path) == 0
  }

  /// `mkfifo`: makes a named pipe at `path`.
  package static func makeFIFO(_ path: String, permissions: UInt32) -> Bool {
    mkfifo(path, mode_t(permissions)) == 0
  }

  /// `mknod`: makes a character device node `major`:`minor` at `path` (as root,
  /// inside a temporary folder).
  package static func makeCharacterDevice(_ path: String, major: UInt32, minor: UInt32) -> Bool {
    // makedev is a C macro; its encoding for numbers below 256.
    #if canImport(Darwin)
    let device = dev_t(Int32(major) << 24 | Int32(minor))
    #else
    let device = dev_t(UInt64(major) << 8 | UInt64(minor))
    #endif
    return mknod(path, S_IFCHR | 0o600, device) == 0
  }
}
