/// What the plot pane draws: one case per layout, each holding the figures
/// it draws, computed once when the scene was built.
package enum PlotView: Sendable, Equatable {
  /// The function plot.
  case functions(PlotScene)
  /// A decay: the decayed function zoomed to where the decay moves, and the
  /// step chart, side by side where they fit.
  case decay(function: PlotScene, steps: Chart)
  /// One chart alone: the race, the step chart, the network's fit or loss.
  case chart(Chart)
  /// The network: its fit to the data (with each unit's kink for depth 1),
  /// and the loss (log scale) and dead units against the epoch.
  case network(fit: Chart, loss: Chart, dead: Chart)
  /// The census of `born`: the fraction born dead against depth, and the
  /// heat map of the same cells, side by side where they fit.
  case census(chart: Chart, heat: HeatMap)
  /// A heat map alone: the census's.
  case heatMap(HeatMap)
  /// The twin: its two copies' losses by epoch, and the count of z = 0 by
  /// epoch, side by side where they fit.
  case twin(losses: Chart, zeros: Chart)
}
