import ReluCore

/// The pager `help` opens in the lab: the help text from its top, with its own
/// scroll keys and a last row that says where it stands and how to close it.
///
/// Pure: it holds the lines and the first row shown; the renderer asks it for
/// the rows of a pane of a given size.
package struct HelpViewer: Sendable, Equatable {
  /// The lines, unwrapped, with their roles.
  package let lines: [OutputLog.Line]
  /// The same text for a pane narrower than ``twoColumnWidth``, its tables
  /// in one column (``ReluCore/HelpText/lines(for:language:oneColumn:)``),
  /// or nil when ``lines`` serve every width.
  package let oneColumnLines: [OutputLog.Line]?
  /// The first wrapped row shown: 0 is the top.
  package private(set) var top = 0

  /// The narrowest pane that shows tables in two columns: an 80-column
  /// screen's, less the pane's margins.
  package static let twoColumnWidth = 78

  package init(lines: [OutputLog.Line], oneColumn: [OutputLog.Line]? = nil) {
    self.lines = lines
    oneColumnLines = oneColumn
  }

  /// What the viewer does with a key: scroll, close, or nothing.
  package enum Move: Sendable, Equatable {
    case lineDown, lineUp, pageDown, pageUp, top, bottom, close
  }

  /// The move a key asks for, or nil for a key that is not the viewer's.
  ///
  /// Only Space and q among the printable keys, so typing a command (which
  /// rarely starts with either) closes the viewer and goes to the input line.
  package static func move(for key: Key) -> Move? {
    switch key {
    case .down, .enter: .lineDown
    case .up: .lineUp
    case .pageDown, .character(" "): .pageDown
    case .pageUp: .pageUp
    case .home: .top
    case .end: .bottom
    case .escape, .character("q"), .control("c"), .control("g"): .close
    default: nil
    }
  }

  /// The wrapped rows of the text at `width` columns.
  ///
  /// A line's continuation rows hang under its text, or under a table row's
  /// second column (``TextWrap/hangingColumn(of:)``), when that leaves room
  /// for text. Below ``twoColumnWidth``, the one-column text when there is one.
  /// - Complexity: O(length of the text).
  package func rows(width: Int) -> [OutputLog.Line] {
    let lines = width < Self.twoColumnWidth ? oneColumnLines ?? lines : lines
    return lines.flatMap { line in
      TextWrap.rows(line.text, columns: width, hangingIndent: TextWrap.hangingColumn(of: line.text))
        .map { OutputLog.Line($0, role: line.role) }
    }
  }

  /// Scrolls for `move` in a pane of `width` x `height` (its last row is the
  /// hint, so a page is `height - 1` rows), never past either end.
  /// - Returns: false for ``Move/close``: the viewer should go.
  package mutating func apply(_ move: Move, width: Int, height: Int) -> Bool {
    let page = max(1, height - 1)
    let last = max(0, rows(width: width).count - page)
    switch move {
    case .lineDown: top += 1
    case .lineUp: top -= 1
    case .pageDown: top += page
    case .pageUp: top -= page
    case .top: top = 0
    case .bottom: top = last
    case .close: return false
    }
    top = min(max(0, top), last)
    return true
  }

  /// What a `width` x `height` pane shows: the text rows from ``top``, then the
  /// hint row (shortened when the full one does not fit `width`).
  package func page(width: Int, height: Int, in language: InterfaceLanguage = .en)
    -> (rows: [OutputLog.Line], hint: String)
  {
    let all = rows(width: width)
    let room = max(0, height - 1)
    let first = min(top, max(0, all.count - room))
    let shown = Array(all.dropFirst(first).prefix(room))
    let end = first + shown.count
    let hint = FrameText.viewerHint(
      first: first + 1, end: end, total: all.count, fits: all.count <= room
    ).words(language)
    guard DisplayWidth.of(hint) > width else { return (shown, hint) }
    return (
      shown,
      FrameText.viewerHintShort(first: first + 1, end: end, total: all.count).words(language)
    )
  }
}
