import ReluCore

/// Paints one frame of the lab into a ``ScreenBuffer``: no terminal involved.
///
/// Rules and boxes are drawn with ``FrameCharacters``: the Unicode
/// box-drawing characters in English on a UTF-8 terminal, ASCII in Chinese
/// and wherever no UTF-8 locale could be had.
package struct LabRenderer: Sendable {
  /// The characters of the lab's rules and boxes.
  ///
  /// The box-drawing characters (and ▲) are East Asian "ambiguous" width:
  /// a terminal set up for Chinese (ambiguous = wide, as many CJK terminals
  /// and fonts default to) draws each one two columns wide, so a rule runs
  /// off the screen and every column after a box's edge shifts. Nothing can
  /// ask a terminal how it draws them, and ncurses' ACS lines map to the
  /// same characters in a UTF-8 locale. So the Chinese interface draws its
  /// frame in ASCII (`-`, `|`, `+`, `^`), which every terminal draws one
  /// column wide; the English one keeps the box-drawing lines, which its
  /// readers' terminals draw narrow. Without a UTF-8 locale the frame is
  /// ASCII in English too: ncurses' ACS line drawing would stand in there,
  /// but it needs the terminal to switch character sets, and a UTF-8
  /// terminal that does not shows a rule as `qqqq`.
  package struct FrameCharacters: Sendable, Equatable {
    package var horizontal: String
    package var vertical: String
    /// Upper-left, upper-right, lower-left, lower-right.
    package var corners: [String]
    package var upArrow: String

    /// The Unicode box-drawing lines.
    package static let lines = FrameCharacters(
      horizontal: "─", vertical: "│", corners: ["┌", "┐", "└", "┘"], upArrow: "▲")
    /// ASCII: one column in every terminal.
    package static let ascii = FrameCharacters(
      horizontal: "-", vertical: "|", corners: ["+", "+", "+", "+"], upArrow: "^")

    /// `text` cut to `columns`, marked where it was cut: `…` with the
    /// box-drawing lines, `...` (or `.`) in ASCII, where `…` is ambiguous
    /// width too.
    package func truncate(_ text: String, to columns: Int) -> String {
      guard self == .ascii, DisplayWidth.of(text) > columns else {
        return DisplayWidth.truncate(text, to: columns)
      }
      let mark = String(repeating: ".", count: min(3, max(0, columns)))
      return DisplayWidth.prefix(of: text, fitting: columns - mark.count) + mark
    }

    /// The frame for `language` (see the type's comment); ASCII too when
    /// the terminal has no UTF-8 locale (`unicode` false): ncurses' line
    /// drawing there relies on the terminal switching character sets, and
    /// one that does not shows `qqqq` for a rule.
    package static func `for`(_ language: InterfaceLanguage, unicode: Bool = true)
      -> FrameCharacters
    {
      language == .zh || !unicode ? ascii : lines
    }
  }

  /// What the frame shows besides the plot.
  package struct Content: Sendable {
    /// The plot, already painted at the plot pane's size.
    package var plot: ScreenBuffer
    /// The session's one-line status.
    package var status: String
    /// A shorter status, used when the full one leaves the key hints no room.
    package var compactStatus: String?
    /// The shorter status without the lesson's title, for when even that is
    /// too long: the title goes whole rather than cut to a word or two.
    package var untitledStatus: String?
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
    /// A shorter form of the banner, shown when the full one does not fit.
    package var shortBanner: String?
    /// The language of the frame's words and the choice of its characters.
    package var language: InterfaceLanguage
    /// Whether the terminal shows Unicode (else the frame is ASCII).
    package var unicode = true
    /// Whether the keys overlay is open.
    package var showsHelp: Bool
    /// The help viewer, when `help` has opened it.
    package var viewer: HelpViewer?
    /// The view on screen and the others F7 goes to, shown on the rule above
    /// the output pane (the stacked layout's status line is too short for it).
    package var viewLabel: String?
    /// A lesson's words at its pause, in the layout's narration box.
    package var narration: LessonNarration?
    /// The trace cursor's readout, in the plot pane's last rows (the plot
    /// was painted that much shorter).
    package var readout: [String] = []

    package init(
      plot: ScreenBuffer, status: String, compactStatus: String? = nil,
      untitledStatus: String? = nil, log: OutputLog,
      input: LineEditor,
      search: HistorySearch? = nil, completions: [String] = [], banner: String? = nil,
      showsHelp: Bool = false,
      viewer: HelpViewer? = nil, viewLabel: String? = nil, narration: LessonNarration? = nil,
      shortBanner: String? = nil, language: InterfaceLanguage = .en
    ) {
      self.shortBanner = shortBanner
      self.language = language
      self.plot = plot
      self.status = status
      self.compactStatus = compactStatus
      self.untitledStatus = untitledStatus
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
  package static func searchPrompt(
    _ search: HistorySearch, in language: InterfaceLanguage = .en
  ) -> String {
    FrameText.searchPrompt(query: VisibleText.escaped(search.query), failed: search.failed)
      .words(language)
  }

  /// The rules' and boxes' characters for the frame being painted.
  private var characters = FrameCharacters.lines

  package init() {}

  /// The frame for `content` laid out by `layout`.
  package func frame(_ content: Content, layout: LabLayout) -> ScreenBuffer {
    var painter = self
    painter.characters = FrameCharacters.for(content.language, unicode: content.unicode)
    return painter.paint(content, layout: layout)
  }

  private func paint(_ content: Content, layout: LabLayout) -> ScreenBuffer {
    var buffer = ScreenBuffer(width: layout.width, height: layout.height)
    guard layout.arrangement != .tooSmall else {
      let message = layout.tooSmallMessage(in: content.language)
      let column = max(0, (layout.width - DisplayWidth.of(message)) / 2)
      buffer.put(message, row: layout.height / 2, column: column, role: .attention)
      buffer.cursor = nil
      return buffer
    }
    paintPlot(content.plot, in: layout.plot, into: &buffer)
    for (index, text) in content.readout.enumerated() {
      let row = layout.plot.bottom - content.readout.count + index
      buffer.put(
        text, row: row, column: layout.plot.column, role: .cursor, limit: layout.plot.width)
    }
    let language = content.language
    paintSeparator(
      layout, scrolledBack: content.log.isScrolledBack, viewLabel: content.viewLabel,
      language: language, into: &buffer)
    if let narration = content.narration, !layout.narration.isEmpty {
      paintNarration(narration, layout: layout, language: language, into: &buffer)
    }
    paintOutput(content.log, in: layout.output, into: &buffer)
    paintCompletions(
      content.completions, in: layout.output, language: language, into: &buffer)
    paintStatus(content, in: layout.status, into: &buffer)
    paintInput(
      content.input, search: content.search, in: layout.input, language: language,
      into: &buffer)
    if let viewer = content.viewer {
      paintViewer(viewer, in: Self.viewerRect(layout), language: language, into: &buffer)
      buffer.cursor = nil
    }
    if content.showsHelp {
      paintHelp(layout, language: language, into: &buffer)
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
    _ layout: LabLayout, scrolledBack: Bool, viewLabel: String?, language: InterfaceLanguage,
    into buffer: inout ScreenBuffer
  ) {
    let rect = layout.separator
    let frame = characters
    switch layout.arrangement {
    case .stacked:
      buffer.fill(rect, with: Character(frame.horizontal), role: .frame)
      let title = (scrolledBack ? FrameText.outputScrolledBack : .output).words(language)
      buffer.put(title, row: rect.row, column: rect.column + 2, role: .frame)
      if let viewLabel {
        let label = " \(viewLabel) "
        let column = rect.right - 2 - DisplayWidth.of(label)
        if column > rect.column + 2 + DisplayWidth.of(title) {
          buffer.put(label, row: rect.row, column: column, role: .frame)
        }
      }
    case .sideBySide:
      buffer.fill(rect, with: Character(frame.vertical), role: .frame)
      if scrolledBack {
        buffer.put(frame.upArrow, row: layout.output.row, column: rect.column, role: .attention)
      }
    case .tooSmall:
      break
    }
  }

  /// The lesson's words: a rule with the title (and what is scrolled out of
  /// the box, with the key that shows it), then the words a column in from
  /// either side; side by side, a rule under them titled like the output.
  private func paintNarration(
    _ narration: LessonNarration, layout: LabLayout, language: InterfaceLanguage,
    into buffer: inout ScreenBuffer
  ) {
    let box = layout.narration
    let frame = characters
    let text = Rect(
      row: box.row + 1, column: box.column + 1, width: box.width - 2, height: box.height - 1)
    let shown = narration.visibleRows(width: text.width, height: text.height)
    buffer.fill(
      Rect(row: box.row, column: box.column, width: box.width, height: 1),
      with: Character(frame.horizontal), role: .frame)
    var title = " " + VisibleText.escaped(narration.title) + " "
    let more = [shown.earlier ? FrameText.earlier : nil, shown.later ? FrameText.later : nil]
      .compactMap { $0?.words(language) }
    let hint =
      more.isEmpty
      ? ""
      : language == .zh
        ? "（" + more.joined(separator: "，") + "） " : " (" + more.joined(separator: ", ") + ") "
    title = characters.truncate(
      title, to: max(0, box.width - 4 - DisplayWidth.of(hint)))
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
      buffer.fill(rule, with: Character(frame.horizontal), role: .frame)
      buffer.put(
        FrameText.output.words(language), row: rule.row, column: rule.column + 2, role: .frame)
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
    _ completions: [String], in rect: Rect, language: InterfaceLanguage,
    into buffer: inout ScreenBuffer
  ) {
    guard !completions.isEmpty, rect.height > 0 else { return }
    let rows = TextWrap.rows(
      FrameText.completions.words(language) + completions.joined(separator: "  "),
      columns: rect.width)
    let shown = rows.suffix(rect.height)
    for (offset, text) in shown.enumerated() {
      let row = rect.bottom - shown.count + offset
      buffer.fill(
        Rect(row: row, column: rect.column, width: rect.width, height: 1), role: .completions)
      buffer.put(text, row: row, column: rect.column, role: .completions, limit: rect.width)
    }
  }

  private func paintStatus(_ content: Content, in rect: Rect, into buffer: inout ScreenBuffer) {
    if var banner = content.banner {
      if DisplayWidth.of(banner) + 1 > rect.width, let short = content.shortBanner {
        banner = short
      }
      buffer.fill(rect, role: .attention)
      buffer.put(" " + banner, row: rect.row, column: rect.column, role: .attention)
      return
    }
    let language = content.language
    buffer.fill(rect, role: .status)
    // The full status with every hint; else the compact status with the hints
    // that fit beside it; else whichever status fits (the compact one when the
    // full one does not), and hints only if some fit.
    func hints(beside status: String) -> String {
      KeyMap.hint(fitting: rect.width - DisplayWidth.of(status) - 3, in: language)
    }
    var status = " " + content.status
    var hint = hints(beside: status)
    if hint != KeyMap.hint(fitting: .max, in: language),
      let compact = content.compactStatus.map({ " " + $0 }),
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
    let room = rect.width - (hint.isEmpty ? 0 : DisplayWidth.of(hint) + 1)
    if DisplayWidth.of(status) > room, let untitled = content.untitledStatus {
      status = " " + untitled
    }
    buffer.put(
      StatusLine.fitted(status, to: room, cut: characters.truncate),
      row: rect.row, column: rect.column, role: .status)
  }

  private func paintInput(
    _ editor: LineEditor, search: HistorySearch?, in rect: Rect, language: InterfaceLanguage,
    into buffer: inout ScreenBuffer
  ) {
    let prompt = search.map { Self.searchPrompt($0, in: language) } ?? Self.prompt
    let after = buffer.put(
      characters.truncate(prompt, to: max(0, rect.width - 10)), row: rect.row,
      column: rect.column, role: .prompt)
    let view = editor.view(columns: rect.right - after)
    buffer.put(view.text, row: rect.row, column: after, role: .plain)
    buffer.cursor = (rect.row, after + view.cursorColumn)
  }

  /// Where the help viewer goes: every row above the status line.
  package static func viewerRect(_ layout: LabLayout) -> Rect {
    Rect(row: 0, column: 0, width: layout.width, height: layout.status.row)
  }

  private func paintViewer(
    _ viewer: HelpViewer, in rect: Rect, language: InterfaceLanguage,
    into buffer: inout ScreenBuffer
  ) {
    guard rect.height > 1 else { return }
    buffer.fill(rect, role: .overlay)
    let page = viewer.page(width: rect.width - 2, height: rect.height, in: language)
    for (offset, line) in page.rows.enumerated() {
      buffer.put(
        line.text, row: rect.row + offset, column: rect.column + 1, role: line.role,
        limit: rect.width - 2)
    }
    let hintRow = Rect(row: rect.bottom - 1, column: rect.column, width: rect.width, height: 1)
    buffer.fill(hintRow, role: .attention)
    buffer.put(
      characters.truncate(" " + page.hint, to: rect.width), row: hintRow.row,
      column: rect.column, role: .attention)
  }

  /// The F1 box: the keys and what they do, then the commands' help.
  ///
  /// A meaning too long for the box wraps under the meanings' column
  /// (by ``TextWrap``), so no word is cut at the box's edge; when the lines
  /// do not fit the screen's height the keys lose their alternatives (`F4`
  /// for `F4 or Alt-s`), then the blank line goes. The box never covers the
  /// status line or the input line.
  private func paintHelp(
    _ layout: LabLayout, language: InterfaceLanguage, into buffer: inout ScreenBuffer
  ) {
    let footer = FrameText.keysFooter.words(language)
    let room = max(1, min(layout.height - 4, layout.status.row - 2))
    func layOut(short: Bool) -> (lines: [String], innerWidth: Int) {
      let bindings = KeyMap.bindings.map {
        (keys: (short ? $0.shortKeys : $0.keys)(language), meaning: $0.meaning(language))
      }
      let keysWidth = bindings.map { DisplayWidth.of($0.keys) }.max() ?? 0
      let widest = max(
        bindings.map { keysWidth + 2 + DisplayWidth.of($0.meaning) }.max() ?? 0,
        DisplayWidth.of(footer))
      let innerWidth = min(layout.width - 4, widest + 2)
      // One space either side inside the box.
      let textWidth = max(1, innerWidth - 2)
      var lines: [String] = []
      for binding in bindings {
        let meaningWidth = textWidth - keysWidth - 2
        guard meaningWidth >= 8 else {
          lines += TextWrap.rows(binding.keys + "  " + binding.meaning, columns: textWidth)
          continue
        }
        for (index, row) in TextWrap.rows(binding.meaning, columns: meaningWidth).enumerated() {
          let keys = index == 0 ? binding.keys : ""
          lines.append(DisplayWidth.pad(keys, to: keysWidth) + "  " + row)
        }
      }
      lines.append("")
      lines += TextWrap.rows(footer, columns: textWidth)
      return (lines, innerWidth)
    }
    var (lines, innerWidth) = layOut(short: false)
    if lines.count > room { (lines, innerWidth) = layOut(short: true) }
    if lines.count > room, let blank = lines.lastIndex(of: "") { lines.remove(at: blank) }
    let innerHeight = min(room, lines.count)
    let box = Rect(
      row: max(0, min((layout.height - innerHeight - 2) / 2, layout.status.row - innerHeight - 2)),
      column: max(0, (layout.width - innerWidth - 2) / 2), width: innerWidth + 2,
      height: innerHeight + 2)
    let frame = characters
    let vertical = frame.vertical
    let corners = frame.corners
    let rule = String(repeating: frame.horizontal, count: innerWidth)
    buffer.put(corners[0] + rule + corners[1], row: box.row, column: box.column, role: .frame)
    let title = FrameText.keysTitle.words(language)
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
