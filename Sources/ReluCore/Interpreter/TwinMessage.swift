/// What `twin` and `sweep precision` say: their refusals, the lines around
/// their table, and the precision a network computes in.
package enum TwinMessage: MessageCatalogue, Equatable {
  /// `twin` on a sigmoid or tanh network: refused, with why.
  case noKink(function: String)
  /// `sweep` with neither list.
  case sweepNeedsList
  /// `sweep lr ... precision ...`.
  case sweepBothLists
  /// `batch` or `seeds` given to `sweep lr`.
  case onlyWithPrecision(option: String)
  /// `batch B` larger than the network's data.
  case batchTooLarge(batch: Int, points: Int)
  /// `twin relu: relu'(0) = 0 and relu'(0) = 1, 100 epochs at lr 0.2, full batch`.
  case heading(function: String, rules: [String], epochs: Int, rate: String, batch: Int?)
  /// What the z = 0 column counts.
  case zerosNote(rule: String)
  /// `half: the gradients differed in 10 of 10 seeds`.
  case summary(precision: String, differed: Int, seeds: Int)
  /// A seed whose run stopped at a loss that is not finite.
  case diverged(precision: String, seed: UInt64, epoch: Int)
  /// `  computed in half precision (Float16)`: a network not in double.
  case computedIn(Precision)

  package var words: Words {
    switch self {
    case .noKink(let f):
      Words(
        en: "twin sets f'(0) apart, and only relu and leaky let a convention choose f'(0);"
          + " the two copies of a \(f) network would be one: build a relu or leaky network,"
          + " e.g. net relu",
        zh: "twin 的两份网络只有 f'(0) 不同，而只有 relu 和 leaky 的 f'(0) 可按约定选取；"
          + "\(f) 的两份会完全相同：请搭建 relu 或 leaky 网络，例如 net relu")
    case .sweepNeedsList:
      Words(
        en: "sweep needs lr A... or precision P..., e.g. sweep lr 0.05 0.2",
        zh: "sweep 需要 lr A... 或 precision P...，例如 sweep lr 0.05 0.2")
    case .sweepBothLists:
      Words(
        en: "sweep takes lr A... or precision P..., not both",
        zh: "sweep 只接受 lr A... 或 precision P... 之一，不能两者都给")
    case .onlyWithPrecision(let option):
      Words(
        en: "\(option) goes with sweep precision (or twin), not with sweep lr",
        zh: "\(option) 只用于 sweep precision（或 twin），不用于 sweep lr")
    case .batchTooLarge(let batch, let points):
      Words(
        en: "batch \(batch) is more than the network's \(points) data points",
        zh: "batch \(batch) 超过了网络的数据点个数 \(points)")
    case .heading(let f, let rules, let epochs, let rate, let batch):
      Words(
        en:
          "twin \(f): \(rules.joined(separator: " and ")), \(Plural.count(epochs, "epoch")) at lr \(rate), "
          + (batch.map { "mini-batches of \($0) points" } ?? "full batch"),
        zh: "twin \(f)：\(rules.joined(separator: " 与 "))，以 lr \(rate) 训练 \(epochs) 轮，"
          + (batch.map { "每个小批量 \($0) 个数据点" } ?? "全批量"))
    case .zerosNote(let rule):
      Words(
        en: "  z = 0: pre-activations exactly 0 met by the copy with \(rule) (left)",
        zh: "  z = 0：左边那份网络（\(rule)）求梯度时遇到的恰为 0 的预激活值个数")
    case .summary(let precision, let differed, let seeds):
      Words(
        en: "\(precision): the gradients differed in \(differed) of \(Plural.count(seeds, "seed"))",
        zh: "\(precision)：\(seeds) 个随机种子中有 \(differed) 个的两份梯度出现过差异")
    case .diverged(let precision, let seed, let epoch):
      Words(
        en:
          "  \(precision), seed \(seed): a loss was not finite at epoch \(epoch); the run stopped",
        zh: "  \(precision)，随机种子 \(seed)：第 \(epoch) 轮的损失不是有限数，训练已停止")
    case .computedIn(let precision):
      switch precision {
      case .half: Words(en: "  computed in half precision (Float16)", zh: "  以半精度（Float16）计算")
      case .single: Words(en: "  computed in single precision (Float)", zh: "  以单精度（Float）计算")
      case .double: Words(en: "  computed in double precision (Double)", zh: "  以双精度（Double）计算")
      }
    }
  }

  /// The twin table's column headers.
  package static let headings = [
    Words(en: "precision", zh: "精度"), Words(en: "seed", zh: "随机种子"), Words.same("z = 0"),
    Words(en: "first differing", zh: "首次不同"), Words(en: "epochs differing", zh: "不同的轮数"),
    Words(en: "largest difference", zh: "最大权重差"), Words(en: "loss left", zh: "左份损失"),
    Words(en: "loss right", zh: "右份损失"),
  ]

  package static var samples: [TwinMessage] {
    [
      .noKink(function: "sigmoid"), .sweepNeedsList, .sweepBothLists,
      .onlyWithPrecision(option: "batch"), .batchTooLarge(batch: 300, points: 200),
      .heading(
        function: "relu", rules: ["relu'(0) = 0", "relu'(0) = 1"], epochs: 100, rate: "0.2",
        batch: nil),
      .heading(
        function: "relu", rules: ["relu'(0) = 0", "relu'(0) = 1"], epochs: 1, rate: "0.2",
        batch: 20),
      .zerosNote(rule: "relu'(0) = 0"), .summary(precision: "half", differed: 3, seeds: 10),
      .diverged(precision: "half", seed: 3, epoch: 40), .computedIn(.half), .computedIn(.single),
      .computedIn(.double),
    ]
  }
}
