/// The twin's figures: log10 of each copy's loss by epoch on one chart, and
/// the count of z = 0 by epoch (both of one run: the first seed at the
/// first precision).
package struct TwinFigure: Sendable, Equatable {
  package var losses: Chart
  package var zeros: Chart
}
