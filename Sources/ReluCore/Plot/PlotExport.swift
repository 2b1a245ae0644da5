/// Plots as files: SVG for slides, CSV of the samples, and the text plot.
package enum PlotExport {
  /// The text plot: the canvas lines, each ended by a newline.
  /// - Parameters:
  ///   - scene: What to show.
  ///   - size: The canvas size.
  /// - Returns: Exactly `size.height` lines.
  package static func text(_ scene: PlotScene, size: PlotSize) -> String {
    PlotRenderer.render(scene, size: size).lines.map { $0 + "\n" }.joined()
  }
}
