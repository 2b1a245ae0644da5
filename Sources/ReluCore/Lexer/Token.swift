/// A lexical unit of the command language.
package struct Token: Sendable, Equatable {
  package enum Kind: Sendable, Equatable {
    /// A run of characters that are not blanks, brackets, commas, `;`, `#` or quotes:
    /// a command name, a keyword, a number, a path.
    case word
    /// A double-quoted string; `text` holds its unescaped contents.
    case string
    case leftBracket
    case rightBracket
    case comma
    /// `;` or a line break: the end of a command.
    case separator
    /// The end of the source.
    case end
    /// Text the lexer could not read (an unterminated string, a bad escape);
    /// it carries the message the parser reports.
    case invalid(Words)
  }

  package var kind: Kind
  /// The word itself, a string's contents, or the punctuation.
  package var text: String
  package var range: SourceRange
}
