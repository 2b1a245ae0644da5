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
    var lines = [ReportLine(name.usage, role: .heading), ReportLine("  " + spec.summary)]
    lines += spec.details.map { ReportLine("  " + $0) }
    if !spec.aliases.isEmpty {
      lines.append(ReportLine("  also: " + spec.aliases.joined(separator: ", "), role: .note))
    }
    lines += spec.examples.map { ReportLine("  e.g. " + $0, role: .note) }
    return lines
  }

  private static func setting(_ name: SettingName) -> [ReportLine] {
    let spec = name.spec
    let standard = TextReport.text(SessionSettings().value(of: name))
    var lines = [
      ReportLine("set " + spec.usage(name), role: .heading),
      ReportLine("  \(spec.meaning); default \(standard)"),
    ]
    lines += spec.details.map { ReportLine("  " + $0) }
    if !spec.aliases.isEmpty {
      lines.append(ReportLine("  also: " + spec.aliases.joined(separator: ", "), role: .note))
    }
    lines += spec.examples.map { ReportLine("  e.g. " + $0, role: .note) }
    return lines
  }

  private static func function(_ kind: ActivationKind) -> [ReportLine] {
    var lines = [ReportLine("\(kind.rawValue) and \(kind.rawValue)'", role: .heading)]
    lines += kind.help.map { ReportLine("  " + $0) }
    lines += kind.helpExamples.map { ReportLine("  e.g. " + $0, role: .note) }
    return lines
  }
}
