/// Counts in words: `1 step`, `2 steps`.
package enum Plural {
  /// `count` and `noun`, the noun with an `s` unless the count is 1.
  package static func count(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
  }

  /// `1st`, `2nd`, `3rd`, `4th`, `11th`, `22nd`.
  package static func ordinal(_ n: Int) -> String {
    let suffix: String
    switch (n % 10, n % 100) {
    case (_, 11...13): suffix = "th"
    case (1, _): suffix = "st"
    case (2, _): suffix = "nd"
    case (3, _): suffix = "rd"
    default: suffix = "th"
    }
    return "\(n)\(suffix)"
  }
}
