/// Turns tokens into ``Statement``s: one per command, in source order.
///
/// Each command is checked completely here, by walking its ``Syntax`` from the
/// vocabulary over its tokens (names, argument counts, number syntax and
/// ranges that do not depend on the session), so that a script with a typo
/// fails before any of it runs, with the exact location.
///
/// The same walk serves Tab completion (``Parser/completions(in:)``): there the
/// tokens end where a word is being typed, and instead of failing there the
/// walk gathers the words that may come next.
package struct Parser {
  let source: Source
  /// The tokens; a word written `NAME=VALUE` is split in place.
  var tokens: [Token]
  var index = 0
  /// Whether this walk gathers completions instead of parsing.
  let completing: Bool
  /// The words that may come where the tokens end (completion only).
  var candidates: [String] = []
  /// The command being parsed, for messages.
  var command: CommandName?
  /// The setting `set` is parsing, for its usage line.
  var settingBeingSet: SettingName?

  init(_ source: Source) {
    var lexer = Lexer(source)
    self.init(source, tokens: lexer.tokenize(), completing: false)
  }

  /// A parser over tokens already read; they must end with an `.end` token.
  init(_ source: Source, tokens: [Token], completing: Bool) {
    self.source = source
    self.tokens = tokens
    self.completing = completing
  }

  /// Parses the whole source, command by command.
  ///
  /// After a bad command the
  /// parser resumes at the next `;` or line, so every error is found.
  package static func parse(_ source: Source) -> [Result<Statement, CommandError>] {
    var parser = Parser(source)
    return parser.statements()
  }

  /// Every statement of the source, or the error that stopped each command.
  mutating func statements() -> [Result<Statement, CommandError>] {
    var result: [Result<Statement, CommandError>] = []
    while true {
      while peek.kind == .separator { index += 1 }
      if peek.kind == .end { return result }
      do {
        result.append(.success(try statement()))
      } catch {
        result.append(.failure(error))
        while peek.kind != .separator, peek.kind != .end { index += 1 }
      }
    }
  }

  // MARK: - Commands

  private mutating func statement() throws(CommandError) -> Statement {
    for token in tokens[index...].prefix(while: { $0.kind != .separator }) {
      if case .invalid(let message) = token.kind { throw CommandError(message, at: token.range) }
    }
    let head = peek
    guard head.kind == .word else {
      throw error(ParseMessage.expectedCommandName(found: found(head)), at: head.range)
    }
    guard let name = Self.commandNames.name(head.text) else { throw unknownCommand(head) }
    let headIndex = index
    index += 1
    do throws(ParseStop) {
      let command = name.command(from: try arguments(of: name))
      let end = tokens[max(0, index - 1)].range.end
      try expectEndOfCommand(name)
      return Statement(command: command, range: SourceRange(start: head.range.start, end: end))
    } catch {
      switch error {
      case .failed(let error, let syntax):
        throw explained(error, of: name, from: headIndex, syntax: syntax)
      case .completion:
        throw CommandError(ParseMessage.completionStopped.words, at: head.range)
      }
    }
  }

  /// Walks `name`'s syntax from the current token, returning what it matched.
  mutating func arguments(of name: CommandName) throws(ParseStop) -> ParsedArguments {
    command = name
    var arguments = ParsedArguments()
    let first = index
    try walk(name.spec.syntax, into: &arguments)
    // A word where an optional function may start that nothing took is a
    // function misspelled (`decay softmax from 0.9 to 0.5`), not a word too many.
    if index == first, !atEnd, peek.kind == .word, !NumberLiteral.looksNumeric(peek.text),
      let filter = Self.leadingFunctions(of: name)
    {
      throw unknownName(peek, kind: .function, among: filter.names)
    }
    arguments.end = peek.range
    return arguments
  }

  /// The functions `name` may take first when it may also start without
  /// one (`decay [F]`, `compare [F...]`, `born [F]`).
  private static func leadingFunctions(of name: CommandName) -> FunctionFilter? {
    switch name.spec.syntax.parts.first {
    case .optional(.value(.function(let filter), _)),
      .optional(.repeated(.value(.function(let filter), _))):
      filter
    default: nil
    }
  }

  private func expectEndOfCommand(_ name: CommandName) throws(ParseStop) {
    guard atEnd else {
      throw fail(.unexpectedAfterCommand(found(peek), usage: name.usage), at: peek.range)
    }
  }

  // MARK: - Tokens

  var peek: Token { tokens[index] }

  /// Whether the command's tokens are used up.
  var atEnd: Bool { peek.kind == .separator || peek.kind == .end }

  var lastRange: SourceRange { tokens[max(0, index - 1)].range }

  mutating func advance() -> Token {
    let token = tokens[index]
    if token.kind != .end { index += 1 }
    return token
  }

  /// A failure at `range`; a syntax error (``ParseMessage/isSyntax``) gets
  /// the command's usage line.
  func fail(_ message: ParseMessage, at range: SourceRange) -> ParseStop {
    .failed(error(message.words, at: range), syntax: message.isSyntax)
  }

  /// A failure at `range`, with a message from elsewhere (a number's, a
  /// tensor's); `syntax` when it is a syntax error (a word that is no number).
  func fail(_ message: Words, at range: SourceRange, syntax: Bool = false) -> ParseStop {
    .failed(error(message, at: range), syntax: syntax)
  }

  /// The error `message` at `range`; when the text there (outside a quoted
  /// string) holds a character a Chinese input method types for an ASCII one
  /// (``Lookalike``), the message names it.
  func error(_ message: ParseMessage, at range: SourceRange) -> CommandError {
    error(message.words, at: range)
  }

  /// The error `message` at `range`, naming a ``Lookalike`` there.
  func error(_ message: Words, at range: SourceRange) -> CommandError {
    let quoted =
      range.start < source.bytes.count
      && (source.bytes[range.start] == UInt8(ascii: "\"")
        || source.bytes[range.start...].starts(with: [0xEF, 0xBC, 0x82]))
    guard !quoted, let lookalike = Lookalike.first(in: source, range, oneToken: isOneToken(range))
    else { return CommandError(message, at: range) }
    return CommandError(message + lookalike.hint.words, at: range)
  }

  /// Whether `range` holds at most one token.
  /// - Complexity: O(log n) in the number of tokens.
  private func isOneToken(_ range: SourceRange) -> Bool {
    var low = 0
    var high = tokens.count
    while low < high {  // the first token starting at or after the range
      let middle = (low + high) / 2
      if tokens[middle].range.start < range.start { low = middle + 1 } else { high = middle }
    }
    return low + 1 >= tokens.count || tokens[low + 1].range.start >= range.end
  }

  /// Where the tokens run out: completion offers `words` and stops; a parse
  /// fails, saying what was expected.
  mutating func endOfCommand(expecting what: Words, offering words: [String]) -> ParseStop {
    if completing {
      candidates += words
      return .completion
    }
    return fail(.expected(what, found: found(peek)), at: peek.range)
  }

  /// Offers `words` when completing at the end of the tokens.
  mutating func offer(_ words: [String]) {
    if completing, atEnd { candidates += words }
  }

  /// What a message calls `token`.
  func found(_ token: Token) -> Found {
    switch token.kind {
    case .word: .word(token.text)
    case .string: .string
    case .leftBracket: .leftBracket
    case .rightBracket: .rightBracket
    case .comma: .comma
    case .separator: .endOfCommand
    case .end: .endOfInput
    case .invalid: .unreadable
    }
  }
}

/// Why a walk over a command's tokens stopped before its end.
enum ParseStop: Error {
  /// The command is wrong here; `syntax` when its words do not follow its
  /// syntax (the error then ends with the usage line).
  case failed(CommandError, syntax: Bool)
  /// Completion reached the end of the words and gathered its candidates.
  case completion
}
