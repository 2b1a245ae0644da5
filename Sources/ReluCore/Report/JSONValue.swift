/// A JSON value with object keys kept in order, serialized without Foundation.
package indirect enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  /// NaN and the infinities, which JSON lacks, are written as the strings
  /// "nan", "inf" and "-inf"; other numbers in shortest round-trip form.
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  package static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    lhs.serialized == rhs.serialized
  }

  /// A tensor as nested arrays by rank.
  package static func tensor(_ tensor: Tensor) -> JSONValue {
    guard tensor.rank > 1 else { return .array(tensor.scalars.map(JSONValue.number)) }
    var offset = 0
    func build(_ dimension: Int) -> JSONValue {
      .array(
        (0..<tensor.shape[dimension]).map { _ in
          if dimension == tensor.rank - 1 {
            defer { offset += 1 }
            return .number(tensor.scalars[offset])
          }
          return build(dimension + 1)
        })
    }
    return build(0)
  }

  /// Compact JSON text on one line.
  package var serialized: String {
    var text = ""
    write(to: &text)
    return text
  }

  private func write(to text: inout String) {
    switch self {
    case .null: text += "null"
    case .bool(let value): text += value ? "true" : "false"
    case .int(let value): text += String(value)
    case .number(let value):
      text += value.isFinite ? NumberFormat.plain(value) : "\"\(NumberFormat.plain(value))\""
    case .string(let value): Self.quote(value, into: &text)
    case .array(let items):
      text += "["
      for (i, item) in items.enumerated() {
        if i > 0 { text += "," }
        item.write(to: &text)
      }
      text += "]"
    case .object(let members):
      text += "{"
      for (i, (key, value)) in members.enumerated() {
        if i > 0 { text += "," }
        Self.quote(key, into: &text)
        text += ":"
        value.write(to: &text)
      }
      text += "}"
    }
  }

  /// Whether a scalar is written as `\uXXXX`: the C0 and C1 controls and DEL
  /// (a C1 CSI, U+009B, starts a terminal escape like ESC [), the line and
  /// paragraph separators, and the bidirectional controls U+202A-202E and
  /// U+2066-2069 (which reorder what a terminal shows), so that JSON printed
  /// to a terminal shows them instead of acting on them.
  private static func mustEscape(_ value: UInt32) -> Bool {
    switch value {
    case 0x00..<0x20, 0x7F..<0xA0, 0x2028...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  private static func quote(_ string: String, into text: inout String) {
    text += "\""
    for scalar in string.unicodeScalars {
      switch scalar {
      case "\"": text += "\\\""
      case "\\": text += "\\\\"
      case "\n": text += "\\n"
      case "\r": text += "\\r"
      case "\t": text += "\\t"
      default:
        if Self.mustEscape(scalar.value) {
          let hex = String(scalar.value, radix: 16)
          text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          text.unicodeScalars.append(scalar)
        }
      }
    }
    text += "\""
  }
}
