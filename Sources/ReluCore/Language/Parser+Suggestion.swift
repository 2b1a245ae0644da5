extension Parser {
  /// An unknown command name, with what was likely meant: a command taking
  /// the word when it names a function or a setting (`relu 2` -> `forward
  /// relu 2`, `alpha 0.3` -> `set alpha 0.3`), else the nearest name.
  func unknownCommand(_ head: Token) -> CommandError {
    let rest = restOfCommandText(from: index + 1)
    let fixes = Self.commandsTaking(head.text).map {
      [$0.rawValue, head.text, rest].filter { !$0.isEmpty }.joined(separator: " ")
    }.filter { Self.parses($0) }
    let nearest =
      fixes.isEmpty ? NameSuggestion.nearest(to: head.text, among: CommandName.allWords) : nil
    return error(
      ParseMessage.unknownCommand(head.text, fixes: Array(fixes.prefix(2)), nearest: nearest),
      at: head.range)
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
    let preferred: [CommandName] = [.forward, .plot, .decay, .use, .compare]
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
