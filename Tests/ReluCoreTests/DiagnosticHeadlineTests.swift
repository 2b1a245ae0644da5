import Testing

@testable import ReluCore

/// The first line of a diagnostic names the error in the interface's language.
@Suite struct DiagnosticHeadlineTests {
  private static func headline(_ language: InterfaceLanguage) -> String {
    let source = Source(name: "-e", text: "set alpah 3")
    let error = CommandError(
      Words(en: "unknown setting 'alpah'", zh: "未知的设置 'alpah'"),
      at: SourceRange(start: 4, end: 9))
    return TextReport.lines(for: Diagnostic(error, in: source, language: language))[0].text
  }

  @Test func englishSaysError() {
    #expect(Self.headline(.en) == "-e:1:5: error: unknown setting 'alpah'")
  }

  @Test func chineseSaysCuowu() {
    #expect(Self.headline(.zh) == "-e:1:5: 错误：未知的设置 'alpah'")
  }
}
