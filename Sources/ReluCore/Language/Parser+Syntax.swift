extension Parser {
  /// Matches `syntax` against the tokens from the current one, keeping the
  /// values in `arguments`.
  mutating func walk(_ syntax: Syntax, into arguments: inout ParsedArguments) throws(ParseStop) {
    switch syntax {
    case .keyword(let word):
      try keyword(word)
    case .value(let kind, let slot):
      try value(kind, slot, into: &arguments)
    case .sequence(let parts):
      for part in parts { try walk(part, into: &arguments) }
    case .optional(let inner):
      if atEnd {
        offer(inner.startWords)
      } else if inner.canStart(with: peek) {
        try walk(inner, into: &arguments)
      }
    case .options(let parts):
      var used = Set<Int>()
      while !atEnd {
        guard let next = parts.indices.first(where: { parts[$0].canStart(with: peek) }) else {
          break
        }
        guard used.insert(next).inserted else {
          throw fail("\(describe(peek)) is given twice", at: peek.range)
        }
        try walk(parts[next], into: &arguments)
      }
      offer(parts.indices.filter { !used.contains($0) }.flatMap { parts[$0].startWords })
    case .repeated(let inner):
      repeat { try walk(inner, into: &arguments) } while !atEnd && inner.canStart(with: peek)
      if completing, atEnd {
        // One more round gathers what may repeat (without what was given).
        var more = arguments
        do { try walk(inner, into: &more) } catch {}
      }
    }
  }

  /// A word that must be `word` (in any letter case).
  mutating func keyword(_ word: String) throws(ParseStop) {
    if atEnd { throw endOfCommand(expecting: "'\(word)'", offering: [word]) }
    let token = peek
    guard token.kind == .word, token.text.lowercased() == word else {
      throw fail("expected '\(word)', found \(describe(token))", at: token.range)
    }
    index += 1
  }

  /// `word` if it comes next; at the end of a completion, offers it.
  mutating func optionalKeyword(_ word: String) -> Bool {
    if atEnd {
      offer([word])
      return false
    }
    guard peek.kind == .word, peek.text.lowercased() == word else { return false }
    index += 1
    return true
  }

  /// The next token, which must be a word.
  /// (`what` and `words` are only built for an error.)
  mutating func word(
    _ what: @autoclosure () -> String, offering words: @autoclosure () -> [String] = []
  ) throws(ParseStop) -> Token {
    if atEnd { throw endOfCommand(expecting: what(), offering: words()) }
    let token = peek
    guard token.kind == .word else {
      throw fail("expected \(what()), found \(describe(token))", at: token.range)
    }
    index += 1
    return token
  }

  // MARK: - Values

  private mutating func value(
    _ kind: ValueKind, _ slot: Slot, into arguments: inout ParsedArguments
  ) throws(ParseStop) {
    switch kind {
    case .number:
      arguments.append(.number(try number(slot.noun.en)), for: slot)
    case .decayStart:
      if !atEnd, peek.kind == .word, peek.text.lowercased() == "last" {
        arguments.append(.decayStart(Located(value: .last, range: peek.range)), for: slot)
        index += 1
      } else {
        let start = try number(slot.noun.en + " (or last)")
        arguments.append(
          .decayStart(Located(value: .value(start.value), range: start.range)), for: slot)
      }
    case .lesson:
      let token = try word(slot.noun.en, offering: LessonCatalog.names)
      guard let lesson = LessonCatalog.find(token.text, in: .en) else {
        throw unknownName(token, what: "lesson", among: LessonCatalog.names)
      }
      arguments.append(.lesson(Located(value: lesson.number, range: token.range)), for: slot)
    case .count(let range):
      arguments.append(.count(try count(slot.noun.en, in: range)), for: slot)
    case .vector:
      arguments.append(.vector(try vector(slot.noun.en)), for: slot)
    case .function(let filter):
      let function = try function(
        filter, offering: Self.unchosen(filter, given: arguments.functions(slot)))
      arguments.append(.function(function), for: slot)
    case .seriesList:
      arguments.append(.seriesList(try seriesList()), for: slot)
    case .choice(let options, let noun):
      arguments.append(.choice(try choice(options, noun: noun.en)), for: slot)
    case .path:
      arguments.append(.path(try path()), for: slot)
    case .text:
      arguments.append(.text(restOfCommand()), for: slot)
    case .setting:
      arguments.append(.setting(try setting()), for: slot)
    case .topic:
      arguments.append(.topic(try topic()), for: slot)
    case .bounds:
      arguments.append(.bounds(try bounds()), for: slot)
    case .seed:
      arguments.append(.seed(try seed()), for: slot)
    case .digits:
      arguments.append(.digits(try digits()), for: slot)
    case .settingValue(let name):
      let start = peek.range
      var inner = ParsedArguments()
      try walk(name.spec.syntax, into: &inner)
      let setting = try built(name, inner)
      arguments.append(.setting(Located(value: setting, range: start.union(lastRange))), for: slot)
    }
  }

  /// The names `filter` accepts that are not among `given`, for completion
  /// (worked out only when completion asks).
  private static func unchosen(_ filter: FunctionFilter, given: [Located<PlotSeries>])
    -> [String]
  {
    let chosen = given.map(\.value)
    return filter.names.filter { PlotSeries($0).map { !chosen.contains($0) } ?? true }
  }

  /// A random seed: a whole number from 0 to 2^64 - 1.
  mutating func seed() throws(ParseStop) -> Located<UInt64> {
    let token = try word("a seed (a whole number >= 0)")
    guard let value = UInt64(token.text) else {
      throw fail(
        "a seed is a whole number from 0 to \(UInt64.max), not '\(token.text)'", at: token.range)
    }
    return Located(value: value, range: token.range)
  }

  mutating func number(_ what: String) throws(ParseStop) -> Located<Double> {
    let token = try word(what)
    switch NumberLiteral.parse(token.text) {
    case .success(let value): return Located(value: value, range: token.range)
    case .failure(let problem): throw fail(problem.message(for: token.text), at: token.range)
    }
  }

  mutating func count(_ what: String, in range: ClosedRange<Int>) throws(ParseStop)
    -> Located<Int>
  {
    let token = try word(what)
    guard let value = Int(token.text) else {
      throw fail("expected \(what) as a whole number, found '\(token.text)'", at: token.range)
    }
    guard range.contains(value) else {
      throw fail(
        "expected \(what) from \(range.lowerBound) to \(range.upperBound), not \(value)",
        at: token.range)
    }
    return Located(value: value, range: token.range)
  }

  private mutating func function(
    _ filter: FunctionFilter, offering words: @autoclosure () -> [String]
  ) throws(ParseStop) -> Located<PlotSeries> {
    let token = try word(filter.noun.en, offering: words())
    guard let series = PlotSeries(token.text.lowercased()) else {
      throw unknownName(token, what: "function", among: filter.names)
    }
    guard filter.series.contains(series) else {
      let takes = command.map { "\($0.rawValue) takes " } ?? "expected "
      let why = filter == .layers ? "; \(series) has no layer here" : ", not \(series)"
      throw fail(takes + filter.noun.en + why, at: token.range)
    }
    return Located(value: series, range: token.range)
  }

  /// Series names for `plot`, with or without commas between them; repeats are dropped.
  private mutating func seriesList() throws(ParseStop) -> [PlotSeries] {
    var series: [PlotSeries] = []
    while true {
      while peek.kind == .comma { index += 1 }
      if atEnd {
        offer(PlotSeries.all.filter { !series.contains($0) }.map(\.description))
        return series
      }
      guard peek.kind == .word || peek.kind == .string else { return series }
      let token = advance()
      guard let item = PlotSeries(token.text.lowercased()) else {
        throw unknownName(
          token, what: "function", among: FunctionFilter.functionsAndDerivatives.names)
      }
      if !series.contains(item) { series.append(item) }
    }
  }

  private mutating func choice(_ options: [String], noun: String) throws(ParseStop)
    -> Located<Int>
  {
    let token = try word(
      "\(noun) (\(options.joined(separator: " or ")))", offering: options)
    guard let found = options.firstIndex(of: token.text.lowercased()) else {
      var message = "\(noun) is \(Self.list(options, or: true)), not '\(token.text)'"
      if let guess = NameSuggestion.nearest(to: token.text, among: options) {
        message += "; did you mean '\(guess)'?"
      }
      throw fail(message, at: token.range)
    }
    return Located(value: found, range: token.range)
  }

  private mutating func path() throws(ParseStop) -> Located<String> {
    if atEnd { throw endOfCommand(expecting: "a file name", offering: []) }
    let token = peek
    guard token.kind == .word || token.kind == .string else {
      throw fail("expected a file name, found \(describe(token))", at: token.range)
    }
    index += 1
    guard !token.text.isEmpty else { throw fail("the file name is empty", at: token.range) }
    return Located(value: token.text, range: token.range)
  }

  /// The text of the rest of the command, as written (a lone quoted string
  /// gives its contents).
  private mutating func restOfCommand() -> String {
    let first = index
    while !atEnd { index += 1 }
    guard index > first else { return "" }
    if index == first + 1, tokens[first].kind == .string { return tokens[first].text }
    return source.slice(
      SourceRange(start: tokens[first].range.start, end: tokens[index - 1].range.end))
  }

  // MARK: - Settings

  /// `NAME VALUE`, `NAME=VALUE` or `NAME = VALUE`.
  private mutating func setting() throws(ParseStop) -> Located<Setting> {
    let token = try word(
      "a setting name (\(SettingName.allCases.map(\.rawValue).joined(separator: ", ")))",
      offering: SettingName.allCases.map(\.rawValue))
    let nameToken = splitAtEquals(token)
    guard let name = Self.settingNames.name(nameToken.text) else {
      throw unknownSetting(nameToken)
    }
    var inner = ParsedArguments()
    try walk(name.spec.syntax, into: &inner)
    let setting = try built(name, inner)
    return Located(value: setting, range: token.range.union(lastRange))
  }

  /// Splits `NAME=VALUE` into its name, returned, and its value, left as the
  /// next token; a lone `=` after the name, or one leading the value, is skipped.
  private mutating func splitAtEquals(_ token: Token) -> Token {
    let bytes = Array(token.text.utf8)
    if let equals = bytes.firstIndex(of: UInt8(ascii: "=")), equals > 0 {
      let start = token.range.start
      let name = Token(
        kind: .word, text: String(decoding: bytes[..<equals], as: UTF8.self),
        range: SourceRange(start: start, end: start + equals))
      if equals + 1 < bytes.count {
        let rest = Token(
          kind: .word, text: String(decoding: bytes[(equals + 1)...], as: UTF8.self),
          range: SourceRange(start: start + equals + 1, end: token.range.end))
        tokens.insert(rest, at: index)
      }
      return name
    }
    if peek.kind == .word, peek.text.hasPrefix("=") {
      let next = peek
      if next.text == "=" {
        index += 1
      } else {
        tokens[index] = Token(
          kind: .word, text: String(next.text.dropFirst()),
          range: SourceRange(start: next.range.start + 1, end: next.range.end))
      }
    }
    return token
  }

  private func built(_ name: SettingName, _ arguments: ParsedArguments) throws(ParseStop)
    -> Setting
  {
    do {
      return try name.build(arguments)
    } catch {
      throw .failed(error)
    }
  }

  /// `A B`, `[A:B]` (gnuplot's spelling) or `auto`.
  private mutating func bounds() throws(ParseStop) -> BoundsSpec {
    if atEnd { throw endOfCommand(expecting: "A B, [A:B] or auto", offering: ["auto"]) }
    if peek.kind == .word, peek.text.lowercased() == "auto" {
      index += 1
      return .auto
    }
    guard peek.kind == .leftBracket else {
      let low = try number("the lower end A")
      let high = try number("the upper end B")
      return .between(low, high)
    }
    let open = advance()
    var pieces: [Token] = []
    while !atEnd, peek.kind != .rightBracket { pieces.append(advance()) }
    guard peek.kind == .rightBracket else {
      throw fail("expected ']' to close the range, found \(describe(peek))", at: peek.range)
    }
    let close = advance()
    let whole = open.range.union(close.range)
    let text = pieces.map(\.text).joined(separator: " ")
    let ends = text.split(separator: ":", omittingEmptySubsequences: false)
    guard ends.count == 2 else {
      throw fail("a range in brackets is written [A:B], as in [-3:3]", at: whole)
    }
    func end(_ text: Substring) throws(ParseStop) -> Located<Double> {
      let trimmed = text.trimmingBlanks
      switch NumberLiteral.parse(trimmed) {
      case .success(let value): return Located(value: value, range: whole)
      case .failure(let problem):
        throw fail(
          trimmed.isEmpty
            ? "a range in brackets needs both ends, as in [-3:3]" : problem.message(for: trimmed),
          at: whole)
      }
    }
    return .between(try end(ends[0]), try end(ends[1]))
  }

  /// `N` (1 to ``NumberDigits/maximum`` significant digits) or `full`.
  private mutating func digits() throws(ParseStop) -> Located<NumberDigits> {
    if atEnd { throw endOfCommand(expecting: "a number of digits or full", offering: ["full"]) }
    if peek.kind == .word, peek.text.lowercased() == "full" {
      return Located(value: .full, range: advance().range)
    }
    let count = try count("a number of digits", in: 1...NumberDigits.maximum)
    return Located(value: .significant(count.value), range: count.range)
  }

  // MARK: - Help topics

  /// A command (with a setting after `set`), a setting, or a function.
  private mutating func topic() throws(ParseStop) -> HelpTopic {
    let token = try word("a topic", offering: CommandName.allCases.map(\.rawValue))
    if let name = CommandName(word: token.text) {
      if name == .set {
        if atEnd {
          offer(SettingName.allCases.map(\.rawValue))
        } else if peek.kind == .word {
          guard let setting = SettingName(word: peek.text) else { throw unknownSetting(peek) }
          index += 1
          return .setting(setting)
        }
      }
      return .command(name)
    }
    if let setting = SettingName(word: token.text) { return .setting(setting) }
    if let series = PlotSeries(token.text.lowercased()) { return .function(series.kind) }
    if let topic = HelpTopic(word: token.text) { return topic }
    throw unknownName(
      token, what: "help topic",
      among: CommandName.allCases.map(\.rawValue) + SettingName.allCases.map(\.rawValue)
        + ActivationKind.allCases.map(\.rawValue) + HelpTopic.termsNames)
  }
}

extension Substring {
  /// Without leading and trailing spaces and tabs.
  fileprivate var trimmingBlanks: String {
    String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
  }
}
