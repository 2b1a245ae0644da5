extension PlotExport {
  /// The most rows a CSV export writes.
  package static let maximumSamples = 100_000

  /// The sampled points of every series as CSV.
  ///
  /// Header `z,relu,relu',...` (``inputName``, the same as the SVG's axis
  /// label, then the series' names, in scene order; leaky's alpha is the
  /// scene's), then one row per sample: z_i = ``PlotSampling/x(_:of:in:)``
  /// over the x range (both ends included), and each series' value there, with the convention at 0 of the scene. Numbers
  /// are the shortest text that reads back as the same `Double`
  /// (``NumberFormat/plain(_:)``; NaN as `nan`), so parsing the file gives
  /// back exactly the samples.
  /// - Parameters:
  ///   - scene: The series, alpha, convention and x range.
  ///   - samples: Rows, clamped to 2...``maximumSamples``.
  /// - Returns: The CSV text, each line ended by `\n`.
  /// - Complexity: O(samples * series).
  package static func csv(_ scene: PlotScene, samples: Int = 201) -> String {
    let count = min(max(samples, 2), maximumSamples)
    var text = ([inputName] + scene.series.map(\.description)).joined(separator: ",") + "\n"
    for index in 0..<count {
      let x = PlotSampling.x(index, of: count, in: scene.xRange)
      let values = [x] + scene.series.map { scene.value(of: $0, at: x) }
      text += values.map(NumberFormat.plain).joined(separator: ",") + "\n"
    }
    return text
  }
}
