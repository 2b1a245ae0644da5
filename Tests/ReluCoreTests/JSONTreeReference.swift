@testable import ReluCore

// The JSON tree form that JSONReport built before it streamed (issue 13),
// kept as the reference the streamed form must match byte for byte.

/// A JSON value with object keys kept in order, serialized without Foundation.
indirect enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  /// NaN and the infinities, which JSON lacks, are written as the strings
  /// "nan", "inf" and "-inf"; other numbers in shortest round-trip form.
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    lhs.serialized == rhs.serialized
  }

  /// A tensor as nested arrays by rank.
  static func tensor(_ tensor: Tensor) -> JSONValue {
    guard tensor.rank > 1 else { return .array(tensor.scalars.map(JSONValue.number)) }
    var offset = 0
    func build(_ dimension: Int) -> JSONValue {
      .array(
        (0..<tensor.shape[dimension]).map { _ in
          if dimension == tensor.rank - 1 {
            defer { offset += 1 }
            return .number(tensor.scalars[offset])
          }
          return build(dimension + 1)
        })
    }
    return build(0)
  }

  /// Compact JSON text on one line.
  var serialized: String {
    var text = ""
    write(to: &text)
    return text
  }

  private func write(to text: inout String) {
    switch self {
    case .null: text += "null"
    case .bool(let value): text += value ? "true" : "false"
    case .int(let value): text += String(value)
    case .number(let value):
      text += value.isFinite ? NumberFormat.plain(value) : "\"\(NumberFormat.plain(value))\""
    case .string(let value): Self.quote(value, into: &text)
    case .array(let items):
      text += "["
      for (i, item) in items.enumerated() {
        if i > 0 { text += "," }
        item.write(to: &text)
      }
      text += "]"
    case .object(let members):
      text += "{"
      for (i, (key, value)) in members.enumerated() {
        if i > 0 { text += "," }
        Self.quote(key, into: &text)
        text += ":"
        value.write(to: &text)
      }
      text += "}"
    }
  }

  /// Strings escaped by the writer's plain definition (its fast path for
  /// text with nothing to escape is what the comparison checks).
  private static func quote(_ string: String, into text: inout String) {
    text += JSONWriter.quoted(string)
  }
}

/// ``CommandOutput`` as JSON trees, one per line, as JSONReport built them before it streamed.
enum JSONTreeReport {
  /// The JSON objects for one output (`step N` gives one per step).
  static func objects(for output: CommandOutput) -> [JSONValue] {
    let cmd: (String, JSONValue) = ("cmd", .string(output.command.rawValue))
    switch output {
    case .setting(let name, let value):
      return [
        .object(
          [cmd, ("name", .string(name.rawValue)), ("value", json(value))] + meaning(name, value))
      ]
    case .settings(let settings):
      let rows: [JSONValue] = SettingName.allCases.map {
        let value = settings.value(of: $0)
        return .object([
          ("name", .string($0.rawValue)), ("value", json(value)),
          ("meaning", .string($0.meaning(of: value).en)),
        ])
      }
      return [.object([cmd, ("settings", .array(rows))])]
    case .layer(let f):
      return [.object([cmd, ("layer", .string(f.name))] + alpha(f))]
    case .feed(let r):
      var members: [(String, JSONValue)] = [
        cmd, ("fn", .string(r.activation.name)),
      ]
      members += alpha(r.activation)
      members += [
        ("shape", .array(r.input.shape.map(JSONValue.int))),
        ("input", .tensor(r.input)), ("output", .tensor(r.output)), ("mask", .tensor(r.mask)),
        ("active", .int(r.statistics.active)), ("count", .int(r.statistics.count)),
        ("fraction", .number(r.statistics.activeFraction)),
      ]
      if let seed = r.seed { members.append(("seed", .string(String(seed)))) }
      return [.object(members)]
    case .backward(let r):
      return [
        .object(
          [cmd, ("fn", .string(r.activation.name))]
            + [("upstream", .tensor(r.upstream)), ("grad", .tensor(r.gradient))])
      ]
    case .forward(let r):
      return [
        .object(
          [cmd, ("fn", .string(r.activation.name + (r.isDerivative ? "'" : "")))]
            + alpha(r.activation)
            + [("input", .tensor(r.input)), ("output", .tensor(r.output))]
            + (r.seed.map { [("seed", JSONValue.string(String($0)))] } ?? []))
      ]
    case .plot(let series):
      return [.object([cmd, ("series", .array(series.map { .string($0.description) }))])]
    case .view(let shown, let switched, let others):
      return [
        .object([
          cmd, ("view", .string(shown.rawValue)), ("switched", .bool(switched)),
          ("others", .array(others.map { .string($0.rawValue) })),
        ])
      ]
    case .exported(let format, let path, _):
      return [.object([cmd, ("format", .string(format.rawValue)), ("path", .string(path))])]
    case .cleared(let target):
      return [.object([cmd, ("cleared", .string(target?.rawValue ?? "all"))])]
    case .toggled(let series, let hidden):
      return [.object([cmd, ("series", .string(series.description)), ("hidden", .bool(hidden))])]
    case .trace(nil):
      return [.object([cmd, ("off", .bool(true))])]
    case .trace(let readout?):
      var members: [(String, JSONValue)] = [cmd, ("view", .string(readout.family.rawValue))]
      switch readout {
      case .functions(let z, let readings):
        let functions: [JSONValue] = readings.map { reading in
          var fields: [(String, JSONValue)] = [("fn", .string(reading.activation.name))]
          fields += alpha(reading.activation)
          fields += [("f", .number(reading.value)), ("df", .number(reading.derivative))]
          if let kink = reading.kink {
            fields += [
              ("left", .number(kink.left)), ("right", .number(kink.right)),
              ("rule", .string(kink.rule)),
            ]
          }
          return .object(fields)
        }
        members += [("z", .number(z)), ("functions", .array(functions))]
      case .decay(let reading):
        members += [
          ("fn", .string(reading.activation.name)), ("step", .int(reading.step.index)),
          ("last", .int(reading.last)), ("z", .number(reading.step.z)),
          ("f", .number(reading.step.value)), ("df", .number(reading.step.gradient)),
        ]
        if let taken = reading.taken { members.append(("taken", .number(taken))) }
      case .network(let reading):
        members += [
          ("x", .number(reading.x)), ("fit", .number(reading.fit)),
          ("target", .number(reading.target)), ("active", .int(reading.active)),
          ("units", .int(reading.units)),
        ]
      }
      return [.object(members)]
    case .decay(let r), .reset(let r), .finished(let r):
      return [decay(cmd, r)]
    case .steps(let r):
      return r.steps.map { step in
        .object(
          [cmd] + point(step)
            + [("status", .string(step == r.steps.last ? r.status.rawValue : "running"))])
      }
    case .run(let r):
      return [
        .object([
          cmd, ("fn", .string(r.activation.name)),
          ("status", .string(r.status.rawValue)), ("steps", .int(r.final.index)),
          ("z", .number(r.final.z)), ("value", .number(r.final.value)),
          ("grad", .number(r.final.gradient)), ("overshoot", .number(r.overshoot)),
        ])
      ]
    case .compare(let r):
      let rows: [JSONValue] = r.rows.map { row in
        .object(
          [("fn", .string(row.activation.name))] + alpha(row.activation) + [
            ("status", .string(row.status.rawValue)), ("steps", .int(row.final.index)),
            ("z", .number(row.final.z)), ("value", .number(row.final.value)),
            ("overshoot", .number(row.overshoot)),
          ])
      }
      return [
        .object([
          cmd, ("from", .number(r.start)), ("to", .number(r.target)),
          ("lr", .number(r.learningRate)), ("rows", .array(rows)),
        ])
      ]
    case .say(let text):
      return [.object([cmd, ("text", .string(text))])]
    case .pause(let text):
      return [.object([cmd] + (text.isEmpty ? [] : [("text", .string(text))]))]
    case .quit:
      return [.object([cmd])]
    case .network(let r):
      return [
        .object(
          [cmd, ("fn", .string(r.activation.name))] + alpha(r.activation) + [
            ("width", .int(r.spec.width)), ("depth", .int(r.spec.depth)),
            ("data", .string(r.spec.target.rawValue)), ("points", .int(r.spec.points)),
            ("seed", .string(String(r.spec.seed))),
          ] + slopeOptions(r.spec) + epoch(r.record, depth: r.spec.depth)
            + precision(r.precision))
      ]
    case .functionSweep(let r):
      let rows: [JSONValue] = r.rows.map { row in
        var members: [(String, JSONValue)] = [("fn", .string(row.activation.name))]
        if row.activation.kind == .leaky {
          members.append(("alpha", .number(row.activation.parameter)))
        }
        members += [
          ("lr", .number(row.learningRate)), ("dead", .number(row.meanDead)),
          ("inactive", .number(row.meanInactive)),
          ("loss", row.meanLoss.map(JSONValue.number) ?? .null), ("diverged", .int(row.diverged)),
        ]
        if let slope = row.meanSlope { members.append(("slope", .number(slope))) }
        members.append(("losses", .array(row.records.map { .number($0.loss) })))
        return .object(members)
      }
      return [
        .object(
          [
            cmd, ("functions", .bool(true)), ("width", .int(r.spec.width)),
            ("depth", .int(r.spec.depth)), ("data", .string(r.spec.target.rawValue)),
            ("points", .int(r.spec.points)), ("epochs", .int(r.epochs)),
            ("seeds", .array(r.seeds.map { .string(String($0)) })),
          ] + precision(r.precision) + [("rows", .array(rows))])
      ]
    case .training(let r):
      return r.records.map {
        .object([cmd] + epoch($0, depth: r.spec.depth) + precision(r.precision))
      }
    case .sweep(let r):
      let rows: [JSONValue] = r.rows.map {
        .object(
          [("lr", .number($0.learningRate))]
            + epoch($0.record, depth: r.spec.depth, finished: true).filter {
              $0.0 != "epoch"
            })
      }
      return [
        .object(
          [cmd, ("epochs", .int(r.epochs))] + precision(r.precision) + [("rows", .array(rows))])
      ]
    case .twin(let r):
      let runs: [JSONValue] = r.runs.map { run in
        .object([
          ("precision", .string(run.precision.rawValue)), ("seed", .string(String(run.seed))),
          ("zeros", .int(run.zeros)),
          ("first_differing", run.firstDifference.map { .int($0) } ?? .null),
          ("epochs_differing", .int(run.differingEpochs)),
          ("largest_difference", .number(run.largestDifference)),
          ("loss_left", .number(run.finalLosses.0)), ("loss_right", .number(run.finalLosses.1)),
          ("diverged_at", run.divergedAt.map { .int($0) } ?? .null),
          ("zeros_by_epoch", .array(run.epochs.map { .int($0.zeros) })),
        ])
      }
      return [
        .object(
          [cmd, ("fn", .string(r.activation.name))] + alpha(r.activation) + [
            ("width", .int(r.spec.width)), ("depth", .int(r.spec.depth)),
            ("data", .string(r.spec.target.rawValue)), ("points", .int(r.spec.points)),
            ("epochs", .int(r.epochs)), ("batch", r.batch.map { .int($0) } ?? .null),
            ("lr", .number(r.rate)), ("grad0", .array([.string("left"), .string("right")])),
            ("runs", .array(runs)),
          ])
      ]
    case .census(let r):
      let trained: [(String, JSONValue)] =
        r.spec.training.map {
          [
            ("epochs", .int($0.epochs)), ("lr", .number($0.rate)),
            ("data", .string($0.target.rawValue)), ("grad0", .string($0.atZero.name)),
            ("constant_tolerance", .number(CensusTraining.tolerance)),
          ]
        } ?? []
      let cells: [JSONValue] = r.cells.map {
        .object(
          [
            ("width", .int($0.width)), ("depth", .int($0.depth)), ("trials", .int($0.trials)),
            ("dead", .int($0.dead)), ("fraction", .number($0.fraction)),
            ("se", .number($0.standardError)), ("closed_form", .number($0.closedForm)),
          ] + ($0.trainedConstant.map { [("trained_constant", JSONValue.int($0))] } ?? []))
      }
      return [
        .object(
          [cmd, ("fn", .string(r.activation.name))] + alpha(r.activation) + [
            ("counts", .string(r.spec.countsDead ? "born_dead" : "born_inactive")),
            ("init", .string(r.spec.initialization.rawValue)),
            ("bias", .string(r.spec.bias.rawValue)),
            ("points_checked", .int(r.spec.points.count)),
            ("seed", .string(String(r.spec.seed))),
          ] + trained + [("cells", .array(cells))])
      ]
    case .saved(let path, let commands):
      return [.object([cmd, ("file", .string(path)), ("commands", .int(commands))])]
    case .recording(let path, let started, let commands):
      return [
        .object([
          cmd, ("file", .string(path)), ("recording", .bool(started)), ("commands", .int(commands)),
        ])
      ]
    case .title(let text):
      return [.object([cmd, ("text", .string(text))])]
    case .lessons(let lessons):
      return [
        .object([
          cmd,
          (
            "lessons",
            .array(
              lessons.map {
                .object([
                  ("number", .int($0.number)), ("name", .string($0.name)),
                  ("lang", .string($0.language.rawValue)), ("title", .string($0.title)),
                ])
              })
          ),
        ])
      ]
    case .help:
      return [
        .object([cmd, ("text", .array(TextReport.lines(for: output).map { .string($0.text) }))])
      ]
    }
  }

  /// `{"error": message, "file": ..., "line": L, "column": C}`.
  static func object(for diagnostic: Diagnostic) -> JSONValue {
    .object([
      ("error", .string(diagnostic.message)), ("file", .string(diagnostic.file)),
      ("line", .int(diagnostic.line)), ("column", .int(diagnostic.column)),
    ])
  }

  /// A setting's value as JSON: a number, a string, `[A, B]` or `"auto"`, `[W, H]`.
  private static func json(_ value: SettingValue) -> JSONValue {
    switch value {
    case .number(let number): .number(number)
    case .word(let word): .string(word)
    case .bounds(let bounds?): .array([.number(bounds.lower), .number(bounds.upper)])
    case .bounds(nil): .string("auto")
    case .size(let size): .array([.int(size.width), .int(size.height)])
    case .digits(.significant(let digits)): .int(digits)
    case .digits(.full): .string("full")
    }
  }

  /// What the value means, when that depends on the value (grad0).
  private static func meaning(_ name: SettingName, _ value: SettingValue) -> [(String, JSONValue)] {
    let meaning = name.meaning(of: value)
    return meaning == name.spec.meaning ? [] : [("meaning", .string(meaning.en))]
  }

  private static func precision(_ precision: Precision) -> [(String, JSONValue)] {
    precision == .double ? [] : [("precision", .string(precision.rawValue))]
  }

  /// The function's parameter, written out here by name (not read from
  /// the function table), so the reference stays independent of it.
  private static func alpha(_ f: Activation) -> [(String, JSONValue)] {
    switch f.kind {
    case .leaky, .elu: [("alpha", .number(f.parameter))]
    case .softplus: [("beta", .number(f.parameter))]
    case .relu, .sigmoid, .tanh, .prelu, .rrelu: []
    }
  }

  private static func decay(_ cmd: (String, JSONValue), _ r: DecayReport) -> JSONValue {
    .object(
      [cmd, ("fn", .string(r.activation.name))] + alpha(r.activation)
        + [
          ("from", .number(r.start)), ("to", .number(r.target)), ("lr", .number(r.learningRate)),
        ] + point(r.current) + [("status", .string(r.status.rawValue))])
  }

  /// An epoch's record; per-layer lists too when there are several layers.
  ///
  /// A `finished` run (a sweep's row) is `ok` or `diverged`.
  private static func epoch(
    _ record: EpochRecord, depth: Int, finished: Bool = false
  ) -> [(String, JSONValue)] {
    var members: [(String, JSONValue)] = [
      ("epoch", .int(record.epoch)), ("loss", .number(record.loss)),
      ("dead", .int(record.totalDead)), ("inactive", .int(record.totalInactive)),
      ("active", .number(record.activeFraction)),
    ]
    if depth > 1 {
      members += [
        ("dead_layers", .array(record.dead.map(JSONValue.int))),
        ("inactive_layers", .array(record.inactive.map(JSONValue.int))),
      ]
    }
    let status = record.status == .running ? (finished ? "ok" : "running") : "diverged"
    members.append(("status", .string(status)))
    if let slopes = record.slopes {
      members.append(
        (
          "slopes",
          .object([
            ("mean", .number(slopes.mean)), ("min", .number(slopes.min)),
            ("max", .number(slopes.max)),
          ])
        ))
    }
    return members
  }

  /// PReLU's sharing and starting slope, RReLU's bounds.
  private static func slopeOptions(_ spec: NetworkSpec) -> [(String, JSONValue)] {
    switch spec.activation {
    case .prelu:
      [("slope", .string(spec.slopeSharing.rawValue)), ("alpha0", .number(spec.startingSlope))]
    case .rrelu:
      [
        ("lower", .number(spec.randomSlopes.lowerBound)),
        ("upper", .number(spec.randomSlopes.upperBound)),
      ]
    default: []
    }
  }

  private static func point(_ step: DecayStep) -> [(String, JSONValue)] {
    [
      ("step", .int(step.index)), ("z", .number(step.z)), ("value", .number(step.value)),
      ("grad", .number(step.gradient)),
    ]
  }
}
