/// The one rule every test of the interface's words checks them by: written
/// in both languages, the Chinese in Chinese, and no character whose width a
/// terminal set up for Chinese draws differently from the lab's count.
public enum WordsCheck {
  /// Whether `scalar` is of East Asian ambiguous width.
  ///
  /// The ones the interface could slip in: curly quotes, the ellipsis, the
  /// multiplication sign, the em dash, the middle dot, guillemets, Greek
  /// letters and box drawing. A terminal set up for Chinese draws them two
  /// columns wide; the lab counts one.
  public static func isAmbiguousWidth(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x00D7, 0x2014, 0x00B7, 0x00AB, 0x00BB: true
    case 0x0391...0x03C9, 0x2500...0x259F: true
    default: false
    }
  }

  /// Whether `text` holds a character of ambiguous width.
  public static func hasAmbiguousWidth(_ text: String) -> Bool {
    text.unicodeScalars.contains(where: isAmbiguousWidth)
  }

  /// Whether `text` holds a Han character or CJK punctuation.
  public static func hasChinese(_ text: String) -> Bool {
    text.unicodeScalars.contains {
      (0x3400...0x9FFF).contains($0.value) || (0x3000...0x303F).contains($0.value)
        || (0xFF00...0xFFEF).contains($0.value)
    }
  }

  /// What is wrong with one text's two forms, for a failure message.
  ///
  /// Empty when nothing is. `sameInBoth`: a name or formula, read the same in
  /// both languages, so its Chinese needs no Chinese characters.
  public static func problems(en: String, zh: String, sameInBoth: Bool = false) -> [String] {
    var found: [String] = []
    if en.isEmpty { found.append("empty English") }
    if zh.isEmpty { found.append("empty Chinese") }
    if !sameInBoth, !zh.isEmpty, !hasChinese(zh) { found.append("no Chinese in '\(zh)'") }
    for text in [en, zh] where hasAmbiguousWidth(text) {
      found.append("an ambiguous-width character in '\(text)'")
    }
    return found
  }
}
