/// Counts in words: `1 step`, `2 steps`.
package enum Plural {
  /// `count` and `noun`, the noun with an `s` unless the count is 1.
  package static func count(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
  }
}
