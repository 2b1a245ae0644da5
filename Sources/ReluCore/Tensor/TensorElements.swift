/// A tensor's elements read one at a time by their row-major offset, so that
/// a renderer can show a few elements of a large tensor (or of a mask kept in
/// another form, ``RectifierMask``) without spelling it out whole.
protocol TensorElements {
  /// The extent of each dimension.
  var shape: [Int] { get }
  /// The number of elements, the product of `shape`.
  var count: Int { get }
  /// The element at `offset`, in `0..<count`.
  subscript(offset offset: Int) -> Double { get }
}

extension TensorElements {
  /// The number of dimensions.
  var rank: Int { shape.count }

  /// The shape as people write it: `3` for a vector, `2x3` for a matrix.
  var shapeDescription: String {
    shape.isEmpty ? "scalar" : shape.map(String.init).joined(separator: "x")
  }
}

extension Tensor: TensorElements {
  subscript(offset offset: Int) -> Double { scalars[offset] }
}
