extension Parser {
  /// An unknown command name, with what was likely meant: a command taking
  /// the word when it names a function or a setting (`relu 2` -> `forward
  /// relu 2`, `alpha 0.3` -> `set alpha 0.3`), else the nearest name.
  func unknownCommand(_ head: Token) -> CommandError {
    var message = "unknown command '\(head.text)'"
    let rest = restOfCommandText(from: index + 1)
    let fixes = Self.commandsTaking(head.text).map {
      [$0.rawValue, head.text, rest].filter { !$0.isEmpty }.joined(separator: " ")
    }.filter { Self.parses($0) }
    if !fixes.isEmpty {
      message +=
        "; did you mean " + fixes.prefix(2).map { "'\($0)'" }.joined(separator: " or ")
        + "?"
    } else if let guess = NameSuggestion.nearest(to: head.text, among: CommandName.allWords) {
      message += "; did you mean '\(guess)'?"
    } else {
      message += " (help lists the commands)"
    }
    return CommandError(untranslated: message, at: head.range)
  }

  /// An unknown setting name: the nearest one, and the list.
  func unknownSetting(_ token: Token) -> ParseStop {
    let names = SettingName.allCases.map(\.rawValue)
    var message = "unknown setting '\(token.text)'"
    if let guess = NameSuggestion.nearest(to: token.text, among: SettingName.allWords) {
      message += "; did you mean '\(guess)'?"
    }
    message +=
      (message.hasSuffix("?") ? " The" : "; the") + " settings are \(Self.list(names, or: false))"
    return fail(message, at: token.range)
  }

  /// An unknown name of some kind, with the nearest known one or the list.
  func unknownName(_ token: Token, what: String, among names: [String]) -> ParseStop {
    var message = "unknown \(what) '\(token.text)'"
    if let guess = NameSuggestion.nearest(to: token.text, among: names) {
      message += "; did you mean '\(guess)'?"
    } else {
      message += "; expected one of: \(names.joined(separator: ", "))"
    }
    return fail(message, at: token.range)
  }

  /// `a, b and c` (or `a, b or c`).
  static func list(_ words: [String], or: Bool) -> String {
    guard let last = words.last, words.count > 1 else { return words.first ?? "" }
    return words.dropLast().joined(separator: ", ") + (or ? " or " : " and ") + last
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
