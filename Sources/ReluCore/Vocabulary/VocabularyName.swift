/// A name of the vocabulary (a command, a setting) with aliases, found by any
/// of them in any letter case.
package protocol VocabularyName: RawRepresentable<String>, CaseIterable, Sendable {
  /// Other words that mean this name.
  var aliases: [String] { get }
}

extension VocabularyName {
  /// The name called `word`, by its name or an alias, in any letter case.
  package init?(word: String) {
    let lowered = word.lowercased()
    guard
      let found = Self.allCases.first(where: {
        $0.rawValue == lowered || $0.aliases.contains(lowered)
      })
    else { return nil }
    self = found
  }

  /// Every word that names one: names, then aliases.
  package static var allWords: [String] {
    allCases.map(\.rawValue) + allCases.flatMap(\.aliases)
  }
}
