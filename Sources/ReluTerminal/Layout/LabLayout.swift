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
///
/// While a lesson waits at a pause, its words stand in a box of their own
/// (``narration``) just above the output pane: between the plot and the
/// output's rule when stacked, at the top of the output's column side by
/// side. The box takes the rows its words need, at most what leaves the plot
/// ``PlotSize/minimum`` rows and the output ``minimumOutputRows``; stacked,
/// it takes them from the output pane down to ``lessonOutputRows``, then
/// from the plot, then from the output again.
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
  /// The rows the stacked output pane keeps beside a lesson's words while
  /// the plot can give them: a command's table with its echo and header.
  package static let lessonOutputRows = 8

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
  /// The lesson's words at a pause: a title row, then the words.
  ///
  /// Empty when there are none or no room for a title and one row of words. Side by
  /// side, a rule row under it separates it from the output pane.
  package let narration: Rect
  /// The status line.
  package let status: Rect
  /// The input line.
  package let input: Rect

  /// Lays out a `width` x `height` terminal.
  /// - Parameters:
  ///   - width: The terminal's columns.
  ///   - height: The terminal's rows.
  ///   - narrationRows: The rows of words the narration box would show at a
  ///     text width (the box's width less a column either side); 0, the
  ///     default, for no box.
  package init(width: Int, height: Int, narrationRows: (_ textWidth: Int) -> Int = { _ in 0 }) {
    self.width = max(0, width)
    self.height = max(0, height)
    let empty = Rect(row: 0, column: 0, width: 0, height: 0)
    guard width >= Self.minimumWidth, height >= Self.minimumHeight else {
      arrangement = .tooSmall
      (plot, separator, output, status, input, narration) = (
        empty, empty, empty, empty, empty, empty
      )
      return
    }
    /// The box's rows (its title row and its words), at most `room`; 0 when
    /// the room holds no title and one row of words.
    func boxRows(textWidth: Int, room: Int) -> Int {
      let wanted = narrationRows(textWidth)
      guard wanted > 0, room >= 2 else { return 0 }
      return min(1 + wanted, room)
    }
    input = Rect(row: height - 1, column: 0, width: width, height: 1)
    status = Rect(row: height - 2, column: 0, width: width, height: 1)
    let rows = height - 2
    if width >= Self.sideBySideWidth {
      arrangement = .sideBySide
      let plotWidth = width * 3 / 5
      plot = Rect(row: 0, column: 1, width: plotWidth - 2, height: rows)
      separator = Rect(row: 0, column: plotWidth, width: 1, height: rows)
      // One blank column between the rule and the text; the box and its
      // rule row above the output.
      let columnWidth = width - plotWidth - 1
      let box = boxRows(textWidth: columnWidth - 2, room: rows - 1 - Self.minimumOutputRows)
      narration = Rect(row: 0, column: plotWidth + 1, width: columnWidth, height: box)
      let top = box > 0 ? box + 1 : 0
      output = Rect(
        row: top, column: plotWidth + 2, width: width - plotWidth - 2, height: rows - top)
    } else {
      arrangement = .stacked
      // The plot takes about five eighths of the rows, the output the rest.
      var plotRows = min(rows - 1 - Self.minimumOutputRows, max(8, rows * 5 / 8))
      let box = boxRows(
        textWidth: width - 2, room: rows - PlotSize.minimum.height - 1 - Self.minimumOutputRows)
      // The box takes the output's rows down to lessonOutputRows, then the
      // plot's down to its minimum, then the output's.
      var outputRows = rows - plotRows - 1 - box
      if outputRows < Self.lessonOutputRows {
        let taken = max(
          0, min(Self.lessonOutputRows - outputRows, plotRows - PlotSize.minimum.height))
        plotRows -= taken
        outputRows += taken
      }
      plotRows = rows - 1 - box - outputRows
      plot = Rect(row: 0, column: 1, width: width - 2, height: plotRows)
      narration = Rect(row: plotRows, column: 0, width: width, height: box)
      separator = Rect(row: plotRows + box, column: 0, width: width, height: 1)
      output = Rect(row: plotRows + box + 1, column: 0, width: width, height: outputRows)
    }
  }

  /// The line shown when the terminal is too small, fitted to its width.
  package var tooSmallMessage: String { tooSmallMessage(in: .en) }

  /// The line shown when the terminal is too small, in `language`, fitted to its width.
  package func tooSmallMessage(in language: InterfaceLanguage) -> String {
    let needed = "\(Self.minimumWidth)x\(Self.minimumHeight)"
    let full = FrameText.tooSmall(needed: needed, now: "\(width)x\(height)").words(language)
    if DisplayWidth.of(full) <= width { return full }
    let short = FrameText.tooSmallShort(needed: needed).words(language)
    if DisplayWidth.of(short) <= width { return short }
    return LabRenderer.FrameCharacters.for(language).truncate(
      FrameText.tooSmallShortest.words(language), to: width)
  }
}
