/// Every setting of a session, by the name `set` and `show` use.
///
/// ``SettingName/spec`` describes each; ``SettingName/build(_:)`` turns its
/// parsed value into a checked ``Setting``; ``SessionSettings`` holds, applies
/// and reports them. Every switch over settings is exhaustive.
package enum SettingName: String, Sendable, Hashable, CaseIterable, VocabularyName {
  case alpha
  case lr
  case grad0
  case convention
  case xrange
  case yrange
  case size
  case canvas
  case digits
  case speed
  case lang

  /// Other words for it (the spec's aliases).
  package var aliases: [String] { spec.aliases }

  /// What a setting means, for `show` and help: grad0's depends on its value.
  package func meaning(of value: SettingValue) -> String {
    guard case .word(let word) = value else { return spec.meaning }
    switch self {
    case .grad0: return GradientAtZero(name: word)?.explanation ?? spec.meaning
    case .convention: return Convention(rawValue: word)?.explanation ?? "grad0 was set by hand"
    default: return spec.meaning
    }
  }
}

/// What one setting is: its syntax, meaning and help.
///
/// Immutable, and a class so that reading a spec from the table (the parser
/// and the renderer do for every setting) shares it instead of copying every
/// field.
package final class SettingSpec: Sendable {
  /// Other names `set` accepts.
  package let aliases: [String]
  /// The value's syntax after the name.
  package let syntax: Syntax
  /// One line, as `show` prints it.
  package let meaning: String
  /// Further lines for `help set NAME`.
  package let details: [String]
  /// Commands to copy and try.
  package let examples: [String]

  init(
    aliases: [String], syntax: Syntax, meaning: String, details: [String], examples: [String]
  ) {
    self.aliases = aliases
    self.syntax = syntax
    self.meaning = meaning
    self.details = details
    self.examples = examples
  }

  /// `alpha A`, `grad0 left|right`: the name and its value's usage.
  package func usage(_ name: SettingName) -> String { "\(name.rawValue) \(syntax.usage)" }
}

extension SettingName {
  /// The description of this setting, built once for every setting (the
  /// parser reads it for every word it looks up).
  package var spec: SettingSpec {
    guard let spec = Self.specTable[self] else { preconditionFailure("\(self) has no spec") }
    return spec
  }

  private static let specTable = Dictionary(
    uniqueKeysWithValues: allCases.map { ($0, $0.describedSpec) })

  /// The description of this setting.
  private var describedSpec: SettingSpec {
    switch self {
    case .alpha:
      SettingSpec(
        aliases: ["slope"], syntax: .value(.number, .number),
        meaning: "Leaky ReLU's slope for z < 0",
        details: [
          "Finite and >= 0: 0 makes leaky the same as relu, 1 makes it the identity.",
          "PyTorch's default is 0.01, TensorFlow's 0.2, Keras's 0.3.",
        ],
        examples: ["set alpha 0.1", "set alpha=0.3"])
    case .lr:
      SettingSpec(
        aliases: ["eta"], syntax: .value(.number, .rate),
        meaning: "the learning rate eta of the decay simulation",
        details: [
          "Finite and > 0. The course chapter asks how many steps of eta = 0.2 bring f from",
          "0.9 down to 0.5: relu takes 2, sigmoid 67. A larger step can kill a relu neuron.",
        ],
        examples: ["set lr 0.5", "set lr 1"])
    case .grad0:
      SettingSpec(
        aliases: [],
        syntax: .value(.choice(SlopeAtZero.allCases.map(\.rawValue), noun: "grad0"), .choice),
        meaning: "the derivative at exactly z = 0",
        details: [
          "left: f'(0) takes the slope on the left, relu'(0) = 0 and leaky'(0) = alpha, as the",
          "  course chapter's code and PyTorch and TensorFlow do.",
          "right: f'(0) = 1 for both, as the chapter's formula says (JAX's leaky relu does too).",
          "mid: the mean of the two slopes, relu'(0) = 0.5 (the gradient of jnp.maximum(x, 0)).",
          "It sets one rule for both functions; set convention sets a framework's pair.",
        ],
        examples: ["set grad0 right", "set grad0 mid"])
    case .convention:
      SettingSpec(
        aliases: ["framework"],
        syntax: .value(.choice(Convention.allCases.map(\.rawValue), noun: "convention"), .choice),
        meaning: "what a framework does at z = 0: grad0 for each function, and alpha",
        details: Convention.allCases.flatMap(Self.conventionLines) + [
          "set grad0 afterwards overrides the rules at 0 (show then names no convention)."
        ],
        examples: ["set convention jax", "set convention formula"])
    case .xrange:
      SettingSpec(
        aliases: [], syntax: .value(.bounds, .bounds),
        meaning: "the plot's z window (auto: -5 to 5)",
        details: ["A below B; gnuplot's [A:B] works too."],
        examples: ["set xrange -3 3", "set xrange [-1:1]", "set xrange auto"])
    case .yrange:
      SettingSpec(
        aliases: [], syntax: .value(.bounds, .bounds),
        meaning: "the plot's y window (auto fits the curves)",
        details: ["A below B; gnuplot's [A:B] works too."],
        examples: ["set yrange -1 2", "set yrange [0:1]", "set yrange auto"])
    case .size:
      SettingSpec(
        aliases: [],
        syntax: .sequence([
          .value(.count(1...Int(Int32.max)), .width), .value(.count(1...Int(Int32.max)), .height),
        ]),
        meaning: "printed plots' columns and rows",
        details: [
          "\(PlotSize.minimum.width)x\(PlotSize.minimum.height) to"
            + " \(PlotSize.maximum.width)x\(PlotSize.maximum.height); by default 80 24, or the"
            + " terminal's width",
          "when batch output goes to a terminal. In the lab the plot fills its pane; size applies",
          "to batch output and to export txt.",
        ],
        examples: ["set size 60 20"])
    case .canvas:
      SettingSpec(
        aliases: [],
        syntax: .value(.choice(PlotRendering.allCases.map(\.rawValue), noun: "canvas"), .choice),
        meaning: "ascii: 7-bit characters; braille: 2x4 dots per cell",
        details: [
          "braille draws smoother curves where the terminal's font has the dots.",
          "In the lab with colours, curves differ by colour alone: no glyph inside a line.",
          "A cell two curves share shows one curve's dots; the legend shows each colour.",
          "Without colours (printed text, --no-color), each curve carries its glyph.",
        ],
        examples: ["set canvas braille"])
    case .digits:
      SettingSpec(
        aliases: [], syntax: .value(.digits, .digits),
        meaning: "significant digits in text (full: every digit)",
        details: [
          "N from 1 to \(NumberDigits.maximum); the default 6 shows 0.49999999999999994 as 0.5.",
          "full writes the shortest text that reads back as the same number.",
          "JSON output (--json) always writes every digit.",
        ],
        examples: ["set digits 3", "set digits full"])
    case .speed:
      SettingSpec(
        aliases: [], syntax: .value(.number, .speed),
        meaning: "steps per second when the lab animates run and F5",
        details: [
          "\(NumberFormat.plain(Limits.animationSpeed.lowerBound)) to"
            + " \(NumberFormat.plain(Limits.animationSpeed.upperBound)). The first few steps"
            + " go slower so their start can be followed;",
          "+ and - double or halve it while a run is animated. Batch mode runs at once.",
        ],
        examples: ["set speed 10", "set speed 200"])
    case .lang:
      SettingSpec(
        aliases: ["language"],
        syntax: .value(
          .choice(InterfaceLanguage.allCases.map(\.rawValue), noun: "language"), .choice),
        meaning: "the language of messages, help and lessons: en or zh",
        details: [
          "Everything switches at once; commands, names, numbers and JSON stay as typed.",
          "relulab --lang zh and a Chinese locale (LANG=zh_CN.UTF-8) start in Chinese.",
        ],
        examples: ["set lang zh", "set lang en"])
    }
  }

  /// Two lines of `help set convention` for one convention.
  private static func conventionLines(_ convention: Convention) -> [String] {
    let slope = convention.alpha.map { "alpha \(NumberFormat.plain($0))" } ?? "alpha kept"
    return [
      "\(convention.rawValue): \(convention.source)",
      "  \(slope), \(convention.gradientAtZero.rules)",
    ]
  }

  /// The checked setting from its parsed value.
  /// - Throws: `CommandError` at the value when it is out of range.
  func build(_ arguments: ParsedArguments) throws(CommandError) -> Setting {
    switch self {
    case .alpha:
      let alpha = Self.required(arguments.number(.number))
      do {
        return .alpha(try Activation.validateAlpha(alpha.value))
      } catch {
        throw CommandError(untranslated: error.description, at: alpha.range)
      }
    case .lr:
      return .learningRate(try Self.learningRate(Self.required(arguments.number(.rate))))
    case .grad0:
      return .gradientAtZero(GradientAtZero(SlopeAtZero.allCases[arguments.choice(.choice).value]))
    case .convention:
      return .convention(Convention.allCases[arguments.choice(.choice).value])
    case .xrange:
      return .xRange(try Self.bounds(arguments.bounds(.bounds), of: self))
    case .yrange:
      return .yRange(try Self.bounds(arguments.bounds(.bounds), of: self))
    case .size:
      let width = Self.required(arguments.count(.width))
      let height = Self.required(arguments.count(.height))
      do {
        return .size(try PlotSize(width: width.value, height: height.value))
      } catch {
        throw CommandError(untranslated: error.description, at: width.range.union(height.range))
      }
    case .canvas:
      return .canvas(PlotRendering.allCases[arguments.choice(.choice).value])
    case .digits:
      return .digits(Self.required(arguments.digits(.digits)).value)
    case .lang:
      return .language(InterfaceLanguage.allCases[arguments.choice(.choice).value])
    case .speed:
      let speed = Self.required(arguments.number(.speed))
      guard Limits.animationSpeed.contains(speed.value) else {
        throw CommandError(
          untranslated:
            "speed must be from \(NumberFormat.plain(Limits.animationSpeed.lowerBound)) to"
            + " \(NumberFormat.plain(Limits.animationSpeed.upperBound)) steps per second,"
            + " not \(NumberFormat.plain(speed.value))", at: speed.range)
      }
      return .animationSpeed(speed.value)
    }
  }

  /// A learning rate: finite and > 0.
  static func learningRate(_ rate: Located<Double>) throws(CommandError) -> Double {
    guard rate.value.isFinite, rate.value > 0 else {
      throw CommandError(
        untranslated:
          "the learning rate must be a finite number > 0, not \(NumberFormat.plain(rate.value))",
        at: rate.range)
    }
    return rate.value
  }

  private static func bounds(_ spec: BoundsSpec, of name: SettingName) throws(CommandError)
    -> PlotBounds?
  {
    guard case .between(let low, let high) = spec else { return nil }
    do {
      return try PlotBounds(lower: low.value, upper: high.value)
    } catch {
      throw CommandError(
        untranslated: "\(name.rawValue): \(error.description)", at: low.range.union(high.range))
    }
  }

  private static func required<T>(_ value: T?) -> T {
    guard let value else { preconditionFailure("the setting's syntax guarantees its value") }
    return value
  }
}
