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
          throw fail(.givenTwice(found(peek)), at: peek.range)
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
    if atEnd { throw endOfCommand(expecting: Words.same("'\(word)'"), offering: [word]) }
    let token = peek
    guard token.kind == .word, token.text.lowercased() == word else {
      throw fail(.expected(Words.same("'\(word)'"), found: found(token)), at: token.range)
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
    _ what: @autoclosure () -> Words, offering words: @autoclosure () -> [String] = []
  ) throws(ParseStop) -> Token {
    if atEnd { throw endOfCommand(expecting: what(), offering: words()) }
    let token = peek
    guard token.kind == .word else {
      throw fail(.expected(what(), found: found(token)), at: token.range)
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
      arguments.append(.number(try number(slot.noun)), for: slot)
    case .decayStart:
      if !atEnd, peek.kind == .word, peek.text.lowercased() == "last" {
        arguments.append(.decayStart(Located(value: .last, range: peek.range)), for: slot)
        index += 1
      } else {
        let start = try number(
          slot.noun + Words(en: " (or last)", zh: "（或 last）"))
        arguments.append(
          .decayStart(Located(value: .value(start.value), range: start.range)), for: slot)
      }
    case .lesson:
      let token = try word(slot.noun, offering: LessonCatalog.names)
      guard let lesson = LessonCatalog.find(token.text, in: .en) else {
        throw unknownName(token, kind: .lesson, among: LessonCatalog.names)
      }
      arguments.append(.lesson(Located(value: lesson.number, range: token.range)), for: slot)
    case .count(let range):
      arguments.append(.count(try count(slot.noun, in: range)), for: slot)
    case .vector:
      arguments.append(.vector(try vector(slot.noun)), for: slot)
    case .function(let filter):
      let function = try function(
        filter, offering: Self.unchosen(filter, given: arguments.functions(slot)))
      arguments.append(.function(function), for: slot)
    case .seriesList:
      arguments.append(.seriesList(try seriesList()), for: slot)
    case .choice(let options, let noun):
      arguments.append(.choice(try choice(options, noun: noun)), for: slot)
    case .precision:
      let names = Precision.allCases.map(\.rawValue)
      arguments.append(
        .choice(try choice(Precision.names, noun: Precision.noun, offering: names)), for: slot)
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
    let token = try word(Slot.seed.noun)
    guard let value = UInt64(token.text) else { throw fail(.badSeed(token.text), at: token.range) }
    return Located(value: value, range: token.range)
  }

  mutating func number(_ what: Words) throws(ParseStop) -> Located<Double> {
    let token = try word(what)
    switch NumberLiteral.parse(token.text) {
    case .success(let value): return Located(value: value, range: token.range)
    case .failure(let problem):
      // A word that is no number is a syntax error; one too large or too
      // small for a Double is a value's.
      throw fail(
        problem.message(for: token.text).words, at: token.range, syntax: problem == .malformed)
    }
  }

  mutating func count(_ what: Words, in range: ClosedRange<Int>) throws(ParseStop)
    -> Located<Int>
  {
    let token = try word(what)
    guard let value = Int(token.text) else {
      throw fail(.notWhole(what, token.text), at: token.range)
    }
    guard range.contains(value) else {
      throw fail(
        .countOutOfRange(what, low: range.lowerBound, high: range.upperBound, value: value),
        at: token.range)
    }
    return Located(value: value, range: token.range)
  }

  private mutating func function(
    _ filter: FunctionFilter, offering words: @autoclosure () -> [String]
  ) throws(ParseStop) -> Located<PlotSeries> {
    let token = try word(filter.noun, offering: words())
    guard let series = PlotSeries(token.text.lowercased()) else {
      throw unknownName(token, kind: .function, among: filter.names)
    }
    guard filter.series.contains(series) else {
      throw fail(
        .functionNotTaken(
          command: command?.rawValue, accepted: filter.noun, series: "\(series)",
          noLayer: filter == .layers), at: token.range)
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
          token, kind: .function, among: FunctionFilter.functionsAndDerivatives.names)
      }
      if !series.contains(item) { series.append(item) }
    }
  }

  /// One of `options`; completion offers `offering` (all of them when nil).
  private mutating func choice(
    _ options: [String], noun: Words, offering: [String]? = nil
  ) throws(ParseStop) -> Located<Int> {
    let token = try word(
      noun
        + Words(
          en: " (\(options.joined(separator: " or ")))",
          zh: "（\(options.joined(separator: " 或 "))）"), offering: offering ?? options)
    guard let chosen = options.firstIndex(of: token.text.lowercased()) else {
      throw fail(
        .notAChoice(
          noun, options: options, token.text,
          nearest: NameSuggestion.nearest(to: token.text, among: options)), at: token.range)
    }
    return Located(value: chosen, range: token.range)
  }

  /// A file name: a quoted string's contents, or a word as written.
  ///
  /// A word is taken from the source, not from its token's ASCII form: a
  /// file name may hold full-width characters (`图（1）.svg`, `练习１.relu`)
  /// and names exactly the file typed. Only what ends a word ends it (a
  /// blank, `，`, `；`, `［`...); quote a name that holds one.
  private mutating func path() throws(ParseStop) -> Located<String> {
    if atEnd { throw endOfCommand(expecting: Slot.file.noun, offering: []) }
    let token = peek
    guard token.kind == .word || token.kind == .string else {
      throw fail(.expected(Slot.file.noun, found: found(token)), at: token.range)
    }
    index += 1
    guard !token.text.isEmpty else { throw fail(.emptyFileName, at: token.range) }
    let path = token.kind == .word ? source.slice(token.range) : token.text
    return Located(value: path, range: token.range)
  }

  /// The text of the rest of the command, as written (a lone quoted string
  /// gives its contents).
  ///
  /// A full-width `；` does not end it: Chinese narration keeps its
  /// semicolons (`say 先看图；再改 alpha` says one line), as it keeps every
  /// other character as written.
  private mutating func restOfCommand() -> String {
    let first = index
    while !atEnd || (peek.kind == .separator && source.slice(peek.range) == "\u{FF1B}") {
      index += 1
    }
    guard index > first else { return "" }
    if index == first + 1, tokens[first].kind == .string { return tokens[first].text }
    return source.slice(
      SourceRange(start: tokens[first].range.start, end: tokens[index - 1].range.end))
  }

  // MARK: - Settings

  /// `NAME VALUE`, `NAME=VALUE` or `NAME = VALUE`.
  private mutating func setting() throws(ParseStop) -> Located<Setting> {
    let names = SettingName.allCases.map(\.rawValue)
    let token = try word(
      Slot.setting.noun
        + Words(
          en: " (\(names.joined(separator: ", ")))", zh: "（\(names.joined(separator: "、"))）"),
      offering: names)
    let nameToken = splitAtEquals(token)
    guard let name = Self.settingNames.name(nameToken.text) else {
      throw unknownSetting(nameToken)
    }
    settingBeingSet = name
    var inner = ParsedArguments()
    try walk(name.spec.syntax, into: &inner)
    let setting = try built(name, inner)
    return Located(value: setting, range: token.range.union(lastRange))
  }

  /// Splits `NAME=VALUE` into its name, returned, and its value, left as the
  /// next token; a lone `=` after the name, or one leading the value, is skipped.
  private mutating func splitAtEquals(_ token: Token) -> Token {
    let bytes = source.bytes
    let range = token.range
    if let (equals, length) = Self.equalsSign(in: bytes, range), equals > range.start {
      let name = SourceRange(start: range.start, end: equals)
      if equals + length < range.end {
        let rest = SourceRange(start: equals + length, end: range.end)
        tokens.insert(
          Token(kind: .word, text: Lexer.wordText(source, rest), range: rest), at: index)
      }
      return Token(kind: .word, text: Lexer.wordText(source, name), range: name)
    }
    if peek.kind == .word, peek.text.hasPrefix("=") {
      let next = peek
      if next.text == "=" {
        index += 1
      } else {
        let length = Self.equalsSign(in: bytes, next.range)?.length ?? 1
        let rest = SourceRange(start: next.range.start + length, end: next.range.end)
        tokens[index] = Token(kind: .word, text: Lexer.wordText(source, rest), range: rest)
      }
    }
    return token
  }

  /// The first `=` or `＝` in `range` of `bytes`: its offset and length.
  private static func equalsSign(in bytes: [UInt8], _ range: SourceRange) -> (Int, length: Int)? {
    var at = range.start
    while at < range.end {
      if bytes[at] == UInt8(ascii: "=") { return (at, 1) }
      if bytes[at...].starts(with: [0xEF, 0xBC, 0x9D]) { return (at, 3) }
      at += 1
    }
    return nil
  }

  private func built(_ name: SettingName, _ arguments: ParsedArguments) throws(ParseStop)
    -> Setting
  {
    do {
      return try name.build(arguments)
    } catch {
      throw .failed(error, syntax: false)
    }
  }

  /// `A B`, `[A:B]` (gnuplot's spelling) or `auto`.
  private mutating func bounds() throws(ParseStop) -> BoundsSpec {
    if atEnd {
      throw endOfCommand(
        expecting: Words(en: "A B, [A:B] or auto", zh: "A B、[A:B] 或 auto"), offering: ["auto"])
    }
    if peek.kind == .word, peek.text.lowercased() == "auto" {
      index += 1
      return .auto
    }
    guard peek.kind == .leftBracket else {
      let low = try number(Words(en: "the lower end A", zh: "下端 A"))
      let high = try number(Words(en: "the upper end B", zh: "上端 B"))
      return .between(low, high)
    }
    let open = advance()
    var pieces: [Token] = []
    while !atEnd, peek.kind != .rightBracket { pieces.append(advance()) }
    guard peek.kind == .rightBracket else {
      throw fail(.unclosedRange(found(peek)), at: peek.range)
    }
    let close = advance()
    let whole = open.range.union(close.range)
    let text = pieces.map(\.text).joined(separator: " ")
    let ends = text.split(separator: ":", omittingEmptySubsequences: false)
    guard ends.count == 2 else {
      throw fail(.rangeSyntax, at: whole)
    }
    func end(_ text: Substring) throws(ParseStop) -> Located<Double> {
      let trimmed = text.trimmingBlanks
      switch NumberLiteral.parse(trimmed) {
      case .success(let value): return Located(value: value, range: whole)
      case .failure(let problem):
        throw fail(
          trimmed.isEmpty
            ? ParseMessage.rangeNeedsBothEnds.words : problem.message(for: trimmed).words,
          at: whole)
      }
    }
    return .between(try end(ends[0]), try end(ends[1]))
  }

  /// `N` (1 to ``NumberDigits/maximum`` significant digits) or `full`.
  private mutating func digits() throws(ParseStop) -> Located<NumberDigits> {
    if atEnd { throw endOfCommand(expecting: Slot.digits.noun, offering: ["full"]) }
    if peek.kind == .word, peek.text.lowercased() == "full" {
      return Located(value: .full, range: advance().range)
    }
    let count = try count(
      Words(en: "a number of digits", zh: "有效数字位数"), in: 1...NumberDigits.maximum)
    return Located(value: .significant(count.value), range: count.range)
  }

  // MARK: - Help topics

  /// A command (with a setting after `set`), a setting, or a function.
  private mutating func topic() throws(ParseStop) -> HelpTopic {
    let token = try word(
      Words(en: "a topic", zh: "帮助主题"), offering: CommandName.allCases.map(\.rawValue))
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
      token, kind: .helpTopic,
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
