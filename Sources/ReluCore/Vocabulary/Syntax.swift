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
  case points
  case seed
  case epochs
  case rates
  case digits
  case speed

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
    case .points: "M"
    case .seed: "S"
    case .epochs: "EPOCHS"
    case .rates: "A"
    case .speed: "STEPS_PER_SECOND"
    }
  }

  /// What a message calls a missing value: `a start value`, `a learning rate`.
  var noun: String {
    switch self {
    case .function, .functions: "a function"
    case .vector: "a vector"
    case .gradient: "an upstream gradient"
    case .start: "a start value"
    case .target: "a target value"
    case .rate: "a learning rate"
    case .steps: "a number of steps"
    case .maxSteps: "a step limit"
    case .file: "a file name"
    case .format: "a format"
    case .text: "text"
    case .lesson: "a lesson number or name"
    case .topic: "a command, setting or function"
    case .setting: "a setting name"
    case .number: "a number"
    case .speed: "a number of steps per second"
    case .bounds: "a range"
    case .width: "a width in columns"
    case .height: "a height in rows"
    case .choice: "a choice"
    case .units: "a number of units"
    case .depth: "a number of hidden layers"
    case .data: "a target"
    case .points: "a number of data points"
    case .seed: "a seed (a whole number >= 0)"
    case .epochs: "a number of epochs"
    case .rates: "a learning rate"
    case .digits: "a number of digits or full"
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
  case choice([String], noun: String)
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

  func usage(_ slot: Slot) -> String {
    switch self {
    case .function(let filter): filter == .layers ? "relu|leaky" : slot.placeholder
    case .seriesList: "F..."
    case .choice(let options, _): options.joined(separator: "|")
    case .bounds: "A B|auto"
    case .digits: "N|full"
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
      .topic, .bounds, .settingValue, .seed, .digits:
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
  /// relu, leaky, sigmoid, tanh.
  case functions
  /// The four functions and their derivatives (`relu'`).
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

  /// What a message says is expected: `relu or leaky`.
  var noun: String {
    switch self {
    case .layers: "relu or leaky"
    case .functions: "relu, leaky, sigmoid or tanh"
    case .functionsAndDerivatives: "relu, leaky, sigmoid or tanh, or a derivative such as relu'"
    }
  }
}
