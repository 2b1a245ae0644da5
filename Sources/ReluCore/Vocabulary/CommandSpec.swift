/// What one command is: its other names, its syntax and its help.
///
/// Usage text is made from the syntax, so it cannot drift from what the parser
/// accepts. Immutable, and a class so that reading a spec from the table (the
/// parser does for every command) shares it instead of copying every field.
package final class CommandSpec: Sendable {
  /// Other names that run the same command.
  package let aliases: [String]
  /// The arguments after the name.
  package let syntax: Syntax
  /// One line: what the command does.
  package let summary: Words
  /// Further paragraphs: arguments, defaults, conventions.
  ///
  /// A paragraph may hold several lines (`\n`); each language wraps its own.
  package let details: [Words]
  /// Commands to copy and try.
  package let examples: [String]

  package init(
    aliases: [String] = [], syntax: Syntax = .sequence([]), summary: Words,
    details: [Words] = [], examples: [String]
  ) {
    self.aliases = aliases
    self.syntax = syntax
    self.summary = summary
    self.details = details
    self.examples = examples
  }
}

extension CommandName {
  /// The full syntax: `decay F from A to B [lr ETA]`.
  package var usage: String {
    ([rawValue] + spec.syntax.parts.map(\.usage)).joined(separator: " ")
  }

  /// The syntax in a few words, for the command index: trailing optional
  /// parts give way to `...` while the line, `...` included, is long.
  package var synopsis: String {
    var parts = spec.syntax.parts
    var elided = false
    while let last = parts.last, last.canBeEmpty,
      ([rawValue] + parts.map(\.briefUsage)).joined(separator: " ").count + (elided ? 4 : 0)
        > Self.synopsisWidth
    {
      parts.removeLast()
      elided = true
    }
    return ([rawValue] + parts.map(\.briefUsage) + (elided ? ["..."] : [])).joined(separator: " ")
  }

  /// How long a synopsis may be before its optional parts are elided.
  private static let synopsisWidth = 24
}
