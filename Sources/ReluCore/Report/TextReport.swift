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

  /// Columns padded to their widest cell; a header becomes a heading line.
  static func table(header: [String]?, rows: [[String]], rightAligned: Set<Int> = [])
    -> [ReportLine]
  {
    let all = (header.map { [$0] } ?? []) + rows
    let columns = all.map(\.count).max() ?? 0
    var widths = [Int](repeating: 0, count: columns)
    for row in all {
      for (i, cell) in row.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(cell)) }
    }
    func format(_ row: [String]) -> String {
      var text = ""
      for (i, cell) in row.enumerated() {
        let pad = String(repeating: " ", count: widths[i] - DisplayWidth.of(cell))
        let last = i == row.count - 1
        text += rightAligned.contains(i) ? pad + cell : cell + (last ? "" : pad)
        if !last { text += "  " }
      }
      return text
    }
    var lines: [ReportLine] = []
    if let header { lines.append(ReportLine(format(header), role: .heading)) }
    lines += rows.map { ReportLine(format($0)) }
    return lines
  }

}
