/// Every setting of a session, by the name `set` and `show` use.
///
/// ``SettingName/spec`` describes each; ``SettingName/build(_:)`` turns its
/// parsed value into a checked ``Setting``; ``SessionSettings`` holds, applies
/// and reports them. Every switch over settings is exhaustive.
package enum SettingName: String, Sendable, Hashable, CaseIterable, VocabularyName {
  case alpha
  case eluAlpha = "elu-alpha"
  case beta
  case lr
  case grad0
  case convention
  case precision
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
  package func meaning(of value: SettingValue) -> Words {
    guard case .word(let word) = value else { return spec.meaning }
    switch self {
    case .grad0: return GradientAtZero(name: word)?.explanation ?? spec.meaning
    case .convention:
      return Convention(rawValue: word)?.explanation ?? spec.meaning
    case .precision:
      return Precision(named: word)?.explanation ?? spec.meaning
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
  package let meaning: Words
  /// Further paragraphs for `help set NAME` (lines split at `\n`).
  package let details: [Words]
  /// Commands to copy and try.
  package let examples: [String]

  init(
    aliases: [String], syntax: Syntax, meaning: Words, details: [Words], examples: [String]
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
        meaning: Words(en: "Leaky ReLU's slope for z < 0", zh: "Leaky ReLU 在 z < 0 时的斜率"),
        details: [
          Words(
            en: "Finite and >= 0: 0 makes leaky the same as relu, 1 makes it the identity.",
            zh: "有限且 >= 0：取 0 时 leaky 与 relu 相同，取 1 时为恒等函数。"),
          Words(
            en: "PyTorch's default is 0.01, TensorFlow's 0.2, Keras's 0.3.",
            zh: "各框架的默认值：PyTorch 为 0.01，TensorFlow 为 0.2，Keras 为 0.3。"),
        ],
        examples: ["set alpha 0.1", "set alpha=0.3"])
    case .eluAlpha:
      SettingSpec(
        aliases: [], syntax: .value(.number, .number),
        meaning: Words(
          en: "ELU's alpha: elu(z) = alpha (e^z - 1) for z <= 0",
          zh: "ELU 的 alpha：z <= 0 时 elu(z) = alpha (e^z - 1)"),
        details: [
          Words(
            en: "Finite and >= 0; PyTorch's and Keras's default is 1 too. 0 makes elu relu.",
            zh: "有限且 >= 0；PyTorch 和 Keras 的默认值也是 1。取 0 时 elu 就是 relu。"),
          Words(
            en: "The lower z, the closer elu is to -alpha; with alpha = 1 elu' has no jump at 0.",
            zh: "z 越小，elu 越接近 -alpha；alpha = 1 时它的导数在 0 处没有跳变。"),
        ],
        examples: ["set elu-alpha 0.5", "set elu-alpha 2; plot elu elu'"])
    case .beta:
      SettingSpec(
        aliases: ["softplus-beta"], syntax: .value(.number, .number),
        meaning: Words(
          en: "softplus's beta: softplus(z) = ln(1 + e^(beta z)) / beta",
          zh: "softplus 的 beta：softplus(z) = ln(1 + e^(beta z)) / beta"),
        details: [
          Words(
            en: "Finite and > 0; PyTorch's default is 1 too. The larger beta, the closer to relu.",
            zh: "有限且 > 0；PyTorch 的默认值也是 1。beta 越大，softplus 越接近 relu。")
        ],
        examples: ["set beta 5", "set beta 0.5; plot relu softplus"])
    case .lr:
      SettingSpec(
        aliases: ["eta"], syntax: .value(.number, .rate),
        meaning: Words(
          en: "the learning rate eta of the decay simulation", zh: "梯度下降模拟的学习率 eta"),
        details: [
          .lines(
            en: [
              "Finite and > 0. The course chapter asks how many steps of eta = 0.2 bring f from",
              "0.9 down to 0.5: relu takes 2, sigmoid 67. A larger step can kill a relu neuron.",
            ],
            zh: [
              "有限且 > 0。课程章节问：eta = 0.2 时，要走多少步才能让 f 从 0.9 降到 0.5？",
              "relu 要 2 步，sigmoid 要 67 步。步子更大可能让 relu 神经元死亡。",
            ])
        ],
        examples: ["set lr 0.5", "set lr 1"])
    case .grad0:
      SettingSpec(
        aliases: [],
        syntax: .value(
          .choice(SlopeAtZero.allCases.map(\.rawValue), noun: .same("grad0")), .choice),
        meaning: Words(en: "the derivative at exactly z = 0", zh: "恰好在 z = 0 处的导数"),
        details: [
          .lines(
            en: [
              "left: f'(0) takes the slope on the left, relu'(0) = 0 and leaky'(0) = alpha, as the",
              "  course chapter's code and PyTorch and TensorFlow do.",
            ],
            zh: [
              "left：f'(0) 取左侧的斜率，relu'(0) = 0，leaky'(0) = alpha，",
              "  与课程章节的代码以及 PyTorch、TensorFlow 一致。",
            ]),
          Words(
            en:
              "right: f'(0) = 1 for both, as the chapter's formula says (JAX's leaky relu does too).",
            zh: "right：两者都取 f'(0) = 1，与章节的公式一致（JAX 的 leaky relu 也是）。"),
          Words(
            en:
              "mid: the mean of the two slopes, relu'(0) = 0.5 (the gradient of jnp.maximum(x, 0)).",
            zh: "mid：取两侧斜率的平均，relu'(0) = 0.5（即 jnp.maximum(x, 0) 的梯度）。"),
          Words(
            en: "It sets one rule for both functions; set convention sets a framework's pair.",
            zh: "它为两个函数定同一条规则；set convention 按某个框架分别设定两者。"),
          Words(
            en: "It changes f'(0) only: nan, inf and -0 stay as the convention computes them.",
            zh: "它只改变 f'(0)：nan、inf 和 -0 仍按当前约定计算。"),
        ],
        examples: ["set grad0 right", "set grad0 mid"])
    case .convention:
      SettingSpec(
        aliases: ["framework"],
        syntax: .value(
          .choice(Convention.allCases.map(\.rawValue), noun: Words(en: "convention", zh: "约定")),
          .choice),
        meaning: Words(
          en: "compute as a framework does: grad0, alpha, and nan, inf and -0",
          zh: "按某个框架的方式计算：grad0、alpha，以及 nan、inf 和 -0"),
        details: Convention.allCases.map(Self.conventionLines) + [
          .lines(
            en: [
              "In every convention forward keeps nan, and leaky is z * alpha below 0:",
              "  alpha 0 gives -0 there, and nan at -inf.",
            ],
            zh: [
              "所有约定的前向都保留 nan；leaky 在 0 以下是 z * alpha：",
              "  alpha 为 0 时得 -0，在 -inf 处得 nan。",
            ]),
          Words(
            en: "The mask (feed, forward F') is what backward gives for an upstream gradient of 1.",
            zh: "掩码（feed 和 forward F' 显示的）就是上游梯度为 1 时反向传播的结果。"),
          Words(
            en:
              "set grad0 afterwards changes f'(0) only; the rest stays (show: grad0 set by hand).",
            zh: "之后再 set grad0 只改变 f'(0)，其余不变（show 会注明 grad0 是手动设置的）。"),
        ],
        examples: ["set convention jax", "set convention formula"])
    case .precision:
      SettingSpec(
        aliases: [],
        syntax: .value(.precision, .choice),
        meaning: Words(
          en: "the floating-point format every computation is done in",
          zh: "所有计算所用的浮点格式"),
        details: [
          .lines(
            en: [
              "half: Float16 (11 significant bits, largest 65504); single: Float (24 bits);",
              "double: Double (53 bits), the default. Also f16, f32, f64, float16, float32, float64.",
            ],
            zh: [
              "half：半精度 Float16（有效位 11 位，最大值 65504）；",
              "single：单精度 Float（24 位）；double：双精度 Double（53 位），默认。",
              "也可写 f16、f32、f64、float16、float32、float64。",
            ]),
          .lines(
            en: [
              "Every value typed or drawn is rounded to it on entry (a note says when a typed value",
              "changes: feed [0.1] at half holds 0.0999755859375), and every operation rounds to it:",
              "70000 is inf at half, subnormals are kept, nothing is flushed to zero.",
            ],
            zh: [
              "输入或随机生成的每个值进入时都先舍入到该精度（输入的值被改变时会有一条提示：",
              "half 下 feed [0.1] 存的是 0.0999755859375），每一步运算也都舍入到该精度：",
              "half 下 70000 是 inf，保留次正规数，不会把它们清零。",
            ]),
          .lines(
            en: [
              "The frameworks' conventions keep their rules at -0, nan and inf in each precision.",
              "In the decay, z, f'(z), eta and each step are in the precision; in half, exp and",
              "tanh are Float's, rounded. compare ... precision half single double races them.",
              "net, train, sweep and twin train the network in it; sweep precision half single",
              "double runs the twin (relu'(0) = 0 against 1) at each.",
            ],
            zh: [
              "各框架的约定在每种精度下都保持它们在 -0、nan 和 inf 处的规则。",
              "梯度下降模拟中 z、f'(z)、eta 和每一步都用该精度；",
              "half 下 exp 和 tanh 用 Float 的结果再舍入。",
              "compare ... precision half single double 让各精度赛跑。",
              "net、train、sweep 和 twin 也用该精度训练网络；",
              "sweep precision half single double 在每种精度下运行孪生网络实验",
              "（relu'(0) = 0 对比 1）。",
            ]),
        ],
        examples: ["set precision half", "set precision f32", "set precision double"])
    case .xrange:
      SettingSpec(
        aliases: [], syntax: .value(.bounds, .bounds),
        meaning: Words(en: "the plot's z window (auto: -5 to 5)", zh: "图的 z 范围（auto：-5 到 5）"),
        details: [Self.boundsDetail],
        examples: ["set xrange -3 3", "set xrange [-1:1]", "set xrange auto"])
    case .yrange:
      SettingSpec(
        aliases: [], syntax: .value(.bounds, .bounds),
        meaning: Words(
          en: "the plot's y window (auto fits the curves)", zh: "图的 y 范围（auto 按曲线自动定）"),
        details: [Self.boundsDetail],
        examples: ["set yrange -1 2", "set yrange [0:1]", "set yrange auto"])
    case .size:
      SettingSpec(
        aliases: [],
        syntax: .sequence([
          // Any whole number: PlotSize's own error names the sizes allowed.
          .value(.count(Self.anySize), .width), .value(.count(Self.anySize), .height),
        ]),
        meaning: Words(en: "printed plots' columns and rows", zh: "打印出的图的列数和行数"),
        details: [
          .lines(
            en: [
              "\(Self.sizes.least) to \(Self.sizes.most); by default 80 24, or the terminal's width",
              "when batch output goes to a terminal. In the lab the plot fills its pane; size applies",
              "to batch output and to export txt.",
            ],
            zh: [
              "\(Self.sizes.least) 到 \(Self.sizes.most)；批处理输出到终端时取终端的宽度。",
              "在实验界面中图会填满它的窗格；size 用于批处理输出和 export txt。",
            ])
        ],
        examples: ["set size 60 20"])
    case .canvas:
      SettingSpec(
        aliases: [],
        syntax: .value(
          .choice(PlotRendering.allCases.map(\.rawValue), noun: Words(en: "canvas", zh: "画法")),
          .choice),
        meaning: Words(
          en: "ascii: 7-bit characters; braille: 2x4 dots per cell",
          zh: "ascii：只用 ASCII 字符；braille：盲文点阵，每格 2x4 个点"),
        details: [
          Words(
            en: "braille draws smoother curves where the terminal's font has the dots.",
            zh: "终端字体带有盲文点字符时，braille 画出的曲线更平滑。"),
          Words(
            en: "In the lab with colours, curves differ by colour alone: no glyph inside a line.",
            zh: "实验界面有颜色时，曲线只靠颜色区分：线上不加符号。"),
          Words(
            en: "A cell two curves share shows one curve's dots; the legend shows each colour.",
            zh: "两条曲线共用的格子只显示其中一条的点；图例列出每种颜色。"),
          Words(
            en: "Without colours (printed text, --no-color), each curve carries its glyph.",
            zh: "没有颜色时（打印的文本、--no-color），每条曲线带着自己的符号。"),
        ],
        examples: ["set canvas braille"])
    case .digits:
      SettingSpec(
        aliases: [], syntax: .value(.digits, .digits),
        meaning: Words(
          en: "significant digits in text (full: every digit)",
          zh: "文本中数字的有效位数（full：全部位数）"),
        details: [
          Words(
            en:
              "N from 1 to \(NumberDigits.maximum); the default 6 shows 0.49999999999999994 as 0.5.",
            zh: "N 从 1 到 \(NumberDigits.maximum)；默认 6 位，0.49999999999999994 显示为 0.5。"),
          Words(
            en: "full writes the shortest text that reads back as the same number.",
            zh: "full 写出能读回同一个数的最短文本。"),
          Words(
            en: "JSON output (--json) always writes every digit.",
            zh: "JSON 输出（--json）总是写出全部位数。"),
        ],
        examples: ["set digits 3", "set digits full"])
    case .speed:
      SettingSpec(
        aliases: [], syntax: .value(.number, .speed),
        meaning: Words(
          en: "steps per second when the lab animates run and F5",
          zh: "实验界面动画演示 run 和 F5 时每秒走的步数"),
        details: [
          .lines(
            en: [
              "\(Self.speeds.low) to \(Self.speeds.high). The first few steps go slower so their"
                + " start can be followed;",
              "+ and - double or halve it while a run is animated. Batch mode runs at once.",
            ],
            zh: [
              "\(Self.speeds.low) 到 \(Self.speeds.high)。开头几步走得慢些，便于看清起步；",
              "动画运行时按 + 或 - 可加倍或减半。批处理模式立即运行完。",
            ])
        ],
        examples: ["set speed 10", "set speed 200"])
    case .lang:
      SettingSpec(
        aliases: ["language"],
        syntax: .value(
          .choice(
            InterfaceLanguage.allCases.map(\.rawValue), noun: Words(en: "language", zh: "语言")),
          .choice),
        meaning: Words(
          en: "the language of messages, help and lessons: en or zh",
          zh: "消息、帮助和课的语言：en 或 zh"),
        details: [
          Words(
            en: "Everything switches at once; commands, names, numbers and JSON stay as typed.",
            zh: "所有文字立即切换；命令、名字、数字和 JSON 保持原样。"),
          Words(
            en: "relulab --lang zh and a Chinese locale (LANG=zh_CN.UTF-8) start in Chinese.",
            zh: "用 relulab --lang zh 或中文区域设置（LANG=zh_CN.UTF-8）启动，界面即为中文。"),
        ],
        examples: ["set lang zh", "set lang en"])
    }
  }

  /// `help set xrange` and `yrange`: how a window is written.
  private static var boundsDetail: Words {
    Words(
      en: "A below B; gnuplot's [A:B] works too.", zh: "A 小于 B；也可用 gnuplot 的写法 [A:B]。")
  }

  /// What `size` parses as a width or height before PlotSize checks the
  /// pair, so `set size 0 0` is told the plot sizes allowed.
  private static let anySize = Int(Int32.min)...Int(Int32.max)

  /// The smallest and largest plot, as `size` writes them: `10x5`.
  private static var sizes: (least: String, most: String) {
    (
      "\(PlotSize.minimum.width)x\(PlotSize.minimum.height)",
      "\(PlotSize.maximum.width)x\(PlotSize.maximum.height)"
    )
  }

  /// The slowest and fastest animation, as `speed` writes them.
  private static var speeds: (low: String, high: String) {
    (
      NumberFormat.plain(Limits.animationSpeed.lowerBound),
      NumberFormat.plain(Limits.animationSpeed.upperBound)
    )
  }

  /// Four lines of `help set convention` for one convention: who, the
  /// slope and the rules at 0, then what it does at -0, at nan and with an
  /// infinite gradient.
  private static func conventionLines(_ convention: Convention) -> Words {
    let name = convention.rawValue
    let rules = convention.gradientAtZero.rules
    let edges = convention.edges
    func indented(_ text: String) -> String {
      text.split(separator: "\n").map { "\n  " + $0 }.joined()
    }
    return Words(
      en: "\(name): \(convention.source.en)\n  \(convention.slope.en), \(rules.en)"
        + indented(edges.en),
      zh: "\(name)：\(convention.source.zh)\n  \(convention.slope.zh)，\(rules.zh)"
        + indented(edges.zh))
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
        throw CommandError(SettingMessage.invalidAlpha(error).words, at: alpha.range)
      }
    case .eluAlpha, .beta:
      let parameter: FunctionParameter = self == .beta ? .beta : .eluAlpha
      let value = Self.required(arguments.number(.number))
      do {
        return .parameter(parameter, try parameter.validate(value.value))
      } catch {
        throw CommandError(SettingMessage.invalidAlpha(error).words, at: value.range)
      }
    case .lr:
      return .learningRate(try Self.learningRate(Self.required(arguments.number(.rate))))
    case .grad0:
      return .gradientAtZero(GradientAtZero(SlopeAtZero.allCases[arguments.choice(.choice).value]))
    case .convention:
      return .convention(Convention.allCases[arguments.choice(.choice).value])
    case .precision:
      return .precision(Precision.named(at: arguments.choice(.choice).value))
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
        throw CommandError(
          SettingMessage.invalidPlot(nil, error).words, at: width.range.union(height.range))
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
          SettingMessage.speedOutOfRange(Limits.animationSpeed, speed.value).words,
          at: speed.range)
      }
      return .animationSpeed(speed.value)
    }
  }

  /// A learning rate: finite and > 0.
  static func learningRate(_ rate: Located<Double>) throws(CommandError) -> Double {
    guard rate.value.isFinite, rate.value > 0 else {
      throw CommandError(SettingMessage.invalidLearningRate(rate.value).words, at: rate.range)
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
        SettingMessage.invalidPlot(name, error).words, at: low.range.union(high.range))
    }
  }

  private static func required<T>(_ value: T?) -> T {
    guard let value else { preconditionFailure("the setting's syntax guarantees its value") }
    return value
  }
}
