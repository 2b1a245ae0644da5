extension Parser {
  /// An unknown command name, with what was likely meant: a command taking
  /// the word when it names a function or a setting (`relu 2` -> `forward
  /// relu 2`, `alpha 0.3` -> `set alpha 0.3`), else the nearest name.
  func unknownCommand(_ head: Token) -> CommandError {
    let rest = restOfCommandText(from: index + 1)
    var fixes = Self.commandsTaking(head.text).map {
      [$0.rawValue, head.text, rest].filter { !$0.isEmpty }.joined(separator: " ")
    }.filter { Self.parses($0) }
    if let call = Self.functionCall(restOfCommandText(from: index)) { fixes.insert(call, at: 0) }
    let nearest =
      fixes.isEmpty ? NameSuggestion.nearest(to: head.text, among: CommandName.allWords) : nil
    return error(
      ParseMessage.unknownCommand(head.text, fixes: Array(fixes.prefix(2)), nearest: nearest),
      at: head.range)
  }

  /// A function written as a call, `relu(2)` or `leaky(1, -2)`, as
  /// `forward relu [2]` when that parses; nil otherwise.
  private static func functionCall(_ text: String) -> String? {
    guard let open = text.firstIndex(of: "("), text.hasSuffix(")") else { return nil }
    let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
    let name = String(text[..<open].reversed().drop(while: blank).reversed())
    let inner = text[text.index(after: open)..<text.index(before: text.endIndex)]
    guard PlotSeries(name.lowercased()) != nil, !inner.contains("("), !inner.contains(")")
    else { return nil }
    let arguments = String(inner.drop(while: blank).reversed().drop(while: blank).reversed())
    let call = "forward \(name) [\(arguments)]"
    return parses(call) ? call : nil
  }

  /// `error`, from the command `name` whose words start at token `head`,
  /// with the rewrite that fixes it (``fix(of:from:)``), or else, for a
  /// syntax error, the command's usage line.
  func explained(
    _ error: CommandError, of name: CommandName, from head: Int, syntax: Bool
  ) -> CommandError {
    if let (fix, word) = fix(of: error, from: head) {
      // A derivative spelled out is no unknown function to look up in a list.
      let message =
        word.map { ParseMessage.derivativeSpelledOut($0, fix: fix).words }
        ?? error.message + ParseMessage.fix(fix).words
      return CommandError(message, at: error.range)
    }
    guard syntax else { return error }
    return CommandError(
      error.message + ParseMessage.usage(usageLine(of: name)).words, at: error.range)
  }

  /// The usage line of `name`; for `set`, of the setting being set once
  /// its name was read (`set alpha A`).
  private func usageLine(of name: CommandName) -> String {
    guard name == .set, let setting = settingBeingSet else { return name.usage }
    return "set \(setting.rawValue) \(setting.spec.syntax.usage)"
  }

  /// Words between a setting and its value that a person may write
  /// (`set alpha to 0.2`).
  private static let fillers: Set<String> = ["to", "as", "is", "be", ":", "->"]
  /// Words for "derivative" after a function's name (`plot relu derivative`).
  private static let derivativeWords: Set<String> = [
    "derivative", "derivatives", "deriv", "grad", "gradient", "prime", "d", "diff", "slope",
  ]

  /// The command rewritten so that it parses, when the error is at a word a
  /// person writes for another spelling: a filler word in `set` dropped
  /// (`set alpha to 0.2` -> `set alpha 0.2`), or a derivative spelled out
  /// written with a prime (`plot relu derivative` -> `plot relu'`); nil otherwise.
  /// - Returns: The command rewritten, and for a derivative the word as written.
  private func fix(of error: CommandError, from head: Int) -> (String, derivative: String?)? {
    guard
      let at = tokens.indices.first(where: { $0 > head && tokens[$0].range == error.range }),
      tokens[at].kind == .word
    else { return nil }
    var end = at
    while tokens[end].kind != .separator, tokens[end].kind != .end { end += 1 }
    var words = tokens[head..<end].map { source.slice($0.range) }
    let position = at - head
    let word = tokens[at].text.lowercased()
    var derivative: String?
    if command == .set, Self.fillers.contains(word) {
      words.remove(at: position)
    } else if Self.derivativeWords.contains(word), position >= 2,
      let series = PlotSeries(tokens[at - 1].text.lowercased()), !series.isDerivative
    {
      words[position - 1] += "'"
      derivative = words.remove(at: position)
    } else {
      return nil
    }
    let text = words.joined(separator: " ")
    return Self.parses(text) ? (text, derivative) : nil
  }

  /// An unknown setting name: the nearest one, and the list.
  func unknownSetting(_ token: Token) -> ParseStop {
    fail(
      .unknownSetting(
        token.text, nearest: NameSuggestion.nearest(to: token.text, among: SettingName.allWords),
        names: SettingName.allCases.map(\.rawValue)), at: token.range)
  }

  /// An unknown name of some kind, with the nearest known one or the list.
  func unknownName(_ token: Token, kind: NameKind, among names: [String]) -> ParseStop {
    fail(
      .unknownName(
        token.text, kind: kind, nearest: NameSuggestion.nearest(to: token.text, among: names),
        names: names), at: token.range)
  }

  /// The commands whose first argument can be `word`, most likely first.
  private static func commandsTaking(_ word: String) -> [CommandName] {
    let name = word.split(separator: "=", omittingEmptySubsequences: false).first ?? ""
    if SettingName(word: String(name)) != nil { return [.set] }
    guard PlotSeries(word.lowercased()) != nil else { return [] }
    let token = Token(kind: .word, text: word, range: SourceRange(start: 0, end: 0))
    let preferred: [CommandName] = [.forward, .plot, .use, .decay, .compare]
    return preferred.filter { $0.spec.syntax.canStart(with: token) }
  }

  /// Whether `text` parses as one command.
  private static func parses(_ text: String) -> Bool {
    let results = Parser.parse(Source(name: "", text: text))
    guard results.count == 1, case .success = results[0] else { return false }
    return true
  }

  /// The command's text from token `start` to its end, as written.
  private func restOfCommandText(from start: Int) -> String {
    var end = start
    while tokens[end].kind != .separator, tokens[end].kind != .end { end += 1 }
    guard end > start else { return "" }
    return source.slice(
      SourceRange(start: tokens[start].range.start, end: tokens[end - 1].range.end))
  }
}
