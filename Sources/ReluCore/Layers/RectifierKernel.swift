/// The element-wise loops behind ``ReLULayer`` and ``LeakyReLULayer``.
///
/// forward: y_i = f(x_i) and the kind of x_i, in one pass that writes
/// eight bytes of output and one byte of mask per element (see
/// ``RectifierMask``); backward: g_i = upstream_i * f'(x_i) as the convention
/// computes it. The plain definitions are ``ConventionRectifier/value(_:)``,
/// ``ConventionRectifier/derivative(_:)`` and
/// ``ConventionRectifier/backward(_:at:)`` element by element (tests check
/// the loops agree with them bit for bit).
struct RectifierKernel: Sendable {
  /// The rectifier and the convention that computes it.
  var rectifier: ConventionRectifier

  /// f(x), shaped like `x`, and the mask of f'(x).
  /// - Complexity: O(n) for n elements, one pass; two allocations.
  func forward(_ x: Tensor) -> (output: Tensor, mask: RectifierMask) {
    let f = rectifier
    let slope = f.slope
    typealias R = ConventionRectifier
    // One loop per rectifier and rule, so none carries another's edge cases.
    let (output, codes) =
      switch (f.isLeaky, f.rule.keepsNegativeZero) {
      case (false, true): Self.map(x.scalars, R.relu, R.relu)
      case (false, false):
        Self.map(x.scalars, R.reluClearingNegativeZero, R.reluClearingNegativeZero)
      case (true, true):
        Self.map(x.scalars, { R.leaky($0, slope: slope) }, { R.leaky($0, slope: slope) })
      case (true, false):
        Self.map(
          x.scalars, { R.leakyClearingNegativeZero($0, slope: slope) },
          { R.leakyClearingNegativeZero($0, slope: slope) })
      }
    return (
      Tensor(shapeOf: x, scalars: output),
      RectifierMask(shape: x.shape, codes: codes, rectifier: f)
    )
  }

  /// `function` of every element, and each element's ``RectifierMask/Kind``,
  /// in one pass: eight elements at a time through `lanes` (the same function
  /// on SIMD lanes), the rest one by one.
  @inline(__always)
  private static func map(
    _ input: [Double], _ function: (Double) -> Double,
    _ lanes: (SIMD8<Double>) -> SIMD8<Double>
  ) -> (output: [Double], codes: [UInt8]) {
    input.withUnsafeBufferPointer { input in
      let count = input.count
      var output: [Double] = []
      let codes = ScalarBuffer.make(count: count, of: UInt8.self) { codes in
        output = ScalarBuffer.make(count: count, of: Double.self) { output in
          guard let x = input.baseAddress, let y = output.baseAddress,
            let m = codes.baseAddress
          else { return }
          let whole = count - count % 8
          var i = 0
          while i < whole {
            let z = UnsafeRawPointer(x + i).loadUnaligned(as: SIMD8<Double>.self)
            UnsafeMutableRawPointer(y + i).storeBytes(of: lanes(z), as: SIMD8<Double>.self)
            UnsafeMutableRawPointer(m + i).storeBytes(
              of: RectifierMask.Kind.codes(of: z), as: SIMD8<UInt8>.self)
            i += 8
          }
          while i < count {
            y[i] = function(x[i])
            m[i] = RectifierMask.Kind.code(of: x[i])
            i += 1
          }
        }
      }
      return (output, codes)
    }
  }
}

/// What a rectifier layer keeps between forward and backward: the byte mask
/// of the last forward, from which backward and the Double mask follow.
struct RectifierMemory: Sendable {
  private var last: RectifierMask?

  /// The mask f'(x) of the last forward's x, or nil before any.
  /// - Complexity: O(n): spelled out as Doubles on each call.
  var mask: Tensor? { last?.derivatives }

  /// The byte mask of the last forward, or nil before any.
  var byteMask: RectifierMask? { last }

  mutating func forward(_ x: Tensor, _ rectifier: ConventionRectifier) -> Tensor {
    let (output, mask) = RectifierKernel(rectifier: rectifier).forward(x)
    last = mask
    return output
  }

  /// forward, and the mask of the same x as Doubles (a second pass over the bytes).
  mutating func forwardWithMask(_ x: Tensor, _ rectifier: ConventionRectifier)
    -> (output: Tensor, mask: Tensor)
  {
    let (output, mask) = RectifierKernel(rectifier: rectifier).forward(x)
    last = mask
    return (output, mask.derivatives)
  }

  func backward(_ upstream: Tensor) throws(LayerError) -> Tensor {
    guard let last else { throw .backwardBeforeForward }
    return try last.backward(upstream)
  }
}
