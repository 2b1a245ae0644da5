import ReluCore
import Testing

@testable import ReluTerminal

/// The F1 box and the `help` viewer at 60 and 80 columns, in English and
/// Chinese: no word is cut (every word on screen is a word of the text
/// shown), and below 80 columns help's tables are one column.
@Suite struct NarrowHelpTests {
  static let sizes = [(60, 20), (60, 24), (80, 24), (120, 36)]
  static let languages: [InterfaceLanguage] = [.en, .zh]

  /// The words of `text`: the runs between spaces and wide (CJK)
  /// characters, so Chinese, which breaks between any two characters,
  /// leaves only its Latin words and numbers to check.
  static func words(_ text: String) -> [String] {
    var words: [String] = []
    var word = ""
    for character in text {
      if character == " " || DisplayWidth.of(character) == 2 {
        if !word.isEmpty { words.append(word) }
        word = ""
      } else {
        word.append(character)
      }
    }
    if !word.isEmpty { words.append(word) }
    return words
  }

  static func content(language: InterfaceLanguage) -> LabRenderer.Content {
    LabRenderer.Content(
      plot: ScreenBuffer(width: 1, height: 1), status: "layer relu", log: OutputLog(),
      input: LineEditor(text: ""), language: language)
  }

  /// The lines inside the F1 box: between its two vertical rules (`|` in
  /// a Chinese terminal, where box drawing is ambiguous in width).
  static func boxLines(_ frame: ScreenBuffer, language: InterfaceLanguage) -> [String] {
    let rule: Character = language == .zh ? "|" : "│"
    return frame.lines.compactMap { line in
      guard let open = line.firstIndex(of: rule), let close = line.lastIndex(of: rule),
        open < close
      else { return nil }
      return String(line[line.index(after: open)..<close])
    }
  }

  @Test(arguments: languages)
  func theKeysBoxCutsNoWord(language: InterfaceLanguage) throws {
    var source = Set(Self.words(FrameText.keysFooter.words(language)))
    for binding in KeyMap.bindings {
      for text in [binding.keys, binding.shortKeys, binding.meaning] {
        source.formUnion(Self.words(text(language)))
      }
    }
    for (width, height) in Self.sizes {
      var content = Self.content(language: language)
      content.showsHelp = true
      let frame = LabRenderer().frame(content, layout: LabLayout(width: width, height: height))
      let lines = Self.boxLines(frame, language: language)
      try #require(lines.count >= 8, "\(width)x\(height): \(frame.lines)")
      for line in lines {
        #expect(DisplayWidth.of(line) <= width - 2)
        for word in Self.words(line) {
          #expect(source.contains(word), "\(language) \(width)x\(height): '\(word)' in '\(line)'")
        }
      }
      // The first binding's meaning starts on its keys' row.
      let first = try #require(KeyMap.bindings.first)
      let start = try #require(Self.words(first.meaning(language)).first)
      #expect(lines.contains { $0.contains(first.shortKeys(language)) && $0.contains(start) })
    }
  }

  static func viewer(_ topic: HelpTopic, _ language: InterfaceLanguage) -> HelpViewer {
    let line = { (report: ReportLine) in OutputLog.Line(report.text) }
    return HelpViewer(
      lines: HelpText.lines(for: topic, language: language).map(line),
      oneColumn: HelpText.lines(for: topic, language: language, oneColumn: true).map(line))
  }

  @Test(arguments: languages)
  func helpCutsNoWordAndIsOneColumnBelow80(language: InterfaceLanguage) throws {
    for topic in [HelpTopic.index, .terms, .command(.decay), .setting(.alpha)] {
      let source = Set(
        (HelpText.lines(for: topic, language: language)
          + HelpText.lines(for: topic, language: language, oneColumn: true))
          .flatMap { Self.words($0.text) })
      let viewer = Self.viewer(topic, language)
      for width in [58, 78, 118] {
        for row in viewer.rows(width: width) {
          #expect(DisplayWidth.of(row.text) <= width)
          for word in Self.words(row.text) {
            #expect(
              source.contains(word), "\(topic) \(language) \(width): '\(word)' in '\(row.text)'")
          }
        }
      }
    }
    // The index: each command on a row of its own, its summary below it,
    // indented, on a 60-column screen; side by side at 80.
    let index = Self.viewer(.index, language)
    let narrow = index.rows(width: 58).map(\.text)
    let wide = index.rows(width: 78).map(\.text)
    for name in CommandName.allCases {
      let summary = name.spec.summary(language)
      let row = try #require(narrow.firstIndex(of: "  " + name.synopsis), "\(name.synopsis)")
      #expect(
        narrow[row + 1].hasPrefix(HelpText.oneColumnIndent + summary.prefix(1)),
        "\(narrow[row + 1])")
      let side = try #require(wide.first { $0.hasPrefix("  " + name.synopsis + " ") })
      #expect(side.contains("  " + summary.prefix(4)), "\(side)")
    }
  }

  /// On screen: the viewer at 60 columns in one column, no word cut.
  @Test(arguments: languages)
  func theViewerOnA60ColumnScreen(language: InterfaceLanguage) {
    var content = Self.content(language: language)
    content.viewer = Self.viewer(.index, language)
    let frame = LabRenderer().frame(content, layout: LabLayout(width: 60, height: 20))
    let source = Set(
      HelpText.lines(for: .index, language: language, oneColumn: true).flatMap {
        Self.words($0.text)
      })
    let layout = LabLayout(width: 60, height: 20)
    let shown = frame.lines.prefix(layout.status.row - 1)
    #expect(shown.contains("   set SETTING VALUE"), "\(shown)")
    for line in shown {
      for word in Self.words(line) {
        #expect(source.contains(word), "'\(word)' in '\(line)'")
      }
    }
  }

  @Test func aRowBreaksAtItsLastSpaceNotMidWord() {
    #expect(TextWrap.rows("ab cdefghij", columns: 10) == ["ab", "cdefghij"])
    #expect(TextWrap.rows("abcde fghij", columns: 5) == ["abcde", "fghij"])
    #expect(TextWrap.rows("abcdefghijkl", columns: 5) == ["abcde", "fghij", "kl"])
    #expect(
      TextWrap.rows("search the history; again: older", columns: 21)
        == ["search the history;", "again: older"])
    #expect(TextWrap.rows("  abcdefgh", columns: 6) == ["  abcd", "efgh"])
  }
}
