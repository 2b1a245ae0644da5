/// Unicode braille patterns (U+2800 to U+28FF) as 2x4 dot grids.
///
/// Dot (column c, row r) of a cell, c in 0...1 left to right and r in 0...3
/// top to bottom, is bit ``bit(column:row:)`` of the pattern's offset from
/// U+2800: the left column's rows 0...2 are bits 0, 1, 2 and row 3 is bit 6;
/// the right column's rows 0...2 are bits 3, 4, 5 and row 3 is bit 7.
package enum Braille {
  /// Dots across a cell.
  package static let dotsAcross = 2
  /// Dots down a cell.
  package static let dotsDown = 4

  /// The first braille pattern, with no dots.
  package static let base: UInt32 = 0x2800

  /// The bit for one dot.
  /// - Parameters:
  ///   - column: 0 (left) or 1 (right); other values are taken modulo 2.
  ///   - row: 0 (top) to 3 (bottom); other values are taken modulo 4.
  /// - Returns: A single-bit mask.
  package static func bit(column: Int, row: Int) -> UInt8 {
    let c = ((column % 2) + 2) % 2
    let r = ((row % 4) + 4) % 4
    if r == 3 { return c == 0 ? 0x40 : 0x80 }
    return UInt8(1) << UInt8(r + 3 * c)
  }

  /// The braille scalar with these dots.
  package static func scalar(_ dots: UInt8) -> Unicode.Scalar {
    // Every value of base + UInt8 is a valid scalar in the braille block.
    Unicode.Scalar(base + UInt32(dots)) ?? " "
  }

  /// The dots of a braille character, or nil for any other character.
  package static func dots(_ character: Character) -> UInt8? {
    guard character.unicodeScalars.count == 1,
      let scalar = character.unicodeScalars.first,
      scalar.value >= base, scalar.value <= base + 0xFF
    else { return nil }
    return UInt8(scalar.value - base)
  }
}
