/// Renders ``CommandOutput`` as JSON Lines: one object per line.
package enum JSONReport {
  /// The JSON objects for one output (`step N` gives one per step).
  package static func objects(for output: CommandOutput) -> [JSONValue] {
    switch output {
    case .setting(let name, let value, let meaning):
      return [
        .object(
          [("cmd", .string("set")), ("name", .string(name)), ("value", .string(value))]
            + (meaning.map { [("meaning", JSONValue.string($0))] } ?? []))
      ]
    case .settings(let rows):
      let settings: [JSONValue] = rows.map {
        .object([
          ("name", .string($0.name)), ("value", .string($0.value)),
          ("meaning", .string($0.meaning)),
        ])
      }
      return [.object([("cmd", .string("show")), ("settings", .array(settings))])]
    case .layer(let f):
      return [.object([("cmd", .string("use")), ("layer", .string(f.name))] + alpha(f))]
    case .feed(let r):
      var members: [(String, JSONValue)] = [
        ("cmd", .string("feed")), ("fn", .string(r.activation.name)),
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
          [("cmd", .string("backward")), ("fn", .string(r.activation.name))]
            + [("upstream", .tensor(r.upstream)), ("grad", .tensor(r.gradient))])
      ]
    case .forward(let r):
      return [
        .object(
          [("cmd", .string("forward")), ("fn", .string(r.activation.name))] + alpha(r.activation)
            + [("input", .tensor(r.input)), ("output", .tensor(r.output))]
            + (r.seed.map { [("seed", JSONValue.string(String($0)))] } ?? []))
      ]
    case .plot(let report):
      return [
        .object([
          ("cmd", .string("plot")),
          ("series", .array(report.scene.series.map { .string($0.description) })),
          ("lines", .array(report.canvas.lines.map(JSONValue.string))),
        ])
      ]
    case .exported(let format, let path, _):
      return [command("export", ["format": .string(format.rawValue), "path": .string(path)])]
    case .decay(let r):
      return [decay("decay", r)]
    case .reset(let r):
      return [decay("reset", r)]
    case .steps(let r):
      return r.steps.map { step in
        .object(
          [("cmd", .string("step"))] + point(step)
            + [("status", .string(step == r.steps.last ? r.status.rawValue : "running"))])
      }
    case .run(let r):
      return [
        .object([
          ("cmd", .string("run")), ("fn", .string(r.activation.name)),
          ("status", .string(r.status.rawValue)), ("steps", .int(r.final.index)),
          ("z", .number(r.final.z)), ("value", .number(r.final.value)),
          ("grad", .number(r.final.gradient)),
        ])
      ]
    case .compare(let r):
      let rows: [JSONValue] = r.rows.map { row in
        .object(
          [("fn", .string(row.activation.name))] + alpha(row.activation) + [
            ("status", .string(row.status.rawValue)), ("steps", .int(row.final.index)),
            ("z", .number(row.final.z)), ("value", .number(row.final.value)),
          ])
      }
      return [
        .object([
          ("cmd", .string("compare")), ("from", .number(r.start)), ("to", .number(r.target)),
          ("lr", .number(r.learningRate)), ("rows", .array(rows)),
        ])
      ]
    case .say(let text):
      return [command("say", ["text": .string(text)])]
    case .pause:
      return [command("pause", [:])]
    case .help:
      return [
        command("help", ["text": .array(TextReport.lines(for: output).map { .string($0.text) })])
      ]
    case .quit:
      return [command("quit", [:])]
    case .note(let text):
      return [command("note", ["text": .string(text)])]
    }
  }

  /// `{"error": message, "file": ..., "line": L, "column": C}`.
  package static func object(for diagnostic: Diagnostic) -> JSONValue {
    .object([
      ("error", .string(diagnostic.message)), ("file", .string(diagnostic.file)),
      ("line", .int(diagnostic.line)), ("column", .int(diagnostic.column)),
    ])
  }

  private static func command(_ name: String, _ members: KeyValuePairs<String, JSONValue>)
    -> JSONValue
  {
    .object([("cmd", .string(name))] + members.map { ($0.key, $0.value) })
  }

  private static func alpha(_ f: Activation) -> [(String, JSONValue)] {
    if case .leaky(let alpha) = f { return [("alpha", .number(alpha))] }
    return []
  }

  private static func decay(_ name: String, _ r: DecayReport) -> JSONValue {
    .object(
      [("cmd", .string(name)), ("fn", .string(r.activation.name))] + alpha(r.activation)
        + [
          ("from", .number(r.start)), ("to", .number(r.target)), ("lr", .number(r.learningRate)),
        ] + point(r.current) + [("status", .string(r.status.rawValue))])
  }

  private static func point(_ step: DecayStep) -> [(String, JSONValue)] {
    [
      ("step", .int(step.index)), ("z", .number(step.z)), ("value", .number(step.value)),
      ("grad", .number(step.gradient)),
    ]
  }
}
