/// Whole numbers written as decimal digits straight into a byte buffer.
package enum DecimalText {
  /// Appends `n` in decimal (a `-` before a negative number): the UTF-8 of
  /// ``plain(_:)``, without making a String (tested).
  /// - Complexity: O(number of digits).
  package static func append(_ n: Int, to bytes: inout [UInt8]) {
    if n < 0 { bytes.append(UInt8(ascii: "-")) }
    var magnitude = n.magnitude
    let start = bytes.count
    repeat {
      bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
      magnitude /= 10
    } while magnitude > 0
    bytes[start...].reverse()
  }

  /// `n` in decimal: the plain definition `append(_:to:)` agrees with.
  package static func plain(_ n: Int) -> String { String(n) }
}
