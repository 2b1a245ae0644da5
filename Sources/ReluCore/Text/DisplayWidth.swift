/// How many terminal columns text takes, without asking the C library.
///
/// A character (grapheme cluster) is 2 columns when its first scalar is East Asian
/// Wide or Fullwidth (CJK, Hangul, fullwidth forms, most emoji) or when it asks for
/// emoji presentation (U+FE0F), 0 when it is a control character or starts with a
/// zero-width scalar, and 1 otherwise. This follows the Unicode East Asian Width
/// property that glibc's `wcwidth` (and so ncurses) uses for these ranges.
///
/// Hangul's conjoining vowel and final jamo (U+1160-U+11FF, U+D7B0-U+D7FF) are
/// 0 wide as `wcwidth` has them: decomposed Hangul (NFD, as macOS file names
/// store it) is 2 columns a syllable, its leading consonant's, whether the
/// jamo come as one cluster or one by one.
package enum DisplayWidth {
  /// The columns one character takes: 0, 1 or 2.
  package static func of(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    let value = first.value
    if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
    if value < 0x300 { return 1 }
    if isZeroWidth(value) { return 0 }
    if isWide(value) { return 2 }
    if scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
    return 1
  }

  /// The columns a string takes: ``ofCharacters(_:)``, counted straight from
  /// the UTF-8 bytes when the text is ASCII.
  ///
  /// In ASCII text every character is one byte except `\r\n`, and both of
  /// those are controls (0 columns), so the width is the number of printable
  /// bytes, 0x20 to 0x7E.
  /// - Complexity: O(n) in the length of the text.
  package static func of<S: StringProtocol>(_ text: S) -> Int {
    let ascii = text.utf8.withContiguousStorageIfAvailable(printableASCII) ?? nil
    return ascii ?? ofCharacters(text)
  }

  /// The number of printable bytes (0x20 to 0x7E) when every byte is ASCII, else nil.
  /// - Complexity: O(n) in the number of bytes.
  private static func printableASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var printable = 0
    for byte in bytes {
      guard byte < 0x80 else { return nil }
      if byte >= 0x20, byte != 0x7F { printable += 1 }
    }
    return printable
  }

  /// The columns a string takes, character by character: the plain
  /// definition that `of(_:)` agrees with (tested).
  /// - Complexity: O(n) in the number of characters.
  package static func ofCharacters<S: StringProtocol>(_ text: S) -> Int {
    text.reduce(0) { $0 + of($1) }
  }

  /// The columns a run of characters takes.
  package static func of(_ characters: ArraySlice<Character>) -> Int {
    characters.reduce(0) { $0 + of($1) }
  }

  /// The longest prefix of `text` that fits in `columns`, never splitting a wide
  /// character.
  package static func prefix(of text: String, fitting columns: Int) -> String {
    var used = 0
    var end = text.startIndex
    for index in text.indices {
      let width = of(text[index])
      if used + width > columns { break }
      used += width
      end = text.index(after: index)
    }
    return String(text[..<end])
  }

  /// `text` cut to `columns`, ending in `…` when something was cut.
  package static func truncate(_ text: String, to columns: Int) -> String {
    guard columns > 0 else { return "" }
    if of(text) <= columns { return text }
    return prefix(of: text, fitting: columns - 1) + "…"
  }

  /// `text` padded with spaces (or cut) to exactly `columns`.
  package static func pad(_ text: String, to columns: Int) -> String {
    let cut = prefix(of: text, fitting: columns)
    return cut + String(repeating: " ", count: max(0, columns - of(cut)))
  }

  private static func isZeroWidth(_ value: UInt32) -> Bool {
    zeroWidthRanges.contains { $0.contains(value) }
  }

  private static func isWide(_ value: UInt32) -> Bool {
    guard value >= 0x1100 else { return false }
    return wideRanges.contains { $0.contains(value) }
  }

  /// Combining marks, Hangul's vowel and final jamo, and invisible format characters.
  private static let zeroWidthRanges: [ClosedRange<UInt32>] = [
    0x0300...0x036F, 0x0483...0x0489, 0x0591...0x05BD, 0x0610...0x061A, 0x064B...0x065F,
    0x1160...0x11FF, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x200B...0x200F, 0x2028...0x202E,
    0x2060...0x2069,
    0x20D0...0x20FF, 0xD7B0...0xD7FF, 0xFE00...0xFE0F, 0xFE20...0xFE2F, 0xFEFF...0xFEFF,
    0xE0100...0xE01EF,
  ]

  /// East Asian Wide and Fullwidth blocks, and the emoji blocks shown wide.
  private static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
    0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
    0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
    0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
    0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
    0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
    0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
    0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
    0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
    0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,
    0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
    0x1F200...0x1F251, 0x1F300...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C,
    0x1F37E...0x1F393, 0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0,
    0x1F3F4...0x1F3F4, 0x1F3F8...0x1F43E, 0x1F440...0x1F440, 0x1F442...0x1F4FC,
    0x1F4FF...0x1F53D, 0x1F54B...0x1F54E, 0x1F550...0x1F567, 0x1F57A...0x1F57A,
    0x1F595...0x1F596, 0x1F5A4...0x1F5A4, 0x1F5FB...0x1F64F, 0x1F680...0x1F6C5,
    0x1F6CC...0x1F6CC, 0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7, 0x1F6EB...0x1F6EC,
    0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB, 0x1F90C...0x1F93A, 0x1F93C...0x1F945,
    0x1F947...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
  ]
}
