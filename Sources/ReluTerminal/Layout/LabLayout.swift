import ReluCore

/// A rectangle of character cells on the screen.
package struct Rect: Sendable, Equatable, CustomStringConvertible {
  package var row: Int
  package var column: Int
  package var width: Int
  package var height: Int

  package init(row: Int, column: Int, width: Int, height: Int) {
    self.row = row
    self.column = column
    self.width = max(0, width)
    self.height = max(0, height)
  }

  /// The row after the last.
  package var bottom: Int { row + height }
  /// The column after the last.
  package var right: Int { column + width }
  /// Whether it has no cells.
  package var isEmpty: Bool { width == 0 || height == 0 }

  package var description: String { "\(width)x\(height)@\(row),\(column)" }
}

/// Where the lab's panes go for a terminal size.
///
/// From the bottom: the input line, the status line, then the plot (the largest
/// pane, with a blank column either side) above the output pane, separated by a rule with the pane's title. On a
/// wide terminal (``sideBySideWidth`` columns or more) the output pane stands to
/// the right of the plot instead. Below ``minimumWidth`` x ``minimumHeight`` the
/// lab shows only a request for a bigger window.
package struct LabLayout: Sendable, Equatable {
  /// How the panes are arranged.
  package enum Arrangement: Sendable, Equatable {
    /// Plot above output.
    case stacked
    /// Plot left of output.
    case sideBySide
    /// Too small: one line asking for a bigger window.
    case tooSmall
  }

  /// The least columns the lab works with.
  package static let minimumWidth = 40
  /// The least rows the lab works with.
  package static let minimumHeight = 14
  /// From this width on, the output pane stands beside the plot.
  package static let sideBySideWidth = 130
  /// The least rows the stacked output pane gets.
  package static let minimumOutputRows = 3

  /// The terminal's columns.
  package let width: Int
  /// The terminal's rows.
  package let height: Int
  /// How the panes are arranged.
  package let arrangement: Arrangement
  /// The plot pane.
  package let plot: Rect
  /// The rule above (stacked) or left of (side by side) the output pane, with its title.
  package let separator: Rect
  /// The output pane.
  package let output: Rect
  /// The status line.
  package let status: Rect
  /// The input line.
  package let input: Rect

  /// Lays out a `width` x `height` terminal.
  package init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    let empty = Rect(row: 0, column: 0, width: 0, height: 0)
    guard width >= Self.minimumWidth, height >= Self.minimumHeight else {
      arrangement = .tooSmall
      (plot, separator, output, status, input) = (empty, empty, empty, empty, empty)
      return
    }
    input = Rect(row: height - 1, column: 0, width: width, height: 1)
    status = Rect(row: height - 2, column: 0, width: width, height: 1)
    let rows = height - 2
    if width >= Self.sideBySideWidth {
      arrangement = .sideBySide
      let plotWidth = width * 3 / 5
      plot = Rect(row: 0, column: 1, width: plotWidth - 2, height: rows)
      separator = Rect(row: 0, column: plotWidth, width: 1, height: rows)
      // One blank column between the rule and the text.
      output = Rect(row: 0, column: plotWidth + 2, width: width - plotWidth - 2, height: rows)
    } else {
      arrangement = .stacked
      // The plot takes about five eighths of the rows, the output the rest.
      let plotRows = min(rows - 1 - Self.minimumOutputRows, max(8, rows * 5 / 8))
      plot = Rect(row: 0, column: 1, width: width - 2, height: plotRows)
      separator = Rect(row: plotRows, column: 0, width: width, height: 1)
      output = Rect(row: plotRows + 1, column: 0, width: width, height: rows - plotRows - 1)
    }
  }

  /// The line shown when the terminal is too small, fitted to its width.
  package var tooSmallMessage: String {
    let full =
      "ReluLab needs a window of at least \(Self.minimumWidth)x\(Self.minimumHeight)"
      + " (now \(width)x\(height)): please enlarge it"
    if DisplayWidth.of(full) <= width { return full }
    let short = "Enlarge window: \(Self.minimumWidth)x\(Self.minimumHeight) needed"
    if DisplayWidth.of(short) <= width { return short }
    return DisplayWidth.truncate("Too small", to: width)
  }
}
