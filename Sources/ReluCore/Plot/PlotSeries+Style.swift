/// How one series looks in every rendering: the text plot's glyph, the SVG
/// stroke and the lab's colour.
///
/// ``PlotSeries/style`` is the one table of them; the text plot, the SVG
/// export and the lab's palette all read it.
package struct SeriesStyle: Sendable, Hashable {
  /// The ASCII character that draws the series in a text plot (and stands for
  /// it in the legend).
  package var glyph: Character
  /// The series' own colour: its SVG stroke exactly, and the lab's colour for
  /// it (approximated by the terminal).
  package var color: SeriesColor
  /// Whether the SVG stroke is dashed (the derivatives), so curves stay apart
  /// in grey print too.
  package var dashed: Bool

  /// The SVG `stroke-dasharray` of a dashed series.
  package static let svgDashArray = "7 4"
}

extension PlotSeries {
  /// How this series is drawn: one row per series, each glyph and each colour
  /// used once.
  ///
  /// | series | glyph | colour |
  /// | --- | --- | --- |
  /// | relu | `*` | blue |
  /// | leaky | `#` | vermillion |
  /// | sigmoid | `%` | orange |
  /// | tanh | `&` | sky blue |
  /// | relu' | `=` | bluish green |
  /// | leaky' | `$` | reddish purple |
  /// | sigmoid' | `:` | yellow |
  /// | tanh' | `~` | grey |
  ///
  /// The four rectifier curves, most often plotted together, take the four
  /// colours furthest apart. No glyph is used by the axes (`-`, `|`, `+`) or
  /// the markers (`o`, `@`, `X`, digits, `C`). Derivatives are dashed in SVG.
  package var style: SeriesStyle {
    let (glyph, color): (Character, SeriesColor) =
      switch (kind, isDerivative) {
      case (.relu, false): ("*", .blue)
      case (.leaky, false): ("#", .vermillion)
      case (.sigmoid, false): ("%", .orange)
      case (.tanh, false): ("&", .skyBlue)
      case (.relu, true): ("=", .bluishGreen)
      case (.leaky, true): ("$", .reddishPurple)
      case (.sigmoid, true): (":", .yellow)
      case (.tanh, true): ("~", .grey)
      }
    return SeriesStyle(glyph: glyph, color: color, dashed: isDerivative)
  }

  /// The ASCII character that draws this series: its ``style``'s glyph.
  package var glyph: Character { style.glyph }
}
