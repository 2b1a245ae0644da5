import ReluTestSupport
import Testing

@testable import ReluCore

/// The words of results, plots and notes in both languages: every catalogue
/// translated, Chinese goldens of a representative set of commands, tables
/// aligned and legends fitting when the words are 2 columns a character.
@Suite struct ResultWordsTests {
  /// Texts the same in both languages on purpose: names and formulas.
  static let sameInBoth: Set<String> = ["z", "f(z)", "lr"]

  /// Fails on an empty form, a Chinese form with no CJK character (but for
  /// ``sameInBoth``), or an ambiguous-width character in either.
  private func check(_ words: Words, sourceLocation: SourceLocation = #_sourceLocation) {
    // Numbers alone (`3/8` dead units, a mean `2.5/64`) need no words.
    let numeric = words.zh.allSatisfy { $0.isNumber || $0 == "/" || $0 == "." }
    let same = numeric || (Self.sameInBoth.contains(words.zh) && words.en == words.zh)
    let problems = WordsCheck.problems(en: words.en, zh: words.zh, sameInBoth: same)
    #expect(problems.isEmpty, "\(problems)", sourceLocation: sourceLocation)
  }

  @Test func everyCatalogueIsTranslated() {
    for message in ResultMessage.samples { check(message.words) }
    for message in SceneMessage.samples { check(message.words) }
    for message in TraceMessage.samples { check(message.words) }
    for label in FigureLabel.samples { check(label.words) }
    for label in PlotLabel.samples { check(label.words) }
    for heading in TableHeading.all { check(heading) }
    for status in [DecayStatus.running, .reached, .dead, .limit] { check(status.words) }
    for status in [TrainingStatus.running, .diverged] { check(status.words) }
    for view in ViewName.allCases { check(view.noun) }
    for word in StatusWord.samples { check(word.words) }
    check(Interpreter.noBrailleNote)
  }

  @Test func theEnglishOfStatusesIsWhatJSONWrites() {
    for status in [DecayStatus.running, .reached, .overshot, .dead, .limit] {
      #expect(status.words.en == status.rawValue)
    }
    #expect(TrainingStatus.running.words.en == "ok", "a sweep's run that did not diverge")
    #expect(TrainingStatus.running.sweepStatus == "ok", "and its JSON")
    #expect(TrainingStatus.running.rawValue == "running", "a training's epoch keeps its value")
  }

  // MARK: - Goldens

  /// What batch mode prints for `commands` after `set lang zh`, notes included.
  private func printed(_ commands: String) throws -> String {
    var lab = Interpreter()
    return try lab.printed("set lang zh; " + commands).joined(separator: "\n") + "\n"
  }

  @Test func feedBackwardAndForwardInChinese() throws {
    let text = try printed(
      "set size 60 20; use relu; feed -2 -1 0 1 2; backward 1 2 3 4 5; forward leaky' -1 0 1;"
        + " feed random 20 seed 3; forward relu [[1, 2], [3, 4]]; use leaky; show")
    Golden.check(text, file: "zh/feed-backward-forward.txt")
  }

  @Test func decayAndRunInChinese() throws {
    let text = try printed(
      "set size 60 20; decay relu from 0.9 to 0.5; step 2; step; reset; run;"
        + " set lr 1; decay relu from 0.9 to 0.5; run; decay sigmoid from 0.9 to 0.5; run;"
        + " decay relu from 0.5 to 0.9; step 1")
    Golden.check(text, file: "zh/decay-run.txt")
  }

  @Test func compareInChinese() throws {
    Golden.check(
      try printed("set size 80 24; compare; set lr 1; compare relu leaky"), file: "zh/compare.txt")
  }

  @Test func theNetworkInChinese() throws {
    let text = try printed(
      "set size 80 24; net relu width 4 seed 2; train 15; sweep lr 0.05 0.2 5 epochs 3;"
        + " view fit; view loss; view net; clear network")
    Golden.check(text, file: "zh/net-train-sweep.txt")
  }

  @Test func plotsInChineseAt80x24And60x20() throws {
    for (width, height) in [(80, 24), (60, 20)] {
      let text = try printed(
        "set size \(width) \(height); feed -2 -1 0 1 2; decay relu from 0.9 to 0.5; step 3;"
          + " plot relu relu' leaky; view decay; use leaky; feed -1 1; set alpha 0.2; plot leaky")
      Golden.check(text, file: "zh/plot-\(width)x\(height).txt")
    }
  }

  // MARK: - Live language, widths

  @Test func setLangChangesTheLegendsOnScreenWithoutRunningAgain() throws {
    var lab = Interpreter()
    _ = try lab.outputs("feed 1 2; decay relu from 0.9 to 0.5; step; net relu width 4 seed 1")
    let english = lab.scene.figure(of: .decay).textLines(size: .standard).joined()
    #expect(english.contains("target 0.5") && !english.contains("目标"))
    _ = try lab.outputs("set lang zh")
    for name in [ViewName.plot, .decay, .net] {
      let text = lab.scene.figure(of: name).textLines(size: .standard).joined()
      #expect(text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(name)")
    }
    #expect(lab.scene.figure(of: .decay).textLines(size: .standard).joined().contains("目标 0.5"))
    _ = try lab.outputs("set lang en")
    #expect(lab.scene.figure(of: .decay).textLines(size: .standard).joined() == english)
  }

  @Test func chineseLegendsFitTheLabsPanesAndKeepTheirColumns() throws {
    var lab = Interpreter()
    _ = try lab.outputs(
      "set lang zh; feed -2 -1 0 1 2; decay relu from 0.9 to 0.5; step 12;"
        + " plot relu relu' leaky leaky' sigmoid; compare; net relu width 4 seed 1; train 3")
    // The plot panes of 60x20 and 80x24 terminals, and printed plots.
    for (width, height) in [(58, 11), (78, 13), (60, 20), (80, 24)] {
      let size = try PlotSize(width: width, height: height)
      for name in ViewName.allCases {
        for part in lab.scene.figure(of: name).parts {
          let canvas = part.canvas(size: size)
          for line in canvas.lines { #expect(DisplayWidth.of(line) <= width, "\(name) \(line)") }
          // The legend leaves rows for the plot: its frame is drawn.
          #expect(canvas.lines.contains { $0.contains("+--") }, "\(name) at \(width)x\(height)")
        }
        let arrangement = ViewArrangement.arrange(
          lab.scene.figure(of: name), width: width, height: height)
        if let note = arrangement.leftOut {
          #expect(DisplayWidth.of(note) <= width, "\(note)")
          #expect(note.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) })
        }
      }
    }
  }

  @Test func aWideCharacterTakesTwoCellsOfTheCanvas() {
    var grid = CanvasGrid(width: 8, height: 1)
    grid.put("a目标b", role: .legend, row: 0, column: 0)
    let canvas = grid.canvas
    #expect(canvas.lines == ["a目标b"])
    #expect(canvas.plainLines == ["a目标b"])
    #expect(canvas[0, 2].isContinuation && canvas[0, 4].isContinuation)
    #expect(canvas[0, 5].character == "b")
    var edge = CanvasGrid(width: 3, height: 1)
    edge.put("a目标", role: .legend, row: 0, column: 0)
    #expect(edge.canvas.lines == ["a目"], "a character cut in half is left out")
  }

  /// The display column where each run of non-spaces ends.
  private func cellEnds(_ line: String) -> [Int] {
    var ends: [Int] = []
    var column = 0
    var inCell = false
    for character in line {
      if character == " " {
        if inCell { ends.append(column) }
        inCell = false
      } else {
        inCell = true
      }
      column += DisplayWidth.of(character)
    }
    if inCell { ends.append(column) }
    return ends
  }

  @Test func chineseTablesAlignByDisplayWidth() throws {
    var lab = Interpreter()
    let lines = try lab.printed(
      "set lang zh; net relu width 4 seed 2; train 3; sweep lr 0.05 0.2 5 epochs 3")
    let sweep = try #require(lines.firstIndex { $0.hasPrefix("lr") })
    let rows = lines[sweep..<(sweep + 4)].map(cellEnds)
    #expect(rows.allSatisfy { $0.count == 5 }, "\(rows)")
    for column in 1...3 { #expect(Set(rows.map { $0[column] }).count == 1, "column \(column)") }
    let epochs = try #require(lines.lastIndex { $0.hasPrefix("轮") })
    let epochRows = lines[epochs..<(epochs + 4)].map(cellEnds)
    for column in 0...4 { #expect(Set(epochRows.map { $0[column] }).count == 1) }
  }
}
