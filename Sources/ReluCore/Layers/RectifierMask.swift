/// The mask f'(x) of one forward pass through a rectifier, one byte per element.
///
/// For a given rectifier f'(x) takes only four values: the slope where x < 0
/// (-inf included), 1 where x > 0, f'(0) by the convention where x is 0 or
/// -0.0, and NaN where x is NaN. The mask keeps which of the four, as a
/// ``Kind``, so backward reads one byte per element instead of the eight of a
/// Double mask (or of x itself) and the layer need not keep x alive.
/// ``derivatives`` spells the mask out as Doubles, f'(x_i) element by element.
struct RectifierMask: Sendable {
  /// Which value f'(x_i) took; the raw value is what the mask stores.
  enum Kind: UInt8, CaseIterable {
    case below = 0
    case above = 1
    case zero = 2
    case notANumber = 3

    /// The kind of x: the plain definition, used for the elements after the
    /// last whole group of eight.
    @inline(__always)
    static func code(of x: Double) -> UInt8 {
      let sign: UInt8 = x > 0 ? Kind.above.rawValue : Kind.below.rawValue
      let zero = x == 0 ? Kind.zero.rawValue : sign
      return x != x ? Kind.notANumber.rawValue : zero
    }

    /// ``code(of:)`` of eight elements at once, lane by lane.
    ///
    /// Spelled with SIMD types because the compiler does not vectorize the
    /// scalar form (comparisons of Doubles narrowed to bytes) on its own.
    @inline(__always)
    static func codes(of x: SIMD8<Double>) -> SIMD8<UInt8> {
      var code = SIMD8<Int64>(repeating: Int64(Kind.below.rawValue))
      code.replace(with: Int64(Kind.above.rawValue), where: x .> 0)
      code.replace(with: Int64(Kind.zero.rawValue), where: x .== 0)
      code.replace(with: Int64(Kind.notANumber.rawValue), where: x .!= x)
      return SIMD8<UInt8>(truncatingIfNeeded: code)
    }
  }

  /// The extents of the input the mask was made from.
  let shape: [Int]
  /// One ``Kind`` raw value per element, in the input's order.
  let codes: [UInt8]
  /// f'(x) below 0 and at 0.
  let rectifier: Rectifier

  /// The number of elements.
  var count: Int { codes.count }

  /// f' for a stored code, as selects: `slope`, 1, f'(0) or NaN.
  @inline(__always)
  func derivative(code: UInt8) -> Double {
    let sign = code == Kind.above.rawValue ? 1 : rectifier.slope
    let zero = code == Kind.zero.rawValue ? rectifier.slopeAtZero : sign
    return code == Kind.notANumber.rawValue ? .nan : zero
  }

  /// f'(x_i) for every element, as a tensor shaped like x.
  /// - Complexity: O(n); one allocation.
  var derivatives: Tensor {
    let scalars = codes.withUnsafeBufferPointer { codes in
      ScalarBuffer.make(count: codes.count, of: Double.self) { out in
        for i in 0..<codes.count { out[i] = derivative(code: codes[i]) }
      }
    }
    return Tensor(uncheckedShape: shape, scalars: scalars)
  }

  /// `upstream * f'(x)`, element-wise: exactly `upstream * derivatives`.
  /// - Throws: `LayerError.shapeMismatch` when `upstream` is not shaped like x.
  /// - Complexity: O(n); one allocation.
  func backward(_ upstream: Tensor) throws(LayerError) -> Tensor {
    guard upstream.shape == shape else {
      throw .shapeMismatch(expected: shape, got: upstream.shape)
    }
    // The four values of f' in a table indexed by the code.
    let table = (
      derivative(code: 0), derivative(code: 1), derivative(code: 2), derivative(code: 3)
    )
    let grad = withUnsafeBytes(of: table) { table in
      let table = table.assumingMemoryBound(to: Double.self)
      return upstream.scalars.withUnsafeBufferPointer { g in
        codes.withUnsafeBufferPointer { codes in
          ScalarBuffer.make(count: codes.count, of: Double.self) { out in
            for i in 0..<codes.count { out[i] = g[i] * table[Int(codes[i] & 3)] }
          }
        }
      }
    }
    return Tensor(uncheckedShape: shape, scalars: grad)
  }
}

extension RectifierMask: TensorElements {
  /// f'(x) at `offset`, from its byte.
  subscript(offset offset: Int) -> Double { derivative(code: codes[offset]) }
}
