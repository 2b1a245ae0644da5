extension TextReport {
  /// A tensor shown as a column or block, under its name.
  struct ShownTensor {
    let name: String
    let tensor: any TensorElements

    init(_ name: String, _ tensor: any TensorElements) {
      self.name = name
      self.tensor = tensor
    }
  }

  /// Writes outputs with one choice of digits, in one language.
  struct Writer {
    let digits: NumberDigits
    /// The language of the words (numbers and names stay as typed).
    var language: InterfaceLanguage = .en
    /// What plots are drawn from; nil: none are (the lab's screen shows them).
    var pictures: Pictures? = nil
    /// The widest a wide table's lines are made.
    var width: Int = TextReport.lineWidth

    /// `view`'s lines, drawn from the scene at the size, when there are pictures.
    private func picture(_ view: PlotView?) -> [ReportLine] {
      guard let pictures, let view else { return [] }
      return view.speaking(language).textLines(size: pictures.size).map {
        ReportLine($0, role: .plot)
      }
    }

    /// `x` with the chosen digits: `digits.format(x)`, written at once as
    /// an integer when `x` is a whole number with no more digits than that
    /// shows (what `format` gives for it too; tested).
    func number(_ x: Double) -> String {
      var bytes: [UInt8] = []
      number(x, into: &bytes)
      return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the UTF-8 of `number(x)`: printable ASCII, one column a byte.
    func number(_ x: Double, into bytes: inout [UInt8]) {
      if x == x.rounded(.towardZero), abs(x) < integralLimit {
        if x == 0, x.sign == .minus {
          bytes += "-0".utf8
        } else {
          DecimalText.append(Int(x), to: &bytes)
        }
        return
      }
      digits.append(x, to: &bytes)
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

    /// The lines for `output`.
    func lines(for output: CommandOutput) -> [ReportLine] {
      var sink = ReportSink.lines()
      write(output, into: &sink)
      return sink.lines
    }

    /// Writes the lines for `output` into `sink`: the one renderer behind
    /// both the lab's lines and batch mode's bytes.
    func write(_ output: CommandOutput, into sink: inout ReportSink) {
      switch output {
      case .setting(let name, let value):
        let meaning = name.meaning(of: value)
        sink.begin()
        sink.append(name.rawValue)
        sink.append(" = ")
        sink.append(value.text)
        if meaning != name.spec.meaning {
          // In Chinese the meaning is set off in full-width brackets, as its
          // own text has a full-width colon.
          sink.append(language == .zh ? "（" : ": ")
          sink.append(meaning(language))
          if language == .zh { sink.append("）") }
        }
        sink.end()
      case .settings(let settings):
        sink.append(
          lines: TextReport.table(
            header: TableHeading.settings.map { $0(language) },
            rows: SettingName.allCases.map {
              let value = settings.value(of: $0)
              return [$0.rawValue, value.text, settings.meaning(of: $0)(language)]
            }))
      case .layer(let f):
        sink.append(lines: [ReportLine(ResultMessage.layer(f.label).words(language))])
      case .feed(let report):
        feed(report, into: &sink)
      case .backward(let report):
        sink.line(ResultMessage.backward(report.activation.label).words(language))
        columns(
          [
            ShownTensor(TableHeading.upstream(language), report.upstream),
            ShownTensor(TableHeading.gradient(language), report.gradient),
          ], into: &sink)
      case .forward(let report):
        let f = report.activation.name
        sink.begin()
        TextReport.appendLabel(
          report.activation, derivative: report.isDerivative, to: &sink.bytes)
        sink.end()
        columns(
          [
            ShownTensor("z", report.input),
            ShownTensor(report.isDerivative ? f + "'(z)" : f + "(z)", report.output),
          ], into: &sink)
        if let seed = report.seed {
          sink.line(ResultMessage.seed(seed).words(language), role: .note)
        }
      case .plot:
        sink.append(lines: picture(pictures.map { .functions($0.scene.functions) }))
      case .view(let shown, let switched, let others):
        sink.line(
          ResultMessage.view(noun: shown.noun, name: shown.rawValue, switched: switched)
            .words(language))
        if !others.isEmpty {
          let names = others.map { "view \($0.rawValue)" }
            .joined(separator: Words(en: ", ", zh: "、")(language))
          sink.line(ResultMessage.alsoToSee(names).words(language), role: .note)
        }
        sink.append(lines: picture(pictures?.scene.figure(of: shown)))
      case .exported(let format, let path, let subject):
        sink.append(lines: [
          ReportLine(
            ResultMessage.exported(
              format: format.rawValue, subject: subject, path: VisibleText.escaped(path)
            ).words(language))
        ])
      case .cleared(let target):
        sink.append(lines: [ReportLine(ResultMessage.cleared(target).words(language))])
      case .toggled(let series, let hidden):
        sink.line(TraceMessage.toggled(series.description, hidden: hidden).words(language))
        sink.append(lines: picture(pictures.map { .functions($0.scene.functions) }))
      case .trace(let readout):
        guard let readout else {
          sink.line(TraceMessage.off.words(language))
          return
        }
        sink.append(
          lines: readout.lines(number: number, language: language).map { ReportLine($0) })
      case .decay(let report):
        let f = report.activation
        var lines = [
          ReportLine(
            ResultMessage.decay(
              function: f.label, from: number(report.start), to: number(report.target),
              rate: number(report.learningRate), descent: report.target <= report.start
            ).words(language))
        ]
        if let defaults = report.defaults {
          lines.append(
            ReportLine(
              "  "
                + ResultMessage.decayDefaults(
                  function: defaults.function ? f.label : nil,
                  from: defaults.range ? number(report.start) : nil,
                  to: defaults.range ? number(report.target) : nil
                ).words(language), role: .note))
        }
        lines.append(ReportLine(stepText(report.current, f)(language)))
        sink.append(lines: lines)
      case .finished(let report):
        sink.append(lines: [
          ReportLine(
            ResultMessage.alreadyEnded(report.status, steps: report.current.index).words(language),
            role: .note)
        ])
      case .steps(let report):
        var lines = stepTable(report.steps, report.activation)
        if let ending = ending(
          report.status, start: report.start, target: report.target,
          overshoot: report.overshoot, last: report.steps.last)
        {
          lines.append(ReportLine("  -> " + ending))
        }
        sink.append(lines: lines)
      case .run(let report):
        sink.append(
          lines: [ReportLine(runText(report))]
            + picture(pictures?.scene.decay.map { .chart($0.steps) }))
      case .reset(let report):
        sink.append(lines: [
          ReportLine(
            ResultMessage.reset(stepText(report.current, report.activation)).words(language))
        ])
      case .compare(let report):
        var lines = [
          ReportLine(
            ResultMessage.compare(
              from: number(report.start), to: number(report.target),
              rate: number(report.learningRate)
            ).words(language))
        ]
        if let added = report.added,
          let given = report.rows.first(where: { $0.activation != added })?.activation
        {
          lines.append(
            ReportLine(
              ResultMessage.compareAdded(given: given.label, added: added.label).words(language),
              role: .note))
        }
        // With a precision column, after the function's, when the command asked for one.
        let column = report.precisions != nil
        let header = TableHeading.compare.map { $0(language) }
        lines += TextReport.table(
          header: column
            ? [header[0], TableHeading.precision(language)] + header.dropFirst()
            : header,
          rows: report.rows.map {
            let notable = DecaySimulation.isNotable(
              overshoot: $0.overshoot, from: report.start, to: report.target)
            return [$0.activation.label] + (column ? [$0.precision.rawValue] : []) + [
              $0.status.words(language), String($0.final.index),
              notable ? number($0.overshoot) : "", number($0.final.z), number($0.final.value),
            ]
          }, rightAligned: column ? [3, 4, 5, 6] : [2, 3, 4, 5])
        sink.append(lines: lines + picture(pictures?.scene.race.map { .chart($0) }))
      case .say(let text):
        sink.append(lines: [ReportLine(VisibleText.escaped(text), role: .say)])
      case .pause(let text):
        sink.append(lines: text.isEmpty ? [] : [ReportLine(VisibleText.escaped(text), role: .say)])
      case .title(let text):
        let shown = VisibleText.escaped(text)
        sink.append(lines: [
          ReportLine(shown, role: .heading),
          ReportLine(String(repeating: "=", count: DisplayWidth.of(shown)), role: .heading),
        ])
      case .recording(let path, let started, let commands):
        let file = VisibleText.escaped(path)
        let message =
          started
          ? ResultMessage.recordingStarted(file)
          : ResultMessage.recordingStopped(file, commands: commands)
        sink.append(lines: [ReportLine(message.words(language))])
      case .saved(let path, let commands):
        let message = ResultMessage.saved(VisibleText.escaped(path), commands: commands)
        sink.append(lines: [ReportLine(message.words(language))])
      case .lessons(let lessons):
        guard let lessonLanguage = lessons.first?.language else {
          sink.append(lines: [ReportLine(ResultMessage.noLessons.words(language), role: .note)])
          return
        }
        sink.append(
          lines: TextReport.table(
            header: TableHeading.lessons(lessonLanguage).map { $0(self.language) },
            rows: lessons.map { [String($0.number), $0.name, VisibleText.escaped($0.title)] })
            + [
              ReportLine(ResultMessage.lessonsHint.words(language), role: .note)
            ])
      case .help(let topic):
        sink.append(lines: HelpText.lines(for: topic, language: language))
      case .quit:
        sink.append(lines: [])
      case .network(let report):
        sink.append(lines: network(report))
      case .training(let report):
        sink.append(lines: training(report))
      case .sweep(let report):
        sink.append(lines: sweep(report))
      case .functionSweep(let report):
        sink.append(lines: functionSweep(report))
      case .twin(let report):
        sink.append(
          lines: twin(report)
            + picture(pictures?.scene.twin.map { .twin(losses: $0.losses, zeros: $0.zeros) }))
      case .census(let report):
        sink.append(
          lines: census(report)
            + picture(pictures?.scene.census.map { .census(chart: $0.chart, heat: $0.heat) }))
      }
    }

    // MARK: - Pieces

    private func feed(_ report: FeedReport, into sink: inout ReportSink) {
      let stats = report.statistics
      let f = report.activation.name
      sink.line(
        ResultMessage.feed(
          layer: report.activation.label, values: stats.count, active: String(stats.active),
          percent: TextReport.percent(stats.activeFraction)
        ).words(language))
      columns(
        [
          ShownTensor("z", report.input), ShownTensor(f + "(z)", report.output),
          ShownTensor(f + "'(z)", report.maskElements),
        ], into: &sink)
      if let input = stats.input, let output = stats.output {
        sink.line(
          ResultMessage.feedSpread(function: f, input: spread(input), output: spread(output))
            .words(language), role: .note)
      }
      if let seed = report.seed { sink.line(ResultMessage.seed(seed).words(language), role: .note) }
    }

    /// The min, max and mean of a feed's inputs or outputs, written.
    private func spread(_ summary: FeedStatistics.Summary) -> ResultMessage.Spread {
      ResultMessage.Spread(
        min: number(summary.min), max: number(summary.max), mean: number(summary.mean))
    }

    /// Tensors of one shape side by side: a short vector as a table with a
    /// column each, one row per element; a small matrix as one block each,
    /// row by row; anything larger as one summary line each.
    /// - Complexity: O(shown elements): a long tensor's elements are read
    ///   only where shown.
    func columns(_ tensors: [ShownTensor], into sink: inout ReportSink) {
      guard let first = tensors.first?.tensor else { return }
      if first.rank <= 1, first.count <= TextReport.tableLimit {
        var cells = TableCells()
        cells.reserve(cells: first.count * tensors.count, bytesPerCell: 8)
        for index in 0..<first.count {
          for column in tensors.indices {
            if index < tensors[column].tensor.count {
              number(tensors[column].tensor[offset: index], into: &cells.bytes)
            }
            cells.endASCIICell()
          }
        }
        TextReport.writeRightAligned(
          header: tensors.map { $0.name }, cells: cells, columns: tensors.count, indent: "  ",
          into: &sink)
        return
      }
      if first.rank == 2, first.shape[0] <= TextReport.matrixLimit.rows,
        first.shape[1] <= TextReport.matrixLimit.columns
      {
        for shown in tensors {
          let tensor = shown.tensor
          let width = tensor.shape[1]
          let rows = stride(from: 0, to: tensor.count, by: max(1, width)).map { start in
            (start..<min(start + width, tensor.count)).map { number(tensor[offset: $0]) }
          }
          sink.line("  \(shown.name):", role: .heading)
          sink.append(
            lines: TextReport.table(
              header: nil, rows: rows, rightAligned: Set(0..<width), indent: "    "))
        }
        return
      }
      let width = tensors.map { DisplayWidth.of($0.name) }.max() ?? 0
      for shown in tensors {
        let name = shown.name
        sink.line(
          "  " + name + String(repeating: " ", count: width - DisplayWidth.of(name)) + "  "
            + summary(shown.tensor))
      }
    }

    /// The first and last elements of a long tensor, with its size.
    func summary(_ tensor: any TensorElements) -> String {
      func numbers(_ offsets: Range<Int>) -> String {
        offsets.map { number(tensor[offset: $0]) }.joined(separator: ", ")
      }
      let head = numbers(0..<min(6, tensor.count))
      let tail = numbers(max(0, tensor.count - 3)..<tensor.count)
      let shape = tensor.rank > 1 ? tensor.shapeDescription : nil
      guard tensor.count > 9 else {
        let all = numbers(0..<tensor.count)
        guard let shape else { return "[\(all)]" }
        return "[\(all)]" + Self.parenthesized(.tensorShape(shape))(language)
      }
      return "[\(head), ..., \(tail)]"
        + Self.parenthesized(ResultMessage.tensorSize(count: tensor.count, shape: shape))(language)
    }

    /// ` (text)` in English, `（text）` in Chinese.
    private static func parenthesized(_ message: ResultMessage) -> Words {
      Words(en: " (\(message.words.en))", zh: "（\(message.words.zh)）")
    }

    /// Decay steps as a table: step, z, f(z), f'(z), right-aligned.
    private func stepTable(_ steps: [DecayStep], _ f: Activation) -> [ReportLine] {
      TextReport.rightAligned(
        header: [TableHeading.step(language), "z", "\(f.name)(z)", "\(f.name)'(z)"],
        cells: steps.flatMap {
          [String($0.index), number($0.z), number($0.value), number($0.gradient)]
        }, columns: 4, indent: "  ")
    }

    private func stepText(_ step: DecayStep, _ f: Activation) -> Words {
      ResultMessage.step(
        index: step.index, z: number(step.z), function: f.name, value: number(step.value),
        gradient: number(step.gradient)
      ).words
    }

    /// How an ended decay ended: `reached 0.5`, with `, 0.501 past the target
    /// (f = -0.001)` when it landed more than 1% of the way past; nil while
    /// it runs.
    private func ending(
      _ status: DecayStatus, start: Double, target: Double, overshoot: Double, last: DecayStep?
    ) -> String? {
      let past =
        DecaySimulation.isNotable(overshoot: overshoot, from: start, to: target)
        ? ResultMessage.Past(overshoot: number(overshoot), value: last.map { number($0.value) })
        : nil
      switch status {
      case .running, .limit: return nil
      case .reached:
        return ResultMessage.reachedEnding(target: number(target), past: past).words(language)
      case .overshot:
        return ResultMessage.overshotEnding(
          target: number(target),
          past: past ?? ResultMessage.Past(overshoot: number(overshoot), value: nil)
        ).words(language)
      case .dead: return ResultMessage.deadEnding(past: past).words(language)
      }
    }

    private func runText(_ report: RunReport) -> String {
      let f = report.activation
      let final = report.final
      let steps = final.index
      let comma = language == .zh ? "，" : ", "
      let point = "z = \(number(final.z))\(comma)\(f.name)(z) = \(number(final.value))"
      let past =
        DecaySimulation.isNotable(
          overshoot: report.overshoot, from: report.start, to: report.target)
        ? number(report.overshoot) : nil
      let message: ResultMessage =
        switch report.status {
        case .reached:
          .runReached(target: number(report.target), steps: steps, past: past, point: point)
        case .overshot:
          .runOvershot(
            target: number(report.target), steps: steps, past: number(report.overshoot),
            point: point, function: f.name, gradient: number(final.gradient))
        case .dead:
          .runDead(
            steps: steps, past: past, point: point, function: f.name,
            gradient: number(final.gradient))
        case .limit, .running: .runLimit(steps: steps, target: number(report.target), point: point)
        }
      return message.words(language)
    }
  }
}

extension TextReport {
  /// `x` as text output writes it with `digits` (whole numbers as integers).
  package static func number(_ x: Double, digits: NumberDigits) -> String {
    Writer(digits: digits).number(x)
  }
}
