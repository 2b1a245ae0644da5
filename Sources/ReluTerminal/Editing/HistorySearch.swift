/// Ctrl-R: an incremental search backwards through the history, as in a shell.
///
/// Each character typed narrows the search; Ctrl-R again finds the next older
/// entry that contains the query. The line as it was before the search is
/// kept, so Esc or Ctrl-G can put it back.
package struct HistorySearch: Sendable, Equatable {
  /// What has been typed to search for.
  package private(set) var query = ""
  /// The index in the history of the entry found, or nil when none is (yet).
  package private(set) var matchIndex: Int?
  /// Whether the last change found nothing (the previous match stays shown).
  package private(set) var failed = false
  /// The input line as it was when the search began.
  package let original: LineEditor

  package init(original: LineEditor) {
    self.original = original
  }

  /// The entry found in `entries`, if any.
  package func match(in entries: [String]) -> String? {
    guard let matchIndex, entries.indices.contains(matchIndex) else { return nil }
    return entries[matchIndex]
  }

  /// Adds text to the query and searches from the current match backwards
  /// (the current match stays if it still contains the query).
  /// - Complexity: O(entries searched x entry length).
  package mutating func type(_ text: String, in entries: [String]) {
    query += text
    find(in: entries, from: matchIndex ?? entries.count - 1)
  }

  /// Removes the query's last character and searches again from the newest entry.
  package mutating func deleteBackward(in entries: [String]) {
    guard !query.isEmpty else { return }
    query.removeLast()
    matchIndex = nil
    find(in: entries, from: entries.count - 1)
  }

  /// Ctrl-R again: the next older entry containing the query.
  package mutating func older(in entries: [String]) {
    let start = (matchIndex ?? entries.count) - 1
    find(in: entries, from: start)
  }

  /// Searches from index `start` down to the oldest.
  ///
  /// An empty query matches every entry. When nothing is found the match
  /// stays as it was.
  private mutating func find(in entries: [String], from start: Int) {
    var index = min(start, entries.count - 1)
    while index >= 0 {
      if query.isEmpty || entries[index].contains(query) {
        matchIndex = index
        failed = false
        return
      }
      index -= 1
    }
    failed = true
  }
}
