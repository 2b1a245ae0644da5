/// What `help` explains.
package enum HelpTopic: Sendable, Equatable {
  /// The list of commands.
  case index
  case command(CommandName)
  /// `help set alpha`, or `help alpha`.
  case setting(SettingName)
  /// `help relu`: formula, derivative, the convention at 0, range.
  case function(ActivationKind)
  /// `help terms` (or `help 术语`): the terms in English and Chinese.
  case terms

  /// The words that name the glossary, in either language.
  package static let termsNames = ["terms", "术语"]

  /// The topic a word names that is not a command, setting or function:
  /// `terms` in any letter case, or `术语`.
  package init?(word: String) {
    guard Self.termsNames.contains(word.lowercased()) else { return nil }
    self = .terms
  }
}
