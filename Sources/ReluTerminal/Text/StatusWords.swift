import ReluCore

/// The words of the lab's status line (``StatusLine``); setting names
/// (alpha, lr, grad0), function and view names and numbers stay as typed.
package enum StatusWords: MessageCatalogue, Equatable {
  /// `layer relu`.
  case layer(String)
  /// `decay relu step 2` (the full line) or `relu step 2` (the compact one).
  case decay(function: String, step: Int, compact: Bool)
  /// The decay's state.
  case decayStatus(DecayStatus)
  /// `net relu epoch 20: 64/64 dead`.
  case network(function: String, epoch: Int, dead: Int, units: Int)
  /// `view plot`, with `(F7)` when F7 has other views.
  case view(String, cycles: Bool)

  package var words: Words {
    switch self {
    case .layer(let name): Words(en: "layer \(name)", zh: "层 \(name)")
    case .decay(let function, let step, let compact):
      Words(
        en: (compact ? "" : "decay ") + "\(function) step \(step)",
        zh: (compact ? "" : "梯度下降模拟 ") + "\(function) 第 \(step) 步")
    case .decayStatus(let status):
      // The same words as the decay's tables and race labels.
      status.words
    case .network(let function, let epoch, let dead, let units):
      Words(
        en: "net \(function) epoch \(epoch): \(dead)/\(units) dead",
        zh: "网络 \(function) 第 \(epoch) 轮：\(dead)/\(units) 死亡")
    case .view(let name, let cycles):
      Words(en: "view \(name)", zh: "视图 \(name)") + .same(cycles ? " (F7)" : "")
    }
  }

  package static var samples: [StatusWords] {
    [
      .layer("relu"), .decay(function: "relu", step: 2, compact: false),
      .decay(function: "relu", step: 2, compact: true), .decayStatus(.running),
      .decayStatus(.reached), .decayStatus(.overshot), .decayStatus(.dead),
      .decayStatus(.limit),
      .network(function: "relu", epoch: 20, dead: 3, units: 64), .view("plot", cycles: true),
    ]
  }
}
