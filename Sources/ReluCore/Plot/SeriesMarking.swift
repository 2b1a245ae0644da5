/// How a braille plot tells its curves apart; ascii plots always draw each
/// series in its own glyph.
///
/// ReluCore draws no colour itself: a front end that shows each series in its
/// own colour (the lab at a colour terminal) asks for ``color``; text that is
/// printed, saved or compared with a golden file gets ``glyphs``.
package enum SeriesMarking: Sendable, Equatable, Hashable {
  /// The series' glyph is put on its braille line every few cells, and dots
  /// several series light in one cell merge: the text alone names the curves.
  case glyphs
  /// Only dots, never a glyph inside a braille line, and a cell several series
  /// light goes to one of them (``CellClaims``), so every braille cell has
  /// one series' colour; the legend shows a short line of dots in each
  /// series' colour.
  case color
}
