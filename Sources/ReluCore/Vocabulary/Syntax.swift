/// The argument grammar of a command, or of a setting's value.
///
/// One description serves three readers: the parser walks it over a command's
/// tokens, completion walks it over the words typed so far and offers what may
/// come next, and help prints it as usage text (`decay F from A to B [lr ETA]`).
package indirect enum Syntax: Sendable {
  /// A word written as is, in any letter case: `from`, `to`, `lr`.
  case keyword(String)
  /// A value of a kind, kept under a slot for the command to pick up.
  case value(ValueKind, Slot)
  /// Parts in order.
  case sequence([Syntax])
  /// A part that may be left out; it is taken when the next word can start it.
  case optional(Syntax)
  /// One or more of a part, while the next word can start it.
  case repeated(Syntax)
  /// Optional parts in any order, each at most once: `[width N] [depth D]`.
  case options([Syntax])

  /// The syntax as help shows it: `F`, `[lr ETA]`, `svg|csv|txt FILE`, `F...`.
  package var usage: String {
    switch self {
    case .keyword(let word): word
    case .value(let kind, let slot): kind.usage(slot)
    case .sequence(let parts): parts.map(\.usage).joined(separator: " ")
    case .optional(let inner): "[\(inner.usage)]"
    case .repeated(let inner): inner.usage + "..."
    case .options(let parts): parts.map { "[\($0.usage)]" }.joined(separator: " ")
    }
  }

  /// The usage in the command index, where a start value is just `A`.
  package var briefUsage: String {
    switch self {
    case .value(.decayStart, let slot): slot.placeholder
    case .sequence(let parts): parts.map(\.briefUsage).joined(separator: " ")
    case .optional(let inner): "[\(inner.briefUsage)]"
    case .repeated(let inner): inner.briefUsage + "..."
    case .keyword, .value, .options: usage
    }
  }

  /// The top-level parts: a sequence's parts, or the syntax itself.
  package var parts: [Syntax] {
    if case .sequence(let parts) = self { return parts }
    return [self]
  }

  /// Whether the syntax may match no words at all.
  var canBeEmpty: Bool {
    switch self {
    case .keyword: false
    case .value(let kind, _): kind.canBeEmpty
    case .sequence(let parts): parts.allSatisfy(\.canBeEmpty)
    case .optional, .options: true
    case .repeated(let inner): inner.canBeEmpty
    }
  }

  /// Whether `token` can be the first word of this syntax.
  func canStart(with token: Token) -> Bool {
    switch self {
    case .keyword(let word): return token.kind == .word && token.text.lowercased() == word
    case .value(let kind, _): return kind.canStart(with: token)
    case .sequence(let parts):
      for part in parts {
        if part.canStart(with: token) { return true }
        if !part.canBeEmpty { return false }
      }
      return false
    case .optional(let inner), .repeated(let inner): return inner.canStart(with: token)
    case .options(let parts): return parts.contains { $0.canStart(with: token) }
    }
  }

  /// The words completion offers where this syntax starts.
  var startWords: [String] {
    switch self {
    case .keyword(let word): return [word]
    case .value(let kind, _): return kind.startWords
    case .sequence(let parts):
      var words: [String] = []
      for part in parts {
        words += part.startWords
        if !part.canBeEmpty { break }
      }
      return words
    case .optional(let inner), .repeated(let inner): return inner.startWords
    case .options(let parts): return parts.flatMap(\.startWords)
    }
  }
}

/// Where a parsed value is kept, and how usage text names it.
package enum Slot: Sendable, Hashable {
  case function
  case functions
  case vector
  case gradient
  case start
  case target
  case rate
  case steps
  case maxSteps
  case file
  case format
  case text
  case topic
  case setting
  case number
  case lesson
  case bounds
  case width
  case height
  case choice
  case units
  case depth
  case data
  case initialization
  case points
  case seed
  case epochs
  case rates
  case trials
  case bias
  case digits
  case speed
  /// Where the trace cursor goes.
  case cursor
  case precisions
  case batch
  case seeds
  /// PReLU's slopes: one per unit or per layer.
  case sharing
  /// PReLU's starting slope.
  case startingSlope
  /// RReLU's bounds.
  case lower
  case upper
  /// `sweep functions`: the rectifiers side by side.
  case comparison

  /// The placeholder in usage text: `F`, `V`, `A`, `ETA`.
  package var placeholder: String {
    switch self {
    case .function, .functions: "F"
    case .vector: "V"
    case .gradient: "G"
    case .start, .number: "A"
    case .target: "B"
    case .rate: "ETA"
    case .steps: "N"
    case .maxSteps: "MAX"
    case .file: "FILE"
    case .format, .choice: "WORD"
    case .digits: "N"
    case .text: "TEXT"
    case .lesson: "N"
    case .topic: "TOPIC"
    case .setting: "SETTING VALUE"
    case .bounds: "A B"
    case .width: "W"
    case .height: "H"
    case .units: "N"
    case .depth: "D"
    case .data: "NAME"
    case .initialization, .bias: "SCHEME"
    case .trials: "T"
    case .points: "M"
    case .seed: "S"
    case .epochs: "EPOCHS"
    case .rates: "A"
    case .speed: "STEPS_PER_SECOND"
    case .cursor: "Z"
    case .precisions: "P"
    case .batch: "B"
    case .seeds: "S"
    case .sharing, .comparison: "WORD"
    case .startingSlope: "A"
    case .lower: "L"
    case .upper: "U"
    }
  }

  /// What a message calls a missing value: `a start value`, `a learning rate`.
  var noun: Words {
    switch self {
    case .function, .functions: Words(en: "a function", zh: "函数")
    case .vector: Words(en: "a vector", zh: "向量")
    case .gradient: Words(en: "an upstream gradient", zh: "上游梯度")
    case .start: Words(en: "a start value", zh: "起始值")
    case .target: Words(en: "a target value", zh: "目标值")
    case .rate, .rates: Words(en: "a learning rate", zh: "学习率")
    case .steps: Words(en: "a number of steps", zh: "步数")
    case .maxSteps: Words(en: "a step limit", zh: "步数上限")
    case .file: Words(en: "a file name", zh: "文件名")
    case .format: Words(en: "a format", zh: "格式")
    case .text: Words(en: "text", zh: "文字")
    case .lesson: Words(en: "a lesson number or name", zh: "课的编号或名字")
    case .topic: Words(en: "a command, setting or function", zh: "命令、设置或函数")
    case .setting: Words(en: "a setting name", zh: "设置名")
    case .number: Words(en: "a number", zh: "数")
    case .speed: Words(en: "a number of steps per second", zh: "每秒的步数")
    case .cursor: Words(en: "a position on the plot", zh: "图上的位置")
    case .bounds: Words(en: "a range", zh: "范围")
    case .width: Words(en: "a width in columns", zh: "宽度（列数）")
    case .height: Words(en: "a height in rows", zh: "高度（行数）")
    case .choice: Words(en: "a choice", zh: "选项")
    case .units: Words(en: "a number of units", zh: "神经元个数")
    case .depth: Words(en: "a number of hidden layers", zh: "隐藏层数")
    case .data: Words(en: "a target", zh: "目标")
    case .initialization: Words(en: "an initialization", zh: "初始化方式")
    case .points: Words(en: "a number of data points", zh: "数据点个数")
    case .seed: Words(en: "a seed (a whole number >= 0)", zh: "随机种子（>= 0 的整数）")
    case .epochs: Words(en: "a number of epochs", zh: "轮数")
    case .trials: Words(en: "a number of networks", zh: "网络个数")
    case .bias: Words(en: "a bias scheme", zh: "偏置的取法")
    case .digits: Words(en: "a number of digits or full", zh: "位数或 full")
    case .precisions: Words(en: "a precision", zh: "精度")
    case .batch: Words(en: "a number of points per mini-batch", zh: "每个小批量的数据点个数")
    case .seeds: Words(en: "a seed (a whole number >= 0)", zh: "随机种子（>= 0 的整数）")
    case .sharing: Words(en: "unit or shared", zh: "unit 或 shared")
    case .startingSlope: Words(en: "a starting slope", zh: "初始斜率")
    case .lower: Words(en: "a lower bound of the slope", zh: "斜率的下界")
    case .upper: Words(en: "an upper bound of the slope", zh: "斜率的上界")
    case .comparison: Words(en: "the word functions", zh: "关键字 functions")
    }
  }
}

/// The kinds of value a command takes.
package enum ValueKind: Sendable {
  /// A decimal number, or nan, inf, -inf.
  case number
  /// A shipped lesson's number or name.
  case lesson
  /// Where a decay starts: a value of f, or `last`, where the last decay stopped.
  case decayStart
  /// A whole number in a range.
  case count(ClosedRange<Int>)
  /// Numbers (`1 -2`, `[1, -2]`, `[[1], [2]]`) or `random N [seed S]`.
  case vector
  /// One function (or derivative) name from a set.
  case function(FunctionFilter)
  /// Any number of series names, commas allowed between them.
  case seriesList
  /// One of a few words; the value is the index of the one written.
  case choice([String], noun: Words)
  /// A file name: a word or a quoted string.
  case path
  /// The rest of the command, as written.
  case text
  /// `NAME VALUE` or `NAME=VALUE`, for a setting of the settings table.
  case setting
  /// What `help` explains: a command, a setting or a function.
  case topic
  /// `A B`, gnuplot's `[A:B]`, or `auto`.
  case bounds
  /// A value written as a setting's value, such as `lr`'s.
  case settingValue(SettingName)
  /// A random seed: a whole number from 0 to 2^64 - 1.
  case seed
  /// A count of significant digits, 1 to ``NumberDigits/maximum``, or `full`.
  case digits
  /// A precision's name or alias (``Precision/names``), kept as a choice
  /// among them; usage and completion show the three names alone.
  case precision

  func usage(_ slot: Slot) -> String {
    switch self {
    case .function(let filter): filter == .layers ? "relu|leaky" : slot.placeholder
    case .seriesList: "F..."
    case .choice(let options, _): options.joined(separator: "|")
    case .bounds: "A B|auto"
    case .digits: "N|full"
    case .precision: Precision.allCases.map(\.rawValue).joined(separator: "|")
    case .settingValue: slot.placeholder
    case .decayStart: "\(slot.placeholder)|last"
    case .lesson: slot.placeholder
    case .number, .count, .vector, .path, .text, .setting, .topic, .seed: slot.placeholder
    }
  }

  var canBeEmpty: Bool {
    switch self {
    case .seriesList, .text: true
    case .number, .decayStart, .lesson, .count, .vector, .function, .choice, .path, .setting,
      .topic, .bounds, .settingValue, .seed, .digits, .precision:
      false
    }
  }

  func canStart(with token: Token) -> Bool {
    let word = token.kind == .word ? token.text.lowercased() : nil
    switch self {
    case .number: return word.map(NumberLiteral.looksNumeric) ?? false
    case .lesson: return word != nil
    case .decayStart: return word == "last" || (word.map(NumberLiteral.looksNumeric) ?? false)
    case .count, .seed: return word.map(NumberLiteral.looksNumeric) ?? false
    case .vector:
      return token.kind == .leftBracket || word == "random"
        || (word.map(NumberLiteral.looksNumeric) ?? false)
    case .function(let filter):
      return word.map { filter.accepts($0) } ?? false
    case .seriesList:
      return token.kind == .word || token.kind == .string || token.kind == .comma
    case .choice(let options, _): return word.map(options.contains) ?? false
    case .path: return token.kind == .word || token.kind == .string
    case .text: return token.kind != .separator && token.kind != .end
    case .setting, .topic: return word != nil
    case .bounds:
      return token.kind == .leftBracket || word == "auto"
        || (word.map(NumberLiteral.looksNumeric) ?? false)
    case .settingValue(let setting): return setting.spec.syntax.canStart(with: token)
    case .digits: return word == "full" || (word.map(NumberLiteral.looksNumeric) ?? false)
    case .precision: return word.map(Precision.names.contains) ?? false
    }
  }

  var startWords: [String] {
    switch self {
    case .function(let filter): filter.names
    case .seriesList: FunctionFilter.functionsAndDerivatives.names
    case .choice(let options, _): options
    case .vector: ["random"]
    case .bounds: ["auto"]
    case .digits: ["full"]
    case .precision: Precision.allCases.map(\.rawValue)
    case .decayStart: ["last"]
    case .lesson: LessonCatalog.names
    case .setting: SettingName.allCases.map(\.rawValue)
    case .topic: CommandName.allCases.map(\.rawValue)
    case .settingValue(let setting): setting.spec.syntax.startWords
    case .number, .count, .path, .text, .seed: []
    }
  }
}

/// Which function names a command accepts.
package enum FunctionFilter: Sendable, Equatable {
  /// relu and leaky, the functions with a layer.
  case layers
  /// Every function of the table.
  case functions
  /// Every function and its derivative (`relu'`).
  case functionsAndDerivatives

  /// The series it accepts, in help's order.
  package var series: [PlotSeries] {
    switch self {
    case .layers: Self.layerSeries
    case .functions: Self.functionSeries
    case .functionsAndDerivatives: PlotSeries.all
    }
  }

  /// Their names, as completion offers them.
  package var names: [String] {
    switch self {
    case .layers: Self.layerNames
    case .functions: Self.functionNames
    case .functionsAndDerivatives: Self.allNames
    }
  }

  // The lists, made once (the parser reads them for every function name).
  private static let layerSeries = ActivationKind.allCases.filter(\.isRectifier).map {
    PlotSeries($0)
  }
  private static let functionSeries = ActivationKind.allCases.map { PlotSeries($0) }
  private static let layerNames = layerSeries.map(\.description)
  private static let functionNames = functionSeries.map(\.description)
  private static let allNames = PlotSeries.all.map(\.description)

  /// Whether `word` (in any case) names an accepted series.
  func accepts(_ word: String) -> Bool {
    PlotSeries(word.lowercased()).map(series.contains) ?? false
  }

  /// What a message says is expected: `relu or leaky`, the names from the
  /// function table.
  var noun: Words {
    switch self {
    case .layers: Words.list(Self.layerNames, or: true)
    case .functions: Words.list(Self.functionNames, or: true)
    case .functionsAndDerivatives:
      Words.list(Self.functionNames, or: true)
        + Words(en: ", or a derivative such as relu'", zh: "，或导数（如 relu'）")
    }
  }
}
