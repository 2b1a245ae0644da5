/// The characters of a text plot other than the series' own glyphs.
package enum PlotGlyphs {
  /// The left and bottom border and the zero lines.
  package static let vertical: Character = "|"
  /// The bottom border and the horizontal zero line.
  package static let horizontal: Character = "-"
  /// Tick marks on the border, the corner and the crossing of the zero lines.
  package static let crossing: Character = "+"
  /// The end of a jump that holds the value at the jump (a textbook's filled dot).
  package static let closedPoint: Character = "@"
  /// The other end of a jump (a textbook's hollow dot).
  package static let openPoint: Character = "o"
  /// A point of the last feed.
  package static let feedPoint: Character = "X"
  /// The trace cursor's column (no series' glyph).
  package static let cursor: Character = "!"
  /// Where a curve crosses the trace cursor's column (not the open point `o`).
  package static let cursorPoint: Character = "O"
  /// The decay trajectory's last point, where it stands now.
  package static let currentMarker: Character = "C"

  /// The marker of decay step `step`: its last digit (`0` is the start).
  package static func decayMarker(step: Int) -> Character {
    Character(String(((step % 10) + 10) % 10))
  }
}
