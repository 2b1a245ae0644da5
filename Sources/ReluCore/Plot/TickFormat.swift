/// Tick labels as short as they can be.
package enum TickFormat {
  /// The label for a tick value: `0` for zero (never `-0`), whole numbers
  /// below 10^15 without decimals (`-4`, `200000`), and anything else as the
  /// shortest text that reads back as the same `Double` (`0.5`, `1e-06`,
  /// `1.0000002`, `1e+16`).
  /// - Parameter value: A tick value, ideally computed as an exact decimal.
  /// - Returns: The label.
  package static func label(_ value: Double) -> String {
    if value == 0 { return "0" }
    return NumberFormat.plain(value)
  }
}
