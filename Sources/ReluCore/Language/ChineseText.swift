/// Joining Chinese text with typed words: the spaces and list words of the
/// Chinese style.
enum ChineseText {
  /// `parts` joined, with a space where a Chinese character meets a Latin
  /// letter, a digit or an ASCII quote or bracket (`学习率取 0.2`,
  /// `relu 的导数`), and none next to full-width punctuation or blanks.
  static func spaced(_ parts: String...) -> String {
    var result = ""
    for part in parts {
      if let last = result.unicodeScalars.last, let first = part.unicodeScalars.first,
        (isIdeograph(last) && isTyped(first)) || (isTyped(last) && isIdeograph(first))
      {
        result += " "
      }
      result += part
    }
    return result
  }

  /// `a、b 和 c` (or `a、b 或 c`).
  static func list(_ words: [String], or: Bool) -> String { Words.list(words, or: or).zh }

  private static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool {
    (0x3400...0x9FFF).contains(scalar.value) || (0xF900...0xFAFF).contains(scalar.value)
  }

  private static func isTyped(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII && scalar != " " && !",.;:)]!?".unicodeScalars.contains(scalar)
      && scalar.value > 0x20
  }
}
