/// The language a person reads ReluLab in: every message, help text, label
/// and lesson has an English and a Simplified Chinese form (``Words``).
///
/// Commands, function and setting names, numbers and JSON stay as typed in
/// either language: they are what a person types and a program reads.
package enum InterfaceLanguage: String, Sendable, Hashable, CaseIterable {
  case en
  case zh

  /// The language a tag names, as `--lang` and the locale write it, and a note
  /// when the tag asks for something close to it rather than it.
  ///
  /// `en`, `en_US.UTF-8`, `C` and `POSIX` are English; `zh`, `zh-CN`, `zh_CN`,
  /// `zh-Hans`, `zh-SG` and `cn` are Simplified Chinese; `zh-TW`, `zh-HK`,
  /// `zh-MO` and `zh-Hant` get the Simplified text with a note saying so.
  /// Case does not matter; an encoding (`.UTF-8`) or modifier (`@...`) after
  /// the tag is ignored. nil for any other tag.
  package static func named(_ tag: String) -> (language: InterfaceLanguage, note: Words?)? {
    var base = Substring(tag.lowercased())
    if let cut = base.firstIndex(where: { $0 == "." || $0 == "@" }) { base = base[..<cut] }
    let parts = base.split(whereSeparator: { $0 == "-" || $0 == "_" })
    guard let first = parts.first else { return nil }
    switch first {
    case "en", "c", "posix":
      return parts.count <= 2 || first == "en" ? (.en, nil) : nil
    case "cn":
      return parts.count == 1 ? (.zh, nil) : nil
    case "zh":
      let rest = Set(parts.dropFirst())
      if !rest.isDisjoint(with: ["tw", "hk", "mo", "hant"]) {
        return (.zh, traditionalNote)
      }
      return (.zh, nil)
    default:
      return nil
    }
  }

  /// Said once when Traditional Chinese was asked for.
  package static let traditionalNote = Words(
    en: "ReluLab's Chinese is written in Simplified characters; it is shown in those",
    zh: "ReluLab 的中文界面只有简体版，以下用简体字显示")

  /// The language the locale asks for: the first of LC_ALL, LC_MESSAGES and
  /// LANG that is set and not empty decides (as POSIX orders them); a Chinese
  /// tag (see ``named(_:)``) means Chinese, anything else English.
  package static func from(environment: [String: String]) -> InterfaceLanguage {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let value = environment[name], !value.isEmpty else { continue }
      return named(value)?.language ?? .en
    }
    return .en
  }

  /// The language shown when this one is asked for on a screen that can show
  /// only ASCII (`unicode` false: no UTF-8 locale could be set): English,
  /// with a note in both languages saying why, instead of Chinese as `?`.
  package func shown(unicode: Bool) -> (language: InterfaceLanguage, note: String?) {
    guard self == .zh, !unicode else { return (self, nil) }
    return (.en, Self.asciiNote.both)
  }

  /// Why Chinese is not shown: one line, both languages, the Chinese part
  /// for the reader whose terminal can show it elsewhere.
  package static let asciiNote = Words(
    en: "shown in English: no UTF-8 locale could be set, so this terminal cannot show Chinese"
      + " (try LC_ALL=C.UTF-8)",
    zh: "无法设置 UTF-8 区域设置，终端显示不了中文，所以用英文（可试 LC_ALL=C.UTF-8）")
}
