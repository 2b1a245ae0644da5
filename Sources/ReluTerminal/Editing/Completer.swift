/// Tab completion of the word before the cursor from plain word lists.
///
/// The first word of a line is a command; the word after `set` is a setting;
/// the word after `help` is a command or a setting; any other word is a
/// function name (or a setting, for commands such as `show` that take one).
package struct Completer: Sendable, Equatable {
  /// Command names: `set`, `feed`, `plot`...
  package var commands: [String]
  /// Setting names: `alpha`, `lr`...
  package var settings: [String]
  /// Function names: `relu`, `leaky`...
  package var functions: [String]

  package init(commands: [String], settings: [String], functions: [String]) {
    self.commands = commands
    self.settings = settings
    self.functions = functions
  }

  /// What Tab can do at a cursor position.
  package struct Completion: Sendable, Equatable {
    /// The characters of the word being completed, as positions in the line.
    package var range: Range<Int>
    /// The matching words, sorted, without repeats.
    package var candidates: [String]

    /// The longest text every candidate starts with.
    package var commonPrefix: String {
      guard var prefix = candidates.first else { return "" }
      for candidate in candidates.dropFirst() {
        while !candidate.hasPrefix(prefix) { prefix.removeLast() }
      }
      return prefix
    }
  }

  /// The completions of the word ending at `cursor` in `characters`.
  /// - Complexity: O(vocabulary size + line length).
  package func complete(_ characters: [Character], cursor: Int) -> Completion {
    let cursor = min(max(0, cursor), characters.count)
    var start = cursor
    while start > 0, characters[start - 1] != " " { start -= 1 }
    let word = String(characters[start..<cursor])
    let before = String(characters[..<start]).split(separator: " ").map(String.init)
    let vocabulary: [String]
    switch before.first {
    case nil: vocabulary = commands
    case "set": vocabulary = before.count == 1 ? settings : functions
    case "help": vocabulary = commands + settings
    default: vocabulary = functions + settings
    }
    let candidates = Set(vocabulary.filter { $0.hasPrefix(word) }).sorted()
    return Completion(range: start..<cursor, candidates: candidates)
  }
}
