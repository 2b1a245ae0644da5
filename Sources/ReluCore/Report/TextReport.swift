/// Renders ``CommandOutput`` as lines of text, the way batch mode prints it
/// and the lab's output pane shows it.
///
/// User text is escaped, never raw.
package enum TextReport {
  /// Vectors longer than this are shown by their first and last elements.
  package static let fullVectorLimit = 24

  /// The lines for one output.
  package static func lines(for output: CommandOutput) -> [ReportLine] {
    switch output {
    case .setting(let name, let value):
      let meaning = name.meaning(of: value)
      return [
        ReportLine(
          "\(name.rawValue) = \(text(value))"
            + (meaning == name.spec.meaning ? "" : ": " + meaning))
      ]
    case .settings(let settings):
      return table(
        header: ["setting", "value", "meaning"],
        rows: SettingName.allCases.map {
          let value = settings.value(of: $0)
          return [$0.rawValue, text(value), $0.meaning(of: value)]
        })
    case .layer(let f):
      return [ReportLine("layer: \(f.label) (feed and backward go through it)")]
    case .feed(let report):
      return feed(report)
    case .backward(let report):
      return [
        ReportLine("backward through \(report.activation.label): grad = upstream * mask"),
        ReportLine("  upstream \(vector(report.upstream))"),
        ReportLine("  grad     \(vector(report.gradient))"),
      ]
    case .forward(let report):
      var lines = [
        ReportLine(label(report.activation, derivative: report.isDerivative)),
        ReportLine("  input  \(vector(report.input))"),
        ReportLine("  output \(vector(report.output))"),
      ]
      if let seed = report.seed { lines.append(ReportLine("  seed   \(seed)", role: .note)) }
      return lines
    case .plot(let report):
      return report.canvas.lines.map { ReportLine($0, role: .plot) }
    case .exported(let format, let path, let series):
      let names = series.map(\.description).joined(separator: " ")
      return [
        ReportLine(
          "wrote \(format.rawValue) of \(names.isEmpty ? "the axes" : names) to \(VisibleText.escaped(path))"
        )
      ]
    case .decay(let report):
      let f = report.activation
      return [
        ReportLine(
          "decay \(f.label) from \(plain(report.start)) to \(plain(report.target)),"
            + " lr \(plain(report.learningRate)) (\(report.target <= report.start ? "descent" : "ascent"))"
        ),
        ReportLine(stepText(report.current, f) + statusSuffix(report.status, report.target)),
      ]
    case .finished(let report):
      let steps = Plural.count(report.current.index, "step")
      return [
        ReportLine(
          "the decay already ended (\(report.status.rawValue) after \(steps)); reset starts it over",
          role: .note)
      ]
    case .steps(let report):
      return report.steps.enumerated().map { offset, step in
        let last = offset == report.steps.count - 1
        return ReportLine(
          stepText(step, report.activation)
            + (last ? statusSuffix(report.status, report.target) : ""))
      }
    case .run(let report):
      return [ReportLine(runText(report.status, report.final, report.activation, report.target))]
    case .reset(let report):
      return [ReportLine("reset: " + stepText(report.current, report.activation))]
    case .compare(let report):
      var lines = [
        ReportLine(
          "decay from \(plain(report.start)) to \(plain(report.target)), lr \(plain(report.learningRate))"
        )
      ]
      lines += table(
        header: ["function", "status", "steps", "z", "f(z)"],
        rows: report.rows.map {
          [
            $0.activation.label, $0.status.rawValue, String($0.final.index), plain($0.final.z),
            plain($0.final.value),
          ]
        }, rightAligned: [2])
      return lines
    case .say(let text):
      return [ReportLine(VisibleText.escaped(text), role: .say)]
    case .pause:
      return []
    case .help(let topic):
      return HelpText.lines(for: topic)
    case .quit:
      return []
    }
  }

  /// The three lines of a diagnostic, as batch, the plain prompt and the lab show it.
  ///
  /// First `FILE:LINE:COLUMN: error: MESSAGE` (as compilers print it), then
  /// the source line, then the caret line: `^` under the column and `~` under
  /// the rest of the range. The first and last are marked as errors.
  package static func lines(for diagnostic: Diagnostic) -> [ReportLine] {
    let headline =
      "\(VisibleText.escaped(diagnostic.file)):\(diagnostic.line):\(diagnostic.column):"
      + " error: \(diagnostic.message)"
    return [
      ReportLine(headline, role: .error), ReportLine(diagnostic.lineText),
      ReportLine(caret(diagnostic, indent: 0), role: .error),
    ]
  }

  /// The one-line form of a diagnostic, for a command the screen has just
  /// echoed: the caret under the echoed column, then the message.
  ///
  /// `relulab> set alpah 3` is followed by `             ^~~~~ unknown setting...`.
  /// No file, line or column: the echo above shows where.
  /// - Parameters:
  ///   - diagnostic: The failure.
  ///   - indent: Display columns before the command's text in the echo (the
  ///     prompt's width).
  /// - Returns: The line, marked as an error.
  package static func compactLine(for diagnostic: Diagnostic, indent: Int) -> ReportLine {
    ReportLine(caret(diagnostic, indent: indent) + " " + diagnostic.message, role: .error)
  }

  /// `^` under the diagnostic's column and `~` under the rest of its range,
  /// after `indent` more columns.
  private static func caret(_ diagnostic: Diagnostic, indent: Int) -> String {
    String(repeating: " ", count: max(0, indent) + diagnostic.markerOffset) + "^"
      + String(repeating: "~", count: max(0, diagnostic.markerLength - 1))
  }

  /// A setting's value as `show` prints it and `set` takes it: `0.3`,
  /// `left`, `-3 3`, `auto`, `80 24`.
  package static func text(_ value: SettingValue) -> String {
    switch value {
    case .number(let number): plain(number)
    case .word(let word): word
    case .bounds(let bounds?): "\(plain(bounds.lower)) \(plain(bounds.upper))"
    case .bounds(nil): "auto"
    case .size(let size): "\(size.width) \(size.height)"
    }
  }

  /// `relu`, `sigmoid'`, `leaky (alpha=0.1)`, `leaky' (alpha=0.1)`.
  static func label(_ f: Activation, derivative: Bool) -> String {
    let name = f.name + (derivative ? "'" : "")
    guard case .leaky(let alpha) = f else { return name }
    return "\(name) (alpha=\(plain(alpha)))"
  }

  // MARK: - Pieces

  private static func feed(_ report: FeedReport) -> [ReportLine] {
    let stats = report.statistics
    let percent = NumberFormat.plain((stats.activeFraction * 1000).rounded() / 10)
    var lines = [
      ReportLine(
        "feed \(report.activation.label): \(Plural.count(stats.count, "value")),"
          + " \(stats.active) active (\(percent)%)"),
      ReportLine("  input  \(vector(report.input))"),
      ReportLine("  output \(vector(report.output))"),
      ReportLine("  mask   \(vector(report.mask))"),
    ]
    if let input = stats.input, let output = stats.output {
      lines.append(
        ReportLine(
          "  input min \(plain(input.min)), max \(plain(input.max)), mean \(plain(input.mean));"
            + " output min \(plain(output.min)), max \(plain(output.max)), mean \(plain(output.mean))",
          role: .note))
    }
    if let seed = report.seed { lines.append(ReportLine("  seed \(seed)", role: .note)) }
    return lines
  }

  /// A tensor in full, or elided with its size when long.
  package static func vector(_ tensor: Tensor) -> String {
    guard tensor.count > fullVectorLimit else { return tensor.description }
    let head = tensor.scalars.prefix(8).map(plain).joined(separator: ", ")
    let tail = tensor.scalars.suffix(4).map(plain).joined(separator: ", ")
    let shape = tensor.rank > 1 ? ", shape \(tensor.shapeDescription)" : ""
    return "[\(head), ..., \(tail)] (\(tensor.count) values\(shape))"
  }

  private static func stepText(_ step: DecayStep, _ f: Activation) -> String {
    "step \(step.index): z = \(plain(step.z)), \(f.name)(z) = \(plain(step.value)),"
      + " \(f.name)'(z) = \(plain(step.gradient))"
  }

  private static func statusSuffix(_ status: DecayStatus, _ target: Double) -> String {
    switch status {
    case .running, .limit: ""
    case .reached: "  -> reached \(plain(target))"
    case .dead: "  -> dead: the gradient is 0, so z never moves again"
    }
  }

  private static func runText(
    _ status: DecayStatus, _ final: DecayStep, _ f: Activation, _ target: Double
  ) -> String {
    let steps = Plural.count(final.index, "step")
    let point = "z = \(plain(final.z)), \(f.name)(z) = \(plain(final.value))"
    switch status {
    case .reached: return "reached \(plain(target)) after \(steps): \(point)"
    case .dead:
      return "dead after \(steps): \(point), \(f.name)'(z) = \(plain(final.gradient));"
        + " the neuron stopped learning"
    case .limit, .running:
      return "limit: \(steps) so far without reaching \(plain(target)): \(point) (run goes on)"
    }
  }

  /// Columns padded to their widest cell; a header becomes a heading line.
  static func table(header: [String]?, rows: [[String]], rightAligned: Set<Int> = [])
    -> [ReportLine]
  {
    let all = (header.map { [$0] } ?? []) + rows
    let columns = all.map(\.count).max() ?? 0
    var widths = [Int](repeating: 0, count: columns)
    for row in all {
      for (i, cell) in row.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(cell)) }
    }
    func format(_ row: [String]) -> String {
      var text = ""
      for (i, cell) in row.enumerated() {
        let pad = String(repeating: " ", count: widths[i] - DisplayWidth.of(cell))
        let last = i == row.count - 1
        text += rightAligned.contains(i) ? pad + cell : cell + (last ? "" : pad)
        if !last { text += "  " }
      }
      return text
    }
    var lines: [ReportLine] = []
    if let header { lines.append(ReportLine(format(header), role: .heading)) }
    lines += rows.map { ReportLine(format($0)) }
    return lines
  }

  private static func plain(_ x: Double) -> String { NumberFormat.plain(x) }
}
