import ReluTestSupport
import Testing

@testable import ReluCore

/// Every word help, `show` and `set` say, in both languages: none empty, every
/// Chinese form written in Chinese, no character of ambiguous width, and every
/// Chinese help line within the help's 80 columns.
@Suite struct HelpCatalogueTests {
  /// Every fixed text of the vocabulary, named for a failure message.
  private static var everyText: [(name: String, words: Words)] {
    var texts: [(String, Words)] = []
    for name in CommandName.allCases {
      texts.append(("\(name) summary", name.spec.summary))
      texts += name.spec.details.map { ("\(name) detail", $0) }
    }
    for name in SettingName.allCases {
      texts.append(("set \(name) meaning", name.spec.meaning))
      texts += name.spec.details.map { ("set \(name) detail", $0) }
    }
    for convention in Convention.allCases {
      texts += [
        ("\(convention) source", convention.source),
        ("\(convention) short source", convention.shortSource),
        ("\(convention) slope", convention.slope),
        ("\(convention) explanation", convention.explanation),
        (
          "meaning of convention \(convention)",
          SettingName.convention.meaning(of: .word("\(convention)"))
        ),
      ]
    }
    for convention in Convention.allCases {
      texts.append(("\(convention) edges", convention.edges))
      texts.append(("\(convention) hand-set", convention.handSetExplanation))
    }
    for relu in SlopeAtZero.allCases {
      for leaky in SlopeAtZero.allCases {
        let rules = GradientAtZero(relu: relu, leaky: leaky)
        texts += [
          ("grad0 \(rules.name) explanation", rules.explanation),
          ("grad0 \(rules.name) rules", rules.rules),
        ]
      }
    }
    for kind in ActivationKind.allCases { texts += kind.entry.help.map { ("help \(kind)", $0) } }
    for term in HelpTerm.samples {
      texts += [("term \(term)", term.term), ("term \(term) meaning", term.words)]
    }
    texts += SettingMessage.samples.map { ("\($0)", $0.words) }
    texts += ViewName.allCases.map { ("view \($0) noun", $0.noun) }
    texts += [FunctionFilter.layers, .functions, .functionsAndDerivatives].map {
      ("\($0) noun", $0.noun)
    }
    texts += HelpText.indexNotes.map { ("index note", $0) }
    texts += [("index heading", HelpText.indexHeading), ("terms note", HelpText.termsNote)]
    return texts
  }

  /// Chinese forms that are formulas or names, the same in any language.
  private static let formulas: Set<String> = [
    "sigmoid(z) = 1 / (1 + e^-z)。", "tanh(z) = (e^z - e^-z) / (e^z + e^-z)。",
    "PyTorch (torch.relu, nn.LeakyReLU)", "TensorFlow (tf.nn.relu, tf.nn.leaky_relu)",
    "Keras (layers.LeakyReLU)", "JAX (jax.nn.relu, jax.nn.leaky_relu)", "PyTorch",
    "TensorFlow (tf.nn)", "Keras", "JAX", "grad0",
  ]

  @Test func everyTextIsWrittenInBothLanguages() {
    let texts = Self.everyText
    #expect(texts.count > 150)
    for (name, words) in texts {
      #expect(!words.en.isEmpty && !words.zh.isEmpty, "\(name) is empty")
      let isFormula = words.zh.split(separator: "\n").allSatisfy {
        Self.formulas.contains(String($0)) || $0.allSatisfy { !$0.isLetter || $0.isASCII }
      }
      #expect(WordsCheck.hasChinese(words.zh) || isFormula, "\(name) has no Chinese: \(words.zh)")
      #expect(!WordsCheck.hasAmbiguousWidth(words.en + words.zh), "\(name): \(words.both)")
    }
  }

  @Test func onlyFormulasAndNamesReadTheSame() {
    for (name, words) in Self.everyText where words.en == words.zh {
      #expect(Self.formulas.contains(words.zh) || words.zh.hasPrefix("relu'(0)"), "\(name)")
    }
  }

  /// Every topic `help` explains.
  static var topics: [(file: String, topic: HelpTopic)] {
    [("index", .index), ("terms", .terms)]
      + CommandName.allCases.map { ("command-\($0.rawValue)", .command($0)) }
      + SettingName.allCases.map { ("set-\($0.rawValue)", .setting($0)) }
      + ActivationKind.allCases.map { ("function-\($0.rawValue)", .function($0)) }
  }

  private static func text(_ topic: HelpTopic, _ language: InterfaceLanguage) -> [String] {
    TextReport.lines(for: .help(topic), language: language).map(\.text)
  }

  @Test func chineseHelpFitsEightyColumns() {
    for (file, topic) in Self.topics {
      for line in Self.text(topic, .zh) {
        #expect(DisplayWidth.of(line) <= 80, "help \(file): \(line)")
      }
    }
  }

  @Test func theTermsFitEightyColumnsInEnglishToo() {
    for line in Self.text(.terms, .en) { #expect(DisplayWidth.of(line) <= 80, "\(line)") }
  }

  /// Golden files of every help topic in Chinese and in English; re-record with
  /// `RELULAB_RECORD_SNAPSHOTS=1 swift test --filter HelpCatalogue`.
  @Test(arguments: InterfaceLanguage.allCases)
  func everyTopicMatchesItsGoldenFile(language: InterfaceLanguage) {
    for (file, topic) in Self.topics {
      let text = Self.text(topic, language).joined(separator: "\n") + "\n"
      Golden.check(text, file: "help/\(language.rawValue)/\(file).txt")
    }
  }

  @Test func chineseHelpCreditsTheCourse() {
    let index = Self.text(.index, .zh).joined(separator: "\n")
    #expect(index.contains("微软开源课程 ai-edu"))
    #expect(index.contains("help 术语"))
    #expect(Self.text(.index, .en).contains { $0.contains("Microsoft's open ai-edu course") })
  }

  @Test func theTermsAreReachedByEitherName() throws {
    #expect(try parseOne("help terms") == .help(.terms))
    #expect(try parseOne("help Terms") == .help(.terms))
    #expect(try parseOne("help 术语") == .help(.terms))
    #expect(try parseOne("? 术语") == .help(.terms))
    #expect(Command.help(.terms).text == "help terms")
    let lines = Self.text(.terms, .zh)
    #expect(lines.contains { $0.contains("learning rate, lr") && $0.contains("学习率") })
    #expect(lines.contains { $0.contains("mask") && $0.contains("掩码") })
  }

  @Test func helpSetLangReadsInBoth() {
    #expect(
      Self.text(.setting(.lang), .en).prefix(2) == [
        "set lang en|zh", "  the language of messages, help and lessons: en or zh; default en",
      ])
    #expect(
      Self.text(.setting(.lang), .zh).prefix(2) == [
        "set lang en|zh", "  消息、帮助和课的语言：en 或 zh；默认 en",
      ])
  }

  @Test func setSaysWhatIsWrongInTheSessionsLanguage() throws {
    var lab = Interpreter()
    #expect(try lab.failure("set alpha -1").message.hasPrefix("alpha must be >= 0"))
    _ = try lab.outputs("set lang zh")
    #expect(try lab.failure("set speed 0").message == "speed 必须是每秒 1 到 1000 步，不能是 0")
    #expect(try lab.failure("set lr 0").message == "学习率必须是 > 0 的有限数，不能是 0")
    #expect(try lab.failure("set alpha -1").message.hasPrefix("alpha 必须 >= 0"))
    #expect(try lab.failure("set xrange 2 1").message.hasPrefix("xrange：范围必须从小到大"))
    #expect(try lab.failure("set size 1 1").message.hasPrefix("图的大小必须在"))
    let help = try lab.printed("help terms")
    #expect(help.first == "ReluLab 的中英术语对照（help terms、help 术语）：")
  }

  @Test func typedErrorsKeepTheirEnglish() {
    let alpha = ActivationError.invalidAlpha(-2)
    #expect(SettingMessage.invalidAlpha(alpha).words.en == alpha.description)
    let reversed = PlotError.reversedBounds(lower: 2, upper: 1)
    #expect(SettingMessage.invalidPlot(nil, reversed).words.en == reversed.description)
    #expect(
      SettingMessage.invalidPlot(.yrange, reversed).words.en == "yrange: " + reversed.description)
  }

  @Test func settingMessagesKeepTheirEnglish() {
    #expect(
      SettingMessage.speedOutOfRange(1...1000, 0).words.en
        == "speed must be from 1 to 1000 steps per second, not 0")
    #expect(
      SettingMessage.invalidLearningRate(-1).words.en
        == "the learning rate must be a finite number > 0, not -1")
  }
}
