import Testing

@testable import ReluCore

@Suite struct LexerTests {
  private func kinds(_ text: String) -> [Token.Kind] {
    var lexer = Lexer(Source(name: "t", text: text))
    return lexer.tokenize().map(\.kind)
  }

  @Test func splitsWordsPunctuationAndSeparators() {
    #expect(
      kinds("feed [1, -2];show\nquit")
        == [
          .word, .leftBracket, .word, .comma, .word, .rightBracket, .separator, .word, .separator,
          .word, .end,
        ])
  }

  @Test func commentsRunToTheEndOfTheLine() {
    var lexer = Lexer(Source(name: "t", text: "show # feed 1; quit\nhelp"))
    let tokens = lexer.tokenize()
    #expect(tokens.map(\.text) == ["show", "\n", "help", ""])
  }

  @Test func recordsByteRanges() {
    var lexer = Lexer(Source(name: "t", text: "set  alpha 0.3"))
    let tokens = lexer.tokenize()
    #expect(tokens[1].range == SourceRange(start: 5, end: 10))
    #expect(tokens[2].text == "0.3")
  }

  @Test func stringsUnescape() {
    var lexer = Lexer(Source(name: "t", text: #"say "a; \"b\" # c\n""#))
    let tokens = lexer.tokenize()
    #expect(tokens[1].kind == .string)
    #expect(tokens[1].text == "a; \"b\" # c\n")
  }

  @Test func unterminatedStringBecomesAnInvalidToken() throws {
    var lexer = Lexer(Source(name: "t", text: "say \"open\nshow"))
    let tokens = lexer.tokenize()
    guard case .invalid(let message) = tokens[1].kind else { throw TestFailure("not invalid") }
    #expect(message.en.hasPrefix("unterminated string"))
    #expect(tokens[1].range.start == 4)
    #expect(tokens.last?.kind == .end)
  }

  @Test func primesStayInWords() {
    var lexer = Lexer(Source(name: "t", text: "plot relu' leaky'"))
    #expect(lexer.tokenize().map(\.text) == ["plot", "relu'", "leaky'", ""])
  }
}
