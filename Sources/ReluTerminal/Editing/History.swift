/// The commands entered, for Up and Down, newest last.
///
/// Consecutive duplicates and blank lines are not recorded; the oldest entries go
/// once there are more than ``limit``. Browsing keeps the line being typed, so
/// Down past the newest entry gives it back; with text typed, Up and Down
/// show only the entries that start with it.
package struct History: Sendable, Equatable {
  /// The entries, oldest first.
  package private(set) var entries: [String]
  /// The most entries kept.
  package let limit: Int
  /// The entry shown while browsing, or nil when not browsing.
  package private(set) var position: Int?
  /// The line that was being typed when browsing began.
  private var draft = ""

  package init(entries: [String] = [], limit: Int = 1000) {
    self.limit = max(1, limit)
    self.entries = []
    for entry in entries { record(entry) }
  }

  /// Records an entered line and stops browsing.
  /// - Returns: Whether the line was recorded (false for blanks and repeats).
  @discardableResult
  package mutating func add(_ line: String) -> Bool {
    position = nil
    draft = ""
    return record(line)
  }

  /// The entry before the one shown (Up), or nil at the oldest.
  ///
  /// The text typed when browsing began is the draft; when it is not empty,
  /// only entries that start with it (and differ from it) are shown.
  /// - Parameter current: The text on the input line, kept as the draft when
  ///   browsing begins.
  /// - Returns: The entry to show, or nil when there is none further back.
  /// - Complexity: O(entries skipped).
  package mutating func previous(current: String) -> String? {
    if position == nil { draft = current }
    var index = position ?? entries.count
    while index > 0 {
      index -= 1
      if matchesDraft(entries[index]) {
        position = index
        return entries[index]
      }
    }
    return nil
  }

  /// The entry after the one shown (Down) that starts with the draft: the
  /// draft itself after the newest, nil when not browsing.
  package mutating func next() -> String? {
    guard var index = position else { return nil }
    while index + 1 < entries.count {
      index += 1
      if matchesDraft(entries[index]) {
        position = index
        return entries[index]
      }
    }
    position = nil
    return draft
  }

  private func matchesDraft(_ entry: String) -> Bool {
    draft.isEmpty || (entry.hasPrefix(draft) && entry != draft)
  }

  /// Stops browsing (the line was edited or cleared).
  package mutating func stopBrowsing() {
    position = nil
    draft = ""
  }

  @discardableResult
  private mutating func record(_ line: String) -> Bool {
    let entry = String(line.filter { $0 != "\n" && $0 != "\r" })
    guard entry.contains(where: { !$0.isWhitespace }), entry != entries.last else { return false }
    entries.append(entry)
    if entries.count > limit { entries.removeFirst(entries.count - limit) }
    return true
  }
}
