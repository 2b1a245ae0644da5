/// The element-wise loops behind ``ReLULayer`` and ``LeakyReLULayer``,
/// written once for the three precisions (``KernelScalar``).
///
/// forward: y_i = f(x_i) and the kind of x_i, in one pass that writes one
/// element of output and one byte of mask per element (see
/// ``RectifierMask``); backward: g_i = upstream_i * f'(x_i) as the convention
/// computes it. The plain definitions are ``ConventionRectifier/value(_:)``,
/// ``ConventionRectifier/derivative(_:)`` and
/// ``ConventionRectifier/backward(_:at:)`` element by element (tests check
/// the loops agree with them bit for bit, in each precision).
///
/// A tensor (binary64) goes through in its precision: at double directly; at
/// single or half its elements are narrowed to `Float` or `Float16` (each a
/// value that type holds, since inputs are rounded on entry), the loop runs
/// in that type, and the results are widened back, exactly.
struct RectifierKernel: Sendable {
  /// The rectifier and the convention that computes it.
  var rectifier: ConventionRectifier

  /// f(x), shaped like `x`, and the mask of f'(x), computed in `precision`.
  /// - Complexity: O(n) for n elements, one pass (and at single or half one
  ///   to narrow and one to widen); two allocations (four at single or half).
  func forward(
    _ x: Tensor, in precision: Precision = .double
  ) -> (output: Tensor, mask: RectifierMask) {
    let output: [Double]
    let codes: [UInt8]
    switch precision {
    case .double: (output, codes) = forward(x.scalars)
    case .single:
      let (narrow, kinds) = forward(ScalarBuffer.narrowed(x.scalars, to: Float.self))
      (output, codes) = (ScalarBuffer.widened(narrow), kinds)
    case .half:
      let (narrow, kinds) = forward(ScalarBuffer.narrowed(x.scalars, to: Float16.self))
      (output, codes) = (ScalarBuffer.widened(narrow), kinds)
    }
    return (
      Tensor(shapeOf: x, scalars: output),
      RectifierMask(shape: x.shape, codes: codes, rectifier: rectifier, precision: precision)
    )
  }

  /// f(x) of every element in its type, and each element's mask code.
  /// - Complexity: O(n) for n elements, one pass; two allocations.
  func forward<T: KernelScalar>(_ x: [T]) -> (output: [T], codes: [UInt8]) {
    let f = rectifier
    let slope = T(f.slope)
    typealias R = ConventionRectifier
    // One loop per rectifier and rule, so none carries another's edge cases.
    return switch (f.isLeaky, f.rule.keepsNegativeZero) {
    case (false, true): Self.map(x, RuleRelu.self, slope, R.relu)
    case (false, false):
      Self.map(x, RuleReluClearingNegativeZero.self, slope, R.reluClearingNegativeZero)
    case (true, true): Self.map(x, RuleLeaky.self, slope) { R.leaky($0, slope: slope) }
    case (true, false):
      Self.map(x, RuleLeakyClearingNegativeZero.self, slope) {
        R.leakyClearingNegativeZero($0, slope: slope)
      }
    }
  }

  /// `function` of every element, and each element's ``RectifierMask/Kind``,
  /// in one pass: eight elements at a time through `rule` (the same function
  /// on SIMD lanes, ``KernelScalar/lanes(_:_:slope:)``), the rest one by one.
  ///
  /// The rule is a type, not a value, so that each loop is specialized for
  /// its rule and has no switch inside (with a value the Double forward was
  /// 10 to 40% slower).
  @inline(__always)
  private static func map<T: KernelScalar, Chosen: Rule>(
    _ input: [T], _: Chosen.Type, _ slope: T, _ function: (T) -> T
  ) -> (output: [T], codes: [UInt8]) {
    let rule = Chosen.rule
    return input.withUnsafeBufferPointer { input in
      let count = input.count
      var output: [T] = []
      let codes = ScalarBuffer.make(count: count, of: UInt8.self) { codes in
        output = ScalarBuffer.make(count: count, of: T.self) { output in
          guard let x = input.baseAddress, let y = output.baseAddress,
            let m = codes.baseAddress
          else { return }
          let whole = count - count % 8
          var i = 0
          while i < whole {
            let z = UnsafeRawPointer(x + i).loadUnaligned(as: SIMD8<T>.self)
            UnsafeMutableRawPointer(y + i).storeBytes(
              of: T.lanes(z, rule, slope: slope), as: SIMD8<T>.self)
            UnsafeMutableRawPointer(m + i).storeBytes(of: T.codes(of: z), as: SIMD8<UInt8>.self)
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

/// A ``LaneRule`` as a type, for ``RectifierKernel``'s loops.
protocol Rule {
  static var rule: LaneRule { get }
}

enum RuleRelu: Rule { static var rule: LaneRule { .relu } }
enum RuleReluClearingNegativeZero: Rule { static var rule: LaneRule { .reluClearingNegativeZero } }
enum RuleLeaky: Rule { static var rule: LaneRule { .leaky } }
enum RuleLeakyClearingNegativeZero: Rule {
  static var rule: LaneRule { .leakyClearingNegativeZero }
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

  mutating func forward(
    _ x: Tensor, _ rectifier: ConventionRectifier, in precision: Precision
  ) -> Tensor {
    let (output, mask) = RectifierKernel(rectifier: rectifier).forward(x, in: precision)
    last = mask
    return output
  }

  /// forward, and the mask of the same x as Doubles (a second pass over the bytes).
  mutating func forwardWithMask(
    _ x: Tensor, _ rectifier: ConventionRectifier, in precision: Precision
  ) -> (output: Tensor, mask: Tensor) {
    let (output, mask) = RectifierKernel(rectifier: rectifier).forward(x, in: precision)
    last = mask
    return (output, mask.derivatives)
  }

  /// forward of a vector held in `T`, remembering its mask (in `T`'s precision).
  mutating func forward<T: KernelScalar>(_ x: [T], _ rectifier: ConventionRectifier) -> [T] {
    let (output, codes) = RectifierKernel(rectifier: rectifier).forward(x)
    last = RectifierMask(
      shape: [x.count], codes: codes, rectifier: rectifier, precision: T.precision)
    return output
  }

  func backward(_ upstream: Tensor) throws(LayerError) -> Tensor {
    guard let last else { throw .backwardBeforeForward }
    return try last.backward(upstream)
  }

  func backward<T: KernelScalar>(_ upstream: [T]) throws(LayerError) -> [T] {
    guard let last else { throw .backwardBeforeForward }
    return try last.backward(upstream)
  }
}
