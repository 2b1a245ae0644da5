/// A failure at a place in a source: what went wrong, and where.
package struct CommandError: Error, Sendable, Equatable {
  /// One sentence for a person, starting lower-case, without a final period.
  package var message: Words
  /// The bytes the error points at.
  package var range: SourceRange

  package init(_ message: Words, at range: SourceRange) {
    self.message = message
    self.range = range
  }
}

/// A ``CommandError`` resolved against its source: file, line, column and the
/// line's text, ready to show.
package struct Diagnostic: Error, Sendable, Equatable {
  package var message: String
  /// The source's name: a file path, `-e`, `<stdin>`.
  package var file: String
  /// 1-based line.
  package var line: Int
  /// 1-based column, in characters.
  package var column: Int
  /// The offending line, with control characters escaped.
  package var lineText: String
  /// How many columns the caret marker spans (at least 1).
  package var markerLength: Int
  /// Columns of display before the caret (wide characters count 2).
  package var markerOffset: Int
  /// The language of `message`, which the headline's `error:` follows.
  package var language: InterfaceLanguage

  /// The error in `language`, placed in `source`.
  package init(_ error: CommandError, in source: Source, language: InterfaceLanguage) {
    message = VisibleText.escaped(error.message(language))
    self.language = language
    file = source.name
    (line, column) = source.position(of: error.range.start)
    let raw = source.lineText(line)
    lineText = VisibleText.escaped(raw)
    let prefix = String(raw.prefix(column - 1))
    markerOffset = DisplayWidth.of(VisibleText.escaped(prefix))
    let (endLine, endColumn) = source.position(of: error.range.end)
    if endLine == line, endColumn > column {
      let marked = String(raw.dropFirst(column - 1).prefix(endColumn - column))
      markerLength = max(1, DisplayWidth.of(VisibleText.escaped(marked)))
    } else {
      markerLength = 1
    }
  }
}
