extension Words {
  /// A paragraph of help: each language's lines, wrapped by hand to fit the
  /// help's 80 columns, joined with `\n` (the renderer indents each line).
  package static func lines(en: [String], zh: [String]) -> Words {
    Words(en: en.joined(separator: "\n"), zh: zh.joined(separator: "\n"))
  }

  /// The lines of this text in `language`: its form split at `\n`.
  package func lines(_ language: InterfaceLanguage) -> [String] {
    self(language).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }
}
