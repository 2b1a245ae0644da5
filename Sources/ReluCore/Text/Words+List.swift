extension Words {
  /// `a, b or c` and `a、b 或 c` (with `or` false, `and` and `和`); one
  /// word alone, or nothing for none.
  package static func list(_ words: [String], or: Bool) -> Words {
    guard let last = words.last, words.count > 1 else {
      return Words(en: words.first ?? "", zh: words.first ?? "")
    }
    return Words(
      en: words.dropLast().joined(separator: ", ") + (or ? " or " : " and ") + last,
      zh: words.dropLast().joined(separator: "、") + (or ? " 或 " : " 和 ") + last)
  }
}
