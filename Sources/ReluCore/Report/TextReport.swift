/// Renders ``CommandOutput`` as lines of text, the way batch mode prints it
/// and the lab's output pane shows it.
///
/// Numbers follow `set digits` (6 significant digits by default, shortest
/// form); settings print in full, as `set` takes them. Short vectors print as
/// aligned tables, one row per element; long ones as their first and last
/// elements; matrices by row. User text is escaped, never raw.
package enum TextReport {
  /// Vectors up to this long print as a table, one row per element.
  package static let tableLimit = 16
  /// Matrices up to this many rows and columns print whole, by row.
  package static let matrixLimit = (rows: 12, columns: 8)
  /// The widest a wide table's lines are made: an 80-column terminal's, less
  /// the lab output pane's margin.
  package static let lineWidth = 78

  /// The lines for one output, numbers written with `digits`, words in
  /// `language`; with `pictures`, the plots `plot`, `run`, `compare` and
  /// `view` show are drawn too (batch output and the plain prompt), else
  /// left to the screen.
  ///
  /// Wide tables are split into blocks of columns that fit `width`.
  package static func lines(
    for output: CommandOutput, digits: NumberDigits = .standard, pictures: Pictures? = nil,
    language: InterfaceLanguage = .en, width: Int = lineWidth
  ) -> [ReportLine] {
    Writer(digits: digits, language: language, pictures: pictures, width: width)
      .lines(for: output)
  }

  /// Writes the lines for one output into `sink`: what
  /// ``lines(for:digits:pictures:language:)`` gives, for any sink.
  package static func write(
    _ output: CommandOutput, digits: NumberDigits = .standard, pictures: Pictures? = nil,
    language: InterfaceLanguage = .en, into sink: inout ReportSink
  ) {
    Writer(digits: digits, language: language, pictures: pictures).write(output, into: &sink)
  }

  /// The lines for one output in `context`: its digits and language, and the
  /// pictures of its scene at its plot size.
  package static func lines(for output: CommandOutput, in context: RenderContext) -> [ReportLine] {
    lines(
      for: output, digits: context.digits, pictures: Pictures(context), language: context.language)
  }

  /// What text draws plots from: the scene after the command, at a size.
  package struct Pictures: Sendable, Equatable {
    package var scene: Scene
    package var size: PlotSize

    package init(scene: Scene, size: PlotSize) {
      self.scene = scene
      self.size = size
    }

    /// The scene and plot size of `context`.
    package init(_ context: RenderContext) {
      self.init(scene: context.scene, size: context.plotSize)
    }
  }

  /// The three lines of a diagnostic, as batch, the plain prompt and the lab show it.
  ///
  /// First `FILE:LINE:COLUMN: error: MESSAGE` (as compilers print it; in
  /// Chinese `FILE:LINE:COLUMN: 错误：MESSAGE`), then the source line, then
  /// the caret line: `^` under the column and `~` under the rest of the
  /// range. The first and last are marked as errors.
  package static func lines(for diagnostic: Diagnostic) -> [ReportLine] {
    let error = Words(en: " error: ", zh: " 错误：")(diagnostic.language)
    let headline =
      "\(VisibleText.escaped(diagnostic.file)):\(diagnostic.line):\(diagnostic.column):"
      + error + diagnostic.message
    return [
      ReportLine(headline, role: .error), ReportLine(diagnostic.lineText),
      ReportLine(caret(diagnostic, indent: 0), role: .error),
    ]
  }

  /// The one-line form of a diagnostic, for a command the screen has just
  /// echoed: the caret under the echoed column, then the message.
  ///
  /// `relulab> set alpah 3` is followed by `             ^~~~~ unknown setting...`.
  /// No file, line or column: the echo above shows where.
  /// - Parameters:
  ///   - diagnostic: The failure.
  ///   - indent: Display columns before the command's text in the echo (the
  ///     prompt's width).
  /// - Returns: The line, marked as an error.
  package static func compactLine(for diagnostic: Diagnostic, indent: Int) -> ReportLine {
    ReportLine(caret(diagnostic, indent: indent) + " " + diagnostic.message, role: .error)
  }

  /// `^` under the diagnostic's column and `~` under the rest of its range,
  /// after `indent` more columns.
  private static func caret(_ diagnostic: Diagnostic, indent: Int) -> String {
    String(repeating: " ", count: max(0, indent) + diagnostic.markerOffset) + "^"
      + String(repeating: "~", count: max(0, diagnostic.markerLength - 1))
  }

  /// `relu`, `sigmoid'`, `leaky (alpha=0.1)`, `leaky' (alpha=0.1)`, `softplus (beta=1)`.
  static func label(_ f: Activation, derivative: Bool) -> String {
    var bytes: [UInt8] = []
    appendLabel(f, derivative: derivative, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends the UTF-8 of `label(f, derivative:)`.
  static func appendLabel(_ f: Activation, derivative: Bool, to bytes: inout [UInt8]) {
    bytes += f.name.utf8
    if derivative { bytes.append(UInt8(ascii: "'")) }
    guard let parameter = f.entry.parameter else { return }
    bytes += " (\(parameter.symbol)=".utf8
    bytes += NumberFormat.plain(f.parameter).utf8
    bytes.append(UInt8(ascii: ")"))
  }

  /// Columns padded to their widest cell (in display columns).
  ///
  /// A header becomes a heading line. Each line starts with `indent`; two
  /// spaces separate columns; a left-aligned last column is not padded.
  /// - Complexity: O(n) in the total length of the cells.
  static func table(
    header: [String]?, rows: [[String]], rightAligned: Set<Int> = [], indent: String = ""
  ) -> [ReportLine] {
    var widths: [Int] = []
    func measure(_ row: [String]) {
      for (i, cell) in row.enumerated() {
        let width = DisplayWidth.of(cell)
        if i < widths.count { widths[i] = max(widths[i], width) } else { widths.append(width) }
      }
    }
    if let header { measure(header) }
    for row in rows { measure(row) }
    let right = widths.indices.map { rightAligned.contains($0) }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(indent.utf8.count + widths.reduce(0) { $0 + $1 + 2 } + 16)
    func format(_ row: [String]) -> String {
      bytes.removeAll(keepingCapacity: true)
      append(indent, to: &bytes)
      for (i, cell) in row.enumerated() {
        let pad = widths[i] - DisplayWidth.of(cell)
        let last = i == row.count - 1
        if right[i] {
          appendSpaces(pad, to: &bytes)
          append(cell, to: &bytes)
        } else {
          append(cell, to: &bytes)
          if !last { appendSpaces(pad, to: &bytes) }
        }
        if !last { appendSpaces(2, to: &bytes) }
      }
      return String(decoding: bytes, as: UTF8.self)
    }
    var lines: [ReportLine] = []
    lines.reserveCapacity(rows.count + 1)
    if let header { lines.append(ReportLine(format(header), role: .heading)) }
    for row in rows { lines.append(ReportLine(format(row))) }
    return lines
  }

  /// The table in blocks of columns that each fit `width` display columns,
  /// the first `keeping` columns (the rows' names) repeated in every block
  /// and a blank line between blocks, as wide matrices are printed; one
  /// block when it fits or when no more than one other column does.
  static func table(
    header: [String], rows: [[String]], rightAligned: Set<Int> = [], fitting width: Int,
    keeping: Int = 1
  ) -> [ReportLine] {
    let columns = header.count
    let kept = min(max(keeping, 1), columns)
    var widths = header.map(DisplayWidth.of)
    for row in rows {
      for (i, cell) in row.enumerated() where i < columns {
        widths[i] = max(widths[i], DisplayWidth.of(cell))
      }
    }
    let keptWidth = widths[..<kept].reduce(0) { $0 + $1 + 2 } - 2
    // Each block: the kept columns and the next columns while they fit.
    var blocks: [[Int]] = []
    var next = kept
    while next < columns {
      var block = Array(0..<kept) + [next]
      var used = keptWidth + 2 + widths[next]
      next += 1
      while next < columns, used + 2 + widths[next] <= width {
        used += 2 + widths[next]
        block.append(next)
        next += 1
      }
      blocks.append(block)
    }
    guard blocks.count > 1 else {
      return table(header: header, rows: rows, rightAligned: rightAligned)
    }
    var lines: [ReportLine] = []
    for (index, block) in blocks.enumerated() {
      if index > 0 { lines.append(ReportLine("")) }
      let pick = { (row: [String]) in block.map { $0 < row.count ? row[$0] : "" } }
      let right = Set(block.indices.filter { rightAligned.contains(block[$0]) })
      lines += table(header: pick(header), rows: rows.map(pick), rightAligned: right)
    }
    return lines
  }

  /// A table with every column right-aligned, from cells given row by row.
  ///
  /// The lines of `table(header:rows:rightAligned:indent:)` with every
  /// column right-aligned, for cells in one array (`columns` to a row; a
  /// short last row is padded with empty cells), written by
  /// ``writeRightAligned(header:cells:columns:indent:into:)`` (tested
  /// against `table`). Header cells beyond `columns` are dropped.
  /// - Complexity: O(n) in the total length of the cells.
  static func rightAligned(header: [String]?, cells: [String], columns: Int, indent: String = "")
    -> [ReportLine]
  {
    guard columns > 0 else { return table(header: header, rows: [], indent: indent) }
    var table = TableCells()
    for cell in cells { table.append(cell) }
    var sink = ReportSink.lines()
    writeRightAligned(header: header, cells: table, columns: columns, indent: indent, into: &sink)
    return sink.lines
  }

  /// Writes a table with every column right-aligned, from cells held row by
  /// row (`columns` to a row, `columns` > 0; a short last row is padded with
  /// empty cells): each cell measured once, no String per cell.
  /// - Complexity: O(n) in the total length of the cells.
  static func writeRightAligned(
    header: [String]?, cells: TableCells, columns: Int, indent: String,
    into sink: inout ReportSink
  ) {
    var widths: [Int] = []
    widths.reserveCapacity(columns)
    for _ in 0..<columns { widths.append(0) }  // not Array(repeating:): no generic allocation
    for (i, width) in cells.widths.enumerated() {
      widths[i % columns] = max(widths[i % columns], width)
    }
    let headerWidths = header?.prefix(columns).map { DisplayWidth.of($0) } ?? []
    for (i, width) in headerWidths.enumerated() { widths[i] = max(widths[i], width) }
    if let header {
      sink.begin(.heading)
      sink.append(indent)
      let count = headerWidths.count
      for i in 0..<count {
        sink.appendSpaces(widths[i] - headerWidths[i])
        sink.append(header[i])
        if i < count - 1 { sink.appendSpaces(2) }
      }
      sink.end()
    }
    let rows = (cells.count + columns - 1) / columns
    for row in 0..<rows {
      sink.begin()
      sink.append(indent)
      for i in 0..<columns {
        let index = row * columns + i
        if index < cells.count {
          sink.appendSpaces(widths[i] - cells.widths[index])
          sink.append(cells.cell(index))
        } else {
          sink.appendSpaces(widths[i])
        }
        if i < columns - 1 { sink.appendSpaces(2) }
      }
      sink.end()
    }
  }

  /// Appends the UTF-8 bytes of `text`.
  private static func append(_ text: String, to bytes: inout [UInt8]) {
    let copied: Void? = text.utf8.withContiguousStorageIfAvailable { bytes.append(contentsOf: $0) }
    if copied == nil { bytes += text.utf8 }
  }

  /// Appends `count` spaces (none when `count` is not positive).
  /// - Complexity: O(count).
  private static func appendSpaces(_ count: Int, to bytes: inout [UInt8]) {
    for _ in 0..<max(0, count) { bytes.append(UInt8(ascii: " ")) }
  }
}
