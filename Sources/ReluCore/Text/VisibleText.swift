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

  /// The number of terminal columns `text` occupies: 2 for East Asian wide and
  /// fullwidth characters, 0 for combining marks and zero-width characters, 1
  /// otherwise.
  ///
  /// Control characters count 0 (they should be escaped first).
  package static func width(_ text: String) -> Int {
    var total = 0
    for scalar in text.unicodeScalars { total += width(of: scalar) }
    return total
  }

  /// The display width of one scalar (see ``width(_:)``).
  package static func width(of scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
    if v < 0x300 { return 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if v == 0x200B { return 0 }
    if (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v)
      || (0x3041...0x33FF).contains(v) || (0x3400...0x4DBF).contains(v)
      || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
      || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v)
      || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
      || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
      || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x3FFFD).contains(v)
    {
      return 2
    }
    return 1
  }
}
