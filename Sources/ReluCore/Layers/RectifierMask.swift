/// The mask f'(x) of one forward pass through a rectifier, two bits per
/// element.
///
/// For a given rectifier what backward does to an element depends only on
/// which of four kinds its x is: below 0 (-inf included), above 0, 0 or -0.0,
/// or NaN (``ConventionRectifier/backward(_:kind:)``). The mask keeps the
/// kind's code (``RectifierSide`` raw value, 0...3) in two bits, four
/// elements to a byte: element i in bits 2 (i mod 4) and 2 (i mod 4) + 1 of
/// byte floor(i / 4), so byte b is c_4b + 4 c_4b+1 + 16 c_4b+2 + 64 c_4b+3
/// (``code(at:)``), and the ceil(n / 4) bytes of n elements have their
/// unused high bits 0. Backward reads a quarter byte per element instead of
/// the eight of a Double mask (or of x itself), so that at every precision
/// the mask adds 1/4 byte to the element's 4, 8 or 16 bytes read and
/// written, and the layer need not keep x alive. ``derivatives`` spells the
/// mask out as Doubles, f'(x_i) element by element.
struct RectifierMask: Sendable {
  /// Where x_i lies (``RectifierSide``); the raw value is what the mask
  /// stores.
  typealias Kind = RectifierSide

  /// The extents of the input the mask was made from.
  let shape: [Int]
  /// The number of elements (the bytes are ceil(count / 4)).
  let count: Int
  /// Four ``Kind`` raw values per byte, element i in bits 2 (i mod 4) ..<
  /// 2 (i mod 4) + 2 of byte i / 4; the last byte's unused bits are 0.
  let packed: [UInt8]
  /// The rectifier and the convention that computes it.
  let rectifier: ConventionRectifier
  /// The precision forward computed in, which backward computes in too.
  let precision: Precision

  /// The number of bytes that hold `count` codes: ceil(count / 4).
  static func byteCount(of count: Int) -> Int { (count + 3) / 4 }

  /// The code (``Kind`` raw value) of element `offset`: bits 2 (offset mod 4)
  /// and up of byte offset / 4.
  func code(at offset: Int) -> UInt8 {
    packed[offset >> 2] >> (2 * UInt8(truncatingIfNeeded: offset & 3)) & 3
  }

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
    let count = count
    let scalars = withUnsafeBytes(of: table) { table in
      let table = table.assumingMemoryBound(to: Double.self)
      return packed.withUnsafeBufferPointer { packed in
        ScalarBuffer.make(count: count, of: Double.self) { out in
          for i in 0..<count {
            out[i] = table[Int(packed[i >> 2] >> (2 * UInt8(truncatingIfNeeded: i & 3)) & 3)]
          }
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
  /// (``KernelScalar/gradientLanes(_:factor:keep:addend:)``): the byte of
  /// elements 4b ... 4b + 3 is c0 + 4 c1 + 16 c2 + 64 c3 already, the index
  /// into two 256-entry tables of four lanes' factors and keeps, built once
  /// per call. The rest (count mod 4 elements), and every element of a
  /// shorter vector, one by one, each code read from its two bits (a byte
  /// at a time while four elements remain).
  /// - Complexity: O(n); one allocation of n elements (and in lanes the two
  ///   tables of 256 entries).
  private func gradient<T: KernelScalar>(_ upstream: [T]) -> [T] {
    let f = rectifier
    // Indexed by the code, the kind's raw value.
    let factors = Kind.allCases.map { T(f.factor($0)) }
    let keeps = Kind.allCases.map { f.blocks($0) ? T.Bits(0) : ~T.Bits(0) }
    let addend = T(f.backwardAddend)
    let count = count
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
      packed.withUnsafeBufferPointer { packed in
        ScalarBuffer.make(count: count, of: T.self) { out in
          guard let g = g.baseAddress, let c = packed.baseAddress, let y = out.baseAddress else {
            return
          }
          var i = 0
          if inLanes {
            factorQuads.withUnsafeBufferPointer { factor in
              keepQuads.withUnsafeBufferPointer { keep in
                let whole = count - count % 4
                while i < whole {
                  // Byte i / 4 holds elements i ..< i + 4: the table index.
                  let index = Int(c[i >> 2])
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
              @inline(__always) func one(_ i: Int, _ code: UInt8) {
                let code = Int(code & 3)
                let product = (g[i] * factor[code]).bitPattern & keep[code]
                y[i] = T(bitPattern: product) + addend
              }
              // A byte at a time while four elements remain (i is a
              // multiple of 4 here), then the last byte's two-bit fields.
              while i + 4 <= count {
                let byte = c[i >> 2]
                one(i, byte)
                one(i + 1, byte >> 2)
                one(i + 2, byte >> 4)
                one(i + 3, byte >> 6)
                i += 4
              }
              while i < count {
                one(i, c[i >> 2] >> (2 * UInt8(truncatingIfNeeded: i & 3)))
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
  /// Building the two 256-entry tables takes about 1.1 to 1.2 us, and the
  /// lanes save about 0.3 ns an element at Double and 0.4 at Float against
  /// the one-by-one loop (in cache): below some 2,700 (Float) to 3,800
  /// (Double) elements the one-by-one loop is as fast or faster.
  static let lanesFrom = 4096
}

extension RectifierMask: TensorElements {
  /// f'(x) at `offset`, from its two bits.
  subscript(offset offset: Int) -> Double { derivative(code: code(at: offset)) }
}
