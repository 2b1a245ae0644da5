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

  /// The number of elements.
  var count: Int { codes.count }

  /// f' for a stored code: the backward of an upstream gradient of 1.
  func derivative(code: UInt8) -> Double {
    rectifier.backward(1, kind: Kind(rawValue: code & 3) ?? .notANumber)
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

  /// `upstream_i * f'(x_i)` as the convention computes it, element-wise:
  /// ``ConventionRectifier/backward(_:kind:)`` of every element.
  ///
  /// Branch-free: per kind a factor f' and a bit mask that is all ones, or
  /// zero where the convention selects +0 instead of multiplying, so each
  /// element is `(g * factor) & keep` (plus +0 for JAX's leaky), which is
  /// that function's result bit for bit: g * factor where it multiplies, +0
  /// where it selects.
  /// - Throws: `LayerError.shapeMismatch` when `upstream` is not shaped like x.
  /// - Complexity: O(n); one allocation.
  func backward(_ upstream: Tensor) throws(LayerError) -> Tensor {
    guard upstream.shape == shape else {
      throw .shapeMismatch(expected: shape, got: upstream.shape)
    }
    let f = rectifier
    let kinds = Kind.allCases
    let factors = kinds.map(f.factor)
    let keeps = kinds.map { f.blocks($0) ? UInt64(0) : ~UInt64(0) }
    // Indexed by the code, the kind's raw value.
    let factorTable = (factors[0], factors[1], factors[2], factors[3])
    let keepTable = (keeps[0], keeps[1], keeps[2], keeps[3])
    let addsZero = f.rule.addsZero
    let grad = withUnsafeBytes(of: factorTable) { factor in
      withUnsafeBytes(of: keepTable) { keep in
        let factor = factor.assumingMemoryBound(to: Double.self)
        let keep = keep.assumingMemoryBound(to: UInt64.self)
        return upstream.scalars.withUnsafeBufferPointer { g in
          codes.withUnsafeBufferPointer { codes in
            ScalarBuffer.make(count: codes.count, of: Double.self) { out in
              // Two loops, so that only JAX's leaky pays for the addition
              // (adding -0.0, the other addend, changes nothing).
              if addsZero {
                for i in 0..<codes.count {
                  let code = Int(codes[i] & 3)
                  let product = (g[i] * factor[code]).bitPattern & keep[code]
                  out[i] = Double(bitPattern: product) + 0
                }
              } else {
                for i in 0..<codes.count {
                  let code = Int(codes[i] & 3)
                  out[i] = Double(bitPattern: (g[i] * factor[code]).bitPattern & keep[code])
                }
              }
            }
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
