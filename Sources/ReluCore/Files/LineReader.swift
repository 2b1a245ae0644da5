/// Lines read from a file descriptor (standard input) with a bound on each,
/// so an endless line (`relulab < /dev/zero`) costs at most the bound in
/// memory instead of growing without end.
///
/// One reader must serve every read of its descriptor: it reads ahead.
package struct LineReader {
  /// What one read gives.
  package enum Next: Sendable, Equatable {
    /// A line's bytes, without its `\n` (nor a `\r` before it).
    case line([UInt8])
    /// A line longer than the limit: what was read of it is dropped, and
    /// the rest is still to be read (``skipRestOfLine()``).
    case tooLong
    /// The end of the input (or a read error): no more lines.
    case end
  }

  private let descriptor: Int32
  /// The most bytes a line may hold.
  package let limit: Int
  private var buffer: [UInt8] = []
  /// Where the unread part of `buffer` starts.
  private var start = 0
  private var atEnd = false
  /// Whether a too-long line's rest is still unread.
  private var inLongLine = false

  /// - Parameters:
  ///   - descriptor: Where to read, such as `Platform.standardInput`.
  ///   - limit: The most bytes in a line: a script's limit, 4 MiB, by default.
  package init(descriptor: Int32, limit: Int = RealFileSystem.maxBytes) {
    self.descriptor = descriptor
    self.limit = max(1, limit)
  }

  /// The next line; a last line without `\n` counts.
  ///
  /// A line over the limit gives `.tooLong` as soon as the limit is passed,
  /// without waiting for its end (`/dev/zero` has none): call
  /// ``skipRestOfLine()`` to go on after it.
  /// - Complexity: O(line length); memory stays under `limit` plus 64 KiB.
  /// Whether ``next()`` can answer without reading: bytes read and not yet
  /// returned, or the end reached.
  package var hasBuffered: Bool { atEnd || start < buffer.count }

  package mutating func next() -> Next {
    // Bytes from `start` up to `start + searched` hold no newline.
    var searched = 0
    while true {
      if let newline = buffer[(start + searched)...].firstIndex(of: UInt8(ascii: "\n")) {
        let line = buffer[start..<newline]
        start = newline + 1
        guard line.count <= limit else { return .tooLong }
        return .line(Array(line.last == UInt8(ascii: "\r") ? line.dropLast() : line))
      }
      searched = buffer.count - start
      if searched > limit { return tooLong() }
      if atEnd {
        guard start < buffer.count else { return .end }
        let line = Array(buffer[start...])
        buffer.removeAll()
        start = 0
        return .line(line)
      }
      fill()
    }
  }

  /// Reads and drops the rest of a line that was too long, through its `\n`.
  package mutating func skipRestOfLine() {
    guard inLongLine else { return }
    inLongLine = false
    while true {
      if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
        start = newline + 1
        return
      }
      buffer.removeAll(keepingCapacity: true)
      start = 0
      if atEnd { return }
      fill()
    }
  }

  /// Drops the held part of a too-long line whose end is not read yet.
  private mutating func tooLong() -> Next {
    buffer.removeAll(keepingCapacity: true)
    start = 0
    inLongLine = true
    return .tooLong
  }

  /// Reads what is available (up to 64 KiB) after the unread bytes.
  private mutating func fill() {
    if start > 0 {
      buffer.removeFirst(start)
      start = 0
    }
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    let count = chunk.withUnsafeMutableBytes { Platform.readSome(descriptor, into: $0) }
    if count <= 0 {
      atEnd = true
    } else {
      buffer += chunk[..<count]
    }
  }
}
