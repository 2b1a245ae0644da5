/// The views the plot pane can show, by the name `view NAME` takes.
///
/// A view belongs to one activity (``family``): the function plot, the
/// decay, the race of `compare`, the network, or the census of `born`. A
/// composite view (`decay`, `net`, `born`) draws its parts side by side
/// where they fit; each part can also be shown alone (`steps`, `fit`,
/// `loss`, `depth`, `heat`), which is what a small window offers when it
/// leaves a part out.
package enum ViewName: String, Sendable, Hashable, CaseIterable {
  /// The function plot: the chosen curves, with the feed points and the
  /// decay's trail on their curves.
  case plot
  /// The decay: its function zoomed to where the decay moves, with the trail
  /// and the marker, beside the step chart.
  case decay
  /// The decay's step chart alone: f(z) against the step.
  case steps
  /// The race of `compare`: each function's f(z) against the step.
  case race
  /// The network: its fit beside the loss and the dead units by epoch.
  case net
  /// The network's fit alone: the targets and the network's output.
  case fit
  /// The network's loss by epoch alone (log10).
  case loss
  /// A PReLU network's learned slopes by epoch: their mean, least and
  /// greatest.
  case slopes
  /// The census of `born`: the fraction born dead against depth beside the
  /// heat map of widths and depths.
  case born
  /// The census's fraction born dead against depth alone, one line per
  /// width, the closed form dotted.
  case depth
  /// The census's heat map alone: widths down, depths across.
  case heat
  /// The twin of `twin` or `sweep precision`: its two copies' losses by
  /// epoch beside the count of z = 0 by epoch.
  case twin
  /// The twin's count of z = 0 by epoch alone.
  case zeros

  /// The activity the view belongs to: the view `view` cycles through and
  /// commands of that activity return to.
  package var family: ViewName {
    switch self {
    case .plot: .plot
    case .decay, .steps: .decay
    case .race: .race
    case .net, .fit, .loss, .slopes: .net
    case .born, .depth, .heat: .born
    case .twin, .zeros: .twin
    }
  }

  /// What the view is called in sentences: `the step chart`.
  package var noun: Words {
    switch self {
    case .plot: Words(en: "the function plot", zh: "函数图")
    case .decay: Words(en: "the decay", zh: "梯度下降模拟")
    case .steps: Words(en: "the step chart", zh: "步数图")
    case .race: Words(en: "the race", zh: "赛跑")
    case .net: Words(en: "the network", zh: "网络")
    case .fit: Words(en: "the network's fit", zh: "网络的拟合")
    case .loss: Words(en: "the loss by epoch", zh: "各轮的损失")
    case .slopes: Words(en: "the learned slopes by epoch", zh: "各轮学到的斜率")
    case .born: Words(en: "the census of born", zh: "统计结果")
    case .depth: Words(en: "born dead by depth", zh: "各深度下生来已死的比例")
    case .heat: Words(en: "the census's heat map", zh: "统计结果的热图")
    case .twin: Words(en: "the twin", zh: "孪生网络")
    case .zeros: Words(en: "the twin's z = 0 by epoch", zh: "孪生网络每轮 z = 0 的个数")
    }
  }
}
