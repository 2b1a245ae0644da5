/// Turns tokens into ``Statement``s: one per command, in source order.
///
/// Each command is checked completely here (names, argument counts, number
/// syntax and ranges that do not depend on the session), so that a script
/// with a typo fails before any of it runs, with the exact location.
package struct Parser {
  private let source: Source
  private let tokens: [Token]
  private var index = 0

  package init(_ source: Source) {
    self.source = source
    var lexer = Lexer(source)
    tokens = lexer.tokenize()
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
  package mutating func statements() -> [Result<Statement, CommandError>] {
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
    if let invalid = tokens[index...].prefix(while: { $0.kind != .separator }).first(where: {
      $0.kind == .invalid
    }) {
      throw CommandError(invalid.text, at: invalid.range)
    }
    let head = peek
    guard head.kind == .word else {
      throw CommandError("expected a command name, found \(describe(head))", at: head.range)
    }
    index += 1
    guard let info = CommandCatalog.info(named: head.text) else {
      var message = "unknown command '\(head.text)'"
      let names = CommandCatalog.commands.flatMap { [$0.name] + $0.aliases }
      if let guess = CommandCatalog.suggestion(for: head.text, among: names) {
        message += "; did you mean '\(guess)'?"
      } else {
        message += " (help lists the commands)"
      }
      throw CommandError(message, at: head.range)
    }
    let command = try arguments(of: info, head: head)
    let end = tokens[max(0, index - 1)].range.end
    try expectEndOfCommand(info)
    return Statement(command: command, range: SourceRange(start: head.range.start, end: end))
  }

  private mutating func arguments(of info: CommandInfo, head: Token) throws(CommandError)
    -> Command
  {
    switch info.name {
    case "set": return .set(try setting())
    case "show": return .show
    case "use":
      let (kind, range) = try function(what: "a layer (relu or leaky)")
      guard kind.isRectifier else {
        throw CommandError("use takes relu or leaky; \(kind.rawValue) has no layer here", at: range)
      }
      return .use(kind)
    case "feed": return .feed(try vector(what: "a vector to feed"))
    case "backward": return .backward(try vector(what: "an upstream gradient"))
    case "forward":
      let (kind, _) = try function(what: "a function (relu, leaky, sigmoid or tanh)")
      return .forward(kind, try vector(what: "a vector"))
    case "plot":
      var series: [PlotSeries] = []
      while peek.kind == .word || peek.kind == .string {
        let token = advance()
        guard let item = PlotSeries(token.text) else {
          throw unknownName(token, what: "series", among: CommandCatalog.functionNames)
        }
        if !series.contains(item) { series.append(item) }
      }
      return .plot(series)
    case "decay": return .decay(try decay())
    case "step": return .step(try optionalCount(what: "steps") ?? 1)
    case "run": return .run(maxSteps: try optionalCount(what: "steps"))
    case "reset": return .reset
    case "compare": return .compare(try compare())
    case "load": return .load(try path())
    case "say": return .say(restOfCommand(after: head))
    case "pause": return .pause
    case "help":
      guard peek.kind == .word else { return .help(topic: nil) }
      let token = advance()
      guard let topic = CommandCatalog.info(named: token.text) else {
        throw unknownName(token, what: "command", among: CommandCatalog.commandNames)
      }
      return .help(topic: topic.name)
    case "quit": return .quit
    case "export":
      let format = try word(what: "a format (svg, csv or txt)")
      guard let kind = ExportFormat(rawValue: format.text) else {
        throw unknownName(format, what: "format", among: ExportFormat.allCases.map(\.rawValue))
      }
      return .export(kind, try path())
    default:
      preconditionFailure("catalog command \(info.name) has no parser")
    }
  }

  private mutating func setting() throws(CommandError) -> Setting {
    let name = try word(
      what: "a setting name (\(CommandCatalog.settingNames.joined(separator: ", ")))")
    switch name.text {
    case "alpha":
      let alpha = try number(what: "alpha")
      do {
        return .alpha(try Activation.validateAlpha(alpha.value))
      } catch {
        throw CommandError(error.description, at: alpha.range)
      }
    case "lr", "eta":
      return .learningRate(try learningRate())
    case "grad0":
      let choice = try word(what: "left or right")
      guard let convention = GradientAtZero(rawValue: choice.text) else {
        throw CommandError(
          "grad0 is left or right, not '\(choice.text)'", at: choice.range)
      }
      return .gradientAtZero(convention)
    case "xrange":
      return .xRange(try bounds(what: "xrange"))
    case "yrange":
      if peek.kind == .word, peek.text == "auto" {
        index += 1
        return .yRange(nil)
      }
      return .yRange(try bounds(what: "yrange"))
    case "size":
      let width = try integer(what: "a width in columns")
      let height = try integer(what: "a height in rows")
      do {
        return .size(try PlotSize(width: width.value, height: height.value))
      } catch {
        throw CommandError(error.description, at: width.range.union(height.range))
      }
    case "canvas":
      let choice = try word(what: "ascii or braille")
      guard let rendering = PlotRendering(rawValue: choice.text) else {
        throw CommandError("canvas is ascii or braille, not '\(choice.text)'", at: choice.range)
      }
      return .canvas(rendering)
    default:
      throw unknownName(name, what: "setting", among: CommandCatalog.settingNames)
    }
  }

  private mutating func bounds(what: String) throws(CommandError) -> PlotBounds {
    let low = try number(what: "the lower end of \(what)")
    let high = try number(what: "the upper end of \(what)")
    do {
      return try PlotBounds(lower: low.value, upper: high.value)
    } catch {
      throw CommandError("\(what): \(error.description)", at: low.range.union(high.range))
    }
  }

  private mutating func decay() throws(CommandError) -> DecaySpec {
    let (kind, _) = try function(what: "a function (relu, leaky, sigmoid or tanh)")
    try keyword("from")
    let from = try number(what: "a start value")
    try keyword("to")
    let to = try number(what: "a target value")
    let rate = try optionalLearningRate()
    return DecaySpec(function: kind, from: from, to: to, learningRate: rate)
  }

  private mutating func compare() throws(CommandError) -> CompareSpec {
    var functions: [Located<ActivationKind>] = []
    while peek.kind == .word, !["from", "lr", "to"].contains(peek.text) {
      let (kind, range) = try function(what: "a function")
      functions.append(Located(value: kind, range: range))
    }
    if functions.isEmpty {
      functions = ActivationKind.allCases.map { Located(value: $0, range: peek.range) }
    }
    var from: Located<Double>?
    var to: Located<Double>?
    if peek.kind == .word, peek.text == "from" {
      index += 1
      from = try number(what: "a start value")
      try keyword("to")
      to = try number(what: "a target value")
    }
    let rate = try optionalLearningRate()
    return CompareSpec(functions: functions, from: from, to: to, learningRate: rate)
  }

  private mutating func optionalLearningRate() throws(CommandError) -> Double? {
    guard peek.kind == .word, peek.text == "lr" else { return nil }
    index += 1
    return try learningRate()
  }

  private mutating func learningRate() throws(CommandError) -> Double {
    let rate = try number(what: "a learning rate")
    guard rate.value.isFinite, rate.value > 0 else {
      throw CommandError(
        "the learning rate must be a finite number > 0, not \(NumberFormat.plain(rate.value))",
        at: rate.range)
    }
    return rate.value
  }

  private mutating func path() throws(CommandError) -> Located<String> {
    let token = peek
    guard token.kind == .word || token.kind == .string else {
      throw CommandError("expected a file name, found \(describe(token))", at: token.range)
    }
    index += 1
    guard !token.text.isEmpty else { throw CommandError("the file name is empty", at: token.range) }
    return Located(value: token.text, range: token.range)
  }

  /// The text of the rest of the command, as written (a lone quoted string
  /// gives its contents).
  private mutating func restOfCommand(after head: Token) -> String {
    let first = index
    while peek.kind != .separator, peek.kind != .end { index += 1 }
    guard index > first else { return "" }
    if index == first + 1, tokens[first].kind == .string { return tokens[first].text }
    return source.slice(
      SourceRange(start: tokens[first].range.start, end: tokens[index - 1].range.end))
  }

  // MARK: - Vectors

  private mutating func vector(what: String) throws(CommandError) -> Located<VectorSpec> {
    let start = peek
    if start.kind == .word, start.text == "random" {
      index += 1
      let count = try integer(what: "how many random values")
      guard count.value >= 1, count.value <= Limits.maxRandomCount else {
        throw CommandError(
          "random takes 1 to \(Limits.maxRandomCount) values (larger vectors would not fit"
            + " on a screen or in a lesson), not \(count.value)", at: count.range)
      }
      var seed: UInt64?
      if peek.kind == .word, peek.text == "seed" {
        index += 1
        let token = try word(what: "a seed (a whole number >= 0)")
        guard let value = UInt64(token.text) else {
          throw CommandError(
            "a seed is a whole number from 0 to \(UInt64.max), not '\(token.text)'",
            at: token.range)
        }
        seed = value
      }
      return Located(
        value: .random(count: count.value, seed: seed), range: start.range.union(lastRange))
    }
    if start.kind == .leftBracket {
      let range = start.range
      var scalars: [Double] = []
      let shape = try bracketed(depth: 0, scalars: &scalars)
      let whole = range.union(lastRange)
      guard !scalars.isEmpty else {
        throw CommandError("\(what) needs at least one number", at: whole)
      }
      do {
        return Located(value: .literal(try Tensor(shape: shape, scalars: scalars)), range: whole)
      } catch {
        throw CommandError(error.description, at: whole)
      }
    }
    var scalars: [Double] = []
    while peek.kind == .word {
      scalars.append(try number(what: "a number").value)
      if peek.kind == .comma { index += 1 }
    }
    guard !scalars.isEmpty else {
      throw CommandError(
        "expected \(what): numbers like 1 -2 0.5, [1, -2, 0.5] or random N, found \(describe(peek))",
        at: peek.range)
    }
    return Located(value: .literal(Tensor(scalars)), range: start.range.union(lastRange))
  }

  /// Parses `[ ...
  ///
  /// ]`, appending its numbers in row-major order, and returns
  /// its shape. Sibling lists must share one shape; numbers and lists do not mix.
  private mutating func bracketed(depth: Int, scalars: inout [Double]) throws(CommandError)
    -> [Int]
  {
    let open = advance()
    guard depth < 8 else {
      throw CommandError("tensors nest at most 8 levels deep", at: open.range)
    }
    var count = 0
    var inner: [Int]?  // nil: numbers so far (or nothing); else the rows' shape
    while true {
      let token = peek
      switch token.kind {
      case .rightBracket:
        index += 1
        return [count] + (inner ?? [])
      case .leftBracket:
        guard count == 0 || inner != nil else {
          throw CommandError("a vector mixes numbers and lists here", at: token.range)
        }
        let shape = try bracketed(depth: depth + 1, scalars: &scalars)
        if let inner, inner != shape {
          throw CommandError(
            "rows differ in shape: \(Self.text(shape)) here, \(Self.text(inner)) before;"
              + " a matrix must be rectangular", at: token.range.union(lastRange))
        }
        inner = shape
      case .word:
        guard inner == nil else {
          throw CommandError("a vector mixes numbers and lists here", at: token.range)
        }
        scalars.append(try number(what: "a number").value)
      case .comma:
        throw CommandError("expected a number before ','", at: token.range)
      default:
        let column = source.position(of: open.range.start).column
        throw CommandError(
          "expected ']' to close the '[' at column \(column), found \(describe(token))",
          at: token.range)
      }
      count += 1
      if peek.kind == .comma { index += 1 }
    }
  }

  private static func text(_ shape: [Int]) -> String {
    shape.map(String.init).joined(separator: "x")
  }

  // MARK: - Pieces

  private mutating func function(what: String) throws(CommandError)
    -> (ActivationKind, SourceRange)
  {
    let token = try word(what: what)
    guard let kind = ActivationKind(rawValue: token.text) else {
      throw unknownName(token, what: "function", among: ActivationKind.allCases.map(\.rawValue))
    }
    return (kind, token.range)
  }

  private mutating func keyword(_ expected: String) throws(CommandError) {
    let token = peek
    guard token.kind == .word, token.text == expected else {
      throw CommandError("expected '\(expected)', found \(describe(token))", at: token.range)
    }
    index += 1
  }

  private mutating func word(what: String) throws(CommandError) -> Token {
    let token = peek
    guard token.kind == .word else {
      throw CommandError("expected \(what), found \(describe(token))", at: token.range)
    }
    index += 1
    return token
  }

  private mutating func number(what: String) throws(CommandError) -> Located<Double> {
    let token = try word(what: what)
    switch NumberLiteral.parse(token.text) {
    case .success(let value): return Located(value: value, range: token.range)
    case .failure(let problem):
      throw CommandError(problem.message(for: token.text), at: token.range)
    }
  }

  private mutating func integer(what: String) throws(CommandError) -> Located<Int> {
    let token = try word(what: what)
    guard let value = Int(token.text) else {
      throw CommandError(
        "expected \(what) as a whole number, found '\(token.text)'", at: token.range)
    }
    return Located(value: value, range: token.range)
  }

  private mutating func optionalCount(what: String) throws(CommandError) -> Int? {
    guard peek.kind == .word else { return nil }
    let count = try integer(what: "a number of \(what)")
    guard count.value >= 1, count.value <= Limits.maxSteps else {
      throw CommandError(
        "the number of \(what) must be 1 to \(Limits.maxSteps), not \(count.value)", at: count.range
      )
    }
    return count.value
  }

  private func expectEndOfCommand(_ info: CommandInfo) throws(CommandError) {
    let token = peek
    guard token.kind == .separator || token.kind == .end else {
      throw CommandError(
        "unexpected \(describe(token)) after the command; usage: \(info.usage)", at: token.range)
    }
  }

  private func unknownName(_ token: Token, what: String, among names: [String]) -> CommandError {
    var message = "unknown \(what) '\(token.text)'"
    if let guess = CommandCatalog.suggestion(for: token.text, among: names) {
      message += "; did you mean '\(guess)'?"
    } else {
      message += "; expected one of: \(names.joined(separator: ", "))"
    }
    return CommandError(message, at: token.range)
  }

  private func describe(_ token: Token) -> String {
    switch token.kind {
    case .word: "'\(token.text)'"
    case .string: "a quoted string"
    case .leftBracket: "'['"
    case .rightBracket: "']'"
    case .comma: "','"
    case .separator: "the end of the command"
    case .end: "the end of the input"
    case .invalid: "unreadable text"
    }
  }

  private var peek: Token { tokens[index] }

  private var lastRange: SourceRange { tokens[max(0, index - 1)].range }

  private mutating func advance() -> Token {
    let token = tokens[index]
    if token.kind != .end { index += 1 }
    return token
  }
}
