import ReluCore
import ReluTerminal
import Synchronization

/// Writing to standard output and error through their file descriptors
/// (Swift 6 rejects libc's `stdout` and `stderr` globals).
///
/// Standard output is buffered: written (whole lines only) when 64 KiB have
/// gathered, after a command's result when the last write is more than
/// ``resultFlushMilliseconds`` old (``resultDone()``: a slow script's results
/// show as they come, a fast one's go out in few writes), and at ``flush()``,
/// which runs before anything goes to standard error, before a pause or a
/// read of standard input, and at ``exit(_:)``. An ending signal writes the
/// whole lines gathered and drops an unfinished one (``exit(signal:)``), so a
/// JSON line is never cut. The first write
/// error is kept: ``exit(_:)`` reports it on standard error and exits non-zero,
/// except a closed pipe (`| head -1`), which ends the output quietly.
enum StandardStreams {
  /// Output waiting to be written, and how writing has failed so far.
  private struct State {
    var pending: [UInt8] = []
    /// The first write error's number, or 0.
    var failure: Int32 = 0
    /// When output was last written (monotonic milliseconds).
    var lastWrite = 0
    /// Where prompts, banners and pause lines go.
    var promptDescriptor = Platform.standardOutput
    /// The language of the streams' own message (a failed write).
    var language = InterfaceLanguage.en
  }

  /// The language of what the streams themselves say: the session's.
  static var language: InterfaceLanguage {
    get { state.withLock { $0.language } }
    set { state.withLock { $0.language = newValue } }
  }

  /// How old the last write may be before a finished result is written at once.
  static let resultFlushMilliseconds = 20

  private static let state = Mutex(State())
  /// How much output gathers before it is written.
  private static let bufferSize = 64 * 1024

  /// Adds `text` to standard output, written by the next flush (or now, when
  /// the buffer is full).
  static func out(_ text: String) {
    state.withLock { state in
      state.pending += text.utf8
      if state.pending.count >= bufferSize { writeWholeLines(&state) }
    }
  }

  /// Sends prompts, banners and pause lines to standard error instead of
  /// standard output (when standard output is a file or carries JSON).
  static func sendPromptsToStandardError() {
    state.withLock { $0.promptDescriptor = Platform.standardError }
  }

  /// Where prompts go: standard output unless ``sendPromptsToStandardError()``.
  static var promptDescriptor: Int32 { state.withLock { $0.promptDescriptor } }

  /// A prompt, a banner or a pause line: to the terminal, never into a
  /// redirected standard output or a JSON stream.
  static func prompt(_ text: String) {
    guard promptDescriptor != Platform.standardOutput else { return out(text) }
    err(text)
  }

  /// A command's result is complete: written now unless output was written
  /// within the last ``resultFlushMilliseconds``.
  static func resultDone() {
    state.withLock { state in
      if Platform.monotonicMilliseconds() - state.lastWrite >= resultFlushMilliseconds {
        write(&state)
      }
    }
  }

  /// Ends the process after `signal` (SIGINT, SIGTERM, SIGHUP, SIGQUIT) with
  /// 128 + its number: the whole lines gathered are written, an unfinished
  /// one dropped.
  static func exit(signal: Int32) -> Never {
    state.withLock { state in
      if let end = state.pending.lastIndex(of: UInt8(ascii: "\n")) {
        state.pending.removeSubrange((end + 1)...)
      } else {
        state.pending.removeAll()
      }
      write(&state)
    }
    Platform.exit(128 + signal)
  }

  /// Lets `body` add UTF-8 bytes to standard output's buffer directly, as
  /// ``out(_:)`` adds text.
  static func out(_ body: (inout [UInt8]) -> Void) {
    state.withLock { state in
      body(&state.pending)
      if state.pending.count >= bufferSize { writeWholeLines(&state) }
    }
  }

  /// Adds `bytes` (UTF-8) to standard output, as ``out(_:)`` adds text.
  static func out(bytes: [UInt8]) {
    state.withLock { state in
      state.pending += bytes
      if state.pending.count >= bufferSize { writeWholeLines(&state) }
    }
  }

  /// A JSON writer that hands its bytes to standard output in chunks of
  /// the buffer's size; flush it when done.
  static func jsonWriter() -> JSONWriter {
    JSONWriter(chunkSize: bufferSize) { out(bytes: $0) }
  }

  /// Writes `text` to standard error at once, after the output gathered so far.
  static func err(_ text: String) {
    flush()
    var text = text
    text.withUTF8 { _ = Platform.writeAll(Platform.standardError, UnsafeRawBufferPointer($0)) }
  }

  /// Writes the output gathered so far.
  static func flush() {
    state.withLock { write(&$0) }
  }

  /// Flushes, and ends the process with `status`; a write error on standard
  /// output other than a closed pipe is said on standard error, and a
  /// status of 0 becomes 1.
  static func exit(_ status: Int32) -> Never {
    flush()
    let failure = state.withLock { $0.failure }
    guard failure != 0, failure != Platform.ErrorNumber.brokenPipe else { Platform.exit(status) }
    let message =
      CommandLineMessage.cannotWriteOutput(reason: Platform.errorText(failure)).words(language)
      + "\n"
    var text = message
    text.withUTF8 { _ = Platform.writeAll(Platform.standardError, UnsafeRawBufferPointer($0)) }
    Platform.exit(status == 0 ? 1 : status)
  }

  /// Writes the pending bytes; after a failure, drops them (nothing more can
  /// be said there) and keeps the first error.
  private static func write(_ state: inout State) {
    defer { state.pending.removeAll(keepingCapacity: true) }
    guard state.failure == 0, !state.pending.isEmpty else { return }
    let written = state.pending.withUnsafeBytes { Platform.writeAll(Platform.standardOutput, $0) }
    if !written { state.failure = Platform.errorNumber }
    state.lastWrite = Platform.monotonicMilliseconds()
  }

  /// Writes the pending bytes up to the last line break; the unfinished line
  /// waits (a signal then never leaves half a line written).
  private static func writeWholeLines(_ state: inout State) {
    guard let end = state.pending.lastIndex(of: UInt8(ascii: "\n")) else { return }
    let rest = Array(state.pending[(end + 1)...])
    state.pending.removeSubrange((end + 1)...)
    write(&state)
    state.pending += rest
  }

  /// The width of the terminal on standard output, if it is one.
  static func terminalColumns() -> Int? {
    Platform.terminalColumns(Platform.standardOutput)
  }

  /// Lets a write to a closed pipe fail with EPIPE instead of killing the
  /// process (`relulab ... | head` ends quietly).
  static func ignoreBrokenPipes() { Platform.ignoreSignal(Platform.Signal.brokenPipe) }
}
