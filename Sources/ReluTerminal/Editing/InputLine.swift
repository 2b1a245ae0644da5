/// The input line as a whole: the text being edited, its history and Tab
/// completion, driven by ``LabAction``s.
package struct InputLine: Sendable {
  package private(set) var editor = LineEditor()
  package private(set) var history: History
  package var completer: Completer
  /// The Ctrl-R search under way, if any; the editor shows its match.
  package private(set) var search: HistorySearch?
  /// The words a repeated Tab cycles through, and which one is shown.
  private var cycle: (range: Range<Int>, candidates: [String], index: Int)?

  package init(history: History, completer: Completer = Completer()) {
    self.history = history
    self.completer = completer
  }

  /// The line's text.
  package var text: String { editor.text }

  /// Applies an edit.
  package mutating func apply(_ edit: EditAction) {
    cycle = nil
    history.stopBrowsing()
    switch edit {
    case .insert(let text): editor.insert(text)
    case .left: editor.moveLeft()
    case .right: editor.moveRight()
    case .home: editor.moveToStart()
    case .end: editor.moveToEnd()
    case .wordLeft: editor.moveWordLeft()
    case .wordRight: editor.moveWordRight()
    case .backspace: editor.deleteBackward()
    case .delete: editor.deleteForward()
    case .killToEnd: editor.killToEnd()
    case .killToStart: editor.killToStart()
    case .killWord: editor.killWordBackward()
    case .yank: editor.yank()
    }
  }

  /// Up: shows the previous history entry.
  package mutating func historyPrevious() {
    cycle = nil
    if let entry = history.previous(current: editor.text) { editor.set(entry) }
  }

  /// Down: shows the next history entry, or what was being typed.
  package mutating func historyNext() {
    cycle = nil
    if let entry = history.next() { editor.set(entry) }
  }

  /// Enter: empties the line, records it in the history and returns it.
  package mutating func submit() -> String {
    cycle = nil
    search = nil
    let line = editor.text
    history.add(line)
    editor.clear()
    return line
  }

  /// Empties the line (Ctrl-C).
  package mutating func clear() {
    cycle = nil
    search = nil
    history.stopBrowsing()
    editor.clear()
  }

  /// What a key did to a history search.
  package enum SearchOutcome: Sendable, Equatable {
    /// The search took it (narrowed, went older, or was called off).
    case handled
    /// Enter: the match is on the line; run it.
    case submit
    /// Another key: the match stays on the line and the key does its usual job.
    case passOn
  }

  /// Ctrl-R: starts a search backwards through the history, or, during one,
  /// finds the next older match.
  package mutating func searchHistory() {
    cycle = nil
    history.stopBrowsing()
    if search == nil {
      search = HistorySearch(original: editor)
    } else {
      search?.older(in: history.entries)
    }
    showMatch()
  }

  /// A key during a search: characters narrow it, Backspace widens it,
  /// Ctrl-R goes older, Enter runs the match, Esc, Ctrl-G or Ctrl-C put the
  /// line back as it was; any other key keeps the match on the line and does
  /// its usual job.
  package mutating func handleSearch(_ key: Key) -> SearchOutcome {
    guard var current = search else { return .passOn }
    switch key {
    case .character(let character):
      current.type(String(character), in: history.entries)
    case .backspace, .control("h"):
      current.deleteBackward(in: history.entries)
    case .control("r"):
      current.older(in: history.entries)
    case .escape, .control("g"), .control("c"):
      editor = current.original
      search = nil
      return .handled
    case .enter:
      search = nil
      return .submit
    case .resize:
      return .handled
    default:
      search = nil
      return .passOn
    }
    search = current
    showMatch()
    return .handled
  }

  /// Ends a search, keeping its match on the line (a paste arrived).
  package mutating func acceptSearch() {
    search = nil
  }

  private mutating func showMatch() {
    guard let search else { return }
    editor.set(search.match(in: history.entries) ?? search.original.text)
  }

  /// Tab.
  ///
  /// One candidate: completes it and adds a space (a word already complete
  /// just gets its space). Several: completes their common prefix and returns
  /// them to show; Tab again cycles through them, still showing them.
  /// - Returns: The candidates to show, or an empty array.
  package mutating func complete() -> [String] {
    if var cycle {
      cycle.index = (cycle.index + 1) % cycle.candidates.count
      editor.replace(cycle.range, with: cycle.candidates[cycle.index])
      cycle.range = cycle.range.lowerBound..<editor.cursor
      self.cycle = cycle
      return cycle.candidates
    }
    let completion = completer.complete(editor.characters, cursor: editor.cursor)
    switch completion.candidates.count {
    case 0:
      return []
    case 1:
      let followedBySpace =
        editor.cursor < editor.characters.count && editor.characters[editor.cursor] == " "
      editor.replace(completion.range, with: completion.candidates[0])
      if followedBySpace { editor.moveRight() } else { editor.insert(" ") }
      return []
    default:
      let prefix = completion.commonPrefix
      editor.replace(completion.range, with: prefix)
      // The next Tab shows the candidate after the one typed in full, or the
      // first one.
      cycle = (
        completion.range.lowerBound..<editor.cursor, completion.candidates,
        completion.candidates.firstIndex(of: prefix) ?? completion.candidates.count - 1
      )
      return completion.candidates
    }
  }
}
