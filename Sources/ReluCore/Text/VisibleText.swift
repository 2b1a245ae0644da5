/// Making user text safe and measurable for a terminal.
package enum VisibleText {
  /// `text` with control characters replaced by visible escapes, so that
  /// nothing a user typed reaches a terminal raw: `\t` becomes two spaces,
  /// other C0/C1 controls and DEL become `^X` or `\u{XX}`, and so do the
  /// characters a terminal shows as nothing or as a plain space (see
  /// ``isInvisible(_:after:before:)``), so `'\u{200B}' is not a number` says
  /// what the token was.
  package static func escaped(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    let scalars = text.unicodeScalars
    var previous: Unicode.Scalar?
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let scalar = scalars[index]
      let nextIndex = scalars.index(after: index)
      let next = nextIndex < scalars.endIndex ? scalars[nextIndex] : nil
      switch scalar.value {
      case 0x09: result += "  "
      case 0x00..<0x20: result += "^" + String(Unicode.Scalar(UInt8(scalar.value + 0x40)))
      case 0x7F: result += "^?"
      case 0x80..<0xA0, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
        result += code(scalar)
      default:
        if isInvisible(scalar, after: previous, before: next) {
          result += code(scalar)
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
      previous = scalar
      index = nextIndex
    }
    return result
  }

  /// What the input line shows for `character`: its `\u{XX}` escape when a
  /// terminal would show it as nothing or as a blank (a zero-width space on
  /// its own, a byte-order mark, the ideographic space), else nil.
  package static func escape(for character: Character) -> String? {
    let scalars = character.unicodeScalars
    guard let first = scalars.first, first.value >= 0x200B else { return nil }
    guard isInvisible(first, after: nil, before: nil) else { return nil }
    return scalars.map(code).joined()
  }

  /// Whether `scalar` shows as nothing or as a plain blank.
  ///
  /// Those are the zero-width
  /// space, the left-to-right and right-to-left marks, the word joiner and
  /// invisible operators (U+2060-U+2064), the byte-order mark and the
  /// ideographic space U+3000. The zero-width joiner and non-joiner count
  /// only when they join nothing: an emoji family's or a Persian word's stay.
  package static func isInvisible(
    _ scalar: Unicode.Scalar, after previous: Unicode.Scalar?, before next: Unicode.Scalar?
  ) -> Bool {
    switch scalar.value {
    case 0x200B, 0x200E, 0x200F, 0x2060...0x2064, 0xFEFF, 0x3000: return true
    case 0x200C, 0x200D:
      guard let previous, let next else { return true }
      return !joins(previous) || !joins(next)
    default: return false
    }
  }

  /// Whether a joiner beside `scalar` has something to join.
  private static func joins(_ scalar: Unicode.Scalar) -> Bool {
    !scalar.properties.isWhitespace && scalar.value >= 0x20 && !(0x7F..<0xA0).contains(scalar.value)
      && !isInvisible(scalar, after: nil, before: nil)
  }

  private static func code(_ scalar: Unicode.Scalar) -> String {
    "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
  }
}
