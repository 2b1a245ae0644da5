import ReluCore

/// Tab completion of the word before the cursor.
///
/// Which words may come next is ReluCore's knowledge:
/// ``Parser/completions(in:)`` reads the line as the language does. The lab
/// only turns the word being typed into positions in the line.
package struct Completer: Sendable, Equatable {
  package init() {}

  /// What Tab can do at a cursor position.
  package struct Completion: Sendable, Equatable {
    /// The characters of the word being completed, as positions in the line.
    package var range: Range<Int>
    /// The words that fit, in the catalog's order, without repeats.
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
  /// - Complexity: O(line length + vocabulary size).
  package func complete(_ characters: [Character], cursor: Int) -> Completion {
    let cursor = min(max(0, cursor), characters.count)
    let found = Parser.completions(in: String(characters[..<cursor]))
    let start = cursor - found.partial.count
    return Completion(range: start..<cursor, candidates: found.candidates)
  }
}
