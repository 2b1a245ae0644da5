/// Why a word is not a number (``NumberLiteral/Problem``), naming the word.
package enum NumberMessage: MessageCatalogue, Equatable {
  case malformed(String)
  case overflow(String)
  case underflow(String)

  package var words: Words {
    switch self {
    case .malformed(let text):
      Words(en: "'\(text)' is not a number", zh: "'\(text)' 不是数字")
    case .overflow(let text):
      Words(
        en: "\(text) is out of range: a Double holds magnitudes up to about 1.8e308",
        zh: "\(text) 超出范围：双精度浮点数的绝对值最大约为 1.8e308")
    case .underflow(let text):
      Words(
        en:
          "\(text) is too small for a Double and would round to 0; the smallest is about 4.9e-324",
        zh: "\(text) 太小，双精度浮点数存不下，会舍入为 0；最小约为 4.9e-324")
    }
  }

  package static var samples: [NumberMessage] {
    [.malformed("0x10"), .overflow("1e400"), .underflow("1e-400")]
  }
}
