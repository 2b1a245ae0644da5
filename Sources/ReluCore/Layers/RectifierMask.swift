/// The mask f'(x) of one forward pass through a rectifier, one byte per element.
///
/// For a given rectifier what backward does to an element depends only on
/// which of four kinds its x is: below 0 (-inf included), above 0, 0 or -0.0,
/// or NaN (``ConventionRectifier/backward(_:kind:)``). The mask keeps the
/// kind, so backward reads one byte per element instead of the eight of a
/// Double mask (or of x itself) and the layer need not keep x alive.
/// ``derivatives`` spells the mask out as Doubles, f'(x_i) element by element.
struct RectifierMask: Sendable {
  /// Where x_i lies (``RectifierSide``); the raw value is what the mask
  /// stores.
  typealias Kind = RectifierSide

  /// The extents of the input the mask was made from.
  let shape: [Int]
  /// One ``Kind`` raw value per element, in the input's order.
  let codes: [UInt8]
  /// The rectifier and the convention that computes it.
  let rectifier: ConventionRectifier
  /// The precision forward computed in, which backward computes in too.
  let precision: Precision

  /// The number of elements.
  var count: Int { codes.count }

  /// f' for a stored code: the backward of an upstream gradient of 1, in
  /// the mask's precision.
  func derivative(code: UInt8) -> Double {
    let kind = Kind(rawValue: code & 3) ?? .notANumber
    return switch precision {
    case .half: Double(rectifier.backward(Float16(1), kind: kind))
    case .single: Double(rectifier.backward(Float(1), kind: kind))
    case .double: rectifier.backward(1.0, kind: kind)
    }
  }

  /// f'(x_i) for every element, as a tensor shaped like x.
  /// - Complexity: O(n); one allocation.
  var derivatives: Tensor {
    let table = (
      derivative(code: 0), derivative(code: 1), derivative(code: 2), derivative(code: 3)
    )
    let scalars = withUnsafeBytes(of: table) { table in
      let table = table.assumingMemoryBound(to: Double.self)
      return codes.withUnsafeBufferPointer { codes in
        ScalarBuffer.make(count: codes.count, of: Double.self) { out in
          for i in 0..<codes.count { out[i] = table[Int(codes[i] & 3)] }
        }
      }
    }
    return Tensor(uncheckedShape: shape, scalars: scalars)
  }

  /// `upstream_i * f'(x_i)` as the convention computes it, element-wise, in
  /// the mask's precision (``backward(_:)-generic``).
  /// - Throws: `LayerError.shapeMismatch` when `upstream` is not shaped like x.
  /// - Complexity: O(n); one allocation (three at single or half).
  func backward(_ upstream: Tensor) throws(LayerError) -> Tensor {
    guard upstream.shape == shape else {
      throw .shapeMismatch(expected: shape, got: upstream.shape)
    }
    let grad: [Double]
    switch precision {
    case .double: grad = gradient(upstream.scalars)
    case .single:
      grad = ScalarBuffer.widened(gradient(ScalarBuffer.narrowed(upstream.scalars, to: Float.self)))
    case .half:
      grad = ScalarBuffer.widened(
        gradient(ScalarBuffer.narrowed(upstream.scalars, to: Float16.self)))
    }
    return Tensor(uncheckedShape: shape, scalars: grad)
  }

  /// ``backward(_:)-(Tensor)`` of a vector held in `T`, computed in `T`.
  /// - Throws: `LayerError.shapeMismatch` when `upstream` has not one element per code.
  func backward<T: KernelScalar>(_ upstream: [T]) throws(LayerError) -> [T] {
    guard upstream.count == count else {
      throw .shapeMismatch(expected: shape, got: [upstream.count])
    }
    return gradient(upstream)
  }

  /// ``ConventionRectifier/backward(_:kind:)`` of every element, in `T`.
  ///
  /// Branch-free: per kind a factor f' (rounded to `T`) and keep bits (all
  /// ones, or 0 where the convention selects +0 instead of multiplying), so
  /// each element is `(g * factor) & keep`, plus
  /// ``ConventionRectifier/backwardAddend`` (+0 for JAX's leaky, else -0.0,
  /// which changes nothing): that function's result bit for bit.
  ///
  /// From ``lanesFrom`` elements on, four at a time
  /// (``KernelScalar/gradientLanes(_:factor:keep:addend:)``): the four codes
  /// c0...c3 (each 0...3), read as one little-endian word w, make one index
  /// c0 + 4 c1 + 16 c2 + 64 c3 = (((w & 0x03030303) * 0x01041040) mod 2^32) >> 24
  /// (the multiplier is 2^24 + 2^18 + 2^12 + 2^6, which moves c_k to bits
  /// 24 + 2k; the other partial products land in the disjoint bit pairs
  /// 6, 12, 14, 18, 20 and 22, below bit 24, so nothing carries into the
  /// index), into two 256-entry tables of four lanes' factors and keeps,
  /// built once per call. The rest, and every element of a shorter vector,
  /// one by one.
  /// - Complexity: O(n); one allocation of n elements (and in lanes the two
  ///   tables of 256 entries).
  private func gradient<T: KernelScalar>(_ upstream: [T]) -> [T] {
    let f = rectifier
    // Indexed by the code, the kind's raw value.
    let factors = Kind.allCases.map { T(f.factor($0)) }
    let keeps = Kind.allCases.map { f.blocks($0) ? T.Bits(0) : ~T.Bits(0) }
    let addend = T(f.backwardAddend)
    let count = codes.count
    let inLanes = count >= Self.lanesFrom
    // Entry c0 + 4 c1 + 16 c2 + 64 c3: lane k holds code c_k's.
    let quads = inLanes ? 256 : 0
    let factorQuads = (0..<quads).map { i in
      SIMD4(factors[i & 3], factors[i >> 2 & 3], factors[i >> 4 & 3], factors[i >> 6 & 3])
    }
    let keepQuads = (0..<quads).map { i in
      SIMD4(keeps[i & 3], keeps[i >> 2 & 3], keeps[i >> 4 & 3], keeps[i >> 6 & 3])
    }
    return upstream.withUnsafeBufferPointer { g in
      codes.withUnsafeBufferPointer { codes in
        ScalarBuffer.make(count: count, of: T.self) { out in
          guard let g = g.baseAddress, let c = codes.baseAddress, let y = out.baseAddress else {
            return
          }
          var i = 0
          if inLanes {
            factorQuads.withUnsafeBufferPointer { factor in
              keepQuads.withUnsafeBufferPointer { keep in
                let whole = count - count % 4
                while i < whole {
                  let word = UInt32(
                    littleEndian: UnsafeRawPointer(c + i).loadUnaligned(as: UInt32.self))
                  let index = Int(((word & 0x0303_0303) &* 0x0104_1040) >> 24)
                  let lanes = T.gradientLanes(
                    UnsafeRawPointer(g + i).loadUnaligned(as: SIMD4<T>.self),
                    factor: factor[index], keep: keep[index], addend: addend)
                  UnsafeMutableRawPointer(y + i).storeBytes(of: lanes, as: SIMD4<T>.self)
                  i += 4
                }
              }
            }
          }
          // One element at a time: (g * factor) & keep + addend.
          let factorTable = (factors[0], factors[1], factors[2], factors[3])
          let keepTable = (keeps[0], keeps[1], keeps[2], keeps[3])
          withUnsafeBytes(of: factorTable) { factor in
            withUnsafeBytes(of: keepTable) { keep in
              let factor = factor.assumingMemoryBound(to: T.self)
              let keep = keep.assumingMemoryBound(to: T.Bits.self)
              while i < count {
                let code = Int(c[i] & 3)
                let product = (g[i] * factor[code]).bitPattern & keep[code]
                y[i] = T(bitPattern: product) + addend
                i += 1
              }
            }
          }
        }
      }
    }
  }

  /// The fewest elements backward computes in lanes.
  ///
  /// Building the two 256-entry tables takes about 1.2 us, and the lanes
  /// save about 0.2 to 0.35 ns an element (in cache, Double and Float):
  /// below some 4,000 elements the one-by-one loop is as fast or faster.
  static let lanesFrom = 4096
}

extension RectifierMask: TensorElements {
  /// f'(x) at `offset`, from its byte.
  subscript(offset offset: Int) -> Double { derivative(code: codes[offset]) }
}
