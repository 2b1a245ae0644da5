/// A character a Chinese input method types in place of an ASCII one it
/// looks like: the full-width forms (`，` for `,`), `。` for `.`, `、` for `,`
/// or `\`, `“` for `"`, `【` for `[`...
///
/// The lexer reads some of them as their ASCII forms (see ``Lexer``); an
/// error over text holding one names it, so that a person who cannot see
/// the difference learns what is there.
package struct Lookalike: Sendable, Equatable {
  /// The character as typed.
  package var character: Character
  /// The ASCII character it stands in for.
  package var ascii: Character
  /// What it is called: `full-width comma` / `全角逗号`.
  package var name: Words
  /// Whether the lexer reads it as ``ascii``.
  package var isRead: Bool

  /// The first such character in `range` of `source`, preferring one the
  /// lexer does not read (the likelier cause of an error), or nil.
  ///
  /// One the lexer reads counts only when `oneToken` and the range holds no
  /// blank (one word, or one punctuation mark): in a longer stretch, such as
  /// a bracketed vector, it is seldom what went wrong.
  static func first(in source: Source, _ range: SourceRange, oneToken: Bool) -> Lookalike? {
    let end = min(range.end, source.bytes.count)
    guard range.start < end else { return nil }
    var read: Lookalike?
    var blank = false
    var at = range.start
    while at < end {
      let lead = source.bytes[at]
      guard lead >= 0x80 else {
        if lead == UInt8(ascii: " ") || lead == UInt8(ascii: "\t") { blank = true }
        at += 1
        continue
      }
      let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
      let slice = source.bytes[at..<min(end, at + length)]
      if let scalar = String(decoding: slice, as: UTF8.self).unicodeScalars.first,
        let found = named(scalar, inWord: at > range.start)
      {
        if !found.isRead { return found }
        if found.character == "\u{3000}" { blank = true }
        if read == nil { read = found }
      }
      at += length
    }
    return blank || !oneToken ? nil : read
  }

  /// Which lookalike `scalar` is, or nil.
  ///
  /// `inWord`: whether it follows the start of a word (where `’` and `′`
  /// read as a prime).
  package static func named(_ scalar: Unicode.Scalar, inWord: Bool) -> Lookalike? {
    let character = Character(scalar)
    func make(_ ascii: Character, _ en: String, _ zh: String, read: Bool) -> Lookalike {
      Lookalike(character: character, ascii: ascii, name: Words(en: en, zh: zh), isRead: read)
    }
    switch scalar.value {
    case 0xFF01...0xFF5E:
      let ascii = Character(Unicode.Scalar(UInt8(scalar.value - 0xFF01 + 0x21)))
      let (en, zh) = fullWidthName(ascii)
      return make(ascii, en, zh, read: true)
    case 0x3000: return make(" ", "ideographic space", "全角空格", read: true)
    case 0x3010: return make("[", "Chinese bracket", "中文方括号", read: true)
    case 0x3011: return make("]", "Chinese bracket", "中文方括号", read: true)
    case 0x3002: return make(".", "ideographic full stop", "句号", read: false)
    case 0x3001: return make(",", "ideographic comma", "顿号", read: false)
    case 0x201C, 0x201D: return make("\"", "Chinese quotation mark", "中文引号", read: false)
    case 0x2018: return make("'", "Chinese quotation mark", "中文引号", read: false)
    case 0x2019: return make("'", "Chinese quotation mark", "中文引号", read: inWord)
    case 0x2032: return make("'", "prime", "撇号", read: inWord)
    case 0x300A: return make("<", "Chinese title mark", "书名号", read: false)
    case 0x300B: return make(">", "Chinese title mark", "书名号", read: false)
    case 0x2014: return make("-", "dash", "破折号", read: false)
    case 0x00B7: return make("`", "middle dot", "间隔号", read: false)
    case 0xFFE5: return make("$", "yuan sign", "人民币符号", read: false)
    default: return nil
    }
  }

  /// The name of the full-width form of `ascii`.
  private static func fullWidthName(_ ascii: Character) -> (String, String) {
    let (en, zh): (String, String) =
      switch ascii {
      case ",": ("comma", "逗号")
      case "(", ")": ("parenthesis", "括号")
      case "[", "]": ("square bracket", "方括号")
      case "{", "}": ("brace", "花括号")
      case ":": ("colon", "冒号")
      case ";": ("semicolon", "分号")
      case "=": ("equals sign", "等号")
      case ".": ("full stop", "句点")
      case "!": ("exclamation mark", "感叹号")
      case "?": ("question mark", "问号")
      case "-": ("minus sign", "减号")
      case "+": ("plus sign", "加号")
      case "'": ("apostrophe", "撇号")
      case "\"": ("quotation mark", "引号")
      case "#": ("number sign", "井号")
      case "/": ("slash", "斜杠")
      case "\\": ("backslash", "反斜杠")
      case "*": ("asterisk", "星号")
      case "%": ("percent sign", "百分号")
      case "_": ("underscore", "下划线")
      case "<": ("less-than sign", "小于号")
      case ">": ("greater-than sign", "大于号")
      case "~": ("tilde", "波浪号")
      case "|": ("vertical bar", "竖线")
      case "0"..."9": ("digit", "数字")
      case "a"..."z", "A"..."Z": ("letter", "字母")
      default: ("character", "字符")
      }
    return ("full-width " + en, "全角" + zh)
  }

  /// What an error adds about it: the name and what it reads as, or what
  /// to type instead.
  package var hint: LookalikeHint {
    isRead ? .readAs(self) : .typeInstead(self)
  }
}

/// The note an error gets when its text holds a ``Lookalike``.
package enum LookalikeHint: MessageCatalogue, Equatable {
  /// The lexer read it as its ASCII form (and the text still failed).
  case readAs(Lookalike)
  /// The lexer did not read it: the ASCII form is what to type.
  case typeInstead(Lookalike)

  package var words: Words {
    switch self {
    case .readAs(let c) where c.character == "\u{3000}":
      Words(
        en: " (an \(c.name.en) here reads as a blank)",
        zh: "（这里的\(c.name.zh)当作空格读）")
    case .readAs(let c):
      Words(
        en: " (the \(c.name.en) '\(c.character)' here reads as \(Self.quoted(c.ascii)))",
        zh: "（这里的\(c.name.zh) '\(c.character)' 当作 \(Self.quoted(c.ascii)) 读）")
    case .typeInstead(let c):
      Words(
        en: " (the \(c.name.en) '\(c.character)' here is not \(Self.quoted(c.ascii)))",
        zh: "（这里是\(c.name.zh) '\(c.character)'，不是 \(Self.quoted(c.ascii))）")
    }
  }

  /// `'x'`, or `"'"` for the apostrophe itself.
  private static func quoted(_ ascii: Character) -> String {
    ascii == "'" ? "\"'\"" : "'\(ascii)'"
  }

  package static var samples: [LookalikeHint] {
    let comma = Lookalike(
      character: "\u{FF0C}", ascii: ",", name: Words(en: "full-width comma", zh: "全角逗号"),
      isRead: true)
    let space = Lookalike(
      character: "\u{3000}", ascii: " ", name: Words(en: "ideographic space", zh: "全角空格"),
      isRead: true)
    let stop = Lookalike(
      character: "\u{3002}", ascii: ".", name: Words(en: "ideographic full stop", zh: "句号"),
      isRead: false)
    return [.readAs(comma), .readAs(space), .typeInstead(stop)]
  }
}
