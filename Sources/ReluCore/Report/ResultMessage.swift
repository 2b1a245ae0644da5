/// The lines commands print about their results, tables aside.
///
/// What was fed, how a decay ended, what a network did. Numbers come in
/// already written with the session's digits; names of functions, commands
/// and settings stay as typed.
package enum ResultMessage: MessageCatalogue, Equatable {
  /// `use`: `layer: relu (feed and backward go through it)`.
  case layer(String)
  /// `feed relu: 5 values, 2 active (40%)`.
  case feed(layer: String, values: Int, active: String, percent: String)
  /// `  z min -2, max 2, mean 0; relu(z) min 0, max 2, mean 0.6`.
  case feedSpread(function: String, input: Spread, output: Spread)
  /// `  seed 42`.
  case seed(UInt64)
  /// `backward through relu: grad = upstream * mask`.
  case backward(String)
  /// `showing the decay (view decay)` or `on screen: ...`.
  case view(noun: Words, name: String, switched: Bool)
  /// `also to see: view steps, view race`.
  case alsoToSee(String)
  /// `wrote svg of relu to plot.svg`.
  case exported(format: String, subject: Words, path: String)
  /// `cleared the feed points from the plot` (nil: everything but the curves).
  case cleared(ClearTarget?)
  /// `decay relu from 0.9 to 0.5, lr 0.2 (descent)`.
  case decay(function: String, from: String, to: String, rate: String, descent: Bool)
  /// `decay` with parts left out: what it took, as F4 takes it (`function`
  /// nil when F was given; `from` and `to` nil when they were).
  case decayDefaults(function: String?, from: String?, to: String?)
  /// `compare F` alone: the function added to race it.
  case compareAdded(given: String, added: String)
  /// `step 2: z = 0.5, relu(z) = 0.5, relu'(z) = 1`.
  case step(index: Int, z: String, function: String, value: String, gradient: String)
  /// `reset: ` and the step.
  case reset(Words)
  /// `step` after the end: `the decay already ended (reached after 2 steps); ...`.
  case alreadyEnded(DecayStatus, steps: Int)
  /// `-> reached 0.5`, with how far past the target and f there.
  case reachedEnding(target: String, past: Past?)
  /// `-> overshot 0.5: 0.501 past the target (f = -0.001); ...alive`.
  case overshotEnding(target: String, past: Past)
  /// `-> dead: the gradient is 0, so z never moves again`.
  case deadEnding(past: Past?)
  /// `run`: `reached 0.5 in 2 steps: z = 0.5, relu(z) = 0.5`.
  case runReached(target: String, steps: Int, past: String?, point: String)
  /// `run`: past the target by a notable amount, alive, with f'(z) there.
  case runOvershot(
    target: String, steps: Int, past: String, point: String, function: String, gradient: String)
  /// `run`: dead after some steps, with f'(z) there.
  case runDead(steps: Int, past: String?, point: String, function: String, gradient: String)
  /// `run`: the step limit.
  case runLimit(steps: Int, target: String, point: String)
  /// `compare`: `decay from 0.9 to 0.5, lr 0.2`.
  case compare(from: String, to: String, rate: String)
  /// `record FILE`.
  case recordingStarted(String)
  /// `record stop`.
  case recordingStopped(String, commands: Int)
  /// `save FILE`.
  case saved(String, commands: Int)
  /// `lesson` with no lesson in the language.
  case noLessons
  /// Under the lessons' table.
  case lessonsHint
  /// A long tensor's size: `20 values` (and the shape).
  case tensorSize(count: Int, shape: String?)
  /// A short matrix's shape: `shape 2x3`.
  case tensorShape(String)
  /// `net relu: 1 input, 1 hidden layer of 8 units, 1 output; fits ...`.
  case network(function: String, depth: Int, width: Int, formula: String, points: Int)
  /// `  born dead: hidden layer 3 is 0 for every data point`.
  case bornDead(layer: Int)
  /// `  born inactive: hidden layer 3 ...` (leaky: not dead, its gradient is alpha).
  case bornInactive(layer: Int)
  /// `  init asym: ...`, after `net`'s seed when the init is not the default.
  case asymmetricInit
  /// `train relu, lr 0.2: epochs 1 to 10`.
  case training(function: String, rate: String, first: Int, last: Int)
  /// `  (every 2nd epoch shown, and the last)`.
  case everyNthEpoch(Int)
  /// `diverged at epoch 5: the loss is inf; ...`.
  case diverged(epoch: Int, loss: String)
  /// `sweep relu: the network as built (seed 1) trained 10 epochs at each rate`.
  case sweep(function: String, seed: UInt64, epochs: Int)
  /// A table cell: `3 of 8` dead units.
  case ofUnits(Int, units: Int)
  /// A mean count of units out of `units` (the mean already written short).
  case meanOfUnits(String, units: Int)

  /// Min, max and mean, written.
  package struct Spread: Sendable, Equatable {
    package var min: String
    package var max: String
    package var mean: String
  }

  /// How far past the target an ended decay landed, and f(z) there.
  package struct Past: Sendable, Equatable {
    package var overshoot: String
    package var value: String?
  }

  package var words: Words {
    switch self {
    case .layer(let f):
      Words(
        en: "layer: \(f) (feed and backward go through it)",
        zh: "层：\(f)（feed 和 backward 都经过它）")
    case .feed(let f, let values, let active, let percent):
      Words(
        en: "feed \(f): \(Plural.count(values, "value")), \(active) active (\(percent))",
        zh: "feed \(f)：\(values) 个值，\(active) 个激活（\(percent)）")
    case .feedSpread(let f, let input, let output):
      Words(
        en: "  z min \(input.min), max \(input.max), mean \(input.mean);"
          + " \(f)(z) min \(output.min), max \(output.max), mean \(output.mean)",
        zh: "  z 最小 \(input.min)，最大 \(input.max)，均值 \(input.mean)；"
          + "\(f)(z) 最小 \(output.min)，最大 \(output.max)，均值 \(output.mean)")
    case .seed(let seed): Words(en: "  seed \(seed)", zh: "  随机种子 \(seed)")
    case .backward(let f):
      Words(
        en: "backward through \(f): grad = upstream * mask",
        zh: "反向传播经过 \(f)：grad = upstream * mask")
    case .view(let noun, let name, let switched):
      switched
        ? Words(en: "showing \(noun.en) (view \(name))", zh: "显示\(noun.zh)（view \(name)）")
        : Words(en: "on screen: \(noun.en) (view \(name))", zh: "屏幕上：\(noun.zh)（view \(name)）")
    case .alsoToSee(let names): Words(en: "also to see: \(names)", zh: "还可查看：\(names)")
    case .exported(let format, let subject, let path):
      Words(
        en: "wrote \(format) of \(subject.en) to \(path)",
        zh: "已把\(subject.zh)的 \(format) 写入 \(path)")
    case .cleared(let target):
      switch target {
      case nil:
        Words(
          en: "cleared everything but the curves from the plot", zh: "已清除图上曲线以外的全部内容")
      case .feed: Words(en: "cleared the feed points from the plot", zh: "已从图上清除 feed 的点")
      case .decay:
        Words(
          en: "cleared the decay's trail and step chart from the plot",
          zh: "已从图上清除梯度下降模拟的轨迹和步数图")
      case .network:
        Words(en: "cleared the network's views from the plot", zh: "已从图上清除网络的视图")
      }
    case .decay(let f, let from, let to, let rate, let descent):
      Words(
        en: "decay \(f) from \(from) to \(to), lr \(rate) (\(descent ? "descent" : "ascent"))",
        zh: "梯度下降模拟 \(f)：从 \(from) 到 \(to)，lr \(rate)（\(descent ? "下降" : "上升")）")
    case .decayDefaults(let f, let from, let to):
      Words(
        en: "as F4 takes them: "
          + [
            f.map { "the layer's function \($0)" },
            from.flatMap { from in to.map { "from \(from) to \($0), the chapter's decay" } },
          ].compactMap { $0 }.joined(separator: ", "),
        zh: "未写的部分与 F4 相同："
          + [
            f.map { "层的函数 \($0)" },
            from.flatMap { from in to.map { "从 \(from) 到 \($0)（课程章节的模拟）" } },
          ].compactMap { $0 }.joined(separator: "，"))
    case .compareAdded(let given, let added):
      Words(
        en:
          "\(given) alone races against \(added), the chapter's race (name two or more to choose)",
        zh: "只写了 \(given)，就和 \(added) 赛跑，即课程章节的比赛（写两个或更多函数可自选）")
    case .step(let index, let z, let f, let value, let gradient):
      Words(
        en: "step \(index): z = \(z), \(f)(z) = \(value), \(f)'(z) = \(gradient)",
        zh: "第 \(index) 步：z = \(z)，\(f)(z) = \(value)，\(f)'(z) = \(gradient)")
    case .reset(let step): Words(en: "reset: ", zh: "已重置，") + step
    case .alreadyEnded(let status, let steps):
      Words(
        en: "the decay already ended (\(status.rawValue) after \(Plural.count(steps, "step")));"
          + " reset starts it over",
        zh: "梯度下降模拟已经结束（\(steps) 步后\(status.words.zh)）；reset 可重新开始")
    case .reachedEnding(let target, let past):
      Words(en: "reached \(target)", zh: "已到达 \(target)") + Self.pastWords(past)
    case .overshotEnding(let target, let past):
      Words(
        en: "overshot \(target): \(past.overshoot) past the target"
          + (past.value.map { " (f = \($0))" } ?? "")
          + "; the gradient is not 0, so the neuron is alive",
        zh: "已越过 \(target)，越过目标 \(past.overshoot)" + (past.value.map { "（f = \($0)）" } ?? "")
          + "；梯度不为 0，神经元仍存活")
    case .deadEnding(let past):
      Words(en: "dead", zh: "死亡") + Self.pastWords(past)
        + Words(
          en: ": the gradient is 0, so z never moves again", zh: "：梯度为 0，z 再也不会移动")
    case .runReached(let target, let steps, let past, let point):
      Words(
        en: "reached \(target) in \(Plural.count(steps, "step"))"
          + (past.map { ", \($0) past the target" } ?? "") + ": \(point)",
        zh: "\(steps) 步到达 \(target)" + (past.map { "，越过目标 \($0)" } ?? "") + "：\(point)")
    case .runOvershot(let target, let steps, let past, let point, let f, let gradient):
      Words(
        en: "overshot \(target) in \(Plural.count(steps, "step")), \(past) past the target"
          + ": \(point), \(f)'(z) = \(gradient); the neuron is alive",
        zh: "\(steps) 步越过 \(target)，越过目标 \(past)：\(point)，\(f)'(z) = \(gradient)；神经元仍存活")
    case .runDead(let steps, let past, let point, let f, let gradient):
      Words(
        en: "dead after \(Plural.count(steps, "step"))"
          + (past.map { ", \($0) past the target" } ?? "")
          + ": \(point), \(f)'(z) = \(gradient); the neuron stopped learning",
        zh: "\(steps) 步后死亡" + (past.map { "，越过目标 \($0)" } ?? "")
          + "：\(point)，\(f)'(z) = \(gradient)；神经元不再学习")
    case .runLimit(let steps, let target, let point):
      Words(
        en: "limit: \(Plural.count(steps, "step")) so far without reaching \(target): \(point)"
          + " (run goes on)",
        zh: "步数用尽：已走 \(steps) 步，仍未到达 \(target)：\(point)（再 run 会继续）")
    case .compare(let from, let to, let rate):
      Words(
        en: "decay from \(from) to \(to), lr \(rate)",
        zh: "梯度下降模拟：从 \(from) 到 \(to)，lr \(rate)")
    case .recordingStarted(let file):
      Words(
        en:
          "recording to \(file): each command that succeeds is saved as it runs; record stop ends",
        zh: "正在录制到 \(file)：每条成功的命令在运行时保存；record stop 结束录制")
    case .recordingStopped(let file, let commands):
      Words(
        en: "stopped recording: \(file) holds \(Plural.count(commands, "command"))",
        zh: "已停止录制：\(file) 中有 \(commands) 条命令")
    case .saved(let file, let commands):
      Words(
        en:
          "saved the session to \(file) (\(Plural.count(commands, "command"))); load \(file) brings it back",
        zh: "已把会话保存到 \(file)（\(commands) 条命令）；load \(file) 可以恢复")
    case .noLessons: Words(en: "no lessons ship in this language", zh: "这种语言没有课")
    case .lessonsHint:
      Words(
        en: "lesson N runs one; relulab --lesson N --lang en|zh from a shell",
        zh: "lesson N 运行一课；在 shell 中用 relulab --lesson N --lang en|zh")
    case .tensorSize(let count, let shape):
      Words(
        en: "\(Plural.count(count, "value"))" + (shape.map { ", shape \($0)" } ?? ""),
        zh: "\(count) 个值" + (shape.map { "，形状 \($0)" } ?? ""))
    case .tensorShape(let shape): Words(en: "shape \(shape)", zh: "形状 \(shape)")
    case .network(let f, let depth, let width, let formula, let points):
      Words(
        en: "net \(f): 1 input, \(depth == 1 ? "1 hidden layer" : "\(depth) hidden layers") of"
          + " \(Plural.count(width, "unit")), 1 output; fits \(formula) at \(points) points"
          + " on [-1, 1]",
        zh: "net \(f)：1 个输入，\(depth) 个隐藏层，每层 \(width) 个神经元，1 个输出；"
          + "拟合 \(formula)，[-1, 1] 上 \(points) 个数据点")
    case .bornDead(let layer):
      Words(
        en: "  born dead: hidden layer \(layer) is 0 for every data point",
        zh: "  生来已死：第 \(layer) 个隐藏层在每个数据点上都输出 0")
    case .bornInactive(let layer):
      Words(
        en: "  born inactive: hidden layer \(layer) has z <= 0 at every data point"
          + " (not dead: its gradient is alpha)",
        zh: "  生来未激活：第 \(layer) 个隐藏层在每个数据点上都有 z <= 0（梯度为 alpha，不算死亡）")
    case .asymmetricInit:
      Words(
        en: "  init asym: one weight or bias per hidden unit drawn positive",
        zh: "  init asym：每个隐藏神经元有一个权重或偏置取正值")
    case .training(let f, let rate, let first, let last):
      Words(
        en: "train \(f), lr \(rate): "
          + (first == last ? "epoch \(first)" : "epochs \(first) to \(last)"),
        zh: "train \(f)，lr \(rate)："
          + (first == last ? "第 \(first) 轮" : "第 \(first) 到 \(last) 轮"))
    case .everyNthEpoch(let every):
      Words(
        en: "  (every \(Plural.ordinal(every)) epoch shown, and the last)",
        zh: "  （每 \(every) 轮显示一轮，以及最后一轮）")
    case .diverged(let epoch, let loss):
      Words(
        en: "diverged at epoch \(epoch): the loss is \(loss); the network stays as it was after"
          + " epoch \(epoch - 1)",
        zh: "第 \(epoch) 轮发散：损失为 \(loss)；网络保持第 \(epoch - 1) 轮后的状态")
    case .sweep(let f, let seed, let epochs):
      Words(
        en: "sweep \(f): the network as built (seed \(seed)) trained"
          + " \(Plural.count(epochs, "epoch")) at each rate",
        zh: "sweep \(f)：建好的网络（随机种子 \(seed)）在每个学习率下训练 \(epochs) 轮")
    case .meanOfUnits(let mean, let units):
      Words(en: "\(mean) of \(units)", zh: "\(mean)/\(units)")
    case .ofUnits(let count, let units):
      Words(en: "\(count) of \(units)", zh: "\(count)/\(units)")
    }
  }

  /// `, 0.501 past the target (f = -0.001)`, or nothing.
  private static func pastWords(_ past: Past?) -> Words {
    guard let past else { return Words.same("") }
    let f = past.value.map { " (f = \($0))" } ?? ""
    let zhF = past.value.map { "（f = \($0)）" } ?? ""
    return Words(
      en: ", \(past.overshoot) past the target\(f)", zh: "，越过目标 \(past.overshoot)\(zhF)")
  }

  package static var samples: [ResultMessage] {
    let spread = Spread(min: "-2", max: "2", mean: "0")
    let past = Past(overshoot: "0.3", value: "0")
    return [
      .layer("relu"), .feed(layer: "relu", values: 5, active: "2", percent: "40%"),
      .feedSpread(function: "relu", input: spread, output: spread), .seed(42),
      .backward("relu"), .view(noun: ViewName.decay.noun, name: "decay", switched: true),
      .view(noun: ViewName.plot.noun, name: "plot", switched: false),
      .alsoToSee("view steps"),
      .exported(format: "svg", subject: SceneMessage.exportedAxes.words, path: "a.svg"),
      .cleared(nil), .cleared(.feed), .cleared(.decay), .cleared(.network),
      .decay(function: "relu", from: "0.9", to: "0.5", rate: "0.2", descent: true),
      .decay(function: "relu", from: "0.5", to: "0.9", rate: "0.2", descent: false),
      .step(index: 1, z: "0.7", function: "relu", value: "0.7", gradient: "1"),
      .reset(Words(en: "step 0", zh: "第 0 步")), .alreadyEnded(.reached, steps: 2),
      .decayDefaults(function: "relu", from: "0.9", to: "0.5"),
      .decayDefaults(function: nil, from: "0.9", to: "0.5"),
      .decayDefaults(function: "relu", from: nil, to: nil),
      .compareAdded(given: "sigmoid", added: "relu"),
      .reachedEnding(target: "0.5", past: nil), .deadEnding(past: past),
      .overshotEnding(target: "0.5", past: past),
      .runOvershot(
        target: "0.5", steps: 1, past: "0.501", point: "z = -0.1, leaky(z) = -0.001",
        function: "leaky", gradient: "0.01"),
      .runReached(target: "0.5", steps: 2, past: nil, point: "z = 0.5"),
      .runDead(steps: 1, past: "0.3", point: "z = -0.1", function: "relu", gradient: "0"),
      .runLimit(steps: 1000, target: "0.5", point: "z = 3"),
      .compare(from: "0.9", to: "0.5", rate: "0.2"), .recordingStarted("a.relu"),
      .recordingStopped("a.relu", commands: 3), .saved("a.relu", commands: 4), .noLessons,
      .lessonsHint,
      .tensorSize(count: 20, shape: "4x5"), .tensorShape("2x3"),
      .network(function: "relu", depth: 1, width: 8, formula: "x^2", points: 32),
      .bornDead(layer: 3), .bornInactive(layer: 3), .asymmetricInit,
      .training(function: "relu", rate: "0.2", first: 1, last: 10), .everyNthEpoch(2),
      .diverged(epoch: 5, loss: "inf"), .sweep(function: "relu", seed: 1, epochs: 10),
      .ofUnits(3, units: 8), .meanOfUnits("2.5", units: 64),
    ]
  }
}

/// The headers of the tables commands print, in each language; tensors'
/// names (`z`, `relu(z)`) and setting names stay as typed.
package enum TableHeading {
  package static let settings = [
    Words(en: "setting", zh: "设置"), Words(en: "value", zh: "值"), Words(en: "meaning", zh: "含义"),
  ]
  package static let upstream = Words(en: "upstream", zh: "上游梯度")
  package static let gradient = Words(en: "grad", zh: "梯度")
  package static let step = Words(en: "step", zh: "步")
  package static let compare = [
    Words(en: "function", zh: "函数"), Words(en: "status", zh: "状态"), Words(en: "steps", zh: "步数"),
    Words(en: "past target", zh: "越过目标"), Words.same("z"), Words.same("f(z)"),
  ]
  /// compare's column for each row's precision, when asked for.
  package static let precision = Words(en: "precision", zh: "精度")
  package static func lessons(_ language: InterfaceLanguage) -> [Words] {
    [
      Words(en: "lesson", zh: "课"), Words(en: "name", zh: "名称"),
      Words(en: "title (\(language.rawValue))", zh: "标题（\(language.rawValue)）"),
    ]
  }
  package static let epochs = [
    Words(en: "epoch", zh: "轮"), Words(en: "loss", zh: "损失"), Words(en: "dead", zh: "死亡"),
    Words(en: "inactive", zh: "未激活"), Words(en: "active", zh: "激活"),
  ]
  /// PReLU's learned slopes, after the epochs' columns.
  package static let slopes = [
    Words(en: "slope mean", zh: "斜率均值"), Words(en: "min", zh: "最小"), Words(en: "max", zh: "最大"),
  ]
  /// `sweep functions`' columns.
  package static let functionSweep = [
    Words(en: "function", zh: "函数"), Words.same("lr"), Words(en: "dead", zh: "死亡"),
    Words(en: "inactive", zh: "未激活"), Words(en: "loss", zh: "损失"),
    Words(en: "diverged", zh: "发散"), Words(en: "slope", zh: "斜率"),
  ]
  package static let sweep = [
    Words.same("lr"), Words(en: "dead", zh: "死亡"), Words(en: "inactive", zh: "未激活"),
    Words(en: "loss", zh: "损失"), Words(en: "status", zh: "状态"),
  ]

  /// Every heading, for the catalogue test.
  package static var all: [Words] {
    settings + [upstream, gradient, step, precision] + compare + lessons(.zh) + epochs + sweep
      + slopes + functionSweep
  }
}

extension TrainingStatus {
  /// How `sweep` shows a finished run, in its table and its JSON.
  ///
  /// One whose losses were all finite numbers is `ok` (none overflowed, however large),
  /// else `diverged` (a loss overflowed and training stopped). A sweep's runs
  /// are over, so none is `running`.
  package var sweepStatus: String {
    switch self {
    case .running: "ok"
    case .diverged: "diverged"
    }
  }

  /// ``sweepStatus`` in the session's language.
  package var words: Words {
    switch self {
    case .running: Words(en: sweepStatus, zh: "未发散")
    case .diverged: Words(en: sweepStatus, zh: "已发散")
    }
  }
}
