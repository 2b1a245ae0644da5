/// Counts in words: `1 step`, `2 steps`.
package enum Plural {
  /// `count` and `noun`, the noun with an `s` unless the count is 1.
  package static func count(_ count: Int, _ noun: String) -> String {
    var bytes: [UInt8] = []
    append(count, noun, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends the UTF-8 of `count(count, noun)`.
  package static func append(_ count: Int, _ noun: String, to bytes: inout [UInt8]) {
    DecimalText.append(count, to: &bytes)
    bytes.append(UInt8(ascii: " "))
    bytes += noun.utf8
    if count != 1 { bytes.append(UInt8(ascii: "s")) }
  }

  /// `count` and a noun in each language: `2 steps` / `2 步`, the English
  /// noun with an `s` unless the count is 1, the Chinese after a space (and
  /// a measure word, when the noun needs one, given as part of `zh`).
  package static func words(_ count: Int, en: String, zh: String) -> Words {
    Words(en: self.count(count, en), zh: "\(count) \(zh)")
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
