/// What the parser found where it expected something else.
package enum Found: Sendable, Equatable {
  case word(String)
  case string
  case leftBracket
  case rightBracket
  case comma
  case endOfCommand
  case endOfInput
  case unreadable

  package var words: Words {
    switch self {
    case .word(let text): Words.same("'\(text)'")
    case .string: Words(en: "a quoted string", zh: "带引号的字符串")
    case .leftBracket: Words.same("'['")
    case .rightBracket: Words.same("']'")
    case .comma: Words.same("','")
    case .endOfCommand: Words(en: "the end of the command", zh: "命令结尾")
    case .endOfInput: Words(en: "the end of the input", zh: "输入结尾")
    case .unreadable: Words(en: "unreadable text", zh: "无法读取的文字")
    }
  }

  /// Whether nothing more was written.
  var isEnd: Bool { self == .endOfCommand || self == .endOfInput }
}

/// The kinds of name ``ParseMessage/unknownName(_:kind:nearest:names:)`` reports.
package enum NameKind: Sendable, Equatable, CaseIterable {
  case lesson
  case function
  case helpTopic

  var words: Words {
    switch self {
    case .lesson: Words(en: "lesson", zh: "课")
    case .function: Words(en: "function", zh: "函数")
    case .helpTopic: Words(en: "help topic", zh: "帮助主题")
    }
  }
}

/// The parser's errors: a command that is not written as its syntax says.
package enum ParseMessage: MessageCatalogue, Equatable {
  /// `expected WHAT, found X`.
  case expected(Words, found: Found)
  case expectedCommandName(found: Found)
  case unexpectedAfterCommand(Found, usage: String)
  /// Completion's walk reached its end (never shown: completion catches it).
  case completionStopped
  /// An unknown command, with commands taking it as their first word
  /// (`fixes`, whole commands) or else the nearest name.
  case unknownCommand(String, fixes: [String], nearest: String?)
  case unknownSetting(String, nearest: String?, names: [String])
  case unknownName(String, kind: NameKind, nearest: String?, names: [String])
  case givenTwice(Found)
  case badSeed(String)
  case notWhole(Words, String)
  case countOutOfRange(Words, low: Int, high: Int, value: Int)
  /// A function the command does not take; `command` nil where the
  /// command is not known.
  case functionNotTaken(command: String?, accepted: Words, series: String, noLayer: Bool)
  case notAChoice(Words, options: [String], String, nearest: String?)
  case emptyFileName
  case unclosedRange(Found)
  case rangeSyntax
  case rangeNeedsBothEnds
  case randomCount(most: Int, value: Int)
  case needsNumber(Words)
  case nestedTooDeep(Int)
  case mixesNumbersAndLists
  case rowsDiffer([Int], before: [Int])
  case numberBeforeComma
  case unclosedBracket(column: Int, found: Found)
  /// `; usage: decay [F] ...`, after a syntax error.
  case usage(String)
  /// `; did you mean 'set alpha 0.2'?`, after an error a rewrite fixes.
  case fix(String)
  /// `plot relu derivative`: the word, and the command with a prime instead.
  case derivativeSpelledOut(String, fix: String)

  /// Whether the message says the words do not follow the command's syntax
  /// (the parser then adds the usage line), rather than naming an unknown
  /// name, a value out of range or a limit.
  var isSyntax: Bool {
    switch self {
    case .expected, .givenTwice, .notWhole, .unclosedRange, .needsNumber, .mixesNumbersAndLists,
      .rowsDiffer, .numberBeforeComma, .unclosedBracket:
      true
    // A range's messages show how it is written (`[A:B], as in [-3:3]`).
    case .rangeSyntax, .rangeNeedsBothEnds, .expectedCommandName, .unexpectedAfterCommand,
      .completionStopped, .unknownCommand,
      .unknownSetting, .unknownName, .badSeed, .countOutOfRange, .functionNotTaken, .notAChoice,
      .emptyFileName, .randomCount, .nestedTooDeep, .usage, .fix, .derivativeSpelledOut:
      false
    }
  }

  package var words: Words {
    switch self {
    case .expected(let what, let found):
      return Words(
        en: "expected \(what.en), found \(found.words.en)",
        zh: found.isEnd
          ? ChineseText.spaced("缺少", what.zh)
          : ChineseText.spaced("应为", what.zh, "，这里是", found.words.zh))
    case .expectedCommandName(let found):
      return Words(
        en: "expected a command name, found \(found.words.en)",
        zh: ChineseText.spaced("应为命令名，这里是", found.words.zh))
    case .unexpectedAfterCommand(let found, let usage):
      return Words(
        en: "unexpected \(found.words.en) after the command; usage: \(usage)",
        zh: ChineseText.spaced("这里多了一个", found.words.zh, "；用法：", usage))
    case .completionStopped:
      return Words(en: "completion stopped a parse", zh: "补全中止了解析")
    case .unknownCommand(let word, let fixes, let nearest):
      var words = Words(
        en: "unknown command '\(word)'", zh: ChineseText.spaced("未知的命令", "'\(word)'"))
      if !fixes.isEmpty {
        let quoted = fixes.prefix(2).map { "'\($0)'" }
        words =
          words + Self.didYouMean(quoted.joined(separator: " or "), quoted.joined(separator: " 或 "))
      } else if let nearest {
        words = words + Self.didYouMean("'\(nearest)'", "'\(nearest)'")
      } else {
        words = words + Words(en: " (help lists the commands)", zh: "（help 会列出所有命令）")
      }
      return words
    case .unknownSetting(let word, let nearest, let names):
      var en = "unknown setting '\(word)'"
      var zh = ChineseText.spaced("未知的设置", "'\(word)'")
      if let nearest {
        en += "; did you mean '\(nearest)'?"
        zh += ChineseText.spaced("；是不是想写", "'\(nearest)'", "？")
      }
      en += (nearest != nil ? " The" : "; the") + " settings are \(Self.list(names, or: false))"
      zh +=
        (nearest != nil ? "" : "；") + ChineseText.spaced("设置有：", ChineseText.list(names, or: false))
      return Words(en: en, zh: zh)
    case .unknownName(let word, let kind, let nearest, let names):
      var words = Words(
        en: "unknown \(kind.words.en) '\(word)'",
        zh: ChineseText.spaced("未知的", kind.words.zh, "'\(word)'"))
      if let nearest {
        words = words + Self.didYouMean("'\(nearest)'", "'\(nearest)'")
      } else {
        words =
          words
          + Words(
            en: "; expected one of: \(names.joined(separator: ", "))",
            zh: ChineseText.spaced("；可选：", names.joined(separator: "、")))
      }
      return words
    case .givenTwice(let found):
      return Words(
        en: "\(found.words.en) is given twice", zh: ChineseText.spaced(found.words.zh, "出现了两次"))
    case .badSeed(let text):
      return Words(
        en: "a seed is a whole number from 0 to \(UInt64.max), not '\(text)'",
        zh: "随机种子是 0 到 \(UInt64.max) 之间的整数，不能是 '\(text)'")
    case .notWhole(let what, let text):
      return Words(
        en: "expected \(what.en) as a whole number, found '\(text)'",
        zh: ChineseText.spaced(what.zh, "应为整数，这里是", "'\(text)'"))
    case .countOutOfRange(let what, let low, let high, let value):
      return Words(
        en: "expected \(what.en) from \(low) to \(high), not \(value)",
        zh: ChineseText.spaced(what.zh, "应在 \(low) 到 \(high) 之间，不能是 \(value)"))
    case .functionNotTaken(let command, let accepted, let series, let noLayer):
      let en =
        (command.map { "\($0) takes " } ?? "expected ") + accepted.en
        + (noLayer ? "; \(series) has no layer here" : ", not \(series)")
      let zh =
        ChineseText.spaced(command.map { "\($0) 只接受" } ?? "应为", accepted.zh)
        + (noLayer ? "；\(series) 在这里没有对应的层" : "，不接受 \(series)")
      return Words(en: en, zh: zh)
    case .notAChoice(let noun, let options, let text, let nearest):
      var words = Words(
        en: "\(noun.en) is \(Self.list(options, or: true)), not '\(text)'",
        zh: ChineseText.spaced(
          noun.zh, "可以是", ChineseText.list(options, or: true), "，不能是", "'\(text)'"))
      if let nearest { words = words + Self.didYouMean("'\(nearest)'", "'\(nearest)'") }
      return words
    case .emptyFileName:
      return Words(en: "the file name is empty", zh: "文件名是空的")
    case .unclosedRange(let found):
      return Words(
        en: "expected ']' to close the range, found \(found.words.en)",
        zh: found.isEnd
          ? "范围缺少结尾的 ']'" : ChineseText.spaced("范围应以 ']' 结尾，这里是", found.words.zh))
    case .rangeSyntax:
      return Words(
        en: "a range in brackets is written [A:B], as in [-3:3]",
        zh: "方括号里的范围写作 [A:B]，例如 [-3:3]")
    case .rangeNeedsBothEnds:
      return Words(
        en: "a range in brackets needs both ends, as in [-3:3]",
        zh: "方括号里的范围要写出两端，例如 [-3:3]")
    case .randomCount(let most, let value):
      return Words(
        en: "random takes 1 to \(most) values (each command is bounded in"
          + " time and memory), not \(value)",
        zh: "random 取 1 到 \(most) 个值（每条命令的时间和内存都有上限），不能是 \(value)")
    case .needsNumber(let what):
      return Words(
        en: "\(what.en) needs at least one number", zh: ChineseText.spaced(what.zh, "至少要有一个数字"))
    case .nestedTooDeep(let depth):
      return Words(
        en: "tensors nest at most \(depth) levels deep", zh: "张量最多嵌套 \(depth) 层")
    case .mixesNumbersAndLists:
      return Words(
        en: "a vector mixes numbers and lists here", zh: "向量在这里混用了数字和列表")
    case .rowsDiffer(let shape, let before):
      return Words(
        en: "rows differ in shape: \(Self.text(shape)) here, \(Self.text(before)) before;"
          + " a matrix must be rectangular",
        zh: shape.count == 1 && before.count == 1
          ? "各行长度不同：这一行有 \(shape[0]) 个数，前面的行有 \(before[0]) 个；矩阵每行的个数必须相同"
          : "各行形状不同：这一行是 \(Self.text(shape))，前面的行是 \(Self.text(before))；矩阵必须是矩形")
    case .numberBeforeComma:
      return Words(en: "expected a number before ','", zh: "',' 前面应有一个数字")
    case .unclosedBracket(let column, let found):
      return Words(
        en: "expected ']' to close the '[' at column \(column), found \(found.words.en)",
        zh: found.isEnd
          ? "第 \(column) 列的 '[' 缺少对应的 ']'"
          : ChineseText.spaced("第 \(column) 列的 '[' 应在这里用 ']' 闭合，这里是", found.words.zh))
    case .usage(let usage):
      return Words(en: "; usage: \(usage)", zh: "；用法：\(usage)")
    case .fix(let command):
      return Self.didYouMean("'\(command)'", "'\(command)'")
    case .derivativeSpelledOut(let word, let command):
      return Words(
        en: "'\(word)' is not a function: a derivative is written with a prime (relu')",
        zh: "'\(word)' 不是函数：导数写作函数名加撇号（relu'）")
        + Self.didYouMean("'\(command)'", "'\(command)'")
    }
  }

  /// `; did you mean X?`.
  private static func didYouMean(_ en: String, _ zh: String) -> Words {
    Words(en: "; did you mean \(en)?", zh: ChineseText.spaced("；是不是想写", zh, "？"))
  }

  /// `a, b and c` (or `a, b or c`).
  static func list(_ words: [String], or: Bool) -> String { Words.list(words, or: or).en }

  private static func text(_ shape: [Int]) -> String {
    shape.map(String.init).joined(separator: "x")
  }

  package static var samples: [ParseMessage] {
    let settings = ["alpha", "lr", "grad0"]
    return [
      .expected(Words(en: "a learning rate", zh: "学习率"), found: .word("x")),
      .expected(Words(en: "a learning rate", zh: "学习率"), found: .endOfCommand),
      .expectedCommandName(found: .leftBracket),
      .unexpectedAfterCommand(.comma, usage: "feed V"),
      .completionStopped,
      .unknownCommand("relu", fixes: ["forward relu 2", "plot relu 2"], nearest: nil),
      .unknownCommand("fed", fixes: [], nearest: "feed"),
      .unknownCommand("xyzzy", fixes: [], nearest: nil),
      .unknownSetting("alpah", nearest: "alpha", names: settings),
      .unknownSetting("colour", nearest: nil, names: settings),
      .unknownName("reul", kind: .function, nearest: "relu", names: ["relu", "leaky"]),
      .unknownName("zzz", kind: .lesson, nearest: nil, names: ["relu", "leaky"]),
      .unknownName("zzz", kind: .helpTopic, nearest: nil, names: ["feed", "plot"]),
      .givenTwice(.word("lr")),
      .badSeed("-1"),
      .notWhole(Words(en: "a number of steps", zh: "步数"), "1.5"),
      .countOutOfRange(Words(en: "a number of steps", zh: "步数"), low: 1, high: 10, value: 0),
      .functionNotTaken(
        command: "feed", accepted: Words(en: "relu or leaky", zh: "relu 或 leaky"),
        series: "sigmoid", noLayer: true),
      .functionNotTaken(
        command: nil, accepted: Words(en: "relu or leaky", zh: "relu 或 leaky"),
        series: "relu'", noLayer: false),
      .notAChoice(
        Words(en: "the format", zh: "格式"), options: ["svg", "csv"], "png", nearest: "svg"),
      .emptyFileName,
      .unclosedRange(.endOfCommand),
      .unclosedRange(.word("x")),
      .rangeSyntax,
      .rangeNeedsBothEnds,
      .randomCount(most: 100, value: 0),
      .needsNumber(Words(en: "a vector", zh: "向量")),
      .nestedTooDeep(8),
      .mixesNumbersAndLists,
      .rowsDiffer([2], before: [3]),
      .numberBeforeComma,
      .unclosedBracket(column: 6, found: .endOfCommand),
      .unclosedBracket(column: 6, found: .string),
      .usage("decay [F] [from A|last to B] [lr ETA]"),
      .fix("set alpha 0.2"),
      .derivativeSpelledOut("derivative", fix: "plot relu'"),
    ]
  }
}
