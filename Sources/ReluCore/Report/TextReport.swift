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

  /// The lines for one output, numbers written with `digits`.
  package static func lines(for output: CommandOutput, digits: NumberDigits = .standard)
    -> [ReportLine]
  {
    Writer(digits: digits).lines(for: output)
  }

  /// The three lines of a diagnostic, as batch, the plain prompt and the lab show it.
  ///
  /// First `FILE:LINE:COLUMN: error: MESSAGE` (as compilers print it), then
  /// the source line, then the caret line: `^` under the column and `~` under
  /// the rest of the range. The first and last are marked as errors.
  package static func lines(for diagnostic: Diagnostic) -> [ReportLine] {
    let headline =
      "\(VisibleText.escaped(diagnostic.file)):\(diagnostic.line):\(diagnostic.column):"
      + " error: \(diagnostic.message)"
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

  /// A setting's value as `show` prints it and `set` takes it: `0.3`,
  /// `left`, `-3 3`, `auto`, `80 24`.
  package static func text(_ value: SettingValue) -> String {
    switch value {
    case .number(let number): NumberFormat.plain(number)
    case .word(let word): word
    case .bounds(let bounds?):
      "\(NumberFormat.plain(bounds.lower)) \(NumberFormat.plain(bounds.upper))"
    case .bounds(nil): "auto"
    case .size(let size): "\(size.width) \(size.height)"
    case .digits(let digits): digits.description
    }
  }

  /// `relu`, `sigmoid'`, `leaky (alpha=0.1)`, `leaky' (alpha=0.1)`.
  static func label(_ f: Activation, derivative: Bool) -> String {
    let name = f.name + (derivative ? "'" : "")
    guard case .leaky(let alpha) = f else { return name }
    return "\(name) (alpha=\(NumberFormat.plain(alpha)))"
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

  /// A table with every column right-aligned, from cells given row by row.
  ///
  /// The lines of `table(header:rows:rightAligned:indent:)` with every
  /// column right-aligned, for cells in one array (`columns` to a row; a
  /// short last row is padded with empty cells): no array per row, and each
  /// cell measured once (tested against `table`). Header cells beyond
  /// `columns` are dropped.
  /// - Complexity: O(n) in the total length of the cells.
  static func rightAligned(header: [String]?, cells: [String], columns: Int, indent: String = "")
    -> [ReportLine]
  {
    guard columns > 0 else { return table(header: header, rows: [], indent: indent) }
    let cellWidths = cells.map { DisplayWidth.of($0) }
    var widths = [Int](repeating: 0, count: columns)
    for (i, width) in cellWidths.enumerated() {
      widths[i % columns] = max(widths[i % columns], width)
    }
    if let header {
      for (i, cell) in header.prefix(columns).enumerated() {
        widths[i] = max(widths[i], DisplayWidth.of(cell))
      }
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(indent.utf8.count + widths.reduce(0) { $0 + $1 + 2 } + 16)
    let rows = (cells.count + columns - 1) / columns
    var lines: [ReportLine] = []
    lines.reserveCapacity(rows + 1)
    if let header {
      append(indent, to: &bytes)
      let count = min(header.count, columns)
      for i in 0..<count {
        appendSpaces(widths[i] - DisplayWidth.of(header[i]), to: &bytes)
        append(header[i], to: &bytes)
        if i < count - 1 { appendSpaces(2, to: &bytes) }
      }
      lines.append(ReportLine(String(decoding: bytes, as: UTF8.self), role: .heading))
    }
    for row in 0..<rows {
      bytes.removeAll(keepingCapacity: true)
      append(indent, to: &bytes)
      for i in 0..<columns {
        let index = row * columns + i
        if index < cells.count {
          appendSpaces(widths[i] - cellWidths[index], to: &bytes)
          append(cells[index], to: &bytes)
        } else {
          appendSpaces(widths[i], to: &bytes)
        }
        if i < columns - 1 { appendSpaces(2, to: &bytes) }
      }
      lines.append(ReportLine(String(decoding: bytes, as: UTF8.self)))
    }
    return lines
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
