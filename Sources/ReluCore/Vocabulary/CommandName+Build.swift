extension CommandName {
  /// The typed command from the values its syntax matched.
  ///
  /// Range checks that need the session wait for the interpreter.
  func command(from arguments: ParsedArguments) -> Command {
    switch self {
    case .set:
      guard let setting = arguments.setting(.setting) else {
        preconditionFailure("set's syntax guarantees a setting")
      }
      return .set(setting.value)
    case .show: return .show
    case .use: return .use(arguments.function(.function).value.kind)
    case .feed: return .feed(arguments.vector(.vector))
    case .backward: return .backward(arguments.vector(.gradient))
    case .forward: return .forward(arguments.function(.function).value, arguments.vector(.vector))
    case .plot: return .plot(arguments.seriesList(.functions))
    case .decay:
      return .decay(
        DecaySpec(
          function: arguments.functions(.function).first?.value.kind,
          from: arguments.decayStart(.start), to: arguments.number(.target),
          learningRate: Self.rate(arguments)))
    case .step: return .step(arguments.count(.steps)?.value ?? 1)
    case .run: return .run(maxSteps: arguments.count(.maxSteps)?.value)
    case .reset: return .reset
    case .compare:
      var functions = arguments.functions(.functions).map {
        Located(value: $0.value.kind, range: $0.range)
      }
      if functions.isEmpty {
        functions = ActivationKind.allCases.filter { !$0.learnsSlopeInNetworks }.map {
          Located(value: $0, range: arguments.end)
        }
      }
      var precisions: [Precision] = []
      for case .choice(let index) in arguments.all(.precisions) {
        let precision = Precision.named(at: index.value)
        if !precisions.contains(precision) { precisions.append(precision) }
      }
      return .compare(
        CompareSpec(
          functions: functions, from: arguments.number(.start), to: arguments.number(.target),
          learningRate: Self.rate(arguments), precisions: precisions.isEmpty ? nil : precisions))
    case .net:
      return .net(
        NetCommand(
          activation: arguments.function(.function).value.kind,
          width: arguments.count(.units)?.value, depth: arguments.count(.depth)?.value,
          target: arguments.first(.data).map { _ in
            NetworkTarget.allCases[arguments.choice(.data).value]
          }, points: arguments.count(.points)?.value, seed: arguments.seed(.seed)?.value,
          initialization: arguments.first(.initialization).map { _ in
            NetworkInitialization.allCases[arguments.choice(.initialization).value]
          },
          sharing: arguments.first(.sharing).map { _ in
            let choice = arguments.choice(.sharing)
            return Located(value: SlopeSharing.allCases[choice.value], range: choice.range)
          }, startingSlope: arguments.number(.startingSlope), lower: arguments.number(.lower),
          upper: arguments.number(.upper)))
    case .train:
      return .train(epochs: arguments.count(.epochs), learningRate: Self.rate(arguments))
    case .sweep:
      let rates = arguments.all(.rates).compactMap { value -> Located<Double>? in
        guard case .setting(let setting) = value, case .learningRate(let rate) = setting.value
        else { return nil }
        return Located(value: rate, range: setting.range)
      }
      let precisions = arguments.all(.precisions).compactMap { value -> Located<Precision>? in
        guard case .choice(let choice) = value else { return nil }
        return Located(value: Precision.allCases[choice.value], range: choice.range)
      }
      var sweep = SweepCommand(rates: rates, precisions: precisions, twin: Self.twin(arguments))
      if arguments.first(.comparison) != nil {
        sweep.functions = arguments.choice(.comparison).range
      }
      return .sweep(sweep)
    case .twin: return .twin(Self.twin(arguments))
    case .born:
      let counts = { (slot: Slot) in
        arguments.all(slot).compactMap { value -> Int? in
          if case .count(let count) = value { return count.value }
          return nil
        }
      }
      return .born(
        BornCommand(
          activation: arguments.functions(.function).first.map {
            Located(value: $0.value.kind, range: $0.range)
          }, widths: counts(.units), depths: counts(.depth), trials: arguments.count(.trials),
          initialization: arguments.first(.initialization).map { _ in
            NetworkInitialization.allCases[arguments.choice(.initialization).value]
          },
          bias: arguments.first(.bias).map { _ in
            let choice = arguments.choice(.bias)
            return Located(value: CensusBias.allCases[choice.value], range: choice.range)
          }, seed: arguments.seed(.seed)?.value, train: arguments.count(.epochs),
          learningRate: arguments.setting(.rate).flatMap { setting in
            guard case .learningRate(let rate) = setting.value else { return nil }
            return Located(value: rate, range: setting.range)
          },
          target: arguments.first(.data).map { _ in
            let choice = arguments.choice(.data)
            return Located(value: NetworkTarget.allCases[choice.value], range: choice.range)
          }))
    case .clear:
      return .clear(
        arguments.first(.choice) == nil
          ? nil : ClearTarget.allCases[arguments.choice(.choice).value])
    case .view:
      return .view(
        arguments.first(.choice) == nil
          ? nil
          : {
            let choice = arguments.choice(.choice)
            return Located(value: ViewName.allCases[choice.value], range: choice.range)
          }())
    case .toggle: return .toggle(arguments.function(.function).value)
    case .trace:
      return .trace(
        TraceSpec(
          at: arguments.number(.cursor),
          move: arguments.first(.choice) == nil
            ? nil
            : {
              let choice = arguments.choice(.choice)
              return Located(value: TraceMove.allCases[choice.value], range: choice.range)
            }()))
    case .export:
      return .export(
        ExportFormat.allCases[arguments.choice(.format).value], arguments.path(.file))
    case .load: return .load(arguments.path(.file))
    case .say: return .say(arguments.text(.text))
    case .title: return .title(arguments.text(.text))
    case .pause: return .pause(arguments.text(.text))
    case .lesson: return .lesson(arguments.lesson(.lesson))
    case .record:
      let path = arguments.path(.file)
      let mode =
        arguments.first(.choice) == nil
        ? RecordMode.create
        : RecordMode(rawValue: RecordMode.words[arguments.choice(.choice).value])
      guard let mode else { preconditionFailure("record's syntax offers only its modes") }
      // `record stop replace` names a file called stop (refused: not .relu).
      if path.value == "stop", mode == .create { return .record(nil) }
      return .record(RecordTarget(path: path, mode: mode))
    case .save:
      let mode: RecordMode = arguments.first(.choice) == nil ? .create : .replace
      return .save(RecordTarget(path: arguments.path(.file), mode: mode))
    case .help: return .help(arguments.topic(.topic) ?? .index)
    case .quit: return .quit
    }
  }

  /// `[epochs E] [batch B] [seeds S...]`.
  private static func twin(_ arguments: ParsedArguments) -> TwinCommand {
    TwinCommand(
      epochs: arguments.count(.epochs), batch: arguments.count(.batch),
      seeds: arguments.all(.seeds).compactMap { value -> Located<UInt64>? in
        if case .seed(let seed) = value { return seed }
        return nil
      })
  }

  /// `[lr ETA]`, when given.
  private static func rate(_ arguments: ParsedArguments) -> Double? {
    guard case .learningRate(let rate) = arguments.setting(.rate)?.value else { return nil }
    return rate
  }

  private func required(_ arguments: ParsedArguments, _ slot: Slot) -> Located<Double> {
    Self.required(arguments.number(slot), slot)
  }

  private static func required<T>(_ value: T?, _ slot: Slot) -> T {
    guard let value else { preconditionFailure("the syntax guarantees \(slot)") }
    return value
  }
}
