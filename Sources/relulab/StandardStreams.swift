import ReluCore

/// Writing to standard output and error through their file descriptors
/// (Swift 6 rejects libc's `stdout` and `stderr` globals).
enum StandardStreams {
  /// Writes `text` to standard output, all of it.
  static func out(_ text: String) { write(text, to: Platform.standardOutput) }

  /// Writes `text` to standard error, all of it.
  static func err(_ text: String) { write(text, to: Platform.standardError) }

  /// Writes all of `text`, or stops quietly at a closed pipe: nothing more can
  /// be said there.
  private static func write(_ text: String, to fd: Int32) {
    var text = text
    text.withUTF8 { _ = Platform.writeAll(fd, UnsafeRawBufferPointer($0)) }
  }

  /// The width of the terminal on standard output, if it is one.
  static func terminalColumns() -> Int? {
    Platform.terminalColumns(Platform.standardOutput)
  }

  /// Lets a write to a closed pipe fail with EPIPE instead of killing the
  /// process (`relulab ... | head` ends quietly).
  static func ignoreBrokenPipes() { Platform.ignoreSignal(Platform.Signal.brokenPipe) }
}
