/// Joining a line from pieces without String's per-append cost.
package enum Concatenation {
  /// `pieces.joined()`: the pieces' UTF-8 bytes gathered in one buffer of
  /// the right size, then made a string once (an interpolation or `+` of
  /// ten pieces grows and re-checks the string ten times).
  /// - Complexity: O(n) in the total length of the pieces.
  package static func join(_ pieces: [String]) -> String {
    var count = 0
    for piece in pieces { count += piece.utf8.count }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(count)
    for piece in pieces { bytes += piece.utf8 }
    return String(decoding: bytes, as: UTF8.self)
  }
}
