import ReluCore

/// The output pane's lines, newest last, and how far it is scrolled back.
///
/// Each line is wrapped once for the pane's width and the rows are kept, so a
/// frame costs the rows it shows, however long the lines or the log are.
package struct OutputLog: Sendable, Equatable {
  /// One line of output with its role.
  package struct Line: Sendable, Equatable {
    package var text: String
    package var role: ColorRole

    package init(_ text: String, role: ColorRole = .plain) {
      self.text = text
      self.role = role
    }

    /// The markers a lesson's words start with in the output pane.
    package static let sayMarkers = ["» ", "> "]

    /// Where the line's continuation rows start: under the words after a
    /// say marker, else two columns further in than the line, so that a
    /// continuation never reads as a line of its own.
    package var hangingIndent: Int {
      if role == .say && Self.sayMarkers.contains(where: text.hasPrefix) { return 2 }
      return text.prefix { $0 == " " }.count + 2
    }

    /// The line's rows at `width` columns.
    package func rows(width: Int) -> [String] {
      TextWrap.rows(text, columns: width, hangingIndent: hangingIndent)
    }
  }

  /// The lines, oldest first.
  package private(set) var lines: [Line] = []
  /// The language of what the log itself says (a cut line's note).
  package var language = InterfaceLanguage.en
  /// The most lines kept; older ones go.
  package let limit: Int
  /// The most bytes of text kept (UTF-8, the lines' texts; their wrapped rows
  /// take about as much again): older lines go first, and one line longer
  /// than ``lineByteLimit`` is cut.
  package let byteLimit: Int
  /// The bytes of text the kept lines hold now.
  package private(set) var byteCount = 0
  /// How many screen rows the view is scrolled back from the newest (0: following).
  package private(set) var scrollBack = 0
  /// Each line's rows as last wrapped, with the width they were wrapped for
  /// (parallel to `lines`).
  private var wrapped: [WrappedRows?] = []
  /// The width new lines are wrapped for as they arrive: the pane's, from
  /// the last ``wrap(width:height:)``; 0 before the first.
  package private(set) var width = 0
  /// How many times a line has been wrapped into kept rows (to check that
  /// frames reuse them).
  package private(set) var wrappedLines = 0

  /// A line's rows at one width.
  private struct WrappedRows: Sendable {
    var width: Int
    var rows: [String]
  }

  /// The default ``byteLimit``: 8 MiB of text.
  package static let defaultByteLimit = 8 << 20
  /// The longest line kept whole, in bytes; a longer one keeps its start and
  /// says how much was left out.
  package static let lineByteLimit = 256 << 10

  package init(limit: Int = 5000, byteLimit: Int = OutputLog.defaultByteLimit) {
    self.limit = max(1, limit)
    self.byteLimit = max(Self.lineByteLimit * 2, byteLimit)
  }

  /// Adds lines and returns the view to the newest.
  package mutating func append(_ new: [Line]) {
    for line in new {
      let text = Self.shortened(line.text, language: language).replacingTabs()
      byteCount += text.utf8.count
      lines.append(Line(text, role: line.role))
      if width > 0 {
        let rows = Line(text, role: line.role).rows(width: width)
        wrapped.append(WrappedRows(width: width, rows: rows))
        wrappedLines += 1
      } else {
        wrapped.append(nil)
      }
    }
    var drop = max(0, lines.count - limit)
    var bytes = byteCount
    for index in lines.indices.prefix(drop) { bytes -= lines[index].text.utf8.count }
    while bytes > byteLimit, drop < lines.count - 1 {
      bytes -= lines[drop].text.utf8.count
      drop += 1
    }
    if drop > 0 {
      lines.removeFirst(drop)
      wrapped.removeFirst(drop)
      byteCount = bytes
    }
    scrollBack = 0
  }

  /// `text`, or when it is longer than ``lineByteLimit`` bytes its start
  /// (whole characters) and how much was left out.
  static func shortened(_ text: String, language: InterfaceLanguage = .en) -> String {
    let total = text.utf8.count
    guard total > lineByteLimit else { return text }
    var kept = 0
    var end = text.startIndex
    for character in text {
      let size = character.utf8.count
      guard kept + size <= lineByteLimit else { break }
      kept += size
      end = text.index(after: end)
    }
    return text[..<end] + LabMessage.moreBytes(count: total - kept).words(language)
  }

  /// Wraps the lines a `width` x `height` pane shows, once for that width.
  ///
  /// The rows are kept, so ``visibleRows(width:height:)`` only reads them, and
  /// later lines are wrapped as they arrive. Call it before each frame: lines
  /// already wrapped for `width` are not wrapped again.
  /// - Complexity: O(rows shown + scroll-back) when the width is unchanged.
  package mutating func wrap(width: Int, height: Int) {
    guard width > 0 else { return }
    self.width = width
    var count = 0
    for index in lines.indices.reversed() {
      count += cachedRows(at: index, width: width).count
      if count >= height + scrollBack { break }
    }
  }

  /// Equal when they hold the same lines, limits and scroll position (the
  /// wrapped rows are a cache).
  package static func == (lhs: OutputLog, rhs: OutputLog) -> Bool {
    lhs.lines == rhs.lines && lhs.limit == rhs.limit && lhs.byteLimit == rhs.byteLimit
      && lhs.scrollBack == rhs.scrollBack
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
    var total = 0
    for index in lines.indices.reversed() {
      total += cachedRows(at: index, width: max(1, width)).count
      if total >= scrollBack + rows + height { break }
    }
    scrollBack = min(max(0, scrollBack + rows), max(0, total - height))
  }

  /// The rows a `width` x `height` pane shows: wrapped lines, the newest last
  /// unless scrolled back; fewer than `height` while the log is short.
  /// - Complexity: O(rows shown + scroll-back), not O(all lines).
  package func visibleRows(width: Int, height: Int) -> [Line] {
    guard width > 0, height > 0 else { return [] }
    let needed = height + scrollBack
    // Newest first, only the rows needed: a long line costs what it shows.
    var pieces: [[Line]] = []
    var count = 0
    for index in lines.indices.reversed() where count < needed {
      let role = lines[index].role
      let wrapped = rows(at: index, width: width).suffix(needed - count)
      pieces.append(wrapped.map { Line($0, role: role) })
      count += wrapped.count
    }
    let shown = Array(pieces.reversed().joined())
    let end = max(0, shown.count - scrollBack)
    let start = max(0, end - height)
    return Array(shown[start..<end])
  }

  /// Whether the view is scrolled back from the newest line.
  package var isScrolledBack: Bool { scrollBack > 0 }

  /// Line `index`'s rows at `width`: the kept ones when they were wrapped for
  /// it, else wrapped now.
  private func rows(at index: Int, width: Int) -> [String] {
    if let kept = wrapped[index], kept.width == width { return kept.rows }
    return lines[index].rows(width: width)
  }

  /// Line `index`'s rows at `width`, kept for the next frame.
  private mutating func cachedRows(at index: Int, width: Int) -> [String] {
    if let kept = wrapped[index], kept.width == width { return kept.rows }
    let rows = lines[index].rows(width: width)
    wrapped[index] = WrappedRows(width: width, rows: rows)
    wrappedLines += 1
    return rows
  }
}

extension String {
  fileprivate func replacingTabs() -> String {
    contains("\t") ? String(map { $0 == "\t" ? " " : $0 }) : self
  }
}
