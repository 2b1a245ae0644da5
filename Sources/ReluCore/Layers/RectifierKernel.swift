/// The element-wise loops behind ``ReLULayer`` and ``LeakyReLULayer``.
///
/// forward: y_i = f(x_i); mask: m_i = f'(x_i); backward: g_i = upstream_i * f'(x_i).
/// The layer keeps the input, not a mask: backward recomputes f'(x_i) as it
/// multiplies, which reads the same bytes a stored mask would and spares
/// forward a second output. Each loop is one pass over contiguous buffers;
/// the plain definitions are ``Rectifier/value(_:)`` and
/// ``Rectifier/derivative(_:)`` element by element (tests check the two agree).
struct RectifierKernel: Sendable {
  var slope: Double
  var atZero: SlopeAtZero

  private var rectifier: Rectifier { Rectifier(slope: slope, atZero: atZero) }

  /// f(x), shaped like `x`.
  /// - Complexity: O(n) for n elements; one allocation.
  func forward(_ x: Tensor) -> Tensor {
    let f = rectifier
    // One loop per rectifier, so neither carries the other's edge cases.
    let output =
      f.slope == 0
      ? Self.map(x.scalars, Rectifier.relu)
      : Self.map(x.scalars) { Rectifier.leaky($0, slope: f.slope) }
    return Tensor(shapeOf: x, scalars: output)
  }

  /// The mask f'(x), shaped like `x`.
  /// - Complexity: O(n); one allocation.
  func mask(_ x: Tensor) -> Tensor {
    let f = rectifier
    return Tensor(shapeOf: x, scalars: Self.map(x.scalars, f.derivative))
  }

  /// `function` of every element, in one pass (specialized for each function).
  @inline(__always)
  private static func map(_ input: [Double], _ function: (Double) -> Double) -> [Double] {
    input.withUnsafeBufferPointer { input in
      ScalarBuffer.make(count: input.count) { output in
        for i in 0..<input.count { output[i] = function(input[i]) }
      }
    }
  }

  /// `upstream * f'(x)`, element-wise: exactly `upstream * mask(x)`.
  /// - Throws: `LayerError.shapeMismatch` when the shapes differ.
  /// - Complexity: O(n); one allocation.
  func backward(_ upstream: Tensor, input x: Tensor) throws(LayerError) -> Tensor {
    guard upstream.shape == x.shape else {
      throw .shapeMismatch(expected: x.shape, got: upstream.shape)
    }
    let f = rectifier
    let grad = upstream.scalars.withUnsafeBufferPointer { g in
      x.scalars.withUnsafeBufferPointer { z in
        ScalarBuffer.make(count: z.count) { out in
          for i in 0..<z.count { out[i] = g[i] * f.derivative(z[i]) }
        }
      }
    }
    return Tensor(shapeOf: x, scalars: grad)
  }
}

/// What a rectifier layer keeps between forward and backward: the input of
/// the last forward (shared, not copied) and the kernel it went through, from
/// which the mask follows.
struct RectifierMemory: Sendable {
  private var last: (input: Tensor, kernel: RectifierKernel)?

  /// The mask f'(x) of the last forward's x, or nil before any.
  /// - Complexity: O(n): computed on each call.
  var mask: Tensor? { last.map { $0.kernel.mask($0.input) } }

  mutating func forward(_ x: Tensor, slope: Double, atZero: SlopeAtZero) -> Tensor {
    let kernel = RectifierKernel(slope: slope, atZero: atZero)
    last = (x, kernel)
    return kernel.forward(x)
  }

  /// forward, and the mask of the same x (a second pass).
  mutating func forwardWithMask(_ x: Tensor, slope: Double, atZero: SlopeAtZero)
    -> (output: Tensor, mask: Tensor)
  {
    let output = forward(x, slope: slope, atZero: atZero)
    return (output, RectifierKernel(slope: slope, atZero: atZero).mask(x))
  }

  func backward(_ upstream: Tensor) throws(LayerError) -> Tensor {
    guard let last else { throw .backwardBeforeForward }
    return try last.kernel.backward(upstream, input: last.input)
  }
}
