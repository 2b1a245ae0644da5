/// The names of a vocabulary by every word that names them, for the parser's
/// look-ups: the same answer as `Name(word:)`, from one dictionary look-up
/// instead of a walk over every name and its aliases.
struct WordTable<Name: VocabularyName>: Sendable {
  private let names: [String: Name]

  /// A table of every name and alias of `Name`; where two names share a
  /// word, the first in `allCases` keeps it, as `Name(word:)` finds it.
  /// - Complexity: O(n) in the number of words.
  init() {
    var names: [String: Name] = [:]
    for name in Name.allCases {
      // A word with capitals can never match: `Name(word:)` lowercases first.
      for word in [name.rawValue] + name.aliases where word == word.lowercased() {
        if names[word] == nil { names[word] = name }
      }
    }
    self.names = names
  }

  /// The name called `word` (in any letter case), as `Name(word:)` finds it.
  func name(_ word: String) -> Name? {
    names[word] ?? names[word.lowercased()]
  }
}

extension Parser {
  /// Commands by name and alias.
  static let commandNames = WordTable<CommandName>()
  /// Settings by name and alias.
  static let settingNames = WordTable<SettingName>()
}
