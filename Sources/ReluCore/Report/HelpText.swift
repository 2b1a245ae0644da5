/// The text of `help`: the command index, one command, setting or function,
/// or the terms, in the session's language.
package enum HelpText {
  /// The lines for a topic in `language`.
  /// - Parameters:
  ///   - topic: What to explain.
  ///   - language: The interface language.
  ///   - oneColumn: For a narrow screen (below 80 columns): each row of a
  ///     table (the command index, the terms) as its term on one line and
  ///     its text on the next, indented (``oneColumnIndent``), instead of
  ///     side by side.
  /// - Returns: The lines.
  package static func lines(
    for topic: HelpTopic, language: InterfaceLanguage, oneColumn: Bool = false
  ) -> [ReportLine] {
    switch topic {
    case .index: index(language, oneColumn: oneColumn)
    case .command(let name): command(name, language)
    case .setting(let name): setting(name, language)
    case .function(let kind): function(kind, language)
    case .terms: terms(language, oneColumn: oneColumn)
    }
  }

  /// Where a one-column table's text starts, under its term.
  package static let oneColumnIndent = "      "

  /// A table's rows in one column: each row's cells but the last on one
  /// line (two spaces apart, after `  `), the last cell below them, indented.
  private static func oneColumn(_ rows: [[String]]) -> [ReportLine] {
    rows.flatMap { row in
      [
        ReportLine("  " + row.dropLast().joined(separator: "  ")),
        ReportLine(oneColumnIndent + (row.last ?? "")),
      ]
    }
  }

  private static func index(_ language: InterfaceLanguage, oneColumn: Bool) -> [ReportLine] {
    let rows = CommandName.allCases.map { [$0.synopsis, $0.spec.summary(language)] }
    var lines = [ReportLine(Self.indexHeading(language), role: .heading)]
    lines +=
      oneColumn
      ? Self.oneColumn(rows)
      : TextReport.table(header: nil, rows: rows).map { ReportLine("  " + $0.text) }
    lines += Self.indexNotes.flatMap { $0.lines(language) }.map { ReportLine($0, role: .note) }
    return lines
  }

  /// The index's first line.
  static let indexHeading = Words(
    en: "ReluLab commands (help COMMAND explains one):",
    zh: "ReluLab 的命令（help COMMAND 解释其中一个）：")

  /// The lines under the index: more topics, how commands are written, and
  /// the course ReluLab follows.
  static let indexNotes = [
    Words.lines(
      en: [
        "help set NAME explains a setting, help relu a function. Separate commands with ;",
        "or new lines; # starts a comment. Names may be written in any case.",
        "help terms lists the terms in English and Chinese.",
      ],
      zh: [
        "help set NAME 解释一个设置，help relu 解释一个函数，help 术语 列出中英术语对照。",
        "命令之间用 ; 或换行分隔；# 之后是注释。名字不区分大小写。",
      ]),
    Words(
      en: "ReluLab follows the ReLU and Leaky ReLU chapter of Microsoft's open ai-edu course.",
      zh: "ReluLab 依照微软开源课程 ai-edu 中讲 ReLU 与 Leaky ReLU 的一章编写。"),
  ]

  private static func command(_ name: CommandName, _ language: InterfaceLanguage) -> [ReportLine] {
    let spec = name.spec
    let usage = Self.wrapped(name.usage, indent: name.rawValue.count + 1)
    let lines =
      usage.map { ReportLine($0, role: .heading) } + [ReportLine("  " + spec.summary(language))]
    return lines
      + body(details: spec.details, aliases: spec.aliases, examples: spec.examples, language)
  }

  /// A usage longer than 80 columns, broken before its `[` parts, the
  /// lines after the first indented under the first part.
  private static func wrapped(_ usage: String, indent: Int) -> [String] {
    guard usage.count > 80 else { return [usage] }
    var lines: [String] = []
    var line = ""
    for part in usage.split(separator: " ", omittingEmptySubsequences: false) {
      let word = String(part)
      if word.hasPrefix("["), !line.isEmpty, line.count + 1 + word.count > 80 {
        lines.append(line)
        line = String(repeating: " ", count: indent) + word
      } else {
        line += line.isEmpty ? word : " " + word
      }
    }
    return lines + [line]
  }

  private static func setting(_ name: SettingName, _ language: InterfaceLanguage) -> [ReportLine] {
    let spec = name.spec
    let standard = SessionSettings().value(of: name).text
    let meaning = Words(
      en: "  \(spec.meaning.en); default \(standard)", zh: "  \(spec.meaning.zh)；默认 \(standard)")
    let lines = [
      ReportLine("set " + spec.usage(name), role: .heading), ReportLine(meaning(language)),
    ]
    return lines
      + body(details: spec.details, aliases: spec.aliases, examples: spec.examples, language)
  }

  /// Details, then `also: ALIASES` and the examples as `e.g.` lines.
  private static func body(
    details: [Words], aliases: [String], examples: [String], _ language: InterfaceLanguage
  ) -> [ReportLine] {
    var lines = details.flatMap { $0.lines(language) }.map { ReportLine("  " + $0) }
    if !aliases.isEmpty {
      let also = aliases.joined(separator: Words(en: ", ", zh: "、")(language))
      lines.append(ReportLine(Words(en: "  also: ", zh: "  也可写作：")(language) + also, role: .note))
    }
    let example = Words(en: "  e.g. ", zh: "  例：")(language)
    return lines + examples.map { ReportLine(example + $0, role: .note) }
  }

  private static func function(_ kind: ActivationKind, _ language: InterfaceLanguage)
    -> [ReportLine]
  {
    let name = kind.rawValue
    let heading = Words(en: "\(name) and \(name)'", zh: "\(name) 和 \(name)'")
    return [ReportLine(heading(language), role: .heading)]
      + body(
        details: kind.entry.help, aliases: kind.entry.aliases, examples: kind.entry.examples,
        language)
  }

  /// `help terms`: English, Chinese and what each means, in `language`.
  private static func terms(_ language: InterfaceLanguage, oneColumn: Bool) -> [ReportLine] {
    let heading = Words(
      en: "ReluLab's terms in English and Chinese (help terms, help 术语):",
      zh: "ReluLab 的中英术语对照（help terms、help 术语）：")
    let header = Words.lines(en: ["English", "Chinese", "meaning"], zh: ["英文", "中文", "含义"])
    let rows = HelpTerm.allCases.map { [$0.term.en, $0.term.zh, $0.words(language)] }
    let table =
      oneColumn
      ? Self.oneColumn(rows)
      : TextReport.table(header: header.lines(language), rows: rows, indent: "  ")
    return [ReportLine(heading(language), role: .heading)] + table
      + [ReportLine(termsNote(language), role: .note)]
  }

  /// Under the terms: what stays as typed.
  static let termsNote = Words(
    en: "Commands, function and setting names, numbers and JSON stay as typed in both.",
    zh: "命令、函数名、设置名、数字和 JSON 在两种语言中都保持原样。")
}
