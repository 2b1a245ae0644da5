/// Splits a ``Source`` into ``Token``s.
///
/// `#` starts a comment that runs to the end of the line (outside quotes).
/// Blanks separate words; `[`, `]`, `,` and `;` stand alone; a line break
/// (`\n` or `\r\n`) or `;` ends a command. Strings are double-quoted with the escapes `\"`, `\\`,
/// `\n` and `\t`. A NUL byte, anywhere (in a comment too), is an error at
/// its place.
///
/// A Chinese keyboard: outside strings, the full-width forms U+FF01 to U+FF5E
/// (`，（）［］：；＝`, `０`-`９`, `Ａ`-`Ｚ`, `ａ`-`ｚ`...) read as their ASCII
/// forms, the ideographic space U+3000 as a blank, the Chinese brackets
/// `【` `】` (what `[` and `]` type in Chinese mode) as `[` and `]`, and `’`
/// (U+2019) or `′` (U+2032) after the start of a word as a prime `'`, so
/// `plot relu’` means `plot relu'`. Each such character reads as exactly one
/// ASCII character: a token's `text` holds the ASCII form while its `range`
/// stays in the source's own bytes, so a caret stands under what was typed.
/// A string opened with `＂` closes with `＂`. Inside strings nothing is
/// mapped: a title or a quoted path keeps its characters as written (what
/// keeps unquoted `say` text and file names as written is the parser, which
/// reads them from the source; see ``Parser``). Characters a Chinese input
/// method types that stay unread (`。`, `、`, `“`...) are named in errors
/// (``Lookalike``).
package struct Lexer {
  private let source: Source
  private var offset = 0

  package init(_ source: Source) {
    self.source = source
  }

  /// All tokens, ending with a single `.end`.
  ///
  /// Unreadable text (an unterminated
  /// string, a bad escape) becomes an `.invalid` token carrying the message.
  /// - Complexity: O(n) in the source's length.
  package mutating func tokenize() -> [Token] {
    var tokens: [Token] = []
    while true {
      do {
        guard let token = try next() else { break }
        tokens.append(token)
      } catch {
        tokens.append(Token(kind: .invalid(error.message), text: "", range: error.range))
      }
    }
    tokens.append(Token(kind: .end, text: "", range: SourceRange(start: offset, end: offset)))
    return tokens
  }

  /// The ASCII text of the word in `range` of `source`, as the lexer reads it
  /// (full-width forms as ASCII): for a part of a word cut off by the parser.
  static func wordText(_ source: Source, _ range: SourceRange) -> String {
    var text: [UInt8] = []
    var at = range.start
    while at < range.end {
      let (byte, length) = read(source.bytes, at, inWord: at > range.start)
      if length == 1 {
        text.append(source.bytes[at])
      } else if let byte {
        text.append(byte)
      } else {
        text += source.bytes[at..<(at + length)]
      }
      at += length
    }
    return String(decoding: text, as: UTF8.self)
  }

  private var bytes: [UInt8] { source.bytes }

  private mutating func next() throws(CommandError) -> Token? {
    skipBlanksAndComments()
    guard offset < bytes.count else { return nil }
    let start = offset
    let (mapped, length) = Self.read(bytes, offset, inWord: false)
    let byte = mapped ?? bytes[offset]
    func single(_ kind: Token.Kind) -> Token {
      offset += length
      return Token(
        kind: kind, text: String(UnicodeScalar(byte)),
        range: SourceRange(start: start, end: start + length))
    }
    switch byte {
    case UInt8(ascii: "\n"), UInt8(ascii: ";"): return single(.separator)
    case UInt8(ascii: "\r"):  // only before "\n": a CRLF line end, one separator
      offset += 2
      return Token(kind: .separator, text: "\n", range: SourceRange(start: start, end: offset))
    case UInt8(ascii: "["): return single(.leftBracket)
    case UInt8(ascii: "]"): return single(.rightBracket)
    case UInt8(ascii: ","): return single(.comma)
    case UInt8(ascii: "\""): return try string(quoteLength: length)
    case 0:
      offset += 1
      throw Self.nulByte(at: start)
    default:
      // The ASCII text is built only once a character maps to another (a
      // full-width form); a plain word is sliced from the source as it was.
      var text: [UInt8]?
      while offset < bytes.count {
        let (mapped, length) = Self.read(bytes, offset, inWord: offset > start)
        if Self.endsWord(mapped ?? bytes[offset]) { break }
        if let mapped, length > 1 {
          if text == nil { text = Array(bytes[start..<offset]) }
          text?.append(mapped)
        } else if text != nil {
          text? += bytes[offset..<(offset + length)]
        }
        offset += length
      }
      let range = SourceRange(start: start, end: offset)
      return Token(
        kind: .word, text: text.map { String(decoding: $0, as: UTF8.self) } ?? source.slice(range),
        range: range)
    }
  }

  private mutating func skipBlanksAndComments() {
    while offset < bytes.count {
      let (mapped, length) = Self.read(bytes, offset, inWord: false)
      let byte = mapped ?? bytes[offset]
      let crlf =
        byte == UInt8(ascii: "\r") && offset + 1 < bytes.count
        && bytes[offset + 1] == UInt8(ascii: "\n")
      if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
        || (byte == UInt8(ascii: "\r") && !crlf)
      {
        offset += length
      } else if byte == UInt8(ascii: "#") {
        // A NUL byte ends the comment: it is an error even there.
        while offset < bytes.count, bytes[offset] != UInt8(ascii: "\n"), bytes[offset] != 0 {
          offset += 1
        }
      } else {
        return
      }
    }
  }

  /// A string from its opening quote, `quoteLength` bytes long (1 for `"`,
  /// 3 for `＂`); it closes with the same quote.
  private mutating func string(quoteLength: Int) throws(CommandError) -> Token {
    let start = offset
    let quote = Array(bytes[start..<(start + quoteLength)])
    offset += quoteLength
    var contents: [UInt8] = []
    while offset < bytes.count {
      let byte = bytes[offset]
      if byte == quote[0], bytes[offset...].starts(with: quote) {
        offset += quote.count
        return Token(
          kind: .string, text: String(decoding: contents, as: UTF8.self),
          range: SourceRange(start: start, end: offset))
      }
      if byte == UInt8(ascii: "\n") { break }
      if byte == 0 {
        offset += 1
        throw Self.nulByte(at: offset - 1)
      }
      if byte == UInt8(ascii: "\\"), offset + 1 < bytes.count {
        let escape = bytes[offset + 1]
        switch escape {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): contents.append(escape)
        case UInt8(ascii: "n"): contents.append(UInt8(ascii: "\n"))
        case UInt8(ascii: "t"): contents.append(UInt8(ascii: "\t"))
        default:
          throw CommandError(
            LexMessage.unknownEscape.words, at: SourceRange(start: offset, end: offset + 2))
        }
        offset += 2
        continue
      }
      contents.append(byte)
      offset += 1
    }
    throw CommandError(
      LexMessage.unterminatedString(quote: String(decoding: quote, as: UTF8.self)).words,
      at: SourceRange(start: start, end: start + quoteLength))
  }

  /// The error for a NUL byte at `offset`: never part of a command.
  private static func nulByte(at offset: Int) -> CommandError {
    CommandError(LexMessage.nulByte.words, at: SourceRange(start: offset, end: offset + 1))
  }

  /// The character at `offset`: the ASCII byte it reads as when it is one of
  /// a Chinese keyboard's forms (nil for any other), and its length in bytes
  /// (1 for an ASCII byte and for any byte that is not such a form).
  ///
  /// `inWord`: whether it follows the start of a word, where `’` and `′`
  /// read as a prime.
  static func read(_ bytes: [UInt8], _ offset: Int, inWord: Bool) -> (UInt8?, Int) {
    let lead = bytes[offset]
    guard lead >= 0xE2, lead <= 0xEF, offset + 2 < bytes.count else { return (nil, 1) }
    let second = bytes[offset + 1]
    let third = bytes[offset + 2]
    switch (lead, second) {
    case (0xEF, 0xBC) where (0x81...0xBF).contains(third):  // U+FF01...U+FF3F
      return (0x21 + third - 0x81, 3)
    case (0xEF, 0xBD) where (0x80...0x9E).contains(third):  // U+FF40...U+FF5E
      return (0x60 + third - 0x80, 3)
    case (0xE3, 0x80):
      switch third {
      case 0x80: return (UInt8(ascii: " "), 3)  // U+3000 ideographic space
      case 0x90: return (UInt8(ascii: "["), 3)  // 【
      case 0x91: return (UInt8(ascii: "]"), 3)  // 】
      default: return (nil, 1)
      }
    case (0xE2, 0x80) where inWord && (third == 0x99 || third == 0xB2):  // ’ ′
      return (UInt8(ascii: "'"), 3)
    default:
      return (nil, 1)
    }
  }

  private static func endsWord(_ byte: UInt8) -> Bool {
    switch byte {
    case 0: return true
    case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"),
      UInt8(ascii: ";"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: ","),
      UInt8(ascii: "#"), UInt8(ascii: "\""):
      return true
    default:
      return false
    }
  }
}
