import ReluCore
import Testing

@testable import ReluTerminal

/// A lab whose locale is not UTF-8 and could not take C.UTF-8's character
/// set: ASCII only, said once, and nothing drawn as rows of '?'.
@Suite struct LocaleFallbackTests {
  /// D20: `set canvas braille` keeps the ascii canvas, with a note.
  @Test func brailleStaysAsciiWithANoteWithoutUnicode() {
    let terminal = FakeTerminal(FakeTerminal.typing("set canvas braille"))
    terminal.supportsUnicode = false
    var interpreter = Interpreter()
    _ = interpreter.run(Source(name: "setup", text: "set canvas braille")) { _ in .proceed }
    #expect(interpreter.settings.rendering == .braille)
    let loop = LabLoop(terminal: terminal, interpreter: interpreter, history: History(), file: nil)
    #expect(loop.interpreter.settings.rendering == .ascii)
    _ = loop.run(startupScripts: [])
    #expect(loop.interpreter.settings.rendering == .ascii)
    let text = loop.log.lines.map(\.text)
    #expect(text.contains { $0.contains("is not UTF-8") && $0.contains("ASCII only") })
    #expect(text.contains(Interpreter.noBrailleNote.en))
    // No braille cell on screen (rules become the terminal's line drawing).
    #expect(
      terminal.screen.allSatisfy { line in
        !line.unicodeScalars.contains { (0x2800...0x28FF).contains($0.value) }
      })
  }

  /// With Unicode, braille is braille and nothing is said.
  @Test func brailleIsBrailleWithUnicode() {
    let terminal = FakeTerminal(FakeTerminal.typing("set canvas braille"))
    let loop = LabLoop(
      terminal: terminal, interpreter: Interpreter(), history: History(), file: nil)
    _ = loop.run(startupScripts: [])
    #expect(loop.interpreter.settings.rendering == .braille)
    #expect(!loop.log.lines.map(\.text).contains(Interpreter.noBrailleNote.en))
  }

  /// D21: Chinese lessons asked for where only ASCII shows are English, with a note.
  @Test func chineseLessonsFallBackToEnglishWithoutUnicode() {
    #expect(InterfaceLanguage.zh.shown(unicode: true).language == .zh)
    #expect(InterfaceLanguage.zh.shown(unicode: true).note == nil)
    let fallback = InterfaceLanguage.zh.shown(unicode: false)
    #expect(fallback.language == .en)
    #expect(fallback.note?.contains("cannot show Chinese") == true)
    #expect(InterfaceLanguage.en.shown(unicode: false).language == .en)
    #expect(InterfaceLanguage.en.shown(unicode: false).note == nil)
  }
}
