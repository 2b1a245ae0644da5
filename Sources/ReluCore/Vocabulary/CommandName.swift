/// Every command of the language, by its canonical name.
///
/// The enum is the one list of commands: ``CommandName/spec`` gives each its
/// description (aliases, syntax, help), and every switch over commands is
/// exhaustive, so a new command is a new case plus what the compiler then asks
/// for (its spec, how it is built, run and rendered).
package enum CommandName: String, Sendable, Hashable, CaseIterable {
  case set
  case show
  case use
  case feed
  case backward
  case forward
  case plot
  case decay
  case step
  case run
  case reset
  case compare
  case export
  case load
  case say
  case title
  case pause
  case lesson
  case record
  case help
  case quit

  /// The command called `word`, by its name or an alias, in any letter case.
  package init?(word: String) {
    let lowered = word.lowercased()
    guard
      let found = Self.allCases.first(where: {
        $0.rawValue == lowered || $0.spec.aliases.contains(lowered)
      })
    else { return nil }
    self = found
  }

  /// Every word that names a command: names, then aliases.
  package static var allWords: [String] {
    allCases.map(\.rawValue) + allCases.flatMap(\.spec.aliases)
  }
}
