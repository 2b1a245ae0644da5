/// Splits a ``Source`` into ``Token``s.
///
/// `#` starts a comment that runs to the end of the line (outside quotes).
/// Blanks separate words; `[`, `]`, `,` and `;` stand alone; a line break
/// (`\n` or `\r\n`) or `;` ends a command. Strings are double-quoted with the escapes `\"`, `\\`,
/// `\n` and `\t`. A NUL byte, anywhere (in a comment too), is an error at
/// its place.
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

  private var bytes: [UInt8] { source.bytes }

  private mutating func next() throws(CommandError) -> Token? {
    skipBlanksAndComments()
    guard offset < bytes.count else { return nil }
    let start = offset
    let byte = bytes[offset]
    func single(_ kind: Token.Kind) -> Token {
      offset += 1
      return Token(
        kind: kind, text: String(UnicodeScalar(byte)),
        range: SourceRange(start: start, end: start + 1))
    }
    switch byte {
    case UInt8(ascii: "\n"), UInt8(ascii: ";"): return single(.separator)
    case UInt8(ascii: "\r"):  // only before "\n": a CRLF line end, one separator
      offset += 2
      return Token(kind: .separator, text: "\n", range: SourceRange(start: start, end: offset))
    case UInt8(ascii: "["): return single(.leftBracket)
    case UInt8(ascii: "]"): return single(.rightBracket)
    case UInt8(ascii: ","): return single(.comma)
    case UInt8(ascii: "\""): return try string()
    case 0:
      offset += 1
      throw Self.nulByte(at: start)
    default:
      while offset < bytes.count, !Self.endsWord(bytes[offset]) { offset += 1 }
      let range = SourceRange(start: start, end: offset)
      return Token(kind: .word, text: source.slice(range), range: range)
    }
  }

  private mutating func skipBlanksAndComments() {
    while offset < bytes.count {
      let byte = bytes[offset]
      let crlf =
        byte == UInt8(ascii: "\r") && offset + 1 < bytes.count
        && bytes[offset + 1] == UInt8(ascii: "\n")
      if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
        || (byte == UInt8(ascii: "\r") && !crlf)
      {
        offset += 1
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

  private mutating func string() throws(CommandError) -> Token {
    let start = offset
    offset += 1
    var contents: [UInt8] = []
    while offset < bytes.count {
      let byte = bytes[offset]
      if byte == UInt8(ascii: "\"") {
        offset += 1
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
            untranslated: "unknown escape in a string (use \\\", \\\\, \\n or \\t)",
            at: SourceRange(start: offset, end: offset + 2))
        }
        offset += 2
        continue
      }
      contents.append(byte)
      offset += 1
    }
    throw CommandError(
      untranslated: "unterminated string: add a closing \"",
      at: SourceRange(start: start, end: start + 1))
  }

  /// The error for a NUL byte at `offset`: never part of a command.
  private static func nulByte(at offset: Int) -> CommandError {
    CommandError(
      untranslated: "a NUL byte cannot be part of a command",
      at: SourceRange(start: offset, end: offset + 1))
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
