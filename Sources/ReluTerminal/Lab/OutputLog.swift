/// The output pane's lines, newest last, and how far it is scrolled back.
package struct OutputLog: Sendable, Equatable {
  /// One line of output with its role.
  package struct Line: Sendable, Equatable {
    package var text: String
    package var role: ColorRole

    package init(_ text: String, role: ColorRole = .plain) {
      self.text = text
      self.role = role
    }
  }

  /// The lines, oldest first.
  package private(set) var lines: [Line] = []
  /// The most lines kept; older ones go.
  package let limit: Int
  /// How many screen rows the view is scrolled back from the newest (0: following).
  package private(set) var scrollBack = 0

  package init(limit: Int = 5000) {
    self.limit = max(1, limit)
  }

  /// Adds lines and returns the view to the newest.
  package mutating func append(_ new: [Line]) {
    lines += new.map { Line($0.text.replacingTabs(), role: $0.role) }
    if lines.count > limit { lines.removeFirst(lines.count - limit) }
    scrollBack = 0
  }

  /// Adds one line.
  package mutating func append(_ text: String, role: ColorRole = .plain) {
    append([Line(text, role: role)])
  }

  /// Scrolls back (positive) or forward (negative) by `rows`, within what there is.
  /// - Parameters:
  ///   - rows: Screen rows to move.
  ///   - width: The pane's width, which decides how lines wrap.
  ///   - height: The pane's height.
  package mutating func scroll(by rows: Int, width: Int, height: Int) {
    let total = wrappedRowCount(width: width, limit: scrollBack + rows + height)
    scrollBack = min(max(0, scrollBack + rows), max(0, total - height))
  }

  /// The rows a `width` x `height` pane shows: wrapped lines, the newest last
  /// unless scrolled back; fewer than `height` while the log is short.
  /// - Complexity: O(rows shown + scroll-back), not O(all lines).
  package func visibleRows(width: Int, height: Int) -> [Line] {
    guard width > 0, height > 0 else { return [] }
    var rows: [Line] = []
    let needed = height + scrollBack
    for line in lines.reversed() {
      let wrapped = TextWrap.rows(line.text, columns: width)
      rows.insert(contentsOf: wrapped.map { Line($0, role: line.role) }, at: 0)
      if rows.count >= needed { break }
    }
    let end = max(0, rows.count - scrollBack)
    let start = max(0, end - height)
    return Array(rows[start..<end])
  }

  /// Whether the view is scrolled back from the newest line.
  package var isScrolledBack: Bool { scrollBack > 0 }

  private func wrappedRowCount(width: Int, limit: Int) -> Int {
    var count = 0
    for line in lines.reversed() {
      count += TextWrap.rows(line.text, columns: max(1, width)).count
      if count >= limit { break }
    }
    return count
  }
}

extension String {
  fileprivate func replacingTabs() -> String {
    contains("\t") ? String(map { $0 == "\t" ? " " : $0 }) : self
  }
}
