#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing to standard output and error through their file descriptors
/// (Swift 6 rejects libc's `stdout` and `stderr` globals).
enum StandardStreams {
  /// Writes `text` to standard output, all of it.
  static func out(_ text: String) { write(text, to: STDOUT_FILENO) }

  /// Writes `text` to standard error, all of it.
  static func err(_ text: String) { write(text, to: STDERR_FILENO) }

  private static func write(_ text: String, to fd: Int32) {
    var text = text
    text.withUTF8 { buffer in
      var offset = 0
      while offset < buffer.count {
        let n = Glibc.write(fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          return  // a closed pipe: nothing more can be said
        }
        offset += n
      }
    }
  }

  /// Whether file descriptor `fd` is a terminal.
  static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

  /// The width of the terminal on standard output, if it is one.
  static func terminalColumns() -> Int? {
    guard isTerminal(STDOUT_FILENO) else { return nil }
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }

  /// Lets a write to a closed pipe fail with EPIPE instead of killing the
  /// process (`relulab ... | head` ends quietly).
  static func ignoreBrokenPipes() { signal(SIGPIPE, SIG_IGN) }
}
