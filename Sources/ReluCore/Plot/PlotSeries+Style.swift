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
  /// How this series is drawn: its function's glyph and colour for f or for
  /// f' (``FunctionEntry/glyphs``, ``FunctionEntry/colors``), dashed in SVG
  /// for a derivative.
  ///
  /// | series | glyph | colour |
  /// | --- | --- | --- |
  /// | relu, relu' | `*`, `=` | blue, bluish green |
  /// | leaky, leaky' | `#`, `$` | vermillion, reddish purple |
  /// | sigmoid, sigmoid' | `%`, `:` | orange, yellow |
  /// | tanh, tanh' | `&`, `~` | sky blue, grey |
  /// | elu, elu' | `{`, `;` | teal, olive |
  /// | softplus, softplus' | `"`, `,` | rose, sand |
  /// | prelu, prelu' | `>`, `/` | wine, cyan |
  /// | rrelu, rrelu' | `<`, `?` | purple, green |
  ///
  /// The four rectifier curves, most often plotted together, take the four
  /// colours furthest apart. No glyph is used twice, nor by the axes (`-`,
  /// `|`, `+`), the markers (`o`, `@`, `X`, `O`, `!`, digits, `C`) or the
  /// charts (`.`, `^`, `x`); a test checks it.
  package var style: SeriesStyle {
    let entry = kind.entry
    return SeriesStyle(
      glyph: isDerivative ? entry.glyphs.derivative : entry.glyphs.function,
      color: isDerivative ? entry.colors.derivative : entry.colors.function,
      dashed: isDerivative)
  }

  /// The ASCII character that draws this series: its ``style``'s glyph.
  package var glyph: Character { style.glyph }
}
