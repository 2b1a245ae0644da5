/// A dense array of `Double` with a shape: a vector (`[n]`), a matrix
/// (`[rows, columns]`) or any higher rank, stored contiguously in row-major order.
package struct Tensor: Sendable, Hashable {
  /// The extent of each dimension; their product is `scalars.count`.
  package private(set) var shape: [Int]
  /// The elements in row-major order.
  package private(set) var scalars: [Double]

  /// A tensor of the given shape over `scalars`.
  /// - Throws: `TensorError.invalidShape` when a dimension is negative or the
  ///   shape's element count differs from `scalars.count`.
  package init(shape: [Int], scalars: [Double]) throws(TensorError) {
    var count = 1
    for extent in shape {
      guard extent >= 0 else { throw .invalidShape(shape, scalarCount: scalars.count) }
      let (product, overflow) = count.multipliedReportingOverflow(by: extent)
      guard !overflow else { throw .invalidShape(shape, scalarCount: scalars.count) }
      count = product
    }
    guard count == scalars.count else { throw .invalidShape(shape, scalarCount: scalars.count) }
    self.shape = shape
    self.scalars = scalars
  }

  /// A vector (rank 1) holding `scalars`.
  package init(_ scalars: [Double]) {
    self.shape = [scalars.count]
    self.scalars = scalars
  }

  /// A tensor with the shape of `other` and new elements; `scalars.count` must
  /// equal `other.count` (an internal invariant, not user input).
  init(shapeOf other: Tensor, scalars: [Double]) {
    precondition(scalars.count == other.scalars.count, "element count changed")
    self.shape = other.shape
    self.scalars = scalars
  }

  /// A tensor of a shape already known to hold `scalars.count` elements (an
  /// internal invariant, not user input).
  init(uncheckedShape shape: [Int], scalars: [Double]) {
    precondition(shape.reduce(1, *) == scalars.count, "element count changed")
    self.shape = shape
    self.scalars = scalars
  }

  /// The number of dimensions.
  package var rank: Int { shape.count }

  /// The number of elements.
  package var count: Int { scalars.count }

  /// The element at a multi-dimensional index.
  /// - Throws: `TensorError.indexOutOfRange` for a wrong number of indices or
  ///   an index outside its dimension.
  package func element(at index: [Int]) throws(TensorError) -> Double {
    guard index.count == shape.count else { throw .indexOutOfRange(index, shape: shape) }
    var offset = 0
    for (i, extent) in zip(index, shape) {
      guard i >= 0, i < extent else { throw .indexOutOfRange(index, shape: shape) }
      offset = offset * extent + i
    }
    return scalars[offset]
  }

  /// The element at a multi-dimensional index, which must be valid.
  package subscript(_ index: Int...) -> Double {
    do {
      return try element(at: index)
    } catch {
      preconditionFailure(error.description)
    }
  }
}
