import ReluTestSupport
import Testing

@testable import ReluCore

/// The bad-input table in Chinese: each input with its diagnostic's place,
/// message and caret, as a golden file a teacher can read through.
@Suite struct BadInputChineseTests {
  @Test func theTableInChinese() throws {
    let folder = try BadInputTableTests.folder()
    var text = ""
    for bad in BadInputTableTests.cases {
      var interpreter = Interpreter()
      if !bad.fresh { _ = try interpreter.outputs(BadInputTableTests.prelude) }
      interpreter.language = .zh
      let input = bad.text.replacing("{TMP}", with: folder)
      let events = interpreter.run(Source(name: "bad.relu", text: input))
      let diagnostic = try #require(
        events.compactMap { event -> Diagnostic? in
          if case .failure(let diagnostic) = event { return diagnostic }
          return nil
        }.first)
      text += Self.render(bad.text, diagnostic).replacing(folder, with: "{TMP}")
    }
    Golden.check(text, file: "bad-input-zh.txt")
  }

  /// `$ INPUT`, then `FILE:LINE:COLUMN: MESSAGE`, the line and the caret.
  static func render(_ input: String, _ diagnostic: Diagnostic) -> String {
    let caret =
      String(repeating: " ", count: diagnostic.markerOffset) + "^"
      + String(repeating: "~", count: max(0, diagnostic.markerLength - 1))
    let shown = input.count > 120 ? String(input.prefix(120)) + "..." : input
    return """
      $ \(VisibleText.escaped(shown))
      \(diagnostic.file):\(diagnostic.line):\(diagnostic.column): \(diagnostic.message)
      \(diagnostic.lineText.count > 160 ? String(diagnostic.lineText.prefix(160)) + "..." : diagnostic.lineText)
      \(caret.count > 161 ? String(caret.prefix(161)) + "..." : caret)


      """
  }
}
