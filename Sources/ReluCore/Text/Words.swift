/// One piece of text a person reads, in every ``InterfaceLanguage``.
///
/// There is no way to make one from a single string: whoever writes a
/// message writes both forms, so a missing translation does not compile.
/// Message catalogues (``MessageCatalogue``) build these from typed cases.
package struct Words: Sendable, Hashable {
  package var en: String
  package var zh: String

  package init(en: String, zh: String) {
    self.en = en
    self.zh = zh
  }

  /// The text in `language`.
  package func callAsFunction(_ language: InterfaceLanguage) -> String {
    switch language {
    case .en: en
    case .zh: zh
    }
  }

  /// Both forms on one line, English first, for the rare message shown before
  /// the language is known (or when Chinese cannot be drawn).
  package var both: String { en == zh ? en : "\(en) / \(zh)" }

  /// Text that reads the same in every language: a name, a number, a formula.
  package static func same(_ text: String) -> Words { Words(en: text, zh: text) }

  /// Each language's form with `other`'s appended.
  package static func + (lhs: Words, rhs: Words) -> Words {
    Words(en: lhs.en + rhs.en, zh: lhs.zh + rhs.zh)
  }
}

/// A kind of message held as data: typed cases that carry their arguments,
/// each of which says what it says in both languages.
///
/// ``samples`` holds at least one value of every case, so that a test can walk
/// every catalogue and fail on an empty or untranslated form.
package protocol MessageCatalogue: Sendable {
  /// The message in both languages.
  var words: Words { get }
  /// One value of each case, with typical arguments.
  static var samples: [Self] { get }
}

extension DefaultStringInterpolation {
  /// `"\(words)"` would write the struct's fields into a message: pick a
  /// language (`words.en`, `words(language)`) instead.
  @available(*, unavailable, message: "pick a language: words.en, words.zh or words(language)")
  package mutating func appendInterpolation(_ words: Words) {
    appendLiteral(words.en)
  }
}
