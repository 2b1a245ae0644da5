extension Command {
  /// The command written out in the language, in its canonical form: what
  /// the lab shows and records for a command a key stands for, and what
  /// parses back to the same command (tested on every command).
  ///
  /// Names are the canonical ones (`backward`, not `back`), numbers are
  /// written exactly (`NumberFormat.plain`), text and paths that need it are
  /// quoted, and what was left out stays out (`decay relu from 0.9 to 0.5`
  /// without an `lr`).
  package var text: String {
    let word = name.rawValue
    switch self {
    case .set(let setting):
      return "\(word) \(setting.name.rawValue) \(setting.value.text)"
    case .show, .reset, .quit: return word
    case .use(let kind): return "\(word) \(kind.rawValue)"
    case .feed(let vector), .backward(let vector):
      return "\(word) \(Self.text(vector.value))"
    case .forward(let series, let vector):
      return "\(word) \(series) \(Self.text(vector.value))"
    case .plot(let series):
      return ([word] + series.map(\.description)).joined(separator: " ")
    case .decay(let spec):
      var parts = [word] + (spec.function.map { [$0.rawValue] } ?? [])
      if let from = spec.from, let to = spec.to {
        let start =
          switch from.value {
          case .value(let start): Self.number(start)
          case .last: "last"
          }
        parts += ["from", start, "to", Self.number(to.value)]
      }
      return parts.joined(separator: " ") + Self.rate(spec.learningRate)
    case .step(let count): return count == 1 ? word : "\(word) \(count)"
    case .run(let maxSteps): return maxSteps.map { "\(word) \($0)" } ?? word
    case .compare(let spec):
      var parts = [word] + spec.functions.map(\.value.rawValue)
      if let from = spec.from { parts += ["from", Self.number(from.value)] }
      if let to = spec.to { parts += ["to", Self.number(to.value)] }
      if let precisions = spec.precisions { parts += ["precision"] + precisions.map(\.rawValue) }
      return parts.joined(separator: " ") + Self.rate(spec.learningRate)
    case .clear(let target): return target.map { "\(word) \($0.rawValue)" } ?? word
    case .load(let path): return "\(word) \(Self.path(path.value))"
    case .say(let text), .title(let text), .pause(let text):
      return text.isEmpty ? word : "\(word) \(Self.quoted(text))"
    case .lesson(let number): return number.map { "\(word) \($0.value)" } ?? word
    case .record(nil): return "\(word) stop"
    case .save(let target):
      return "\(word) \(Self.path(target.path.value))" + (target.mode == .replace ? " replace" : "")
    case .record(let target?):
      let mode = target.mode == .create ? "" : " " + target.mode.rawValue
      return "\(word) \(Self.path(target.path.value))" + mode
    case .help(let topic):
      switch topic {
      case .index: return word
      case .command(let command): return "\(word) \(command.rawValue)"
      case .setting(let setting): return "\(word) set \(setting.rawValue)"
      case .function(let kind): return "\(word) \(kind.rawValue)"
      case .terms: return "\(word) terms"
      }
    case .export(let format, let path):
      return "\(word) \(format.rawValue) \(Self.path(path.value))"
    case .net(let net):
      var parts = [word, net.activation.rawValue]
      if let width = net.width { parts += ["width", String(width)] }
      if let depth = net.depth { parts += ["depth", String(depth)] }
      if let target = net.target { parts += ["data", target.rawValue] }
      if let points = net.points { parts += ["points", String(points)] }
      if let seed = net.seed { parts += ["seed", String(seed)] }
      if let scheme = net.initialization { parts += ["init", scheme.rawValue] }
      if let sharing = net.sharing { parts += ["slope", sharing.value.rawValue] }
      if let slope = net.startingSlope { parts += ["alpha0", Self.number(slope.value)] }
      if let lower = net.lower { parts += ["lower", Self.number(lower.value)] }
      if let upper = net.upper { parts += ["upper", Self.number(upper.value)] }
      return parts.joined(separator: " ")
    case .train(let epochs, let rate):
      return ([word] + (epochs.map { [String($0.value)] } ?? [])).joined(separator: " ")
        + Self.rate(rate)
    case .sweep(let sweep):
      var parts = [word]
      if sweep.functions != nil { parts.append("functions") }
      if !sweep.rates.isEmpty { parts += ["lr"] + sweep.rates.map { Self.number($0.value) } }
      if !sweep.precisions.isEmpty {
        parts += ["precision"] + sweep.precisions.map(\.value.rawValue)
      }
      return (parts + Self.twinWords(sweep.twin)).joined(separator: " ")
    case .twin(let twin):
      return ([word] + Self.twinWords(twin)).joined(separator: " ")
    case .born(let born):
      var parts = [word]
      if let f = born.activation { parts.append(f.value.rawValue) }
      if !born.widths.isEmpty { parts += ["width"] + born.widths.map(String.init) }
      if !born.depths.isEmpty { parts += ["depth"] + born.depths.map(String.init) }
      if let trials = born.trials { parts += ["trials", String(trials.value)] }
      if let scheme = born.initialization { parts += ["init", scheme.rawValue] }
      if let bias = born.bias { parts += ["bias", bias.value.rawValue] }
      if let seed = born.seed { parts += ["seed", String(seed)] }
      if let epochs = born.train { parts += ["train", String(epochs.value)] }
      if let rate = born.learningRate { parts += ["lr", Self.number(rate.value)] }
      if let target = born.target { parts += ["data", target.value.rawValue] }
      return parts.joined(separator: " ")
    case .view(let name): return name.map { "\(word) \($0.value.rawValue)" } ?? word
    case .toggle(let series): return "\(word) \(series)"
    case .trace(let spec):
      var parts = [word]
      if let at = spec.at { parts.append(Self.number(at.value)) }
      if let move = spec.move { parts.append(move.value.rawValue) }
      return parts.joined(separator: " ")
    }
  }

  /// A number as the language reads it back exactly.
  private static func number(_ x: Double) -> String { NumberFormat.plain(x) }

  /// `epochs E batch B seeds S...`, each part when given.
  private static func twinWords(_ twin: TwinCommand) -> [String] {
    var parts: [String] = []
    if let epochs = twin.epochs { parts += ["epochs", String(epochs.value)] }
    if let batch = twin.batch { parts += ["batch", String(batch.value)] }
    if !twin.seeds.isEmpty { parts += ["seeds"] + twin.seeds.map { String($0.value) } }
    return parts
  }

  /// ` lr ETA`, or nothing for the session's rate.
  private static func rate(_ rate: Double?) -> String {
    rate.map { " lr \(number($0))" } ?? ""
  }

  /// A vector as written: `[1, -2, 0.5]`, `[[1, -2], [3, 4]]`, `random N seed S`.
  private static func text(_ vector: VectorSpec) -> String {
    switch vector {
    case .random(let count, let seed):
      return "random \(count)" + (seed.map { " seed \($0)" } ?? "")
    case .literal(let tensor):
      let numbers = tensor.scalars.map(number)
      guard tensor.rank == 2, let columns = tensor.shape.last, columns > 0 else {
        return "[" + numbers.joined(separator: ", ") + "]"
      }
      let rows = stride(from: 0, to: numbers.count, by: columns).map {
        "[" + numbers[$0..<($0 + columns)].joined(separator: ", ") + "]"
      }
      return "[" + rows.joined(separator: ", ") + "]"
    }
  }

  /// A path bare when it is one plain word, else quoted.
  private static func path(_ path: String) -> String {
    let plain =
      !path.isEmpty
      && path.utf8.allSatisfy { byte in
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
          || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
          || [UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "_")]
            .contains(byte)
      }
    return plain ? path : quoted(path)
  }

  /// `text` in double quotes, with `\"`, `\\`, `\n` and `\t` escaped as the
  /// lexer reads them.
  private static func quoted(_ text: String) -> String {
    var out = "\""
    // By scalar: a quote followed by a combining mark is one Character.
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
