/// Compact JSON written as UTF-8 bytes, without Foundation and without
/// building a tree of values first: object keys in the order written, commas
/// placed by the writer.
///
/// The bytes gather in ``bytes``; when a sink is given, they are handed to it
/// in chunks of about ``chunkSize`` as values are written (so a line of
/// millions of numbers never sits in memory whole) and at ``flush()``.
///
/// Numbers are written as ``NumberFormat/plain(_:)`` writes them, except that
/// NaN and the infinities, which JSON lacks, are the strings "nan", "inf" and
/// "-inf". Strings are escaped as ``JSONWriter/quoted(_:)`` defines.
package struct JSONWriter {
  /// Bytes written and not yet handed to the sink.
  package private(set) var bytes: [UInt8] = []
  /// How many bytes gather before they are handed to the sink.
  package let chunkSize: Int
  private let sink: (([UInt8]) -> Void)?
  /// Whether the next value or key follows another in the same container.
  private var needsComma = false

  /// A writer that keeps everything in ``bytes``.
  package init() {
    chunkSize = .max
    sink = nil
  }

  /// A writer that hands its bytes to `sink` once `chunkSize` have gathered,
  /// and at ``flush()``.
  package init(chunkSize: Int = 64 * 1024, sink: @escaping ([UInt8]) -> Void) {
    self.chunkSize = max(1, chunkSize)
    self.sink = sink
  }

  /// Hands the gathered bytes to the sink, if there is one.
  package mutating func flush() {
    guard let sink, !bytes.isEmpty else { return }
    sink(bytes)
    bytes.removeAll(keepingCapacity: true)
  }

  /// The bytes as text (for a writer without a sink).
  package var text: String { String(decoding: bytes, as: UTF8.self) }

  // MARK: - Structure

  /// `{`, after a comma when a value came before it in its container.
  package mutating func beginObject() {
    separate()
    bytes.append(UInt8(ascii: "{"))
    needsComma = false
  }

  /// `}`.
  package mutating func endObject() {
    bytes.append(UInt8(ascii: "}"))
    needsComma = true
  }

  /// `[`, after a comma when a value came before it in its container.
  package mutating func beginArray() {
    separate()
    bytes.append(UInt8(ascii: "["))
    needsComma = false
  }

  /// `]`.
  package mutating func endArray() {
    bytes.append(UInt8(ascii: "]"))
    needsComma = true
  }

  /// An object member's key and `:`; its value comes next.
  package mutating func key(_ name: String) {
    separate()
    append(quoted: name)
    bytes.append(UInt8(ascii: ":"))
    needsComma = false
  }

  /// Ends a line of JSON Lines: `\n`; the next value starts a new line.
  package mutating func endLine() {
    bytes.append(UInt8(ascii: "\n"))
    needsComma = false
    flushIfFull()
  }

  // MARK: - Values

  /// `null`.
  package mutating func null() { raw("null") }

  /// `true` or `false`.
  package mutating func bool(_ value: Bool) { raw(value ? "true" : "false") }

  /// An integer in decimal.
  package mutating func int(_ value: Int) { raw(String(value)) }

  /// A number in shortest round-trip form (``NumberFormat/plain(_:)``), or
  /// the string "nan", "inf" or "-inf".
  package mutating func number(_ value: Double) {
    separate()
    if value.isFinite {
      bytes.append(contentsOf: NumberFormat.plain(value).utf8)
    } else {
      bytes.append(UInt8(ascii: "\""))
      bytes.append(contentsOf: NumberFormat.plain(value).utf8)
      bytes.append(UInt8(ascii: "\""))
    }
    needsComma = true
    flushIfFull()
  }

  /// A string, quoted and escaped.
  package mutating func string(_ value: String) {
    separate()
    append(quoted: value)
    needsComma = true
    flushIfFull()
  }

  /// An array of numbers.
  /// - Complexity: O(n) in the number of elements.
  package mutating func numbers(_ values: some Collection<Double>) {
    beginArray()
    for value in values { number(value) }
    endArray()
  }

  /// An array of integers.
  /// - Complexity: O(n) in the number of elements.
  package mutating func ints(_ values: [Int]) {
    beginArray()
    for value in values { int(value) }
    endArray()
  }

  /// An array of strings.
  /// - Complexity: O(n) in the total length of the strings.
  package mutating func strings(_ values: [String]) {
    beginArray()
    for value in values { string(value) }
    endArray()
  }

  /// A tensor as nested arrays by rank (a vector as one array), its elements
  /// read one by one (a mask kept as bytes is never spelled out whole).
  /// - Complexity: O(n) in the number of elements.
  mutating func tensor(_ tensor: some TensorElements) {
    let elements = (0..<tensor.count).lazy.map { tensor[offset: $0] }
    guard tensor.rank > 1 else { return numbers(elements) }
    var offset = 0
    func write(_ dimension: Int, into writer: inout JSONWriter) {
      let extent = tensor.shape[dimension]
      if dimension == tensor.rank - 1 {
        writer.numbers(elements[offset..<offset + extent])
        offset += extent
        return
      }
      writer.beginArray()
      for _ in 0..<extent { write(dimension + 1, into: &writer) }
      writer.endArray()
    }
    write(0, into: &self)
  }

  // MARK: - Members

  /// `"name":"value"`.
  package mutating func member(_ name: String, _ value: String) {
    key(name)
    string(value)
  }

  /// `"name":number`.
  package mutating func member(_ name: String, _ value: Double) {
    key(name)
    number(value)
  }

  /// `"name":integer`.
  package mutating func member(_ name: String, _ value: Int) {
    key(name)
    int(value)
  }

  /// `"name":true` or `"name":false`.
  package mutating func member(_ name: String, _ value: Bool) {
    key(name)
    bool(value)
  }

  // MARK: - Escaping

  /// `string` as a quoted JSON string: `"` and `\` escaped, `\n`, `\r` and
  /// `\t` as such, and every scalar that ``mustEscape(_:)`` names as
  /// `\uXXXX` in lowercase hex; everything else as it is.
  ///
  /// The plain definition, scalar by scalar; the writer takes a fast path
  /// for text that needs no escape and agrees with this (tested).
  /// - Complexity: O(n) in the string's length.
  package static func quoted(_ string: String) -> String {
    var text = "\""
    for scalar in string.unicodeScalars {
      switch scalar {
      case "\"": text += "\\\""
      case "\\": text += "\\\\"
      case "\n": text += "\\n"
      case "\r": text += "\\r"
      case "\t": text += "\\t"
      default:
        if mustEscape(scalar.value) {
          let hex = String(scalar.value, radix: 16)
          text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          text.unicodeScalars.append(scalar)
        }
      }
    }
    return text + "\""
  }

  /// Whether a scalar is written as `\uXXXX`: the C0 and C1 controls and DEL
  /// (a C1 CSI, U+009B, starts a terminal escape like ESC [), the line and
  /// paragraph separators, and the bidirectional controls U+202A-202E and
  /// U+2066-2069 (which reorder what a terminal shows), so that JSON printed
  /// to a terminal shows them instead of acting on them.
  package static func mustEscape(_ value: UInt32) -> Bool {
    switch value {
    case 0x00..<0x20, 0x7F..<0xA0, 0x2028...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  /// Appends `string` quoted: its UTF-8 bytes as they are when every byte
  /// is printable ASCII other than `"` and `\`, else ``quoted(_:)``.
  /// - Complexity: O(n) in the string's length.
  private mutating func append(quoted string: String) {
    let plain = string.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C }
    if plain {
      bytes.append(UInt8(ascii: "\""))
      bytes.append(contentsOf: string.utf8)
      bytes.append(UInt8(ascii: "\""))
    } else {
      bytes.append(contentsOf: Self.quoted(string).utf8)
    }
  }

  // MARK: - Helpers

  private mutating func separate() {
    if needsComma { bytes.append(UInt8(ascii: ",")) }
  }

  private mutating func raw(_ text: String) {
    separate()
    bytes.append(contentsOf: text.utf8)
    needsComma = true
    flushIfFull()
  }

  private mutating func flushIfFull() {
    if bytes.count >= chunkSize { flush() }
  }
}
