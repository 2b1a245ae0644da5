import ReluCore

/// Paints one frame of the lab into a ``ScreenBuffer``: no terminal involved.
///
/// Rules and boxes use the Unicode box-drawing characters; a terminal that
/// cannot show them substitutes its own line-drawing set.
package struct LabRenderer: Sendable {
  /// What the frame shows besides the plot.
  package struct Content: Sendable {
    /// The plot, already painted at the plot pane's size.
    package var plot: ScreenBuffer
    /// The session's one-line status.
    package var status: String
    /// A shorter status, used when the full one leaves the key hints no room.
    package var compactStatus: String?
    /// The output pane's lines.
    package var log: OutputLog
    /// The input line.
    package var input: LineEditor
    /// The Ctrl-R search under way: the input line shows its query and match.
    package var search: HistorySearch?
    /// The words Tab offers, shown over the bottom of the output pane.
    package var completions: [String]
    /// A request that replaces the status line (a pause, a running animation).
    package var banner: String?
    /// Whether the keys overlay is open.
    package var showsHelp: Bool
    /// The help viewer, when `help` has opened it.
    package var viewer: HelpViewer?
    /// The view on screen and the others F7 goes to, shown on the rule above
    /// the output pane (the stacked layout's status line is too short for it).
    package var viewLabel: String?
    /// A lesson's words at its pause, in the layout's narration box.
    package var narration: LessonNarration?

    package init(
      plot: ScreenBuffer, status: String, compactStatus: String? = nil, log: OutputLog,
      input: LineEditor,
      search: HistorySearch? = nil, completions: [String] = [], banner: String? = nil,
      showsHelp: Bool = false,
      viewer: HelpViewer? = nil, viewLabel: String? = nil, narration: LessonNarration? = nil
    ) {
      self.plot = plot
      self.status = status
      self.compactStatus = compactStatus
      self.log = log
      self.input = input
      self.search = search
      self.completions = completions
      self.banner = banner
      self.showsHelp = showsHelp
      self.viewer = viewer
      self.viewLabel = viewLabel
      self.narration = narration
    }
  }

  /// The input prompt.
  package static let prompt = "relulab> "

  /// The prompt while Ctrl-R searches: `history search "al": `, with
  /// `(none)` when the query matches nothing.
  package static func searchPrompt(_ search: HistorySearch) -> String {
    "history search \"\(VisibleText.escaped(search.query))\"\(search.failed ? " (none)" : ""): "
  }

  package init() {}

  /// The frame for `content` laid out by `layout`.
  package func frame(_ content: Content, layout: LabLayout) -> ScreenBuffer {
    var buffer = ScreenBuffer(width: layout.width, height: layout.height)
    guard layout.arrangement != .tooSmall else {
      let message = layout.tooSmallMessage
      let column = max(0, (layout.width - DisplayWidth.of(message)) / 2)
      buffer.put(message, row: layout.height / 2, column: column, role: .attention)
      buffer.cursor = nil
      return buffer
    }
    paintPlot(content.plot, in: layout.plot, into: &buffer)
    paintSeparator(
      layout, scrolledBack: content.log.isScrolledBack, viewLabel: content.viewLabel,
      into: &buffer)
    if let narration = content.narration, !layout.narration.isEmpty {
      paintNarration(narration, layout: layout, into: &buffer)
    }
    paintOutput(content.log, in: layout.output, into: &buffer)
    paintCompletions(content.completions, in: layout.output, into: &buffer)
    paintStatus(content, in: layout.status, into: &buffer)
    paintInput(content.input, search: content.search, in: layout.input, into: &buffer)
    if let viewer = content.viewer {
      paintViewer(viewer, in: Self.viewerRect(layout), into: &buffer)
      buffer.cursor = nil
    }
    if content.showsHelp {
      paintHelp(layout, into: &buffer)
      buffer.cursor = nil
    }
    return buffer
  }

  private func paintPlot(_ plot: ScreenBuffer, in rect: Rect, into buffer: inout ScreenBuffer) {
    for row in 0..<min(plot.height, rect.height) {
      for run in plot.runs(row: row) where run.text.contains(where: { $0 != " " }) {
        buffer.put(
          run.text, row: rect.row + row, column: rect.column + run.column, role: run.role,
          limit: rect.width - run.column)
      }
    }
  }

  private func paintSeparator(
    _ layout: LabLayout, scrolledBack: Bool, viewLabel: String?, into buffer: inout ScreenBuffer
  ) {
    let rect = layout.separator
    switch layout.arrangement {
    case .stacked:
      buffer.fill(rect, with: "─", role: .frame)
      let title = scrolledBack ? " output (scrolled back: PgDn for newer) " : " output "
      buffer.put(title, row: rect.row, column: rect.column + 2, role: .frame)
      if let viewLabel {
        let label = " \(viewLabel) "
        let column = rect.right - 2 - DisplayWidth.of(label)
        if column > rect.column + 2 + DisplayWidth.of(title) {
          buffer.put(label, row: rect.row, column: column, role: .frame)
        }
      }
    case .sideBySide:
      buffer.fill(rect, with: "│", role: .frame)
      if scrolledBack {
        buffer.put("▲", row: layout.output.row, column: rect.column, role: .attention)
      }
    case .tooSmall:
      break
    }
  }

  /// The lesson's words: a rule with the title (and what is scrolled out of
  /// the box, with the key that shows it), then the words a column in from
  /// either side; side by side, a rule under them titled like the output.
  private func paintNarration(
    _ narration: LessonNarration, layout: LabLayout, into buffer: inout ScreenBuffer
  ) {
    let box = layout.narration
    let text = Rect(
      row: box.row + 1, column: box.column + 1, width: box.width - 2, height: box.height - 1)
    let shown = narration.visibleRows(width: text.width, height: text.height)
    buffer.fill(
      Rect(row: box.row, column: box.column, width: box.width, height: 1), with: "─",
      role: .frame)
    var title = " " + VisibleText.escaped(narration.title) + " "
    let more = [shown.earlier ? "PgUp: earlier" : nil, shown.later ? "PgDn: later" : nil]
      .compactMap { $0 }
    let hint = more.isEmpty ? "" : " (" + more.joined(separator: ", ") + ") "
    title = DisplayWidth.truncate(title, to: max(0, box.width - 4 - DisplayWidth.of(hint)))
    let after = buffer.put(title, row: box.row, column: box.column + 2, role: .heading)
    if !hint.isEmpty {
      buffer.put(hint, row: box.row, column: after, role: .attention, limit: box.right - after)
    }
    for (offset, line) in shown.rows.enumerated() {
      buffer.put(
        line.text, row: text.row + offset, column: text.column, role: line.role,
        limit: text.width)
    }
    if layout.arrangement == .sideBySide {
      let rule = Rect(row: box.bottom, column: box.column, width: box.width, height: 1)
      buffer.fill(rule, with: "─", role: .frame)
      buffer.put(" output ", row: rule.row, column: rule.column + 2, role: .frame)
    }
  }

  private func paintOutput(_ log: OutputLog, in rect: Rect, into buffer: inout ScreenBuffer) {
    for (offset, line) in log.visibleRows(width: rect.width, height: rect.height).enumerated() {
      buffer.put(
        line.text, row: rect.row + offset, column: rect.column, role: line.role,
        limit: rect.width)
    }
  }

  /// Tab's candidates on the output pane's last rows, over the log, which is
  /// left as it was.
  private func paintCompletions(
    _ completions: [String], in rect: Rect, into buffer: inout ScreenBuffer
  ) {
    guard !completions.isEmpty, rect.height > 0 else { return }
    let rows = TextWrap.rows("Tab: " + completions.joined(separator: "  "), columns: rect.width)
    let shown = rows.suffix(rect.height)
    for (offset, text) in shown.enumerated() {
      let row = rect.bottom - shown.count + offset
      buffer.fill(
        Rect(row: row, column: rect.column, width: rect.width, height: 1), role: .completions)
      buffer.put(text, row: row, column: rect.column, role: .completions, limit: rect.width)
    }
  }

  private func paintStatus(_ content: Content, in rect: Rect, into buffer: inout ScreenBuffer) {
    if let banner = content.banner {
      buffer.fill(rect, role: .attention)
      buffer.put(" " + banner, row: rect.row, column: rect.column, role: .attention)
      return
    }
    buffer.fill(rect, role: .status)
    // The full status with every hint; else the compact status with the hints
    // that fit beside it; else whichever status fits (the compact one when the
    // full one does not), and hints only if some fit.
    func hints(beside status: String) -> String {
      KeyMap.hint(fitting: rect.width - DisplayWidth.of(status) - 3)
    }
    var status = " " + content.status
    var hint = hints(beside: status)
    if hint != KeyMap.hint, let compact = content.compactStatus.map({ " " + $0 }),
      !hints(beside: compact).isEmpty
    {
      status = compact
      hint = hints(beside: compact)
    } else if let compact = content.compactStatus, DisplayWidth.of(status) > rect.width {
      status = " " + compact
    }
    if !hint.isEmpty {
      let shown = hint + " "
      buffer.put(
        shown, row: rect.row, column: rect.right - DisplayWidth.of(shown), role: .statusHint)
    }
    buffer.put(
      DisplayWidth.truncate(status, to: rect.width), row: rect.row, column: rect.column,
      role: .status)
  }

  private func paintInput(
    _ editor: LineEditor, search: HistorySearch?, in rect: Rect, into buffer: inout ScreenBuffer
  ) {
    let prompt = search.map(Self.searchPrompt) ?? Self.prompt
    let after = buffer.put(
      DisplayWidth.truncate(prompt, to: max(0, rect.width - 10)), row: rect.row,
      column: rect.column, role: .prompt)
    let view = editor.view(columns: rect.right - after)
    buffer.put(view.text, row: rect.row, column: after, role: .plain)
    buffer.cursor = (rect.row, after + view.cursorColumn)
  }

  /// Where the help viewer goes: every row above the status line.
  package static func viewerRect(_ layout: LabLayout) -> Rect {
    Rect(row: 0, column: 0, width: layout.width, height: layout.status.row)
  }

  private func paintViewer(_ viewer: HelpViewer, in rect: Rect, into buffer: inout ScreenBuffer) {
    guard rect.height > 1 else { return }
    buffer.fill(rect, role: .overlay)
    let page = viewer.page(width: rect.width - 2, height: rect.height)
    for (offset, line) in page.rows.enumerated() {
      buffer.put(
        line.text, row: rect.row + offset, column: rect.column + 1, role: line.role,
        limit: rect.width - 2)
    }
    let hintRow = Rect(row: rect.bottom - 1, column: rect.column, width: rect.width, height: 1)
    buffer.fill(hintRow, role: .attention)
    buffer.put(
      DisplayWidth.truncate(" " + page.hint, to: rect.width), row: hintRow.row,
      column: rect.column, role: .attention)
  }

  private func paintHelp(_ layout: LabLayout, into buffer: inout ScreenBuffer) {
    let keysWidth = KeyMap.bindings.map { DisplayWidth.of($0.keys) }.max() ?? 0
    var lines = KeyMap.bindings.map { DisplayWidth.pad($0.keys, to: keysWidth) + "  " + $0.meaning }
    lines.append("")
    lines.append("Type help for the commands, help NAME for one. Any key closes this.")
    let innerWidth = min(layout.width - 4, (lines.map { DisplayWidth.of($0) }.max() ?? 0) + 2)
    let innerHeight = min(layout.height - 4, lines.count)
    let box = Rect(
      row: max(0, (layout.height - innerHeight - 2) / 2),
      column: max(0, (layout.width - innerWidth - 2) / 2), width: innerWidth + 2,
      height: innerHeight + 2)
    let vertical = "│"
    let corners = ["┌", "┐", "└", "┘"]
    let rule = String(repeating: "─", count: innerWidth)
    buffer.put(corners[0] + rule + corners[1], row: box.row, column: box.column, role: .frame)
    let title = " ReluLab keys "
    buffer.put(title, row: box.row, column: box.column + 2, role: .heading)
    for index in 0..<innerHeight {
      let row = box.row + 1 + index
      buffer.put(vertical, row: row, column: box.column, role: .frame)
      buffer.put(
        DisplayWidth.pad(" " + lines[index], to: innerWidth), row: row, column: box.column + 1,
        role: .overlay)
      buffer.put(vertical, row: row, column: box.right - 1, role: .frame)
    }
    buffer.put(
      corners[2] + rule + corners[3], row: box.bottom - 1, column: box.column, role: .frame)
  }
}
