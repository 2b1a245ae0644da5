extension TextReport {
  /// Writes outputs with one choice of digits.
  struct Writer {
    let digits: NumberDigits

    /// `x` with the chosen digits: `digits.format(x)`, written at once as
    /// an integer when `x` is a whole number with no more digits than that
    /// shows (what `format` gives for it too; tested).
    func number(_ x: Double) -> String {
      if x == x.rounded(.towardZero), abs(x) < integralLimit {
        return x == 0 && x.sign == .minus ? "-0" : String(Int(x))
      }
      return digits.format(x)
    }

    /// Whole numbers below this in magnitude print as integers: 10^digits
    /// up to 10^14, where `format` rounds them exactly and finds their
    /// exponent exactly (with 15 digits, log10 of 10^15 - 1 rounds up to 15,
    /// and `format` writes `1e+15`); 10^15 with 16 digits or more, where
    /// both forms are `plain`.
    private var integralLimit: Double {
      switch digits {
      case .significant(let n): n <= 0 ? 0 : n >= 16 ? 1e15 : Self.powersOfTen[min(n, 14)]
      case .full: 1e15
      }
    }

    private static let powersOfTen: [Double] = (0..<16).map { power in
      (0..<power).reduce(1.0) { value, _ in value * 10 }
    }

    func lines(for output: CommandOutput) -> [ReportLine] {
      switch output {
      case .setting(let name, let value):
        let meaning = name.meaning(of: value)
        return [
          ReportLine(
            "\(name.rawValue) = \(TextReport.text(value))"
              + (meaning == name.spec.meaning ? "" : ": " + meaning))
        ]
      case .settings(let settings):
        return TextReport.table(
          header: ["setting", "value", "meaning"],
          rows: SettingName.allCases.map {
            let value = settings.value(of: $0)
            return [$0.rawValue, TextReport.text(value), $0.meaning(of: value)]
          })
      case .layer(let f):
        return [ReportLine("layer: \(f.label) (feed and backward go through it)")]
      case .feed(let report):
        return feed(report)
      case .backward(let report):
        return [
          ReportLine("backward through \(report.activation.label): grad = upstream * mask")
        ] + columns([("upstream", report.upstream), ("grad", report.gradient)])
      case .forward(let report):
        let f = report.activation.name
        var lines =
          [ReportLine(TextReport.label(report.activation, derivative: report.isDerivative))]
          + columns([
            ("z", report.input), (report.isDerivative ? "\(f)'(z)" : "\(f)(z)", report.output),
          ])
        if let seed = report.seed { lines.append(ReportLine("  seed \(seed)", role: .note)) }
        return lines
      case .plot(let report):
        return report.canvas.lines.map { ReportLine($0, role: .plot) }
      case .exported(let format, let path, let subject):
        return [
          ReportLine("wrote \(format.rawValue) of \(subject) to \(VisibleText.escaped(path))")
        ]
      case .cleared(let target):
        let what =
          switch target {
          case nil: "the feed points and the decay"
          case .feed: "the feed points"
          case .decay: "the decay's trail and step chart"
          case .network: "the network's views"
          }
        return [ReportLine("cleared \(what) from the plot")]
      case .decay(let report):
        let f = report.activation
        return [
          ReportLine(
            "decay \(f.label) from \(number(report.start)) to \(number(report.target)),"
              + " lr \(number(report.learningRate))"
              + " (\(report.target <= report.start ? "descent" : "ascent"))"),
          ReportLine(stepText(report.current, f)),
        ]
      case .finished(let report):
        let steps = Plural.count(report.current.index, "step")
        return [
          ReportLine(
            "the decay already ended (\(report.status.rawValue) after \(steps));"
              + " reset starts it over", role: .note)
        ]
      case .steps(let report):
        var lines = stepTable(report.steps, report.activation)
        if let ending = ending(
          report.status, start: report.start, target: report.target,
          overshoot: report.overshoot, last: report.steps.last)
        {
          lines.append(ReportLine("  -> " + ending))
        }
        return lines
      case .run(let report):
        return [ReportLine(runText(report))]
          + report.chart.lines.map { ReportLine($0, role: .plot) }
      case .reset(let report):
        return [ReportLine("reset: " + stepText(report.current, report.activation))]
      case .compare(let report):
        var lines = [
          ReportLine(
            "decay from \(number(report.start)) to \(number(report.target)),"
              + " lr \(number(report.learningRate))")
        ]
        lines += TextReport.table(
          header: ["function", "status", "steps", "past target", "z", "f(z)"],
          rows: report.rows.map {
            let notable = DecaySimulation.isNotable(
              overshoot: $0.overshoot, from: report.start, to: report.target)
            return [
              $0.activation.label, $0.status.rawValue, String($0.final.index),
              notable ? number($0.overshoot) : "", number($0.final.z), number($0.final.value),
            ]
          }, rightAligned: [2, 3, 4, 5])
        return lines + report.race.lines.map { ReportLine($0, role: .plot) }
      case .say(let text):
        return [ReportLine(VisibleText.escaped(text), role: .say)]
      case .pause(_, let text):
        return text.isEmpty ? [] : [ReportLine(VisibleText.escaped(text), role: .say)]
      case .title(let text):
        let shown = VisibleText.escaped(text)
        return [
          ReportLine(shown, role: .heading),
          ReportLine(String(repeating: "=", count: DisplayWidth.of(shown)), role: .heading),
        ]
      case .recording(let path, let started, let commands):
        let file = VisibleText.escaped(path)
        return [
          started
            ? ReportLine(
              "recording to \(file): each command that succeeds is saved as it runs; record stop ends"
            )
            : ReportLine("stopped recording: \(file) holds \(Plural.count(commands, "command"))")
        ]
      case .lessons(let lessons):
        guard let language = lessons.first?.language else {
          return [ReportLine("no lessons ship in this language", role: .note)]
        }
        return TextReport.table(
          header: ["lesson", "name", "title (\(language.rawValue))"],
          rows: lessons.map { [String($0.number), $0.name, VisibleText.escaped($0.title)] })
          + [
            ReportLine(
              "lesson N runs one; relulab --lesson N --lang en|zh from a shell", role: .note)
          ]
      case .help(let topic):
        return HelpText.lines(for: topic)
      case .quit:
        return []
      case .network(let report):
        return network(report)
      case .training(let report):
        return training(report)
      case .sweep(let report):
        return sweep(report)
      }
    }

    // MARK: - Pieces

    private func feed(_ report: FeedReport) -> [ReportLine] {
      let stats = report.statistics
      let f = report.activation.name
      var lines = [
        ReportLine(
          Concatenation.join([
            "feed ", report.activation.label, ": ", Plural.count(stats.count, "value"), ", ",
            String(stats.active), " active (", TextReport.percent(stats.activeFraction), ")",
          ]))
      ]
      lines += columns([
        ("z", report.input), ("\(f)(z)", report.output), ("\(f)'(z)", report.maskElements),
      ])
      if let input = stats.input, let output = stats.output {
        lines.append(
          ReportLine(
            Concatenation.join([
              "  z min ", number(input.min), ", max ", number(input.max), ", mean ",
              number(input.mean), "; ", f, "(z) min ", number(output.min), ", max ",
              number(output.max), ", mean ", number(output.mean),
            ]), role: .note))
      }
      if let seed = report.seed { lines.append(ReportLine("  seed \(seed)", role: .note)) }
      return lines
    }

    /// Tensors of one shape side by side: a short vector as a table with a
    /// column each, one row per element; a small matrix as one block each,
    /// row by row; anything larger as one summary line each.
    /// - Complexity: O(shown elements): a long tensor's elements are read
    ///   only where shown.
    func columns(_ tensors: [(name: String, tensor: any TensorElements)]) -> [ReportLine] {
      guard let first = tensors.first?.tensor else { return [] }
      if first.rank <= 1, first.count <= TextReport.tableLimit {
        var cells: [String] = []
        cells.reserveCapacity(first.count * tensors.count)
        for index in 0..<first.count {
          for (_, tensor) in tensors {
            cells.append(index < tensor.count ? number(tensor[offset: index]) : "")
          }
        }
        return TextReport.rightAligned(
          header: tensors.map { $0.name }, cells: cells, columns: tensors.count, indent: "  ")
      }
      if first.rank == 2, first.shape[0] <= TextReport.matrixLimit.rows,
        first.shape[1] <= TextReport.matrixLimit.columns
      {
        return tensors.flatMap { name, tensor in
          let width = tensor.shape[1]
          let rows = stride(from: 0, to: tensor.count, by: max(1, width)).map { start in
            (start..<min(start + width, tensor.count)).map { number(tensor[offset: $0]) }
          }
          return [ReportLine("  \(name):", role: .heading)]
            + TextReport.table(
              header: nil, rows: rows, rightAligned: Set(0..<width), indent: "    ")
        }
      }
      let width = tensors.map { $0.name.count }.max() ?? 0
      return tensors.map { name, tensor in
        ReportLine(
          "  " + name + String(repeating: " ", count: width - name.count) + "  " + summary(tensor))
      }
    }

    /// The first and last elements of a long tensor, with its size.
    func summary(_ tensor: any TensorElements) -> String {
      func numbers(_ offsets: Range<Int>) -> String {
        offsets.map { number(tensor[offset: $0]) }.joined(separator: ", ")
      }
      let head = numbers(0..<min(6, tensor.count))
      let tail = numbers(max(0, tensor.count - 3)..<tensor.count)
      let shape = tensor.rank > 1 ? ", shape \(tensor.shapeDescription)" : ""
      guard tensor.count > 9 else {
        let all = numbers(0..<tensor.count)
        return "[\(all)]" + (tensor.rank > 1 ? " (shape \(tensor.shapeDescription))" : "")
      }
      return "[\(head), ..., \(tail)] (\(tensor.count) values\(shape))"
    }

    /// Decay steps as a table: step, z, f(z), f'(z), right-aligned.
    private func stepTable(_ steps: [DecayStep], _ f: Activation) -> [ReportLine] {
      TextReport.rightAligned(
        header: ["step", "z", "\(f.name)(z)", "\(f.name)'(z)"],
        cells: steps.flatMap {
          [String($0.index), number($0.z), number($0.value), number($0.gradient)]
        }, columns: 4, indent: "  ")
    }

    private func stepText(_ step: DecayStep, _ f: Activation) -> String {
      "step \(step.index): z = \(number(step.z)), \(f.name)(z) = \(number(step.value)),"
        + " \(f.name)'(z) = \(number(step.gradient))"
    }

    /// How an ended decay ended: `reached 0.5`, with `, 0.501 past the target
    /// (f = -0.001)` when it landed more than 1% of the way past; nil while
    /// it runs.
    private func ending(
      _ status: DecayStatus, start: Double, target: Double, overshoot: Double, last: DecayStep?
    ) -> String? {
      let past =
        DecaySimulation.isNotable(overshoot: overshoot, from: start, to: target)
        ? ", \(number(overshoot)) past the target"
          + (last.map { " (f = \(number($0.value)))" } ?? "") : ""
      switch status {
      case .running, .limit: return nil
      case .reached: return "reached \(number(target))" + past
      case .dead: return "dead\(past): the gradient is 0, so z never moves again"
      }
    }

    private func runText(_ report: RunReport) -> String {
      let f = report.activation
      let final = report.final
      let steps = Plural.count(final.index, "step")
      let point = "z = \(number(final.z)), \(f.name)(z) = \(number(final.value))"
      let past =
        DecaySimulation.isNotable(
          overshoot: report.overshoot, from: report.start, to: report.target)
        ? ", \(number(report.overshoot)) past the target" : ""
      switch report.status {
      case .reached: return "reached \(number(report.target)) in \(steps)\(past): \(point)"
      case .dead:
        return "dead after \(steps)\(past): \(point), \(f.name)'(z) = \(number(final.gradient));"
          + " the neuron stopped learning"
      case .limit, .running:
        return
          "limit: \(steps) so far without reaching \(number(report.target)): \(point) (run goes on)"
      }
    }
  }
}
