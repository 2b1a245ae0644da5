import ReluCore

/// The step table of an animated run: one header for the whole run, and
/// each step's row aligned under it.
///
/// Each animated step is a `step 1` of its own, whose table has its own
/// header and column widths; printing them as they come would repeat the
/// header before every row (67 times for sigmoid). The first step's header
/// is shown once, its number columns widened to hold any number at the
/// session's digits, and every row is realigned under it.
struct AnimatedStepTable {
  /// The widest number at the session's digits: `-1.23457e-05` at 6.
  let numberWidth: Int
  /// The header shown, once the first step printed it.
  private(set) var header: String?

  /// A table for numbers written with `digits`.
  init(digits: NumberDigits) {
    let significant =
      switch digits {
      case .significant(let count): count
      case .full: 17
      }
    numberWidth = significant + 6  // sign, point, and an exponent like e-05
  }

  /// The lines of one step's output to show: the header the first time
  /// only, each row realigned under it, and any other lines as they are.
  mutating func lines(_ lines: [ReportLine]) -> [ReportLine] {
    lines.compactMap { line in
      switch line.role {
      case .heading:
        guard header == nil else { return nil }
        let widened = Self.widened(line.text, numbers: numberWidth)
        header = widened
        return ReportLine(widened, role: .heading)
      case .plain where header != nil && Self.isRow(line.text):
        return ReportLine(Self.aligned(line.text, under: header ?? ""), role: line.role)
      default:
        return line
      }
    }
  }

  /// Whether `text` is a table row: indented cells of numbers, not the
  /// `  -> reached` line after them.
  private static func isRow(_ text: String) -> Bool {
    text.hasPrefix("  ") && !text.drop { $0 == " " }.hasPrefix("->")
  }

  /// `header` with every column but the first (the step's number) at least
  /// `numbers` columns wide, right-aligned, two spaces apart.
  static func widened(_ header: String, numbers: Int) -> String {
    let indent = String(header.prefix { $0 == " " })
    let cells = header.split(separator: " ")
    var out = indent
    for (index, cell) in cells.enumerated() {
      let width = DisplayWidth.of(String(cell))
      let column = index == 0 ? width : max(width, numbers)
      out += String(repeating: " ", count: (index == 0 ? 0 : 2) + column - width) + cell
    }
    return out
  }

  /// `row`'s cells right-aligned to the right edges of `header`'s cells
  /// (measured in display columns), two spaces apart at least.
  static func aligned(_ row: String, under header: String) -> String {
    var edges: [Int] = []
    var column = 0
    var inCell = false
    for character in header {
      if character == " " {
        if inCell { edges.append(column) }
        inCell = false
      } else {
        inCell = true
      }
      column += DisplayWidth.of(String(character))
    }
    if inCell { edges.append(column) }
    let indent = String(row.prefix { $0 == " " })
    let cells = row.split(separator: " ")
    guard cells.count == edges.count else { return row }
    var out = ""
    var width = 0
    for (cell, edge) in zip(cells, edges) {
      let cellWidth = DisplayWidth.of(String(cell))
      let gap = out.isEmpty ? indent.count : 2
      let spaces = max(gap, edge - width - cellWidth)
      out += String(repeating: " ", count: spaces) + cell
      width += spaces + cellWidth
    }
    return out
  }
}
