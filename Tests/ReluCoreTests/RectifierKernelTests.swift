import Testing

@testable import ReluCore

/// The kernels' loops against the plain definitions, element by element, on
/// random inputs laced with NaN, -0.0, 0, infinities and subnormals.
@Suite struct RectifierKernelTests {
  /// f(z) as the math states it: z above 0, slope * z below, NaN kept; a
  /// zero output is +0.0 (for -0.0, and for a product that underflows), and
  /// slope 0 gives 0 at -inf.
  static func value(_ z: Double, slope: Double) -> Double {
    if z.isNaN { return z }
    if z > 0 { return z }
    if slope == 0 || z == 0 { return 0 }
    let y = slope * z
    return y == 0 ? 0 : y
  }

  /// f'(z): 1 above 0, slope below, the convention's value at 0, NaN kept.
  static func derivative(_ z: Double, slope: Double, atZero: SlopeAtZero) -> Double {
    if z.isNaN { return z }
    if z == 0 { return atZero.derivative(slope: slope) }
    return z > 0 ? 1 : slope
  }

  /// The same double, NaN matching NaN and -0.0 not matching 0.
  static func same(_ a: Double, _ b: Double) -> Bool {
    a.isNaN ? b.isNaN : a.bitPattern == b.bitPattern
  }

  static func input(count: Int, seed: UInt64) -> [Double] {
    var generator = SplitMix64(seed: seed)
    let special: [Double] = [
      .nan, -0.0, 0, .infinity, -.infinity, .leastNonzeroMagnitude, -.leastNonzeroMagnitude,
      .greatestFiniteMagnitude, -.greatestFiniteMagnitude,
    ]
    return generator.standardNormals(count: count).enumerated().map { index, x in
      index % 7 == 0 ? special[(index / 7) % special.count] : x * 100
    }
  }

  // 600,000 elements (4.8 MB) takes the huge-page path; the others do not.
  // The loops go eight elements at a time: 1,003 leaves a tail of three.
  @Test(arguments: [(0, 1), (1, 2), (1000, 3), (1003, 5), (600_000, 4)])
  func kernelsAgreeWithTheDefinitions(count: Int, seed: UInt64) throws {
    let x = Self.input(count: count, seed: seed)
    let upstream = Self.input(count: count, seed: seed + 100)
    for slope in [0, 0.01, 1] {
      for atZero in SlopeAtZero.allCases {
        let kernel = RectifierKernel(slope: slope, atZero: atZero)
        let (forward, byteMask) = kernel.forward(Tensor(x))
        let output = forward.scalars
        let mask = byteMask.derivatives.scalars
        let grad = try byteMask.backward(Tensor(upstream)).scalars
        #expect(output.count == count && mask.count == count && grad.count == count)
        let wrong = (0..<count).filter { i in
          let m = Self.derivative(x[i], slope: slope, atZero: atZero)
          return !Self.same(output[i], Self.value(x[i], slope: slope))
            || !Self.same(mask[i], m) || !Self.same(grad[i], upstream[i] * m)
        }
        #expect(wrong.count == 0, "slope \(slope), \(atZero): first at \(wrong.prefix(3))")
      }
    }
  }

  @Test func theByteMaskKeepsTheShapeAndRefusesAnotherShape() throws {
    let x = try Tensor(shape: [2, 3], scalars: [1, -2, 0, .nan, -0.0, 3])
    let (output, mask) = RectifierKernel(slope: 0.5, atZero: .mid).forward(x)
    #expect(output.shape == [2, 3] && mask.derivatives.shape == [2, 3])
    #expect(mask.codes == [1, 0, 2, 3, 2, 1])
    let derivatives = mask.derivatives.scalars
    #expect(derivatives[0] == 1 && derivatives[1] == 0.5 && derivatives[2] == 0.75)
    #expect(derivatives[3].isNaN && derivatives[4] == 0.75 && derivatives[5] == 1)
    #expect(throws: LayerError.shapeMismatch(expected: [2, 3], got: [6])) {
      try mask.backward(Tensor([1, 1, 1, 1, 1, 1]))
    }
  }

  @Test func theLayerMaskIsTheKernelsOfTheLastInput() throws {
    var layer = try LeakyReLULayer(alpha: 0.1, gradientAtZero: .mid)
    let x = Self.input(count: 50, seed: 9)
    let (output, mask) = layer.forwardWithMask(Tensor(x))
    let again = layer.forward(Tensor(x)).scalars
    let kept = try #require(layer.mask).scalars
    #expect(x.indices.allSatisfy { Self.same(output.scalars[$0], again[$0]) })
    #expect(x.indices.allSatisfy { Self.same(mask.scalars[$0], kept[$0]) })
    let upstream = Tensor(Array(repeating: 2, count: 50))
    let grad = try layer.backward(upstream).scalars
    #expect(grad.indices.allSatisfy { Self.same(grad[$0], 2 * mask.scalars[$0]) })
  }
}
