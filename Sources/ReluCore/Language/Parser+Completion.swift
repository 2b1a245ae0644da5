/// What Tab can put in place of the word being typed.
package struct CompletionCandidates: Sendable, Equatable {
  /// The part of the word already typed (empty after a blank).
  package var partial: String
  /// The words that fit there, in the vocabulary's order, without repeats.
  package var candidates: [String]
}

extension Parser {
  /// The completions of the last word of `text`, the line up to the cursor.
  ///
  /// The line is read by the ``Lexer`` (so quotes, `;` and `#` mean what they
  /// mean when the command runs); the command the cursor is in is walked
  /// through its ``Syntax`` up to the word being typed, and the words the
  /// syntax allows there are offered: command names first; setting names and
  /// their named values after `set`; the function names the command accepts;
  /// keywords such as `from`, `to`, `lr`, `random` and `seed` where they fit.
  /// Inside a string or a comment, where only a number, a file name or free
  /// text can come, or after an error, there is nothing to offer.
  /// - Complexity: O(line length + vocabulary size).
  package static func completions(in text: String) -> CompletionCandidates {
    let source = Source(name: "", text: text)
    var lexer = Lexer(source)
    var tokens = lexer.tokenize()
    tokens.removeLast()  // .end
    let none = CompletionCandidates(partial: "", candidates: [])
    let textEnd = source.bytes.count
    let lastEnd = tokens.last?.range.end ?? 0
    if source.bytes[lastEnd...].contains(UInt8(ascii: "#")) { return none }  // a comment
    if let last = tokens.last, case .invalid = last.kind { return none }  // an open string
    if let start = tokens.lastIndex(where: { $0.kind == .separator }) {
      tokens.removeFirst(start + 1)
    }
    var partial = ""
    if let last = tokens.last, last.range.end == textEnd {
      guard last.kind == .word else { return none }
      partial = last.text
      tokens.removeLast()
    }
    let end = Token(
      kind: .end, text: "", range: SourceRange(start: textEnd, end: textEnd))
    let offered: [String]
    if let head = tokens.first {
      guard head.kind == .word, let name = CommandName(word: head.text) else { return none }
      var parser = Parser(source, tokens: tokens + [end], completing: true)
      parser.index = 1
      do {
        _ = try parser.arguments(of: name)
        offered = parser.atEnd ? parser.candidates : []
      } catch {
        guard case .completion = error else { return none }
        offered = parser.candidates
      }
    } else {
      offered = CommandName.allCases.map(\.rawValue)
    }
    let prefix = partial.lowercased()
    var seen: Set<String> = []
    let fitting = offered.filter { $0.lowercased().hasPrefix(prefix) && seen.insert($0).inserted }
    return CompletionCandidates(partial: partial, candidates: fitting)
  }
}
