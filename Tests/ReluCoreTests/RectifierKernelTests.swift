import Testing

@testable import ReluCore

/// The kernels' loops against the plain definitions
/// (``ConventionRectifier``), element by element and bit for bit, on random
/// inputs laced with NaN, -0.0, 0, infinities and subnormals, for every
/// convention: the vector path and the scalar path agree.
@Suite struct RectifierKernelTests {
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

  /// Every rectifier the sessions can build: both functions, slopes 0, 0.01
  /// and 1, each grad0 rule, each convention's arithmetic.
  static var rectifiers: [ConventionRectifier] {
    Convention.allCases.flatMap { convention in
      SlopeAtZero.allCases.flatMap { atZero in
        [ConventionRectifier.relu(atZero: atZero, rule: convention.relu)]
          + [0, 0.01, 1].map {
            ConventionRectifier.leaky(alpha: $0, atZero: atZero, rule: convention.leaky)
          }
      }
    }
  }

  // 600,000 elements (4.8 MB) takes the huge-page path; the others do not.
  // The loops go eight elements at a time: 1,003 leaves a tail of three.
  @Test(arguments: [(0, 1), (1, 2), (1000, 3), (1003, 5), (600_000, 4)])
  func kernelsAgreeWithTheDefinitions(count: Int, seed: UInt64) throws {
    let x = Self.input(count: count, seed: seed)
    let upstream = Self.input(count: count, seed: seed + 100)
    // The big input for its memory path: relu and leaky under grad0 left, in
    // three conventions that between them take every rule's every choice.
    let big = [Convention.pytorch, .jax, .code].flatMap {
      [
        ConventionRectifier.relu(atZero: .left, rule: $0.relu),
        ConventionRectifier.leaky(alpha: 0.01, atZero: .left, rule: $0.leaky),
      ]
    }
    let chosen = count > 10_000 ? big : Self.rectifiers
    for f in chosen {
      let (forward, packedMask) = RectifierKernel(rectifier: f).forward(Tensor(x))
      let output = forward.scalars
      let mask = packedMask.derivatives.scalars
      let grad = try packedMask.backward(Tensor(upstream)).scalars
      #expect(output.count == count && mask.count == count && grad.count == count)
      let wrong = (0..<count).filter { i in
        !Self.same(output[i], f.value(x[i])) || !Self.same(mask[i], f.derivative(x[i]))
          || !Self.same(grad[i], f.backward(upstream[i], at: x[i]))
      }
      #expect(wrong.count == 0, "\(f): first at \(wrong.prefix(3))")
    }
  }

  /// Values of `T` of each of the four kinds, in code order (below 0, above
  /// 0, zero, NaN): subnormals, infinities, both zeros and NaN included.
  static func valuesOfEachKind<T: KernelScalar>(_: T.Type) -> [[T]] {
    let t = T.leastNonzeroMagnitude
    return [
      [-1.5, -.infinity, -t, -.greatestFiniteMagnitude, -T.leastNormalMagnitude],
      [2.5, .infinity, t, .greatestFiniteMagnitude, T.leastNormalMagnitude / 2],
      [0, -0.0],
      [.nan, -.nan],
    ]
  }

  /// Inputs in `T` whose first 1,024 elements are the 256 groups of four
  /// kinds (group i's lane k of kind (i >> 2k) & 3, as backward's tables
  /// index them), each kind by turns one of its values of T (subnormals,
  /// infinities, both zeros and NaN included), then ``input(count:seed:)``.
  static func groupedInput<T: KernelScalar>(count: Int, seed: UInt64, as _: T.Type) -> [T] {
    let kinds = valuesOfEachKind(T.self)
    let grouped = (0..<1024).map { i in
      let kind = kinds[(i / 4) >> (2 * (i % 4)) & 3]
      return kind[(i / 5) % kind.count]
    }
    let rest = input(count: max(count - grouped.count, 0), seed: seed).map { T($0) }
    return Array((grouped + rest).prefix(count))
  }

  /// Upstream gradients in `T`, cycling through 13 values (prime to the four
  /// lanes and to the groups' kinds) that include NaN, infinities, both zeros
  /// and subnormals, so each meets every kind in every lane.
  static func upstream<T: KernelScalar>(count: Int, as _: T.Type) -> [T] {
    let t = T.leastNonzeroMagnitude
    let cycle: [T] = [
      1, -2, .nan, .infinity, -.infinity, 0, -0.0, t, -t, 0.1, -3.75,
      .greatestFiniteMagnitude, T.leastNormalMagnitude,
    ]
    return (0..<count).map { cycle[$0 % cycle.count] }
  }

  /// forward, the packed mask and backward of vectors held in `T`, against
  /// the definitions in `T` for every rectifier: below
  /// ``RectifierMask/lanesFrom`` one by one, from it on four lanes at a time
  /// through the tables (every group of four kinds, and a tail of 1 to 3).
  func checkTypedKernels<T: KernelScalar>(as _: T.Type) throws {
    let from = RectifierMask.lanesFrom
    for (count, seed) in [(from - 1, UInt64(6)), (from, 7), (from + 3, 8), (2 * from + 1, 9)] {
      let x = Self.groupedInput(count: count, seed: seed, as: T.self)
      let g = Self.upstream(count: count, as: T.self)
      let same: (T, T) -> Bool = { $0.isNaN ? $1.isNaN : $0.bitPattern == $1.bitPattern }
      for f in Self.rectifiers {
        var memory = RectifierMemory()
        let output = memory.forward(x, f)
        let mask = try #require(memory.packedMask)
        let grad = try memory.backward(g)
        #expect(output.count == count && mask.count == count && grad.count == count)
        let wrong = (0..<count).filter { i in
          !same(output[i], f.value(x[i])) || mask.code(at: i) != RectifierSide.code(of: x[i])
            || !same(grad[i], f.backward(g[i], at: x[i]))
        }
        #expect(wrong.count == 0, "\(T.self) \(count) \(f): first at \(wrong.prefix(3))")
      }
    }
  }

  @Test func theTypedKernelsAgreeWithTheDefinitionsInLanesAndOneByOne() throws {
    try checkTypedKernels(as: Float.self)
    try checkTypedKernels(as: Double.self)
    try checkTypedKernels(as: Float16.self)
  }

  /// `count` elements of `T` in which element i is of kind (i + shift) mod 4
  /// when `rising`, else (shift - i) mod 4, so that over the four shifts
  /// every kind sits in every position of a group of four and of eight
  /// (after each kind, each of two others); each kind by turns one of its
  /// values (subnormals, infinities, both zeros and NaN included).
  static func kindInput<T: KernelScalar>(
    count: Int, shift: Int, rising: Bool, as _: T.Type
  ) -> [T] {
    let kinds = valuesOfEachKind(T.self)
    return (0..<count).map { i in
      let kind = kinds[((rising ? i + shift : shift - i) % 4 + 4) % 4]
      return kind[(i / 4 + shift) % kind.count]
    }
  }

  /// The packed mask, forward and backward of vectors in `T` of 0 to 20
  /// elements and around the lanes' bounds (4095, 4096, 4097, 4103: the
  /// forward's groups of eight and backward's of four with every tail),
  /// element by element against the definitions: each element's code read
  /// from its two bits, ceil(n / 4) bytes whose unused bits are 0, f'(x_i)
  /// as Doubles and by offset, and the gradient, bit for bit.
  func checkPackedMask<T: KernelScalar>(as _: T.Type) throws {
    let same: (T, T) -> Bool = { $0.isNaN ? $1.isNaN : $0.bitPattern == $1.bitPattern }
    let sameDouble: (Double, Double) -> Bool = Self.same
    let rectifiers = [Convention.pytorch, .jax, .code].flatMap { convention in
      SlopeAtZero.allCases.flatMap { atZero in
        [
          ConventionRectifier.relu(atZero: atZero, rule: convention.relu),
          ConventionRectifier.leaky(alpha: 0.01, atZero: atZero, rule: convention.leaky),
        ]
      }
    }
    for count in Array(0...20) + [4095, 4096, 4097, 4103] {
      for shift in 0..<4 {
        for rising in [true, false] {
          let x = Self.kindInput(count: count, shift: shift, rising: rising, as: T.self)
          let g = Self.upstream(count: count, as: T.self)
          for f in rectifiers {
            var memory = RectifierMemory()
            let output = memory.forward(x, f)
            let mask = try #require(memory.packedMask)
            let grad = try memory.backward(g)
            let derivatives = mask.derivatives.scalars
            #expect(mask.count == count && mask.packed.count == (count + 3) / 4)
            #expect(output.count == count && grad.count == count && derivatives.count == count)
            // The last byte's bits past the last element.
            let used = 2 * (count % 4)
            let spare = mask.packed.last.map { count % 4 == 0 ? 0 : $0 >> used } ?? 0
            #expect(spare == 0, "\(T.self) \(count) \(f): unused bits \(spare)")
            let wrong = (0..<count).filter { i in
              let slope = Double(f.derivative(x[i]))
              return !same(output[i], f.value(x[i]))
                || mask.code(at: i) != RectifierSide.code(of: x[i])
                || !sameDouble(derivatives[i], slope) || !sameDouble(mask[offset: i], slope)
                || !same(grad[i], f.backward(g[i], at: x[i]))
            }
            #expect(wrong.isEmpty, "\(T.self) \(count) \(shift) \(f): first at \(wrong.prefix(3))")
          }
        }
      }
    }
  }

  @Test func thePackedMaskHoldsEveryKindInEveryPositionAtEveryLength() throws {
    try checkPackedMask(as: Float16.self)
    try checkPackedMask(as: Float.self)
    try checkPackedMask(as: Double.self)
  }

  @Test func thePackedMaskKeepsTheShapeAndRefusesAnotherShape() throws {
    let x = try Tensor(shape: [2, 3], scalars: [1, -2, 0, .nan, -0.0, 3])
    let leaky = ConventionRectifier.leaky(alpha: 0.5, atZero: .mid, rule: Convention.code.leaky)
    let (output, mask) = RectifierKernel(rectifier: leaky).forward(x)
    #expect(output.shape == [2, 3] && mask.derivatives.shape == [2, 3])
    #expect((0..<6).map { mask.code(at: $0) } == [1, 0, 2, 3, 2, 1])
    // Two bits per element, element i at bit 2 (i mod 4) of byte i / 4:
    // 1 + 4 * 0 + 16 * 2 + 64 * 3, then 2 + 4 * 1 and four unused zero bits.
    #expect(mask.count == 6 && mask.packed == [225, 6])
    let derivatives = mask.derivatives.scalars
    #expect(derivatives[0] == 1 && derivatives[1] == 0.5 && derivatives[2] == 0.75)
    #expect(derivatives[3] == 0.5 && derivatives[4] == 0.75 && derivatives[5] == 1)
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
