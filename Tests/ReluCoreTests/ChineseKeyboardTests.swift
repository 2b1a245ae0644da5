import Testing

@testable import ReluCore

/// What a Chinese input method types reads as its ASCII form, or fails with
/// an error naming the character, the caret under it.
@Suite struct ChineseKeyboardTests {
  /// Each input and the ASCII input it must mean exactly.
  static let same: [(String, String)] = [
    ("feed [1\u{FF0C}-2\u{FF0C}3]", "feed [1,-2,3]"),
    ("feed \u{FF3B}1, -2\u{FF3D}", "feed [1, -2]"),
    ("feed \u{3010}1\u{FF0C}2\u{3011}", "feed [1,2]"),
    ("set alpha\u{FF1D}0.1", "set alpha=0.1"),
    ("set alpha \u{FF1D} 0.1", "set alpha = 0.1"),
    ("set alpha \u{FF1D}0.1", "set alpha =0.1"),
    ("set alpha 0.1\u{FF1B}plot leaky", "set alpha 0.1;plot leaky"),
    ("set alpha \u{FF10}.\u{FF11}", "set alpha 0.1"),
    ("set alpha \u{FF10}\u{FF0E}\u{FF11}", "set alpha 0.1"),
    ("set\u{3000}alpha 0.1", "set alpha 0.1"),
    ("plot relu\u{2019}", "plot relu'"),
    ("plot relu\u{2032}", "plot relu'"),
    ("plot relu\u{FF07}", "plot relu'"),
    ("plot ReLU\u{FF0C}leaky", "plot ReLU,leaky"),
    ("set xrange [-3\u{FF1A}3]", "set xrange [-3:3]"),
    ("feed [1, 2, 3]\u{FF1B}backward 1 1 1", "feed [1, 2, 3];backward 1 1 1"),
    ("\u{FF46}\u{FF45}\u{FF45}\u{FF44} \u{FF11} \u{FF0D}\u{FF12}", "feed 1 -2"),
    ("\u{FF30}\u{FF2C}\u{FF2F}\u{FF34} relu", "PLOT relu"),
    ("feed 1 2\u{3000}3", "feed 1 2 3"),
    ("plot relu \u{FF03} a comment", "plot relu # a comment"),
    ("say \u{FF02}a, b\u{FF02}", "say \"a, b\""),
  ]

  @Test(arguments: same) func readsAsItsASCIIForm(_ typed: String, _ ascii: String) throws {
    #expect(try Self.commands(typed) == Self.commands(ascii))
  }

  /// The commands of `text`, without their source ranges.
  static func commands(_ text: String) throws -> [String] {
    try Parser.parse(Source(name: "t", text: text)).map {
      "\(try $0.get().command)".replacing(/start: \d+, end: \d+/, with: "")
    }
  }

  @Test func tokensKeepTheSourceBytes() {
    var lexer = Lexer(
      Source(name: "t", text: "feed\u{3000}\u{FF3B}\u{FF11}\u{FF0C}x\u{2019}\u{FF3D}"))
    let tokens = lexer.tokenize()
    #expect(tokens.map(\.text) == ["feed", "[", "1", ",", "x'", "]", ""])
    #expect(
      tokens.map(\.range) == [
        SourceRange(start: 0, end: 4), SourceRange(start: 7, end: 10),
        SourceRange(start: 10, end: 13), SourceRange(start: 13, end: 16),
        SourceRange(start: 16, end: 20), SourceRange(start: 20, end: 23),
        SourceRange(start: 23, end: 23),
      ])
  }

  /// Narration keeps its characters: a `say` text, a quoted title, a path.
  @Test func textAndPathsStayAsWritten() throws {
    #expect(try parseOne("say 你好\u{FF0C}世界\u{FF1B}再见") == .say("你好\u{FF0C}世界\u{FF1B}再见"))
    #expect(try parseOne("say \"a\u{FF0C}b\u{FF1B}c\"") == .say("a\u{FF0C}b\u{FF1B}c"))
    #expect(try parseOne("title 为什么\u{FF08}ReLU\u{FF09}快") == .title("为什么\u{FF08}ReLU\u{FF09}快"))
    guard case .export(.svg, let path) = try parseOne("export svg 图\u{FF11}.svg") else {
      throw TestFailure("export")
    }
    #expect(path.value == "图\u{FF11}.svg")
    #expect(try Self.commands("say 你好\u{FF1B}plot relu").count == 1)
    #expect(try Self.commands("say 你好;plot relu").count == 2)
  }

  /// An input that fails, the error in both languages, its column and the
  /// caret's place and length in display columns.
  struct Failure: Sendable, CustomTestStringConvertible {
    var text: String
    var en: String
    var zh: String
    var column: Int
    var offset: Int
    var length: Int
    var testDescription: String { text }
  }

  static let failures: [Failure] = [
    Failure(
      text: "feed \u{FF08}1, -2\u{FF09}",
      en: "'(1' is not a number (the full-width parenthesis '\u{FF08}' here reads as '(');"
        + " usage: feed V",
      zh: "'(1' 不是数字（这里的全角括号 '\u{FF08}' 当作 '(' 读）；用法：feed V",
      column: 6, offset: 5, length: 3),
    Failure(
      text: "set alpha\u{FF1A}0.1",
      en: "unknown setting 'alpha:0.1'; the settings are "
        + Self.settingList.en + " (the full-width colon '\u{FF1A}' here reads as ':')",
      zh: "未知的设置 'alpha:0.1'；设置有：" + Self.settingList.zh
        + "（这里的全角冒号 '\u{FF1A}' 当作 ':' 读）",
      column: 5, offset: 4, length: 10),
    Failure(
      text: "feed 0\u{3002}1",
      en: "'0\u{3002}1' is not a number (the ideographic full stop '\u{3002}' here is not '.');"
        + " usage: feed V",
      zh: "'0\u{3002}1' 不是数字（这里是句号 '\u{3002}'，不是 '.'）；用法：feed V",
      column: 6, offset: 5, length: 4),
    Failure(
      text: "plot relu\u{3001}leaky",
      en: "unknown function 'relu\u{3001}leaky'; expected one of: " + Self.functions(", ")
        + " (the ideographic comma '\u{3001}' here is not ',')",
      zh: "未知的函数 'relu\u{3001}leaky'；可选：" + Self.functions("、")
        + "（这里是顿号 '\u{3001}'，不是 ','）",
      column: 6, offset: 5, length: 11),
    Failure(
      text: "\u{FF53}\u{FF45}\u{FF54}\u{3000}\u{FF41}\u{FF4C}\u{FF50}\u{FF48}\u{FF41} 0\u{3002}5",
      en: "'0\u{3002}5' is not a number (the ideographic full stop '\u{3002}' here is not '.');"
        + " usage: set alpha A",
      zh: "'0\u{3002}5' 不是数字（这里是句号 '\u{3002}'，不是 '.'）；用法：set alpha A",
      column: 11, offset: 25, length: 4),  // the line shows U+3000 as \u{3000}
    Failure(
      text: "feed [1, 2\u{FF0C}\u{FF0C}3]",
      en: "expected a number before ',' (the full-width comma '\u{FF0C}' here reads as ',');"
        + " usage: feed V",
      zh: "',' 前面应有一个数字（这里的全角逗号 '\u{FF0C}' 当作 ',' 读）；用法：feed V",
      column: 12, offset: 12, length: 2),
    Failure(
      text: "plot \u{201C}relu\u{201D}",
      en: "unknown function '\u{201C}relu\u{201D}'; did you mean 'relu'?"
        + " (the Chinese quotation mark '\u{201C}' here is not '\"')",
      zh: "未知的函数 '\u{201C}relu\u{201D}'；是不是想写 'relu'？（这里是中文引号 '\u{201C}'，不是 '\"'）",
      column: 6, offset: 5, length: 6),
    Failure(
      text: "feed \u{FF3B}\u{FF3B}1, 2\u{FF3D}, \u{FF3B}3\u{FF3D}\u{FF3D}",
      en: "rows differ in shape: 1 here, 2 before; a matrix must be rectangular; usage: feed V",
      zh: "各行长度不同：这一行有 1 个数，前面的行有 2 个；矩阵每行的个数必须相同；用法：feed V",
      column: 15, offset: 17, length: 5),
    Failure(
      text: "plot \u{2019}relu",
      en: "unknown function '\u{2019}relu'; did you mean 'relu'?"
        + " (the Chinese quotation mark '\u{2019}' here is not \"'\")",
      zh: "未知的函数 '\u{2019}relu'；是不是想写 'relu'？（这里是中文引号 '\u{2019}'，不是 \"'\"）",
      column: 6, offset: 5, length: 5),
    Failure(
      text: "say \u{FF02}abc",
      en: "unterminated string: add a closing \u{FF02}",
      zh: "字符串没有结束：请在末尾补上 \u{FF02}",
      column: 5, offset: 4, length: 2),
  ]

  static let settingList = (
    en: ParseMessage.list(SettingName.allCases.map(\.rawValue), or: false),
    zh: ChineseText.list(SettingName.allCases.map(\.rawValue), or: false)
  )

  static func functions(_ separator: String) -> String {
    FunctionFilter.functionsAndDerivatives.names.joined(separator: separator)
  }

  @Test(arguments: failures) func failsNamingTheCharacter(_ failure: Failure) throws {
    let source = Source(name: "t", text: failure.text)
    let errors = Parser.parse(source).compactMap { result -> CommandError? in
      if case .failure(let error) = result { return error }
      return nil
    }
    let error = try #require(errors.first)
    let en = Diagnostic(error, in: source, language: .en)
    let zh = Diagnostic(error, in: source, language: .zh)
    #expect(en.message == failure.en)
    #expect(zh.message == failure.zh)
    #expect(en.column == failure.column)
    #expect(en.markerOffset == failure.offset)
    #expect(en.markerLength == failure.length)
  }

  /// Completion reads the full-width forms too.
  @Test func completionReadsFullWidthWords() {
    #expect(Parser.completions(in: "\u{FF50}\u{FF4C}").candidates == ["plot"])
  }
}
