/// The text of `help`: the command index, or one command, setting or function.
package enum HelpText {
  /// The lines for a topic.
  package static func lines(for topic: HelpTopic) -> [ReportLine] {
    switch topic {
    case .index: index
    case .command(let name): command(name)
    case .setting(let name): setting(name)
    case .function(let kind): function(kind)
    }
  }

  private static var index: [ReportLine] {
    let rows = CommandName.allCases.map { [$0.synopsis, $0.spec.summary] }
    var lines = [
      ReportLine("ReluLab commands (help COMMAND explains one):", role: .heading)
    ]
    lines += TextReport.table(header: nil, rows: rows).map { ReportLine("  " + $0.text) }
    lines += [
      ReportLine(
        "help set NAME explains a setting, help relu a function. Separate commands with ;",
        role: .note),
      ReportLine(
        "or new lines; # starts a comment. Names may be written in any case.", role: .note),
      ReportLine(
        "ReluLab follows the ReLU and Leaky ReLU chapter of Microsoft's open ai-edu course.",
        role: .note),
    ]
    return lines
  }

  private static func command(_ name: CommandName) -> [ReportLine] {
    let spec = name.spec
    let lines = [ReportLine(name.usage, role: .heading), ReportLine("  " + spec.summary)]
    return lines + body(details: spec.details, aliases: spec.aliases, examples: spec.examples)
  }

  private static func setting(_ name: SettingName) -> [ReportLine] {
    let spec = name.spec
    let standard = SessionSettings().value(of: name).text
    let lines = [
      ReportLine("set " + spec.usage(name), role: .heading),
      ReportLine("  \(spec.meaning); default \(standard)"),
    ]
    return lines + body(details: spec.details, aliases: spec.aliases, examples: spec.examples)
  }

  /// Details, then `also: ALIASES` and the examples as `e.g.` lines.
  private static func body(details: [String], aliases: [String], examples: [String])
    -> [ReportLine]
  {
    var lines = details.map { ReportLine("  " + $0) }
    if !aliases.isEmpty {
      lines.append(ReportLine("  also: " + aliases.joined(separator: ", "), role: .note))
    }
    return lines + examples.map { ReportLine("  e.g. " + $0, role: .note) }
  }

  private static func function(_ kind: ActivationKind) -> [ReportLine] {
    [ReportLine("\(kind.rawValue) and \(kind.rawValue)'", role: .heading)]
      + body(details: kind.help, aliases: [], examples: kind.helpExamples)
  }
}
