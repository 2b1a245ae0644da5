/// How many significant digits text output shows (`set digits N|full`).
///
/// `.significant(n)` rounds to n significant digits and writes the shortest
/// form of the result (``NumberFormat/short(_:digits:)``): with n = 6,
/// 0.49999999999999994 shows as `0.5` and 0.898368295785431 as `0.898368`.
/// `.full` writes the shortest text that reads back as the same `Double`
/// (``NumberFormat/plain(_:)``). JSON never rounds.
package enum NumberDigits: Sendable, Equatable, CustomStringConvertible {
  case significant(Int)
  case full

  /// The default: 6 significant digits.
  package static let standard = NumberDigits.significant(6)
  /// The most significant digits worth asking for: 17 tell every `Double` apart.
  package static let maximum = 17

  /// `x` written with these digits.
  package func format(_ x: Double) -> String {
    switch self {
    case .significant(let digits): NumberFormat.short(x, digits: digits)
    case .full: NumberFormat.plain(x)
    }
  }

  /// Appends the UTF-8 of `format(x)`, through
  /// ``NumberFormat/appendShort(_:digits:to:)`` (tested against `format`).
  package func append(_ x: Double, to bytes: inout [UInt8]) {
    switch self {
    case .significant(let digits): NumberFormat.appendShort(x, digits: digits, to: &bytes)
    case .full: bytes += NumberFormat.plain(x).utf8
    }
  }

  /// `6` or `full`, as `set digits` takes it.
  package var description: String {
    switch self {
    case .significant(let digits): String(digits)
    case .full: "full"
    }
  }
}
