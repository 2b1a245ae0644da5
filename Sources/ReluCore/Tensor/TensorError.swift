/// A tensor operation given the wrong shape or index.
package enum TensorError: Error, Sendable, Equatable, CustomStringConvertible, MessageCatalogue {
  /// A shape with a negative extent, or whose element count is not the data's.
  case invalidShape([Int], scalarCount: Int)
  /// An index with the wrong rank or outside its dimension.
  case indexOutOfRange([Int], shape: [Int])

  package var words: Words {
    switch self {
    case .invalidShape(let shape, let count):
      return Words(
        en: "shape \(shape) does not hold \(count) element(s)",
        zh: "形状 \(shape) 装不下 \(count) 个元素")
    case .indexOutOfRange(let index, let shape):
      return Words(
        en: "index \(index) is outside a tensor of shape \(shape)",
        zh: "下标 \(index) 超出了形状为 \(shape) 的张量")
    }
  }

  /// The English message.
  package var description: String { words.en }

  package static var samples: [TensorError] {
    [.invalidShape([2, 2], scalarCount: 3), .indexOutOfRange([5], shape: [3])]
  }
}
