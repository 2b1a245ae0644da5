/// How curves become characters.
///
/// - `ascii`: pure 7-bit text; each plot cell is one sample, and each series
///   draws with its own glyph (``PlotSeries/glyph``).
/// - `braille`: each cell is a Unicode braille pattern (U+2800 to U+28FF)
///   holding 2x4 dots, so a cell carries 2 samples across and 4 rows down.
///   Axes, labels, legend and markers stay ordinary characters.
package enum PlotRendering: String, Sendable, CaseIterable {
  case ascii
  case braille

  /// Samples per cell across (columns) and down (rows): 1x1 or 2x4.
  package var samplesPerCell: (across: Int, down: Int) {
    switch self {
    case .ascii: (1, 1)
    case .braille: (Braille.dotsAcross, Braille.dotsDown)
    }
  }
}
