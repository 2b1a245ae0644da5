/// The words of the trace cursor's readout, and of what `trace` refuses.
package enum TraceMessage: MessageCatalogue, Equatable {
  /// At a kink: both one-sided limits of f' and the value the rule picks.
  case kink(function: String, left: String, right: String, chosen: String, rule: String)
  /// The same in fewer words: `relu'(0-) = 0, (0+) = 1, (0) = 0 by pytorch`.
  case kinkShort(function: String, left: String, right: String, chosen: String, rule: String)
  /// The decay's step k of the last so far.
  case step(Int, of: Int)
  /// The same, short: `step 1/2`.
  case stepShort(Int, of: Int)
  /// The step taken, short.
  case takenShort(String)
  /// Step 0, short.
  case startShort
  /// The step taken to reach it: z_k - z_(k-1).
  case taken(String)
  /// Step 0: no step taken yet.
  case start
  /// The network at x.
  case network(x: String, fit: String, target: String, active: Int, units: Int)
  /// The function plot draws no curve to read.
  case noCurve(z: String)
  /// `trace off`.
  case off
  /// `trace` on a view it cannot read.
  case notTraceable(ViewName)
  /// `trace off` with no cursor on.
  case notTracing
  /// `trace next` or `trace previous` with nothing to jump to.
  case noStops
  /// `trace N` on the decay outside the steps kept.
  case noSuchStep(first: Int, last: Int)
  /// A z that is not a finite number.
  case notFinite
  /// `toggle F` of a curve not plotted.
  case notPlotted(String)
  /// `toggle F`: the curve is hidden now, or shown again.
  case toggled(String, hidden: Bool)

  package var words: Words {
    switch self {
    case .kink(let f, let left, let right, let chosen, let rule):
      Words(
        en: "\(f)'(0-) = \(left), \(f)'(0+) = \(right), \(f)'(0) = \(chosen) by \(rule)",
        zh: "左极限 \(f)'(0-) = \(left)，右极限 \(f)'(0+) = \(right)，按 \(rule) 取 \(f)'(0) = \(chosen)")
    case .kinkShort(let f, let left, let right, let chosen, let rule):
      Words(
        en: "\(f)'(0-) = \(left), (0+) = \(right), (0) = \(chosen) by \(rule)",
        zh: "\(f)'(0-) = \(left)，(0+) = \(right)，(0) 按 \(rule) 取 \(chosen)")
    case .stepShort(let step, let last):
      Words(en: "step \(step)/\(last): ", zh: "第 \(step)/\(last) 步：")
    case .takenShort(let dz): Words(en: "moved \(dz)", zh: "移动 \(dz)")
    case .startShort: Words(en: "start", zh: "起点")
    case .step(let step, let last):
      Words(en: "step \(step) of \(last): ", zh: "第 \(step) 步（共 \(last) 步）：")
    case .taken(let dz):
      Words(en: "step taken \(dz)", zh: "这一步 z 移动 \(dz)")
    case .start: Words(en: "the start, no step yet", zh: "起点，还没有走过一步")
    case .network(let x, let fit, let target, let active, let units):
      Words(
        en: "x = \(x): fit \(fit), target \(target), \(active) of \(units) units active",
        zh: "x = \(x)：拟合值 \(fit)，目标 \(target)，激活的神经元 \(active)/\(units)")
    case .noCurve(let z):
      Words(
        en: "z = \(z): no curve is drawn to read (plot F... draws some)",
        zh: "z = \(z)：图上没有可读的曲线（用 plot F... 画出曲线）")
    case .off: Words(en: "the cursor is off the plot", zh: "光标已从图上移除")
    case .notTraceable(let view):
      Words(
        en: "trace reads the function plot, the decay and the network, not view \(view.rawValue)"
          + " (view plot, view decay or view net first)",
        zh: "trace 只能读函数图、梯度下降模拟和网络，不能读 view \(view.rawValue)"
          + "（先切换到 view plot、view decay 或 view net）")
    case .notTracing:
      Words(
        en: "there is no cursor to take off (trace puts one on)", zh: "没有可移除的光标（用 trace 放上光标）")
    case .noStops:
      Words(
        en: "nothing to jump to: no feed point, decay step or kink on the plot",
        zh: "没有可跳到的位置：图上没有 feed 的数据点、模拟的步或折点")
    case .noSuchStep(let first, let last):
      Words(
        en: "the decay's steps to read are \(first) to \(last)",
        zh: "梯度下降模拟只能读第 \(first) 到第 \(last) 步")
    case .notFinite:
      Words(en: "the cursor needs a finite number", zh: "光标的位置必须是有限的数")
    case .notPlotted(let f):
      Words(
        en: "\(f) is not on the plot (plot F... chooses the curves)",
        zh: "\(f) 不在图上（用 plot F... 选择曲线）")
    case .toggled(let f, let hidden):
      hidden
        ? Words(
          en: "\(f) hidden (toggle \(f) shows it again)", zh: "已隐藏 \(f)（再次 toggle \(f) 即可重新显示）")
        : Words(en: "\(f) shown again", zh: "已重新显示 \(f)")
    }
  }

  package static var samples: [TraceMessage] {
    [
      .kink(function: "relu", left: "0", right: "1", chosen: "0", rule: "pytorch"),
      .kinkShort(function: "relu", left: "0", right: "1", chosen: "0", rule: "pytorch"),
      .step(3, of: 5), .stepShort(3, of: 5), .taken("-0.04"), .takenShort("-0.04"), .start,
      .startShort,
      .network(x: "0.25", fit: "0.31", target: "0.25", active: 5, units: 8),
      .noCurve(z: "1"), .off, .notTraceable(.race), .notTracing, .noStops,
      .noSuchStep(first: 0, last: 4),
      .notFinite, .notPlotted("tanh"), .toggled("relu'", hidden: true),
      .toggled("relu'", hidden: false),
    ]
  }
}
