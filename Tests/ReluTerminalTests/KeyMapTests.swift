import ReluCore
import Testing

@testable import ReluTerminal

@Suite struct KeyMapTests {
  @Test func decodesCharacters() {
    #expect(KeyDecoder.character(0x61) == .character("a"))
    #expect(KeyDecoder.character(0x4F60) == .character("你"))
    #expect(KeyDecoder.character(1) == .control("a"))
    #expect(KeyDecoder.character(3) == .control("c"))
    #expect(KeyDecoder.character(9) == .tab)
    #expect(KeyDecoder.character(13) == .enter)
    #expect(KeyDecoder.character(10) == .enter)
    #expect(KeyDecoder.character(127) == .backspace)
    #expect(KeyDecoder.character(27) == .escape)
    #expect(KeyDecoder.character(0xD800) == .unknown(0xD800))
  }

  @Test func decodesKeyCodes() {
    #expect(KeyDecoder.keyCode(0o403) == .up)
    #expect(KeyDecoder.keyCode(0o411) == .function(1))
    #expect(KeyDecoder.keyCode(0o415) == .function(5))
    #expect(KeyDecoder.keyCode(0o523) == .pageUp)
    #expect(KeyDecoder.keyCode(0o632) == .resize)
    #expect(KeyDecoder.keyCode(600, name: "kUP3") == .altUp)
    #expect(KeyDecoder.keyCode(601, name: "kXYZ") == .unknown(601))
  }

  @Test func escapeThenAKeyIsAlt() {
    #expect(KeyDecoder.alt(.character("s")) == .alt("s"))
    #expect(KeyDecoder.alt(.down) == .altDown)
    #expect(KeyDecoder.alt(.enter) == nil)
  }

  @Test func typingNeverTriggersExploringKeys() {
    for character in "abcdefghijklmnopqrstuvwxyz0123456789 -+=[]'.,;:?" {
      let action = KeyMap.action(for: .character(character), lineIsEmpty: false)
      #expect(action == .edit(.insert(String(character))))
    }
  }

  // `?` is the help command, typed like any other (`? plot`), so it is a
  // character on an empty line too; F1 shows the keys.
  @Test func questionMarkIsTypedEvenOnAnEmptyLine() {
    #expect(KeyMap.action(for: .character("?"), lineIsEmpty: true) == .edit(.insert("?")))
    #expect(KeyMap.action(for: .character("?"), lineIsEmpty: false) == .edit(.insert("?")))
  }

  @Test(arguments: [
    (Key.function(1), LabAction.help), (.function(2), .alphaDown), (.function(3), .alphaUp),
    (.function(4), .step), (.function(5), .run), (.function(6), .reset), (.alt("-"), .alphaDown),
    (.alt("="), .alphaUp), (.alt("s"), .step), (.alt("r"), .run), (.alt("0"), .reset),
    (.pageUp, .scrollUp), (.pageDown, .scrollDown), (.control("l"), .redraw),
    (.control("c"), .cancel), (.escape, .cancel), (.tab, .complete), (.enter, .submit),
    (.up, .historyPrevious), (.down, .historyNext), (.resize, .resize),
  ])
  func bindings(key: Key, action: LabAction) {
    #expect(KeyMap.action(for: key, lineIsEmpty: false) == action)
  }

  @Test(arguments: [
    (Key.control("a"), EditAction.home), (.control("e"), .end), (.control("b"), .left),
    (.control("f"), .right), (.control("k"), .killToEnd), (.control("u"), .killToStart),
    (.control("w"), .killWord), (.control("y"), .yank), (.backspace, .backspace),
    (.delete, .delete), (.home, .home), (.end, .end), (.left, .left), (.right, .right),
  ])
  func editingKeys(key: Key, edit: EditAction) {
    #expect(KeyMap.action(for: key, lineIsEmpty: false) == .edit(edit))
  }

  @Test func controlDQuitsOnlyOnAnEmptyLine() {
    #expect(KeyMap.action(for: .control("d"), lineIsEmpty: true) == .quit)
    #expect(KeyMap.action(for: .control("d"), lineIsEmpty: false) == .edit(.delete))
  }

  @Test func alphaLadder() {
    #expect(AlphaLadder.above(0.01) == 0.02)
    #expect(AlphaLadder.above(0.25) == 0.3)
    #expect(AlphaLadder.above(1) == nil)
    #expect(AlphaLadder.below(0.01) == 0)
    #expect(AlphaLadder.below(0.25) == 0.2)
    #expect(AlphaLadder.below(0) == nil)
  }

  @Test(arguments: AlphaLadder.notches)
  func everyNotchIsAnAlphaTheInterpreterTakes(_ notch: Double) {
    var interpreter = Interpreter()
    let events = interpreter.run(Source(name: "t", text: "set alpha \(NumberFormat.plain(notch))"))
    #expect(!events.contains { if case .failure = $0 { true } else { false } })
    #expect(interpreter.settings.alpha == notch)
  }

  @Test func theHintKeepsTheMostNeededKeysThatFit() {
    #expect(KeyMap.hint == "F1 help  F2/F3 alpha  F4 step  F5 run  F6 reset  F8 trace")
    #expect(KeyMap.hint(fitting: 50) == "F1 help  F4 step  F5 run  F6 reset  F8 trace")
    #expect(KeyMap.hint(fitting: 40) == "F1 help  F4 step  F5 run  F8 trace")
    #expect(KeyMap.hint(fitting: 30) == "F1 help  F4 step  F5 run")
    #expect(KeyMap.hint(fitting: 15) == "F1 help  F5 run")
    #expect(KeyMap.hint(fitting: 7) == "F1 help")
    #expect(KeyMap.hint(fitting: 6).isEmpty)
  }
}
