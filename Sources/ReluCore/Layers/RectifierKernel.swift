/// The element-wise loops behind ``ReLULayer`` and ``LeakyReLULayer``,
/// written once for the three precisions (``KernelScalar``).
///
/// forward: y_i = f(x_i) and the kind of x_i, in one pass that writes one
/// element of output and two bits of mask per element, four elements to a
/// byte (see ``RectifierMask``); backward: g_i = upstream_i * f'(x_i) as the convention
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
    let packed: [UInt8]
    switch precision {
    case .double: (output, packed) = forward(x.scalars)
    case .single:
      let (narrow, kinds) = forward(ScalarBuffer.narrowed(x.scalars, to: Float.self))
      (output, packed) = (ScalarBuffer.widened(narrow), kinds)
    case .half:
      let (narrow, kinds) = forward(ScalarBuffer.narrowed(x.scalars, to: Float16.self))
      (output, packed) = (ScalarBuffer.widened(narrow), kinds)
    }
    return (
      Tensor(shapeOf: x, scalars: output),
      RectifierMask(
        shape: x.shape, count: x.scalars.count, packed: packed, rectifier: rectifier,
        precision: precision)
    )
  }

  /// f(x) of every element in its type, and the elements' mask codes packed
  /// four to a byte (``RectifierMask/packed``).
  /// - Complexity: O(n) for n elements, one pass; two allocations.
  func forward<T: KernelScalar>(_ x: [T]) -> (output: [T], packed: [UInt8]) {
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

  /// `function` of every element, and each element's ``RectifierMask/Kind``
  /// packed two bits to an element (``RectifierMask``), in one pass: eight
  /// elements at a time through `rule` (the same function on SIMD lanes,
  /// ``KernelScalar/lanes(_:_:slope:)``), the rest one by one.
  ///
  /// Eight codes c0 ... c7 (each 0...3, ``KernelScalar/codes(of:)``) read as
  /// one little-endian word make two bytes: each 32-bit half w holds four
  /// codes, and c0 + 4 c1 + 16 c2 + 64 c3 = (((w & 0x03030303) * 0x01041040)
  /// mod 2^32) >> 24. The multiplier is 2^24 + 2^18 + 2^12 + 2^6, which
  /// moves c_k (at bit 8k) to bits 24 + 2k; the other partial products land
  /// in the disjoint bit pairs 6, 12, 14, 18, 20 and 22, below bit 24, or at
  /// bit 32 and above, which the modulus drops, so nothing carries into the
  /// byte.
  ///
  /// The rule is a type, not a value, so that each loop is specialized for
  /// its rule and has no switch inside (with a value the Double forward was
  /// 10 to 40% slower).
  @inline(__always)
  private static func map<T: KernelScalar, Chosen: Rule>(
    _ input: [T], _: Chosen.Type, _ slope: T, _ function: (T) -> T
  ) -> (output: [T], packed: [UInt8]) {
    let rule = Chosen.rule
    return input.withUnsafeBufferPointer { input in
      let count = input.count
      var output: [T] = []
      let bytes = RectifierMask.byteCount(of: count)
      let packed = ScalarBuffer.make(count: bytes, of: UInt8.self) { packed in
        output = ScalarBuffer.make(count: count, of: T.self) { output in
          guard let x = input.baseAddress, let y = output.baseAddress,
            let m = packed.baseAddress
          else { return }
          let whole = count - count % 8
          var i = 0
          while i < whole {
            let z = UnsafeRawPointer(x + i).loadUnaligned(as: SIMD8<T>.self)
            UnsafeMutableRawPointer(y + i).storeBytes(
              of: T.lanes(z, rule, slope: slope), as: SIMD8<T>.self)
            // Lane k is byte k of the word, in memory order.
            let word = UInt64(littleEndian: unsafeBitCast(T.codes(of: z), to: UInt64.self))
            let low = (UInt32(truncatingIfNeeded: word) & 0x0303_0303) &* 0x0104_1040
            let high = (UInt32(truncatingIfNeeded: word >> 32) & 0x0303_0303) &* 0x0104_1040
            let pair =
              UInt16(truncatingIfNeeded: low >> 24) | UInt16(truncatingIfNeeded: high >> 24) << 8
            UnsafeMutableRawPointer(m + i >> 2).storeBytes(of: pair.littleEndian, as: UInt16.self)
            i += 8
          }
          // The tail starts a byte (whole is a multiple of 8): each code
          // into its two bits, each byte stored when full or at the end, so
          // the last byte's unused bits stay 0.
          var byte: UInt8 = 0
          while i < count {
            y[i] = function(x[i])
            byte |= RectifierMask.Kind.code(of: x[i]) << (2 * UInt8(truncatingIfNeeded: i & 3))
            if i & 3 == 3 || i == count - 1 {
              m[i >> 2] = byte
              byte = 0
            }
            i += 1
          }
        }
      }
      return (output, packed)
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

/// What a rectifier layer keeps between forward and backward: the mask of
/// the last forward (two bits per element), from which backward and the Double mask follow.
struct RectifierMemory: Sendable {
  private var last: RectifierMask?

  /// The mask f'(x) of the last forward's x, or nil before any.
  /// - Complexity: O(n): spelled out as Doubles on each call.
  var mask: Tensor? { last?.derivatives }

  /// The mask of the last forward, two bits per element, or nil before any.
  var packedMask: RectifierMask? { last }

  mutating func forward(
    _ x: Tensor, _ rectifier: ConventionRectifier, in precision: Precision
  ) -> Tensor {
    let (output, mask) = RectifierKernel(rectifier: rectifier).forward(x, in: precision)
    last = mask
    return output
  }

  /// forward, and the mask of the same x as Doubles (a second pass over the codes).
  mutating func forwardWithMask(
    _ x: Tensor, _ rectifier: ConventionRectifier, in precision: Precision
  ) -> (output: Tensor, mask: Tensor) {
    let (output, mask) = RectifierKernel(rectifier: rectifier).forward(x, in: precision)
    last = mask
    return (output, mask.derivatives)
  }

  /// forward of a vector held in `T`, remembering its mask (in `T`'s precision).
  mutating func forward<T: KernelScalar>(_ x: [T], _ rectifier: ConventionRectifier) -> [T] {
    let (output, packed) = RectifierKernel(rectifier: rectifier).forward(x)
    last = RectifierMask(
      shape: [x.count], count: x.count, packed: packed, rectifier: rectifier,
      precision: T.precision)
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
