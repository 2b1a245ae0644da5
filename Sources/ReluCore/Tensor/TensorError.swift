/// A tensor operation given the wrong shape or index.
package enum TensorError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A shape with a negative extent, or whose element count is not the data's.
  case invalidShape([Int], scalarCount: Int)
  /// An index with the wrong rank or outside its dimension.
  case indexOutOfRange([Int], shape: [Int])

  package var description: String {
    switch self {
    case .invalidShape(let shape, let count):
      return "shape \(shape) does not hold \(count) element(s)"
    case .indexOutOfRange(let index, let shape):
      return "index \(index) is outside a tensor of shape \(shape)"
    }
  }
}
