/// Renders ``CommandOutput`` as JSON Lines: one object per line, streamed
/// into a ``JSONWriter`` (no tree of values is built, so a feed of 10^6
/// numbers is written as it is read).
package enum JSONReport {
  /// Writes the JSON objects for one output, each ended by a newline
  /// (`step N` gives one per step); with `pictures`, `plot` and `view` carry
  /// the text plot's `lines`.
  /// - Complexity: O(n) in the size of the output.
  package static func write(
    _ output: CommandOutput, pictures: TextReport.Pictures? = nil, into json: inout JSONWriter
  ) {
    let cmd = output.command.rawValue
    func begin() {
      json.beginObject()
      json.member("cmd", cmd)
    }
    func end() {
      json.endObject()
      json.endLine()
    }
    switch output {
    case .steps(let r):
      for (i, step) in r.steps.enumerated() {
        begin()
        point(step, into: &json)
        json.member("status", i == r.steps.count - 1 ? r.status.rawValue : "running")
        end()
      }
      return
    case .training(let r):
      for record in r.records {
        begin()
        epoch(record, depth: r.spec.depth, into: &json)
        precision(r.precision, into: &json)
        end()
      }
      return
    default:
      begin()
    }
    switch output {
    case .setting(let name, let value):
      json.member("name", name.rawValue)
      json.key("value")
      write(value, into: &json)
      let meaning = name.meaning(of: value)
      if meaning != name.spec.meaning { json.member("meaning", meaning.en) }
    case .settings(let settings):
      json.key("settings")
      json.beginArray()
      for name in SettingName.allCases {
        let value = settings.value(of: name)
        json.beginObject()
        json.member("name", name.rawValue)
        json.key("value")
        write(value, into: &json)
        json.member("meaning", settings.meaning(of: name).en)
        json.endObject()
      }
      json.endArray()
    case .layer(let f):
      json.member("layer", f.name)
      alpha(f, into: &json)
    case .feed(let r):
      json.member("fn", r.activation.name)
      alpha(r.activation, into: &json)
      json.key("shape")
      json.ints(r.input.shape)
      json.key("input")
      json.tensor(r.input)
      json.key("output")
      json.tensor(r.output)
      json.key("mask")
      json.tensor(r.maskElements)
      json.member("active", r.statistics.active)
      json.member("count", r.statistics.count)
      json.member("fraction", r.statistics.activeFraction)
      if let seed = r.seed { json.member("seed", String(seed)) }
    case .backward(let r):
      json.member("fn", r.activation.name)
      json.key("upstream")
      json.tensor(r.upstream)
      json.key("grad")
      json.tensor(r.gradient)
    case .forward(let r):
      json.member("fn", r.activation.name + (r.isDerivative ? "'" : ""))
      alpha(r.activation, into: &json)
      json.key("input")
      json.tensor(r.input)
      json.key("output")
      json.tensor(r.output)
      if let seed = r.seed { json.member("seed", String(seed)) }
    case .plot(let series):
      json.key("series")
      json.strings(series.map(\.description))
      if let pictures {
        json.key("lines")
        json.strings(
          PlotView.functions(pictures.scene.functions).speaking(.en).textLines(size: pictures.size))
      }
    case .view(let shown, let switched, let others):
      json.member("view", shown.rawValue)
      json.member("switched", switched)
      json.key("others")
      json.strings(others.map(\.rawValue))
      if let pictures {
        json.key("lines")
        json.strings(
          pictures.scene.figure(of: shown).speaking(.en).textLines(size: pictures.size))
      }
    case .exported(let format, let path, _):
      json.member("format", format.rawValue)
      json.member("path", path)
    case .cleared(let target):
      json.member("cleared", target?.rawValue ?? "all")
    case .trace(let readout):
      trace(readout, into: &json)
    case .toggled(let series, let hidden):
      json.member("series", series.description)
      json.member("hidden", hidden)
    case .decay(let r), .reset(let r), .finished(let r):
      json.member("fn", r.activation.name)
      alpha(r.activation, into: &json)
      json.member("from", r.start)
      json.member("to", r.target)
      json.member("lr", r.learningRate)
      point(r.current, into: &json)
      json.member("status", r.status.rawValue)
    case .run(let r):
      json.member("fn", r.activation.name)
      json.member("status", r.status.rawValue)
      json.member("steps", r.final.index)
      json.member("z", r.final.z)
      json.member("value", r.final.value)
      json.member("grad", r.final.gradient)
      json.member("overshoot", r.overshoot)
    case .compare(let r):
      json.member("from", r.start)
      json.member("to", r.target)
      json.member("lr", r.learningRate)
      json.key("rows")
      json.beginArray()
      for row in r.rows {
        json.beginObject()
        json.member("fn", row.activation.name)
        alpha(row.activation, into: &json)
        if r.precisions != nil { json.member("precision", row.precision.rawValue) }
        json.member("status", row.status.rawValue)
        json.member("steps", row.final.index)
        json.member("z", row.final.z)
        json.member("value", row.final.value)
        json.member("overshoot", row.overshoot)
        json.endObject()
      }
      json.endArray()
    case .say(let text), .title(let text):
      json.member("text", text)
    case .pause(let text):
      if !text.isEmpty { json.member("text", text) }
    case .quit:
      break
    case .network(let r):
      json.member("fn", r.activation.name)
      alpha(r.activation, into: &json)
      shape(of: r.spec, into: &json)
      json.member("seed", String(r.spec.seed))
      // Written only when not the default, or when born so: older output stays as it was.
      if r.spec.initialization != .he { json.member("init", r.spec.initialization.rawValue) }
      slopeOptions(r.spec, into: &json)
      switch r.birth {
      case .dead(let layer)?: json.member("born_dead", layer)
      case .inactive(let layer)?: json.member("born_inactive", layer)
      case nil: break
      }
      epoch(r.record, depth: r.spec.depth, into: &json)
      precision(r.precision, into: &json)
    case .functionSweep(let r):
      json.member("functions", true)
      shape(of: r.spec, into: &json)
      json.member("epochs", r.epochs)
      json.key("seeds")
      json.strings(r.seeds.map { String($0) })
      precision(r.precision, into: &json)
      json.key("rows")
      json.beginArray()
      for row in r.rows {
        json.beginObject()
        json.member("fn", row.activation.name)
        if row.activation.kind == .leaky { json.member("alpha", row.activation.parameter) }
        json.member("lr", row.learningRate)
        json.member("dead", row.meanDead)
        json.member("inactive", row.meanInactive)
        json.key("loss")
        if let loss = row.meanLoss { json.number(loss) } else { json.null() }
        json.member("diverged", row.diverged)
        if let slope = row.meanSlope { json.member("slope", slope) }
        json.key("losses")
        json.numbers(row.records.map(\.loss))
        json.endObject()
      }
      json.endArray()
    case .sweep(let r):
      json.member("epochs", r.epochs)
      precision(r.precision, into: &json)
      json.key("rows")
      json.beginArray()
      for row in r.rows {
        json.beginObject()
        json.member("lr", row.learningRate)
        epoch(row.record, depth: r.spec.depth, withNumber: false, finished: true, into: &json)
        json.endObject()
      }
      json.endArray()
    case .twin(let r):
      twin(r, into: &json)
    case .census(let r):
      json.member("fn", r.activation.name)
      alpha(r.activation, into: &json)
      json.member("counts", r.spec.countsDead ? "born_dead" : "born_inactive")
      json.member("init", r.spec.initialization.rawValue)
      json.member("bias", r.spec.bias.rawValue)
      json.member("points_checked", r.spec.points.count)
      json.member("seed", String(r.spec.seed))
      if let training = r.spec.training {
        json.member("epochs", training.epochs)
        json.member("lr", training.rate)
        json.member("data", training.target.rawValue)
        json.member("grad0", training.atZero.name)
        json.member("constant_tolerance", CensusTraining.tolerance)
      }
      json.key("cells")
      json.beginArray()
      for cell in r.cells {
        json.beginObject()
        json.member("width", cell.width)
        json.member("depth", cell.depth)
        json.member("trials", cell.trials)
        json.member("dead", cell.dead)
        json.member("fraction", cell.fraction)
        json.member("se", cell.standardError)
        json.member("closed_form", cell.closedForm)
        if let constant = cell.trainedConstant { json.member("trained_constant", constant) }
        json.endObject()
      }
      json.endArray()
    case .recording(let path, let started, let commands):
      json.member("file", path)
      json.member("recording", started)
      json.member("commands", commands)
    case .saved(let path, let commands):
      json.member("file", path)
      json.member("commands", commands)
    case .lessons(let lessons):
      json.key("lessons")
      json.beginArray()
      for lesson in lessons {
        json.beginObject()
        json.member("number", lesson.number)
        json.member("name", lesson.name)
        json.member("lang", lesson.language.rawValue)
        json.member("title", lesson.title)
        json.endObject()
      }
      json.endArray()
    case .steps, .training:
      break  // written above, one line each
    case .help:
      json.key("text")
      json.strings(TextReport.lines(for: output).map(\.text))
    }
    end()
  }

  /// Writes `{"note": text}` and a newline: what a command left off the plot, and why.
  package static func write(note: String, into json: inout JSONWriter) {
    json.beginObject()
    json.member("note", note)
    json.endObject()
    json.endLine()
  }

  /// Writes `{"error": message, "file": ..., "line": L, "column": C}` and a newline.
  package static func write(_ diagnostic: Diagnostic, into json: inout JSONWriter) {
    json.beginObject()
    json.member("error", diagnostic.message)
    json.member("file", diagnostic.file)
    json.member("line", diagnostic.line)
    json.member("column", diagnostic.column)
    json.endObject()
    json.endLine()
  }

  /// The JSON Lines for one output, each without its newline.
  /// - Complexity: O(n) in the size of the output.
  package static func lines(for output: CommandOutput) -> [String] {
    var json = JSONWriter()
    write(output, into: &json)
    return json.text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(
      String.init)
  }

  /// The JSON line for a diagnostic, without its newline.
  package static func line(for diagnostic: Diagnostic) -> String {
    var json = JSONWriter()
    write(diagnostic, into: &json)
    return String(json.text.dropLast())
  }

  /// A setting's value as JSON: a number, a string, `[A, B]` or `"auto"`, `[W, H]`.
  private static func write(_ value: SettingValue, into json: inout JSONWriter) {
    switch value {
    case .number(let number): json.number(number)
    case .word(let word): json.string(word)
    case .bounds(let bounds?): json.numbers([bounds.lower, bounds.upper])
    case .bounds(nil): json.string("auto")
    case .size(let size): json.ints([size.width, size.height])
    case .digits(.significant(let digits)): json.int(digits)
    case .digits(.full): json.string("full")
    }
  }

  /// A network's width, depth, data and points.
  private static func shape(of spec: NetworkSpec, into json: inout JSONWriter) {
    json.member("width", spec.width)
    json.member("depth", spec.depth)
    json.member("data", spec.target.rawValue)
    json.member("points", spec.points)
  }

  /// `"precision"`, written only when not double: older output stays as it was.
  private static func precision(_ precision: Precision, into json: inout JSONWriter) {
    if precision != .double { json.member("precision", precision.rawValue) }
  }

  /// A twin's object: the network and run, then one row per precision and
  /// seed with its counts, exact final numbers and the z = 0 of each epoch.
  private static func twin(_ r: TwinReport, into json: inout JSONWriter) {
    json.member("fn", r.activation.name)
    alpha(r.activation, into: &json)
    shape(of: r.spec, into: &json)
    json.member("epochs", r.epochs)
    json.key("batch")
    if let batch = r.batch { json.int(batch) } else { json.null() }
    json.member("lr", r.rate)
    json.key("grad0")
    json.strings([TwinSpec.rules.0.name, TwinSpec.rules.1.name])
    json.key("runs")
    json.beginArray()
    for run in r.runs {
      json.beginObject()
      json.member("precision", run.precision.rawValue)
      json.member("seed", String(run.seed))
      json.member("zeros", run.zeros)
      json.key("first_differing")
      if let first = run.firstDifference { json.int(first) } else { json.null() }
      json.member("epochs_differing", run.differingEpochs)
      json.member("largest_difference", run.largestDifference)
      json.member("loss_left", run.finalLosses.0)
      json.member("loss_right", run.finalLosses.1)
      json.key("diverged_at")
      if let epoch = run.divergedAt { json.int(epoch) } else { json.null() }
      json.key("zeros_by_epoch")
      json.ints(run.epochs.map(\.zeros))
      json.endObject()
    }
    json.endArray()
  }

  /// The function's parameter, by its symbol: `"alpha"` (leaky, elu) or `"beta"`.
  private static func alpha(_ f: Activation, into json: inout JSONWriter) {
    if let parameter = f.entry.parameter { json.member(parameter.symbol, f.parameter) }
  }

  /// An epoch's record (its number unless `withNumber` is false).
  ///
  /// Per-layer lists too when there are several layers. A `finished` run (a sweep's
  /// row) says `ok` or `diverged`, a training's epoch `running` or `diverged`.
  private static func epoch(
    _ record: EpochRecord, depth: Int, withNumber: Bool = true, finished: Bool = false,
    into json: inout JSONWriter
  ) {
    if withNumber { json.member("epoch", record.epoch) }
    json.member("loss", record.loss)
    json.member("dead", record.totalDead)
    json.member("inactive", record.totalInactive)
    json.member("active", record.activeFraction)
    if depth > 1 {
      json.key("dead_layers")
      json.ints(record.dead)
      json.key("inactive_layers")
      json.ints(record.inactive)
    }
    json.member("status", finished ? record.status.sweepStatus : record.status.rawValue)
    if let slopes = record.slopes {
      json.key("slopes")
      json.beginObject()
      json.member("mean", slopes.mean)
      json.member("min", slopes.min)
      json.member("max", slopes.max)
      json.endObject()
    }
  }

  /// PReLU's sharing and starting slope, RReLU's bounds: for those functions only.
  private static func slopeOptions(_ spec: NetworkSpec, into json: inout JSONWriter) {
    switch spec.activation {
    case .prelu:
      json.member("slope", spec.slopeSharing.rawValue)
      json.member("alpha0", spec.startingSlope)
    case .rrelu:
      json.member("lower", spec.randomSlopes.lowerBound)
      json.member("upper", spec.randomSlopes.upperBound)
    default:
      break
    }
  }

  private static func point(_ step: DecayStep, into json: inout JSONWriter) {
    json.member("step", step.index)
    json.member("z", step.z)
    json.member("value", step.value)
    json.member("grad", step.gradient)
  }
}

extension JSONReport {
  /// `trace`'s readout, exact: `"view"` and, by view, z with each
  /// function's f and f' (at a kink `left`, `right` and `rule` too), the
  /// decay's step, or the network's fit at x; `"off": true` after `trace off`.
  static func trace(_ readout: TraceReadout?, into json: inout JSONWriter) {
    guard let readout else {
      json.member("off", true)
      return
    }
    json.member("view", readout.family.rawValue)
    switch readout {
    case .functions(let z, let readings):
      json.member("z", z)
      json.key("functions")
      json.beginArray()
      for reading in readings {
        json.beginObject()
        json.member("fn", reading.activation.name)
        alpha(reading.activation, into: &json)
        json.member("f", reading.value)
        json.member("df", reading.derivative)
        if let kink = reading.kink {
          json.member("left", kink.left)
          json.member("right", kink.right)
          json.member("rule", kink.rule)
        }
        json.endObject()
      }
      json.endArray()
    case .decay(let reading):
      json.member("fn", reading.activation.name)
      json.member("step", reading.step.index)
      json.member("last", reading.last)
      json.member("z", reading.step.z)
      json.member("f", reading.step.value)
      json.member("df", reading.step.gradient)
      if let taken = reading.taken { json.member("taken", taken) }
    case .network(let reading):
      json.member("x", reading.x)
      json.member("fit", reading.fit)
      json.member("target", reading.target)
      json.member("active", reading.active)
      json.member("units", reading.units)
    }
  }
}
