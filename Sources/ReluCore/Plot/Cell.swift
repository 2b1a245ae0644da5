/// One character cell of a ``Canvas``.
package struct Cell: Sendable, Equatable {
  /// The character shown: 7-bit ASCII, or a braille pattern in braille plots.
  package var character: Character
  /// What the character stands for.
  package var role: CellRole

  package init(character: Character, role: CellRole) {
    self.character = character
    self.role = role
  }

  /// A space.
  package static let blank = Cell(character: " ", role: .blank)
}
