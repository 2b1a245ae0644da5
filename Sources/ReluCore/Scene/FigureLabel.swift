/// The labels of the charts the interpreter builds (legends of the step
/// chart, the race and the network's charts), held as ``Words`` in the
/// chart and shown in its language.
package enum FigureLabel: MessageCatalogue, Equatable {
  /// A decay's target line: `target 0.5`.
  case target(String)
  /// A decay's trajectory: `relu(z) by step`.
  case byStep(function: String)
  /// A row of the race: `relu: reached after 2 steps, 0.1 past`.
  case race(function: String, status: DecayStatus, steps: Int, past: String?)
  /// The network's data: `target x^2`.
  case networkTarget(formula: String)
  /// The network's output: `net (epoch 3)`.
  case networkOutput(epoch: Int)
  /// The units' kinks on the x axis.
  case kink(dead: Bool)
  /// The loss chart's line.
  case logLoss
  /// The line at all the units: `all 8 units`.
  case allUnits(Int)
  /// The dead units' line.
  case deadByEpoch
  /// PReLU's mean learned slope by epoch.
  case meanSlopeByEpoch
  /// PReLU's least and greatest learned slopes by epoch.
  case slopeBoundsByEpoch
  /// A census line: `width 2`.
  case censusWidth(Int)
  /// The census's dotted closed form, and its short name.
  case closedFormOneInput
  case closedFormShort
  /// The head of the closed form's CSV column for width N.
  case closedFormColumn(Int)
  /// A twin copy's loss line: `log10 loss, relu'(0) = 0 (half, seed 1)`.
  case twinLoss(rule: String, precision: String, seed: UInt64)
  /// The twin's z = 0 line.
  case twinZeros(precision: String, seed: UInt64)
  /// The heat map's title: what its shade is.
  case censusShare(trials: Int, inactive: Bool)

  package var words: Words {
    switch self {
    case .target(let value): Words(en: "target \(value)", zh: "目标 \(value)")
    case .byStep(let f): Words(en: "\(f)(z) by step", zh: "每步的 \(f)(z)")
    case .race(let f, let status, let steps, let past):
      Words(
        en: "\(f): \(status.words.en) after \(Plural.count(steps, "step"))"
          + (past.map { ", \($0) past" } ?? ""),
        zh: status == .overshot
          ? "\(f)：\(steps) 步后越过目标" + (past.map { " \($0)" } ?? "")
          : "\(f)：\(steps) 步后\(status.words.zh)" + (past.map { "，越过 \($0)" } ?? ""))
    case .networkTarget(let formula): Words(en: "target \(formula)", zh: "目标 \(formula)")
    case .networkOutput(let epoch): Words(en: "net (epoch \(epoch))", zh: "网络（第 \(epoch) 轮）")
    case .kink(let dead): dead ? Words(en: "dead kink", zh: "死亡折点") : Words(en: "kink", zh: "折点")
    case .logLoss: Words(en: "log10 of the loss by epoch", zh: "每轮损失的 log10")
    case .allUnits(let units): Words(en: "all \(units) units", zh: "全部 \(units) 个神经元")
    case .deadByEpoch: Words(en: "dead units by epoch", zh: "每轮的死亡神经元")
    case .meanSlopeByEpoch: Words(en: "mean learned slope by epoch", zh: "每轮学到的斜率的均值")
    case .slopeBoundsByEpoch:
      Words(en: "least and greatest learned slope", zh: "学到的斜率的最小值和最大值")
    case .censusWidth(let width): Words(en: "width \(width)", zh: "宽度 \(width)")
    case .twinLoss(let rule, let precision, let seed):
      Words(
        en: "log10 loss, \(rule) (\(precision), seed \(seed))",
        zh: "损失的 log10，\(rule)（\(precision)，随机种子 \(seed)）")
    case .twinZeros(let precision, let seed):
      Words(
        en: "z = 0 per epoch (\(precision), seed \(seed))",
        zh: "每轮 z = 0 的个数（\(precision)，随机种子 \(seed)）")
    case .closedFormOneInput:
      Words(en: "1 - (1 - 2^-N)^D, one input", zh: "1 - (1 - 2^-N)^D，单个输入")
    case .closedFormShort: Words(en: "closed form", zh: "闭式公式")
    case .closedFormColumn(let width): Words(en: "closed form N=\(width)", zh: "闭式公式 N=\(width)")
    case .censusShare(let trials, let inactive):
      inactive
        ? Words(
          en: "born inactive, of \(trials) networks", zh: "生来未激活的比例（每格 \(trials) 个网络）")
        : Words(en: "born dead, of \(trials) networks", zh: "生来已死的比例（每格 \(trials) 个网络）")
    }
  }

  package static var samples: [FigureLabel] {
    [
      .target("0.5"), .byStep(function: "relu"),
      .race(function: "relu", status: .dead, steps: 1, past: "0.1"),
      .race(function: "sigmoid", status: .reached, steps: 67, past: nil),
      .race(function: "leaky", status: .overshot, steps: 1, past: "0.501"),
      .networkTarget(formula: "x^2"), .networkOutput(epoch: 3), .kink(dead: true),
      .kink(dead: false), .logLoss, .allUnits(8), .deadByEpoch, .meanSlopeByEpoch,
      .slopeBoundsByEpoch, .censusWidth(10),
      .closedFormOneInput, .closedFormShort, .closedFormColumn(2),
      .censusShare(trials: 1000, inactive: false),
      .censusShare(trials: 1000, inactive: true),
      .twinLoss(rule: "relu'(0) = 0", precision: "half", seed: 1),
      .twinZeros(precision: "half", seed: 1),
    ]
  }
}
