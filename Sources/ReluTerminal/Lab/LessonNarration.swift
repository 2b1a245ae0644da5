import ReluCore

/// What a lesson says on its way to the pause it waits at: its `say` and
/// `title` lines since the previous pause and the pause's own text, pinned
/// in a box above the output pane (``LabLayout/narration``) so the words that
/// explain the screen stay on it while the output scrolls.
///
/// The output pane meanwhile shows ``output``: the log without these words,
/// which the box holds. When the lesson goes on they join the log where they
/// were said.
package struct LessonNarration: Sendable, Equatable {
  /// The box's title: the lesson's title at the pause.
  package var title: String
  /// The words, oldest first: titles as headings, `say` and the pause's text.
  package var lines: [OutputLog.Line]
  /// The output pane while the box is shown.
  package var output: OutputLog
  /// How many rows the box is scrolled back from its end (0: the words
  /// next to the pause are shown).
  package private(set) var scrollBack = 0

  package init(title: String, lines: [OutputLog.Line], output: OutputLog) {
    self.title = title
    self.lines = lines
    self.output = output
  }

  /// The words wrapped to `width` columns.
  package func rows(width: Int) -> [OutputLog.Line] {
    lines.flatMap { line in
      TextWrap.rows(line.text, columns: width).map { OutputLog.Line($0, role: line.role) }
    }
  }

  /// The rows a box `width` x `height` shows: its end unless scrolled back,
  /// and whether rows before or after them are left out.
  package func visibleRows(width: Int, height: Int) -> (
    rows: [OutputLog.Line], earlier: Bool, later: Bool
  ) {
    let all = rows(width: width)
    guard height > 0 else { return ([], !all.isEmpty, false) }
    let end = max(min(all.count, height), all.count - scrollBack)
    let start = max(0, end - height)
    return (Array(all[start..<end]), start > 0, end < all.count)
  }

  /// Scrolls the box back (positive) or on (negative) by `rows`, within
  /// what its `width` x `height` leaves out.
  package mutating func scroll(by rows: Int, width: Int, height: Int) {
    let hidden = max(0, self.rows(width: width).count - height)
    scrollBack = min(max(0, scrollBack + rows), hidden)
  }
}
