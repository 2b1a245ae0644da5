import ReluCore

/// What a cell on the screen shows, so the terminal can colour it; the palette
/// (or, without colours, the attributes) lives with the terminal.
package enum ColorRole: Sendable, Hashable {
  /// Ordinary text.
  case plain
  /// A curve of the plot, or its glyph in the legend: which series, so it
  /// takes that series' own colour.
  case series(PlotSeries)
  /// A chart's line in a colour of its own (a census's width).
  case curve(SeriesColor)
  /// The plot's border, zero lines and tick marks.
  case axis
  /// Numbers at the ticks.
  case tickLabel
  /// The legend's text.
  case legend
  /// A point of the last feed.
  case feedPoint
  /// A past step of the decay.
  case decayMarker
  /// Where the decay stands now.
  case currentMarker
  /// The open and closed ends of a jump.
  case jumpPoint
  /// The trace cursor's column, and its readout under the plot.
  case cursor
  /// Where a curve crosses the trace cursor's column.
  case cursorPoint
  /// A command the person ran, echoed in the output pane.
  case echo
  /// A heading in a report.
  case heading
  /// A `say` line of a script: it must stand out.
  case say
  /// A remark in a report.
  case note
  /// A table row.
  case table
  /// An error message and its caret.
  case error
  /// The status line.
  case status
  /// The status line's key reminder.
  case statusHint
  /// The input prompt.
  case prompt
  /// Pane titles and rules.
  case frame
  /// A `pause` prompt or another request for a key.
  case attention
  /// The help overlay.
  case overlay
  /// The words Tab offers, shown until the next key.
  case completions
}
