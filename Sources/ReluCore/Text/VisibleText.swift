/// Making user text safe and measurable for a terminal.
package enum VisibleText {
  /// `text` with control characters replaced by visible escapes, so that
  /// nothing a user typed reaches a terminal raw: `\t` becomes two spaces,
  /// other C0/C1 controls and DEL become `^X` or `\u{XX}`.
  package static func escaped(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x09: result += "  "
      case 0x00..<0x20: result += "^" + String(Unicode.Scalar(UInt8(scalar.value + 0x40)))
      case 0x7F: result += "^?"
      case 0x80..<0xA0, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
        result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
