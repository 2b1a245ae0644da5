/// The element-wise loops behind ``ReLULayer`` and ``LeakyReLULayer``.
///
/// forward: y_i = f(x_i) and mask_i = f'(x_i); backward: g_i = upstream_i * mask_i.
/// Each loop runs over contiguous buffers with no allocation per element.
struct RectifierKernel: Sendable {
  var slope: Double
  var atZero: SlopeAtZero

  /// The outputs f(x) and the local derivatives f'(x), both shaped like `x`.
  /// - Complexity: O(n) for n elements; two allocations in all.
  func forward(_ x: Tensor) -> (output: Tensor, mask: Tensor) {
    let f = Rectifier(slope: slope, atZero: atZero)
    // One loop per rectifier, so neither carries the other's edge cases.
    let (output, mask) =
      f.slope == 0
      ? Self.map(x.scalars, value: Rectifier.relu, derivative: f.derivative)
      : Self.map(
        x.scalars, value: { Rectifier.leaky($0, slope: f.slope) }, derivative: f.derivative)
    return (Tensor(shapeOf: x, scalars: output), Tensor(shapeOf: x, scalars: mask))
  }

  /// `value` and `derivative` of every element, in one pass over contiguous
  /// buffers (specialized for each pair of functions).
  @inline(__always)
  private static func map(
    _ input: [Double], value: (Double) -> Double, derivative: (Double) -> Double
  ) -> ([Double], [Double]) {
    let n = input.count
    var mask: [Double] = []
    let output = [Double](unsafeUninitializedCapacity: n) { output, outputCount in
      mask = [Double](unsafeUninitializedCapacity: n) { mask, maskCount in
        input.withUnsafeBufferPointer { input in
          for i in 0..<n {
            let z = input[i]
            output[i] = value(z)
            mask[i] = derivative(z)
          }
        }
        maskCount = n
      }
      outputCount = n
    }
    return (output, mask)
  }

  /// `upstream * mask`, element-wise.
  /// - Throws: `LayerError.shapeMismatch` when the shapes differ.
  /// - Complexity: O(n); one allocation.
  static func backward(_ upstream: Tensor, mask: Tensor) throws(LayerError) -> Tensor {
    guard upstream.shape == mask.shape else {
      throw .shapeMismatch(expected: mask.shape, got: upstream.shape)
    }
    let n = mask.count
    let grad = [Double](unsafeUninitializedCapacity: n) { out, initialized in
      upstream.scalars.withUnsafeBufferPointer { g in
        mask.scalars.withUnsafeBufferPointer { m in
          for i in 0..<n { out[i] = g[i] * m[i] }
        }
      }
      initialized = n
    }
    return Tensor(shapeOf: mask, scalars: grad)
  }
}

/// What a rectifier layer keeps between forward and backward: the mask of
/// local derivatives from the last forward pass.
struct RectifierMemory: Sendable {
  private(set) var mask: Tensor?

  mutating func forward(_ x: Tensor, slope: Double, atZero: SlopeAtZero)
    -> (output: Tensor, mask: Tensor)
  {
    let result = RectifierKernel(slope: slope, atZero: atZero).forward(x)
    mask = result.mask
    return result
  }

  func backward(_ upstream: Tensor) throws(LayerError) -> Tensor {
    guard let mask else { throw .backwardBeforeForward }
    return try RectifierKernel.backward(upstream, mask: mask)
  }
}
