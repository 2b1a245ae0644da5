import ReluTestSupport
import Testing

@testable import ReluCore

/// Every error message has an English and a Chinese form: the Chinese with
/// Chinese in it, neither with a character of ambiguous width.
@Suite struct ErrorCatalogueTests {
  /// Chinese forms that are names or formulas, the same in both languages.
  static let sameInBoth: Set<String> = ["grad0", "canvas"]

  /// Every sample of every error catalogue, and every fixed text the errors use.
  static var allWords: [(String, Words)] {
    func walk<C: MessageCatalogue>(_ type: C.Type) -> [(String, Words)] {
      C.samples.map { ("\(C.self).\($0)", $0.words) }
    }
    var all: [(String, Words)] = []
    all += walk(LexMessage.self)
    all += walk(NumberMessage.self)
    all += walk(LookalikeHint.self)
    all += walk(ParseMessage.self)
    all += walk(ActivationError.self)
    all += walk(LayerError.self)
    all += walk(TensorError.self)
    all += walk(PlotError.self)
    all += walk(DecayError.self)
    all += walk(SlopeMessage.self)
    all += walk(FileError.self)
    all += walk(FileReason.self)
    all += walk(InterpreterMessage.self)
    all += slots.map { ("Slot.\($0)", $0.noun) }
    all += [FunctionFilter.layers, .functions, .functionsAndDerivatives].map {
      ("FunctionFilter.\($0)", $0.noun)
    }
    all += NameKind.allCases.map { ("NameKind.\($0)", $0.words) }
    all += choiceNouns.map { ("choice \($0.en)", $0) }
    all += (0xFF01...0xFF5E).compactMap { value in
      Unicode.Scalar(value).flatMap { Lookalike.named($0, inWord: true) }.map {
        ("Lookalike \($0.character)", $0.name)
      }
    }
    return all
  }

  static let slots: [Slot] = [
    .function, .functions, .vector, .gradient, .start, .target, .rate, .steps, .maxSteps, .file,
    .format, .text, .topic, .setting, .number, .lesson, .bounds, .width, .height, .choice,
    .units, .depth, .data, .points, .seed, .epochs, .rates, .digits, .speed, .precisions,
  ]

  /// The nouns of every choice in the vocabulary's syntax.
  static var choiceNouns: [Words] {
    func nouns(_ syntax: Syntax) -> [Words] {
      switch syntax {
      case .keyword: []
      case .value(.choice(_, let noun), _): [noun]
      case .value: []
      case .sequence(let parts), .options(let parts): parts.flatMap(nouns)
      case .optional(let inner), .repeated(let inner): nouns(inner)
      }
    }
    return CommandName.allCases.flatMap { nouns($0.spec.syntax) }
      + SettingName.allCases.flatMap { nouns($0.spec.syntax) }
  }

  @Test func everyFormIsWritten() {
    for (name, words) in Self.allWords where !name.hasPrefix("LookalikeHint") {
      let problems = WordsCheck.problems(
        en: words.en, zh: words.zh, sameInBoth: Self.sameInBoth.contains(words.zh))
      #expect(problems.isEmpty, "\(name): \(problems)")
    }
    // A hint names the character typed, which may be of ambiguous width.
    for (name, words) in Self.allWords where name.hasPrefix("LookalikeHint") {
      #expect(!words.en.isEmpty && WordsCheck.hasChinese(words.zh), "\(name)")
    }
  }

  @Test func everyChoiceNounIsKnown() {
    #expect(!Self.choiceNouns.isEmpty)
    for noun in Self.choiceNouns {
      #expect(
        Self.sameInBoth.contains(noun.zh) || WordsCheck.hasChinese(noun.zh),
        "\(noun.en)")
    }
  }

  @Test func chineseSpacing() {
    #expect(ChineseText.spaced("学习率取", "0.2") == "学习率取 0.2")
    #expect(ChineseText.spaced("relu", "的导数") == "relu 的导数")
    #expect(ChineseText.spaced("设置有：", "alpha") == "设置有：alpha")
    #expect(ChineseText.list(["a", "b", "c"], or: false) == "a、b 和 c")
    #expect(ChineseText.list(["a", "b"], or: true) == "a 或 b")
  }
}
