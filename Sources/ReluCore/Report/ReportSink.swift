/// Where ``TextReport`` writes its lines: one renderer, two destinations.
///
/// The lab keeps lines (``ReportLine``, text and role) to scroll and colour;
/// batch mode wants bytes for standard output, each line ended by a newline
/// and a `say` line led by a marker. The renderer writes every line the same
/// way (``begin(_:)``, pieces, ``end()``) into either, so both show the same
/// text; only what happens at the end of a line differs.
package struct ReportSink {
  private enum Destination {
    /// Lines gathered in `lines`; `bytes` holds the line being written.
    case lines
    /// Lines appended to `bytes`, each ended by a newline; `say` lines
    /// start with the marker.
    case bytes(sayMarker: String)
  }

  private let destination: Destination
  /// The line being written (lines), or all the output so far (bytes).
  var bytes: [UInt8] = []
  /// The finished lines (lines only).
  private(set) var lines: [ReportLine] = []
  /// The role of the line being written.
  private var role = ReportRole.plain

  /// A sink that gathers ``ReportLine``s.
  package static func lines() -> ReportSink { ReportSink(destination: .lines) }

  /// A sink that appends lines to `bytes`, which it holds until ``take(into:)``.
  ///
  /// Each line is UTF-8 ended by a newline; a `say` line starts with `sayMarker`.
  package static func bytes(_ bytes: inout [UInt8], sayMarker: String) -> ReportSink {
    var sink = ReportSink(destination: .bytes(sayMarker: sayMarker))
    swap(&sink.bytes, &bytes)
    return sink
  }

  private init(destination: Destination) {
    self.destination = destination
  }

  /// Hands the bytes written back to the array the sink was made from.
  package mutating func take(into bytes: inout [UInt8]) {
    swap(&self.bytes, &bytes)
  }

  /// Starts a line with `role`.
  mutating func begin(_ role: ReportRole = .plain) {
    self.role = role
    if case .bytes(let marker) = destination, role == .say { append(marker) }
  }

  /// Ends the line begun last.
  mutating func end() {
    switch destination {
    case .lines:
      lines.append(ReportLine(String(decoding: bytes, as: UTF8.self), role: role))
      bytes.removeAll(keepingCapacity: true)
    case .bytes:
      bytes.append(UInt8(ascii: "\n"))
    }
  }

  /// A whole line.
  mutating func line(_ text: String, role: ReportRole = .plain) {
    begin(role)
    append(text)
    end()
  }

  /// Whole lines, in order.
  mutating func append(lines: [ReportLine]) {
    for line in lines { self.line(line.text, role: line.role) }
  }

  /// Appends the UTF-8 bytes of `text` to the line.
  mutating func append(_ text: String) {
    let copied: Void? = text.utf8.withContiguousStorageIfAvailable { bytes.append(contentsOf: $0) }
    if copied == nil { bytes += text.utf8 }
  }

  /// Appends `count` spaces (none when `count` is not positive).
  /// - Complexity: O(count).
  mutating func appendSpaces(_ count: Int) {
    for _ in 0..<max(0, count) { bytes.append(UInt8(ascii: " ")) }
  }

  /// Appends the bytes of `slice`.
  mutating func append(_ slice: ArraySlice<UInt8>) {
    slice.withUnsafeBufferPointer { bytes.append(contentsOf: $0) }
  }

  /// Appends `n` in decimal, as `String(n)` writes it (tested).
  mutating func append(_ n: Int) {
    DecimalText.append(n, to: &bytes)
  }
}
