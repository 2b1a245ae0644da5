/// What parse errors call the values a command takes, in both languages.
///
/// The English is the vocabulary's own (``Slot/noun``, ``FunctionFilter/noun``,
/// the nouns of ``ValueKind/choice(_:noun:)``, a test checks it); the Chinese
/// is kept here, beside the messages that use it, while the vocabulary holds
/// its nouns as text. Where it holds them as ``Words``, these give way to
/// those (``ChoiceNoun`` already passes them through).
extension Slot {
  /// What a message calls a missing value: `a start value` / `起始值`.
  var nounWords: Words {
    switch self {
    case .function, .functions: Words(en: "a function", zh: "函数")
    case .vector: Words(en: "a vector", zh: "向量")
    case .gradient: Words(en: "an upstream gradient", zh: "上游梯度")
    case .start: Words(en: "a start value", zh: "起始值")
    case .target: Words(en: "a target value", zh: "目标值")
    case .rate: Words(en: "a learning rate", zh: "学习率")
    case .steps: Words(en: "a number of steps", zh: "步数")
    case .maxSteps: Words(en: "a step limit", zh: "步数上限")
    case .file: Words(en: "a file name", zh: "文件名")
    case .format: Words(en: "a format", zh: "格式")
    case .text: Words(en: "text", zh: "文字")
    case .lesson: Words(en: "a lesson number or name", zh: "课的编号或名字")
    case .topic: Words(en: "a command, setting or function", zh: "命令、设置或函数")
    case .setting: Words(en: "a setting name", zh: "设置名")
    case .number: Words(en: "a number", zh: "数字")
    case .speed: Words(en: "a number of steps per second", zh: "每秒的步数")
    case .bounds: Words(en: "a range", zh: "范围")
    case .width: Words(en: "a width in columns", zh: "宽度（列数）")
    case .height: Words(en: "a height in rows", zh: "高度（行数）")
    case .choice: Words(en: "a choice", zh: "选项")
    case .units: Words(en: "a number of units", zh: "神经元个数")
    case .depth: Words(en: "a number of hidden layers", zh: "隐藏层数")
    case .data: Words(en: "a target", zh: "目标")
    case .points: Words(en: "a number of data points", zh: "数据点个数")
    case .seed: Words(en: "a seed (a whole number >= 0)", zh: "随机种子（>= 0 的整数）")
    case .epochs: Words(en: "a number of epochs", zh: "轮数")
    case .rates: Words(en: "a learning rate", zh: "学习率")
    case .digits: Words(en: "a number of digits or full", zh: "位数或 full")
    }
  }
}

extension FunctionFilter {
  /// What a message says is expected: `relu or leaky` / `relu 或 leaky`.
  var nounWords: Words {
    switch self {
    case .layers: Words(en: "relu or leaky", zh: "relu 或 leaky")
    case .functions:
      Words(en: "relu, leaky, sigmoid or tanh", zh: "relu、leaky、sigmoid 或 tanh")
    case .functionsAndDerivatives:
      Words(
        en: "relu, leaky, sigmoid or tanh, or a derivative such as relu'",
        zh: "relu、leaky、sigmoid 或 tanh，或导数（如 relu'）")
    }
  }
}

/// The nouns of the vocabulary's choices (``ValueKind/choice(_:noun:)``).
enum ChoiceNoun {
  /// The noun `english` in both languages; a noun this table does not know
  /// (a choice added later) is shown as written in both (a test checks that
  /// every choice of the vocabulary is known).
  static func words(_ english: String) -> Words {
    Words(en: english, zh: chinese[english] ?? english)
  }

  /// A noun already in both languages, as it is.
  static func words(_ noun: Words) -> Words { noun }

  static func isKnown(_ english: String) -> Bool { chinese[english] != nil }

  private static let chinese: [String: String] = [
    "the data": "数据",
    "what to clear": "要清除的内容",
    "a view": "视图",
    "the format": "格式",
    "replace or append": "写入方式",
    "grad0": "grad0",
    "convention": "约定",
    "canvas": "canvas",
    "language": "语言",
  ]
}
