/// The words plots draw: legends and the titles of exported SVG files.
///
/// Legend entries of overlays and charts; series' own names (`relu`,
/// `leaky'`) stay as typed.
package enum PlotLabel: MessageCatalogue, Equatable {
  /// The feed's points on `series`: `feed (relu)`.
  case feed(PlotSeries)
  /// The feed's entry on a narrow plot.
  case feedShort
  /// The decay's current point: `now (step 3)`.
  case nowAtStep(Int)
  /// A chart's highlighted point at `x`, counted as `xName` says (`step`,
  /// `epoch` or a plain axis name): `now (epoch 12)`.
  case nowAt(xName: String, x: String)
  /// Any current-point entry on a narrow plot.
  case now
  /// The decay's past steps on `series`, drawn as digits (mod 10 once
  /// there are more than 10 of them).
  case decaySteps(PlotSeries, wrapped: Bool)
  /// The decay's steps on a narrow plot.
  case decayStepsShort(wrapped: Bool)
  /// A reference line or data points on a narrow plot.
  case targetShort
  /// A unit's kink on a narrow plot.
  case kinkShort(dead: Bool)
  /// A jump's open end (`o`): the limit from the side that does not hold
  /// the value at 0; short on a narrow plot.
  case openEnd(short: Bool)
  /// A jump's closed end (`@`): the value the derivative takes at 0; short
  /// on a narrow plot.
  case valueAtZero(short: Bool)
  /// An SVG file's title: `ReluLab: relu, relu'`.
  case svgTitle(String)
  /// An SVG file's title with no curve.
  case svgTitleAxes
  /// A curve hidden from the plot, still in the legend to bring it back.
  case hidden(String)

  package var words: Words {
    switch self {
    case .feed(let series):
      Words(en: "feed (\(series))", zh: "feed 点（\(series)）")
    case .feedShort: Words(en: "feed", zh: "feed 点")
    case .nowAtStep(let step): Words(en: "now (step \(step))", zh: "当前：第 \(step) 步")
    case .nowAt(let xName, let x):
      switch xName {
      case "step": Words(en: "now (step \(x))", zh: "当前：第 \(x) 步")
      case "epoch": Words(en: "now (epoch \(x))", zh: "当前：第 \(x) 轮")
      default: Words(en: "now (\(xName) \(x))", zh: "当前：\(xName) = \(x)")
      }
    case .now: Words(en: "now", zh: "当前")
    case .decaySteps(let series, let wrapped):
      wrapped
        ? Words(en: "decay step mod 10 (\(series))", zh: "步数的个位（\(series)）")
        : Words(en: "decay steps (\(series))", zh: "已走的步（\(series)）")
    case .decayStepsShort(let wrapped):
      wrapped ? Words(en: "step mod 10", zh: "步数的个位") : Words(en: "steps", zh: "步")
    case .targetShort: Words(en: "target", zh: "目标")
    case .kinkShort(let dead): dead ? Words(en: "dead", zh: "死亡") : Words(en: "live", zh: "存活")
    case .openEnd(let short):
      short ? Words(en: "open", zh: "空心") : Words(en: "open end", zh: "空心（取不到）")
    case .valueAtZero(let short):
      short ? Words(en: "at 0", zh: "0 处") : Words(en: "value at 0", zh: "0 处的值")
    case .svgTitle(let names): Words(en: "ReluLab: \(names)", zh: "ReluLab：\(names)")
    case .svgTitleAxes: Words(en: "ReluLab: axes", zh: "ReluLab：坐标轴")
    case .hidden(let name): Words(en: "\(name) (hidden)", zh: "\(name)（已隐藏）")
    }
  }

  package static var samples: [PlotLabel] {
    [
      .feed(PlotSeries(.relu)), .feedShort, .nowAtStep(3), .nowAt(xName: "step", x: "3"),
      .nowAt(xName: "epoch", x: "12"), .nowAt(xName: "x", x: "0.5"), .now,
      .decaySteps(PlotSeries(.relu), wrapped: false), .decaySteps(PlotSeries(.relu), wrapped: true),
      .decayStepsShort(wrapped: false), .decayStepsShort(wrapped: true), .targetShort,
      .kinkShort(dead: true), .kinkShort(dead: false), .openEnd(short: false),
      .openEnd(short: true), .valueAtZero(short: false), .valueAtZero(short: true),
      .svgTitle("relu, relu'"), .svgTitleAxes, .hidden("relu'"),
    ]
  }
}
