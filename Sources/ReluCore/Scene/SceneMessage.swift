/// The notes the plot pane and the scene give: what a view leaves out and
/// why, what a view has to show, and what an export shows.
package enum SceneMessage: MessageCatalogue, Equatable {
  /// The feed's points went through another layer than the one plotted.
  case feedOffPlot(layer: String)
  /// The decay ran on another function (alpha) than the one plotted.
  case decayOffPlotFunction(String)
  /// The decay ran under another convention at 0.
  case decayOffPlotGrad0(String)
  /// A small pane leaves the step chart out; widening by `columns` brings it.
  case stepChartLeftOut(columns: Int)
  /// The same, for a pane too narrow for the long form.
  case stepChartLeftOutShort
  /// A small pane leaves the network's fit and loss out.
  case fitAndLossLeftOut(columns: Int)
  /// The same, short.
  case fitAndLossLeftOutShort
  /// A short pane leaves the loss out.
  case lossLeftOut
  /// A small pane leaves the census's heat map out; widening by `columns`
  /// brings it.
  case heatMapLeftOut(columns: Int)
  /// The same, short.
  case heatMapLeftOutShort
  /// `view NAME` of a decay or network taken off by `clear`.
  case viewCleared(ViewName)
  /// `view NAME` of what no command has made yet.
  case viewNothingYet(ViewName)
  /// `view NAME` of a view that is always there.
  case viewAlwaysShows(ViewName)
  /// `view slopes` with no network (nil) or a network of another function
  /// than prelu, which learns no slopes.
  case slopesNeedPrelu(function: String?)
  /// `set canvas braille` on a screen without UTF-8.
  case noBraille
  /// What `export` wrote: the decay's curve with its series' names.
  case exportedDecayCurve(String)
  /// What `export` wrote: a plot with no curve.
  case exportedAxes
  /// What `export` wrote: the network's dead units.
  case exportedDeadUnits
  /// The twin's losses, what `export` writes of `view twin`.
  case exportedTwinLosses
  /// A pane too small for the twin's second chart.
  case zerosLeftOut(columns: Int)
  case zerosLeftOutShort

  package var words: Words {
    switch self {
    case .feedOffPlot(let layer):
      Words(
        en: "the feed's points are off the plot: they went through \(layer)"
          + " (feed again to see them)",
        zh: "feed 的点不在图上：它们经过的是 \(layer)（再 feed 一次即可看到）")
    case .decayOffPlotFunction(let function):
      Words(
        en: "the decay's trail is off the plot: it ran on \(function) (decay again to see it)",
        zh: "梯度下降模拟的轨迹不在图上：它用的是 \(function)（再 decay 一次即可看到）")
    case .decayOffPlotGrad0(let name):
      Words(
        en: "the decay's trail is off the plot: it ran with grad0 \(name) (decay again to see it)",
        zh: "梯度下降模拟的轨迹不在图上：它用的是 grad0 \(name)（再 decay 一次即可看到）")
    case .stepChartLeftOut(let columns):
      Words(
        en: "step chart left out: view steps, or widen the window by \(columns) columns",
        zh: "步数图未显示：view steps，或把窗口加宽 \(columns) 列")
    case .stepChartLeftOutShort:
      Words(en: "step chart left out: view steps", zh: "步数图未显示：view steps")
    case .fitAndLossLeftOut(let columns):
      Words(
        en: "fit and loss left out: view fit, view loss, or widen by \(columns) columns",
        zh: "拟合和损失未显示：view fit、view loss，或加宽 \(columns) 列")
    case .fitAndLossLeftOutShort:
      Words(
        en: "fit and loss left out: view fit, view loss",
        zh: "拟合和损失未显示：view fit、view loss")
    case .lossLeftOut:
      Words(
        en: "loss left out: view loss, or a taller window",
        zh: "损失未显示：view loss，或把窗口加高")
    case .heatMapLeftOut(let columns):
      Words(
        en: "heat map left out: view heat, or widen the window by \(columns) columns",
        zh: "热图未显示：view heat，或把窗口加宽 \(columns) 列")
    case .heatMapLeftOutShort:
      Words(en: "heat map left out: view heat", zh: "热图未显示：view heat")
    case .viewCleared(let name):
      name.family == .net
        ? Words(
          en: "\(name.noun.en) \(name == .slopes ? "were" : "was") cleared: train shows the"
            + " network again",
          zh: "\(name.noun.zh)已清除：train 会再显示网络")
        : Words(
          en: "\(name.noun.en) was cleared: step, run or reset shows the decay again",
          zh: "\(name.noun.zh)已清除：step、run 或 reset 会再显示它")
    case .viewNothingYet(let name):
      switch name.family {
      case .race:
        Words(
          en: "\(name.noun.en) has nothing to show yet: compare makes it",
          zh: "\(name.noun.zh)还没有内容：先运行 compare")
      case .born:
        Words(
          en: "\(name.noun.en) has nothing to show yet: a census, e.g. born, makes it",
          zh: "\(name.noun.zh)还没有内容：先运行一次统计，例如 born")
      case .twin:
        Words(
          en: "\(name.noun.en) has nothing to show yet: a network and twin make it",
          zh: "\(name.noun.zh)还没有内容：先用 net 搭建网络，再运行 twin")
      case .net:
        Words(
          en: "\(name.noun.en) has nothing to show yet: a network, e.g. net relu, makes it",
          zh: "\(name.noun.zh)还没有内容：先建一个网络，例如 net relu")
      default:
        Words(
          en: "\(name.noun.en) has nothing to show yet: a decay, e.g. decay relu from 0.9 to 0.5,"
            + " makes it",
          zh: "\(name.noun.zh)还没有内容：先运行梯度下降模拟，例如 decay relu from 0.9 to 0.5")
      }
    case .viewAlwaysShows(let name):
      Words(en: "\(name.noun.en) always shows", zh: "\(name.noun.zh)总是可以显示")
    case .slopesNeedPrelu(let function):
      function.map {
        Words(
          en: "only prelu networks learn slopes, and this one uses \($0): net prelu builds one",
          zh: "只有 prelu 网络会学习斜率，当前网络用的是 \($0)：先用 net prelu 重新搭建网络")
      }
        ?? Words(
          en: "the learned slopes by epoch have nothing to show yet: net prelu makes them",
          zh: "各轮学到的斜率还没有内容：先用 net prelu 搭建网络")
    case .noBraille:
      Words(
        en:
          "braille needs a UTF-8 locale, which this terminal does not have: the canvas stays ascii",
        zh: "braille 需要 UTF-8 区域设置，这个终端没有：canvas 仍为 ascii")
    case .exportedDecayCurve(let names):
      Words(en: "the decay's curve (\(names))", zh: "梯度下降模拟的曲线（\(names)）")
    case .exportedAxes: Words(en: "the axes", zh: "坐标轴")
    case .exportedDeadUnits: Words(en: "the dead units", zh: "死亡神经元")
    case .exportedTwinLosses: Words(en: "the twin's losses", zh: "孪生网络的损失")
    case .zerosLeftOut(let columns):
      Words(
        en: "z = 0 by epoch left out: view zeros, or widen the window by \(columns) columns",
        zh: "每轮 z = 0 的个数未显示：用 view zeros，或把窗口加宽 \(columns) 列")
    case .zerosLeftOutShort:
      Words(en: "z = 0 by epoch left out: view zeros", zh: "每轮 z = 0 的个数未显示：用 view zeros")
    }
  }

  package static var samples: [SceneMessage] {
    [
      .feedOffPlot(layer: "leaky (alpha=0.1)"), .decayOffPlotFunction("leaky (alpha=0.1)"),
      .decayOffPlotGrad0("right"), .stepChartLeftOut(columns: 24), .stepChartLeftOutShort,
      .fitAndLossLeftOut(columns: 24), .fitAndLossLeftOutShort, .lossLeftOut,
      .heatMapLeftOut(columns: 24), .heatMapLeftOutShort, .viewNothingYet(.heat),
      .viewCleared(.decay), .viewCleared(.net), .viewNothingYet(.steps), .viewNothingYet(.race),
      .viewNothingYet(.fit), .viewAlwaysShows(.plot), .noBraille, .exportedDecayCurve("relu"),
      .exportedAxes, .exportedDeadUnits, .exportedTwinLosses, .zerosLeftOut(columns: 24),
      .zerosLeftOutShort, .viewNothingYet(.zeros), .slopesNeedPrelu(function: nil),
      .slopesNeedPrelu(function: "relu"), .viewCleared(.slopes),
    ]
  }
}
