import ReluCore
import ReluTestSupport
import Testing

@testable import ReluTerminal

/// The lab and the command line in both languages: every catalogue of words
/// the terminal front ends hold, the screens in Chinese at three sizes, wide
/// text on the input line, and Chinese line breaking.
@Suite struct ChineseLabTests {
  // MARK: Catalogues

  /// Every text of this target's catalogues, named for a failure message.
  static var allWords: [(name: String, words: Words)] {
    var all: [(String, Words)] = []
    all += LabMessage.samples.map { ("\($0)", $0.words) }
    all += FrameText.samples.map { ("\($0)", $0.words) }
    all += StatusWords.samples.map { ("\($0)", $0.words) }
    all += CommandLineMessage.samples.map { ("\($0)", $0.words) }
    for binding in KeyMap.bindings {
      all.append(("keys \(binding.keys.en)", binding.keys))
      all.append(("short keys \(binding.shortKeys.en)", binding.shortKeys))
      all.append(("meaning of \(binding.keys.en)", binding.meaning))
    }
    all += KeyMap.hintWords.map { ("hint \($0.en)", $0) }
    return all
  }

  /// Texts that are names or keys, the same in both languages: no CJK needed.
  static let sameInBoth: Set<String> = [
    "F1", "F2 / F3", "F4", "F5", "F6", "F7 / F8", "PgUp / PgDn", "Up / Down", "Ctrl-R", "Tab",
    "Ctrl-A/E/B/F, Home/End", "Ctrl-A/E/B/F", "Ctrl-K/U/W, Ctrl-Y", "Ctrl-K/U/W/Y", "Ctrl-C",
    "Ctrl-L", "F2/F3 alpha", "Tab: ", "Ctrl-D, quit",
  ]

  @Test func everyTextHasBothLanguages() {
    for (name, words) in Self.allWords {
      let problems = WordsCheck.problems(
        en: words.en, zh: words.zh, sameInBoth: Self.sameInBoth.contains(words.en))
      #expect(problems.isEmpty, "\(name): \(problems)")
    }
  }

  /// What must fit the narrowest screen the lab draws (60 columns, one
  /// space before a banner) does, in both languages.
  @Test func bannersAndHintsFitSixtyColumns() {
    let pause = LabMessage.lessonPaused(pause: 12, count: 12).words.zh
    #expect(DisplayWidth.of(pause) + 1 <= 60, "\(pause)")
    #expect(DisplayWidth.of(FrameText.keysFooter.words.zh) <= 54)
    for language in InterfaceLanguage.allCases {
      let short = LabMessage.lessonPausedShort(pause: 12, count: 12).words(language)
      #expect(DisplayWidth.of(short) + 1 <= 40, "\(short)")
      #expect(DisplayWidth.of(KeyMap.hint(fitting: .max, in: language)) <= 60)
      #expect(DisplayWidth.of(KeyMap.hint(fitting: 30, in: language)) <= 30)
    }
    #expect(
      LabMessage.lessonPaused(pause: 1, count: 5).words.zh
        == "第 1/5 处暂停：空格/回车 继续，b 返回，q 退出本课")
    #expect(KeyMap.hint(fitting: .max, in: .zh) == "F1 帮助  F2/F3 alpha  F4 单步  F5 运行  F6 重置  F8 光标")
    // English stays as it was.
    #expect(KeyMap.hint(fitting: .max, in: .en) == KeyMap.hint)
  }

  /// Every banner fits a 60-column status line (after its leading space):
  /// whole, or in its short form.
  @Test func everyBannerFitsSixtyColumns() {
    let banners: [LabMessage] = [
      .decayRunning(speed: "12.5", keyStops: true), .decayRunning(speed: "12.5", keyStops: false),
      .scriptPaused, .trainingRunning, .lessonPaused(pause: 12, count: 12),
    ]
    for banner in banners {
      for language in InterfaceLanguage.allCases {
        let shown = [banner, banner.shortForm].compactMap { $0?.words(language) }
          .first { DisplayWidth.of($0) + 1 <= 60 }
        #expect(shown != nil, "\(banner) in \(language)")
      }
    }
  }

  /// Chinese meanings fit the F1 box's meaning column at 60 columns (the
  /// box's text is 54 wide; the short keys take 12 and two spaces).
  @Test func chineseKeyMeaningsFitANarrowBox() {
    let keys = KeyMap.bindings.map { DisplayWidth.of($0.shortKeys.zh) }.max() ?? 0
    for binding in KeyMap.bindings {
      #expect(DisplayWidth.of(binding.meaning.zh) <= 54 - keys - 2, "\(binding.meaning.zh)")
    }
  }

  // MARK: Screens

  /// The screens of a Chinese session at one size: at the start, after a
  /// feed, with the F1 box, at a lesson's first pause.
  static func screens(width: Int, height: Int) -> String {
    func shot(_ inputs: [TerminalInput]) -> [String] {
      let terminal = FakeTerminal(inputs, width: width, height: height)
      var interpreter = Interpreter()
      interpreter.language = .zh
      let loop = LabLoop(
        terminal: terminal, interpreter: interpreter, history: History(), file: nil)
      _ = loop.run(startupScripts: [])
      return terminal.screen
    }
    let lesson = PauseCamera.firstPause(of: "zh/01-relu.relu", width: width, height: height)
    let shots: [(String, [String])] = [
      ("start", shot([])),
      ("feed -2 0 3", shot(FakeTerminal.typing("feed -2 0 3"))),
      ("F1", shot([.key(.function(1))])),
      ("lesson 1, first pause", lesson),
    ]
    return shots.map { title, rows in
      (["--- \(title) ---"] + rows + Array(repeating: "", count: max(0, height - rows.count)))
        .map { $0 + "\n" }.joined()
    }.joined()
  }

  @Test(arguments: [(120, 36), (80, 24), (60, 20)])
  func chineseScreens(width: Int, height: Int) {
    let text = Self.screens(width: width, height: height)
    Golden.check(text, file: "lab-zh-\(width)x\(height).txt")
    // Nothing ambiguous-width on a Chinese screen: the frame is ASCII.
    #expect(!WordsCheck.hasAmbiguousWidth(text))
    // The rows fit the screen.
    for row in text.split(separator: "\n") {
      #expect(DisplayWidth.of(row) <= width, "\(row)")
    }
  }

  /// `set lang zh` switches the status line, its hints and the F1 box at once.
  @Test func setLangSwitchesTheFrameLive() {
    let terminal = FakeTerminal(
      FakeTerminal.typing("set lang zh") + [.key(.function(1))], width: 100, height: 30)
    let loop = LabLoop(
      terminal: terminal, interpreter: Interpreter(), history: History(), file: nil)
    _ = loop.run(startupScripts: [])
    let beforeHelp = terminal.frames[terminal.frames.count - 2].lines
    #expect(beforeHelp[28].hasPrefix(" 层 relu | alpha 0.01"))
    #expect(beforeHelp[28].hasSuffix(KeyMap.hint(fitting: .max, in: .zh)))
    #expect(beforeHelp.contains { $0.hasPrefix("-- 输出 --") })
    #expect(terminal.screen.contains { $0.contains("+- ReluLab 按键 -") })
    #expect(terminal.screen.contains { $0.contains("本帮助") })
  }

  /// A line that switches the language midway shows what follows the switch
  /// in the new language.
  @Test func outputAfterSetLangOnTheSameLineIsInTheNewLanguage() {
    let terminal = FakeTerminal(
      FakeTerminal.typing("set lang zh; feed 1 -1"), width: 100, height: 30)
    let loop = LabLoop(
      terminal: terminal, interpreter: Interpreter(), history: History(), file: nil)
    _ = loop.run(startupScripts: [])
    #expect(terminal.screen.contains { $0.hasPrefix("feed relu：2 个值，1 个激活（50%）") })
    #expect(!terminal.screen.contains { $0.contains("2 values") })
  }

  /// Without a UTF-8 locale the frame is ASCII in English too, never the
  /// terminal's line drawing (`qqq output qqq` where the terminal does not
  /// switch character sets).
  @Test func noUTF8LocaleMeansAnASCIIFrame() {
    let terminal = FakeTerminal([.key(.function(1))], width: 100, height: 30)
    terminal.supportsUnicode = false
    let loop = LabLoop(
      terminal: terminal, interpreter: Interpreter(), history: History(), file: nil)
    _ = loop.run(startupScripts: [])
    let beforeHelp = terminal.frames[terminal.frames.count - 2].lines
    #expect(beforeHelp.contains { $0.hasPrefix("-- output --") })
    #expect(terminal.screen.contains { $0.contains("+- ReluLab keys -") })
    #expect(!WordsCheck.hasAmbiguousWidth(terminal.screen.joined()))
  }

  // MARK: Wide text on the input line

  /// A Chinese keyboard's full-width comma in `feed [1，-2，3]`: the cursor
  /// sits after the wide characters, Backspace takes one whole, and the line
  /// runs as typed.
  @Test func typingFullWidthPunctuation() throws {
    let typed = "feed [1，-2，3]".map { TerminalInput.key(.character($0)) }
    let terminal = FakeTerminal(typed, width: 80, height: 24)
    let loop = LabLoop(
      terminal: terminal, interpreter: Interpreter(), history: History(), file: nil)
    _ = loop.run(startupScripts: [])
    let frame = try #require(terminal.frames.last)
    #expect(frame.lines[23] == "relulab> feed [1，-2，3]")
    // 9 for the prompt, 11 ASCII characters, 2 wide ones of 2 columns.
    #expect(frame.cursor?.column == 9 + 11 + 4)

    var editor = LineEditor(text: "feed [1，-2，3]")
    editor.moveLeft()
    editor.moveLeft()
    editor.deleteBackward()
    #expect(editor.text == "feed [1，-23]")
    #expect(editor.view(columns: 80).cursorColumn == DisplayWidth.of("feed [1，-2"))
    editor.deleteBackward()
    editor.deleteBackward()
    editor.deleteBackward()
    #expect(editor.text == "feed [13]")
  }

  /// An error after wide characters: the caret stands under the column
  /// where the bad word starts on screen.
  @Test func caretUnderTheRightColumnAfterWideText() throws {
    let terminal = FakeTerminal(FakeTerminal.typing("feed [1，2] 中文"), width: 80, height: 24)
    let loop = LabLoop(
      terminal: terminal, interpreter: Interpreter(), history: History(), file: nil)
    _ = loop.run(startupScripts: [])
    let rows = loop.log.lines.map(\.text)
    let echo = try #require(rows.firstIndex { $0.hasPrefix("relulab> feed") })
    let caretRow = try #require(rows.dropFirst(echo + 1).first)
    let caret = try #require(caretRow.firstIndex(of: "^"))
    let column = DisplayWidth.of(caretRow[..<caret])
    // The echo's character at that display column starts the word the
    // message quotes.
    var width = 0
    var found: Character?
    for character in rows[echo] {
      if width == column {
        found = character
        break
      }
      width += DisplayWidth.of(character)
    }
    let word = try #require(found)
    #expect(caretRow.contains("'\(word)"), "\(caretRow)")
  }

  /// Tab completes a command after wide characters on the line.
  @Test func completionAfterWideCharacters() {
    let typed = "feed [1，2]; pl".map { TerminalInput.key(.character($0)) } + [.key(.tab)]
    let terminal = FakeTerminal(typed, width: 80, height: 24)
    let loop = LabLoop(
      terminal: terminal, interpreter: Interpreter(), history: History(), file: nil)
    _ = loop.run(startupScripts: [])
    #expect(loop.input.editor.text == "feed [1，2]; plot ")
    #expect(
      terminal.frames.last?.cursor?.column == 9 + DisplayWidth.of("feed [1，2]; plot "))
  }

  // MARK: Wrapping

  /// No row starts with closing punctuation: the character before it moves down too.
  @Test func kinsokuKeepsClosingPunctuationOffARowStart() {
    let rows = TextWrap.rows("一二三四五，六七八九十。", columns: 10)
    #expect(rows == ["一二三四", "五，六七八", "九十。"])
    for row in TextWrap.rows("正数原样放行，其余的一律变成 0。写成式子就是这样。", columns: 12) {
      #expect(!TextWrap.closing.contains(row.first ?? " "), "\(row)")
      #expect(DisplayWidth.of(row) <= 12)
    }
    // No row ends with opening punctuation.
    for row in TextWrap.rows("一二三四（五六七八）九十", columns: 10) {
      #expect(!TextWrap.opening.contains(row.last ?? " "), "\(row)")
    }
  }

  /// Chinese breaks between characters, not only at spaces; a Latin word in
  /// it is not cut.
  @Test func chineseBreaksBetweenCharactersNotInWords() {
    let rows = TextWrap.rows("先看图：函数 relu 在零点拐了个弯，导数 derivative 跳了一下", columns: 20)
    for row in rows { #expect(DisplayWidth.of(row) <= 20) }
    #expect(!rows.contains { $0.hasSuffix("deriv") || $0.hasPrefix("ative") })
    #expect(rows.joined().filter { $0 != " " } == "先看图：函数relu在零点拐了个弯，导数derivative跳了一下")
  }

  /// English wraps as it always did.
  @Test func englishWrapsAsBefore() {
    #expect(
      TextWrap.rows("the gradient flows where the unit is active", columns: 20)
        == ["the gradient flows", "where the unit is", "active"])
    #expect(TextWrap.rows("abcdefghij", columns: 4) == ["abcd", "efgh", "ij"])
  }

  /// A lesson's words in the output pane hang under the text, not under the marker.
  @Test func sayLinesHangUnderTheirText() {
    let line = OutputLog.Line("> 同学们，ReLU 的规矩只有一条：正数原样放行，其余的一律变成 0。", role: .say)
    let rows = line.rows(width: 24)
    #expect(rows.count > 1)
    for row in rows.dropFirst() { #expect(row.hasPrefix("  ") && !row.hasPrefix("   ")) }
    #expect(!rows.dropFirst().contains { TextWrap.closing.contains($0.dropFirst(2).first ?? " ") })
    // Other lines hang two columns in: the marker is a say line's alone.
    #expect(OutputLog.Line("> a b c d e f", role: .plain).hangingIndent == 2)
  }
}

extension PauseCamera {
  /// The screen at the first pause of the shipped lesson at `path`.
  static func firstPause(of path: String, width: Int, height: Int) -> [String] {
    guard let lesson = LessonCatalog.all.first(where: { $0.path == path }) else { return [] }
    return LessonScreenTests.screens(of: lesson, width: width, height: height).first ?? []
  }
}
