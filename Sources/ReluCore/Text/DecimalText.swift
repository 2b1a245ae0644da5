/// Whole numbers written as decimal digits straight into a byte buffer.
package enum DecimalText {
  /// Appends `n` in decimal (a `-` before a negative number): the UTF-8 of
  /// ``plain(_:)``, without making a String (tested).
  /// - Complexity: O(number of digits).
  package static func append(_ n: Int, to bytes: inout [UInt8]) {
    if n < 0 { bytes.append(UInt8(ascii: "-")) }
    let magnitude = n.magnitude
    var place: UInt = 1  // the place of the leading digit
    while magnitude / place >= 10 { place *= 10 }
    repeat {
      bytes.append(UInt8(ascii: "0") + UInt8(magnitude / place % 10))
      place /= 10
    } while place > 0
  }

  /// `n` in decimal: the plain definition `append(_:to:)` agrees with.
  package static func plain(_ n: Int) -> String { String(n) }
}
