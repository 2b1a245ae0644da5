import ReluCore

/// Tab completion of the word before the cursor.
///
/// The lab knows only where the command under the cursor starts (after the
/// last `;` outside quotes) and where its words split (at spaces); which words
/// may come next is ReluCore's knowledge: ``CommandCatalog/completions(after:)``.
/// Inside a string or a comment there is nothing to complete.
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
    guard let commandStart = Self.commandStart(characters, before: cursor) else {
      return Completion(range: cursor..<cursor, candidates: [])
    }
    var start = cursor
    while start > commandStart, characters[start - 1] != " " { start -= 1 }
    let word = String(characters[start..<cursor])
    let before = characters[commandStart..<start].split(separator: " ").map { String($0) }
    var seen: Set<String> = []
    let candidates = CommandCatalog.completions(after: before).filter {
      $0.hasPrefix(word) && seen.insert($0).inserted
    }
    return Completion(range: start..<cursor, candidates: candidates)
  }

  /// Where the command holding position `cursor` starts: after the last `;`
  /// before it that is outside quotes; nil when `cursor` is inside a string or
  /// a comment.
  private static func commandStart(_ characters: [Character], before cursor: Int) -> Int? {
    var start = 0
    var inString = false
    var index = 0
    while index < cursor {
      switch characters[index] {
      case "\\" where inString: index += 1  // an escape: skip the next character
      case "\"": inString.toggle()
      case ";" where !inString: start = index + 1
      case "#" where !inString: return nil
      default: break
      }
      index += 1
    }
    return inString ? nil : start
  }
}
