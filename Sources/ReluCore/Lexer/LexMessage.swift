/// The lexer's errors: text it cannot read.
package enum LexMessage: MessageCatalogue, Equatable {
  /// A backslash in a string followed by anything but `"`, `\`, `n` or `t`.
  case unknownEscape
  /// A string without its closing `quote` on its line.
  case unterminatedString(quote: String)
  /// A NUL byte, anywhere.
  case nulByte

  package var words: Words {
    switch self {
    case .unknownEscape:
      Words(
        en: "unknown escape in a string (use \\\", \\\\, \\n or \\t)",
        zh: "字符串里有未知的转义（可用 \\\"、\\\\、\\n 或 \\t）")
    case .unterminatedString(let quote):
      Words(
        en: "unterminated string: add a closing \(quote)",
        zh: "字符串没有结束：请在末尾补上 \(quote)")
    case .nulByte:
      Words(en: "a NUL byte cannot be part of a command", zh: "命令里不能有 NUL 字节")
    }
  }

  package static var samples: [LexMessage] {
    [.unknownEscape, .unterminatedString(quote: "\""), .nulByte]
  }
}
