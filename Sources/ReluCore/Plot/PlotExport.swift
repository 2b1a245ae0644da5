/// Plots as files: SVG for slides, CSV of the samples, and the text plot.
package enum PlotExport {
  /// The name of the input variable: the CSV's first column and the SVG's
  /// horizontal axis label (the z of f(z), as the lab writes it everywhere).
  package static let inputName = "z"

  /// The text plot: the canvas lines, each ended by a newline.
  /// - Parameters:
  ///   - scene: What to show.
  ///   - size: The canvas size.
  /// - Returns: Exactly `size.height` lines.
  package static func text(_ scene: PlotScene, size: PlotSize) -> String {
    PlotRenderer.render(scene, size: size).lines.map { $0 + "\n" }.joined()
  }
}
