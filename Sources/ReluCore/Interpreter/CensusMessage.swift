/// What `born` says: its refusal of sigmoid and tanh, and the lines around
/// its table.
package enum CensusMessage: MessageCatalogue, Equatable {
  /// `born sigmoid`: refused, with why.
  case neverDead(function: String)
  /// `born relu: 1000 networks per cell, ...` (inactive: leaky, alpha > 0).
  case heading(function: String, trials: Int, inactive: Bool)
  /// How each network was checked: exactly at -1 and 1, or at the data points.
  case twoPoint
  case dataPoints(Int)
  /// The closed form in brackets, and what it is (two lines).
  case closedForm
  case closedFormBound
  /// A census over the work limit.
  case tooMuchWork(Double, most: Double)
  /// leaky: why its networks are counted inactive, not dead.
  case leakyNotDead(alpha: String)
  /// `train EPOCHS`: what each network was trained on, and what `->` marks.
  case trained(epochs: Int, rate: String, target: NetworkTarget)
  /// `train EPOCHS`: the rule for a network that ends constant.
  case constantRule(points: Int)
  /// `train EPOCHS` with f'(0) > 0 (`grad0`): born dead is not dead for good.
  case mayRevive(function: String, slope: String)
  /// `lr` or `data` written without `train EPOCHS`.
  case needsTrain(option: String)
  /// `bias he` with `train EPOCHS`: refused.
  case trainWithBiasHe
  /// Training the census over the work limit.
  case tooMuchTraining(Double, most: Double)
  /// `born` under `set precision half` or `single`: the census computes in double.
  case inDouble(Precision)

  package var words: Words {
    switch self {
    case .neverDead(let f):
      Words(
        en: "born counts relu and leaky networks; the gradient of \(f) below 0 is never"
          + " exactly 0, so no \(f) network is born dead",
        zh: "born 只统计 relu 和 leaky 网络；"
          + "\(f) 在 0 以下的梯度从不恰好为 0，所以 \(f) 网络不会生来已死")
    case .heading(let f, let trials, let inactive):
      inactive
        ? Words(
          en: "born \(f): \(trials) networks per cell, fraction born inactive +- standard error",
          zh: "born \(f)：每格 \(trials) 个网络，生来未激活的比例 +- 标准误差")
        : Words(
          en: "born \(f): \(trials) networks per cell, fraction born dead +- standard error",
          zh: "born \(f)：每格 \(trials) 个网络，生来已死的比例 +- 标准误差")
    case .twoPoint:
      Words(
        en: "  exact: x = -1 and x = 1 decide it (zero biases: positively homogeneous)",
        zh: "  精确判定：只看 x = -1 和 x = 1 两点即可（偏置为 0，网络是正齐次的）")
    case .dataPoints(let points):
      Words(
        en: "  checked at the \(points) data points on [-1, 1] (biases not all 0: not homogeneous)",
        zh: "  逐一检查 [-1, 1] 上的 \(points) 个数据点（偏置不全为 0，网络不是正齐次的）")
    case .closedForm:
      Words(
        en: "  (in brackets) 1 - (1 - 2^-N)^D: the chance for ONE input x != 0, zero bias;",
        zh: "  （括号内）1 - (1 - 2^-N)^D：偏置为 0 时只看单个输入 x != 0 算出的概率，")
    case .closedFormBound:
      Words(
        en: "  an upper bound of the two-point fraction (Lu, Shin, Su, Karniadakis 2020)",
        zh: "  是两点判定所得比例的上界（Lu、Shin、Su、Karniadakis 2020）")
    case .leakyNotDead(let alpha):
      Words(
        en: "  not dead: an inactive leaky layer (alpha \(alpha)) has gradient alpha, not 0",
        zh: "  不算死亡：未激活的 leaky 层（alpha \(alpha)）梯度为 alpha，不是 0")
    case .trained(let epochs, let rate, let target):
      Words(
        en: "  -> fraction constant after train \(epochs) (lr \(rate), data"
          + " \(target.rawValue): \(target.formula)) +- standard error",
        zh: "  -> train \(epochs) 之后（lr \(rate)，data \(target.rawValue)：\(target.formula)）："
          + "输出为常数的比例 +- 标准误差")
    case .constantRule(let points):
      Words(
        en: "  constant: outputs' max - min at \(points) points"
          + " <= \(CensusTraining.toleranceText) (1 + targets' max - min)",
        zh: "  判为常数：\(points) 个点上输出的 max - min"
          + " <= \(CensusTraining.toleranceText) (1 + d)，d 为目标的 max - min")
    case .mayRevive(let f, let slope):
      Words(
        en: "  \(f)'(0) = \(slope) (grad0): a unit at z = 0 exactly still learns, so a net born"
          + " dead may revive",
        zh: "  \(f)'(0) = \(slope)（grad0）：恰好 z = 0 的神经元仍能学习，生来已死的网络可能复活")
    case .needsTrain(let option):
      Words(
        en: "\(option) says how born trains its networks: add train EPOCHS",
        zh: "\(option) 设定的是 born 如何训练网络：请加上 train EPOCHS（训练轮数）")
    case .trainWithBiasHe:
      Words(
        en: "born cannot train with bias he: net builds zero biases only; drop bias he or train",
        zh: "用 bias he 时 born 不能训练：net 只能搭出偏置为 0 的网络；请去掉 bias he 或 train")
    case .tooMuchTraining(let work, let most):
      Words(
        en: "born train: training every network is about \(NumberFormat.short(work)) multiply-adds,"
          + " more than one command runs (\(NumberFormat.short(most))); train fewer epochs or"
          + " fewer trials, or use fewer or smaller widths and depths",
        zh: "born train：训练全部网络大约要做 \(NumberFormat.short(work)) 次乘加，超过一条命令的上限"
          + "（\(NumberFormat.short(most))）；请减少训练轮数或网络个数，或少取几个、取小一些的宽度和深度")
    case .inDouble(let precision):
      Words(
        en: "born counts and trains in double precision, not in \(precision.rawValue):"
          + " twin and sweep precision show what the precision changes",
        zh: "born 的统计和训练都用双精度，不用\(precision == .half ? "半精度" : "单精度")："
          + "精度带来的差别请用 twin 或 sweep precision 查看")
    case .tooMuchWork(let work, let most):
      Words(
        en: "that is about \(NumberFormat.short(work)) multiply-adds, more than one command runs"
          + " (\(NumberFormat.short(most))); count fewer trials or smaller nets",
        zh: "这大约要做 \(NumberFormat.short(work)) 次乘加，超过一条命令的上限"
          + "（\(NumberFormat.short(most))）；请减少网络个数或用更小的网络")
    }
  }

  package static var samples: [CensusMessage] {
    [
      .neverDead(function: "sigmoid"), .heading(function: "relu", trials: 1000, inactive: false),
      .heading(function: "leaky(0.01)", trials: 1000, inactive: true), .twoPoint,
      .dataPoints(200), .closedForm, .closedFormBound, .leakyNotDead(alpha: "0.01"),
      .tooMuchWork(2.6e13, most: 5e9),
      .trained(epochs: 200, rate: "0.2", target: .abs),
      .trained(epochs: 50, rate: "0.05", target: .sin), .constantRule(points: 200),
      .mayRevive(function: "relu", slope: "1"), .needsTrain(option: "lr"), .trainWithBiasHe,
      .tooMuchTraining(1.2e10, most: 5e9), .inDouble(.half), .inDouble(.single),
    ]
  }

  /// The table's headings: `width`, `depth 10`.
  package static let width = Words(en: "width", zh: "宽度")
  /// What the columns count, alone: `depth`.
  package static let depthName = Words(en: "depth", zh: "深度")
  package static func depth(_ depth: Int) -> Words {
    Words(en: "depth \(depth)", zh: "深度 \(depth)")
  }
}
