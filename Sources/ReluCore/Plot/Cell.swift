/// One character cell of a ``Canvas``: a Unicode scalar and what it stands for.
///
/// A cell holds one scalar, not a `Character`, so cells are plain values that
/// copy without reference counting and a row turns into UTF-8 directly
/// (``Canvas/lines``).
package struct Cell: Sendable, Equatable {
  /// The scalar shown: 7-bit ASCII, a braille pattern in braille plots, or
  /// a wide (CJK) character of a legend followed by a ``continuation(role:)``.
  package var scalar: Unicode.Scalar
  /// What the character stands for.
  package var role: CellRole

  /// A cell showing `scalar`.
  package init(scalar: Unicode.Scalar, role: CellRole) {
    self.scalar = scalar
    self.role = role
  }

  /// A cell showing `character`, which the renderers only ever give as one
  /// scalar; of a character made of several scalars the cell keeps the first.
  package init(character: Character, role: CellRole) {
    self.init(scalar: character.unicodeScalars.first ?? " ", role: role)
  }

  /// The character shown.
  package var character: Character { Character(scalar) }

  /// A space.
  package static let blank = Cell(scalar: " ", role: .blank)

  /// The right half of a wide (2-column) character in the cell before it,
  /// with that character's role: a NUL, which text leaves out.
  package static func continuation(role: CellRole) -> Cell { Cell(scalar: "\u{0}", role: role) }

  /// Whether this is the right half of the wide character before it.
  package var isContinuation: Bool { scalar.value == 0 }
}
