import Testing

@testable import ReluCore

@Suite struct FeedStatisticsTests {
  /// The plain definition, three passes: what FeedStatistics computed
  /// before it read input and output together in one pass.
  private struct Plain: Equatable {
    var count: Int
    var active: Int
    var input: [UInt64]?
    var output: [UInt64]?

    init(input: [Double], output: [Double]) {
      count = input.count
      active = input.reduce(0) { $0 + ($1 > 0 ? 1 : 0) }
      self.input = Self.summary(input)
      self.output = Self.summary(output)
    }

    /// A number's bit pattern, every NaN as one: which NaN a sum of NaN
    /// and NaN keeps (their signs differ: inf + -inf gives -nan on x86)
    /// depends on the order the compiler puts the operands in.
    static func bits(_ x: Double) -> UInt64 { x.isNaN ? Double.nan.bitPattern : x.bitPattern }

    /// min, max and mean as bit patterns; nil when `xs` is empty.
    static func summary(_ xs: [Double]) -> [UInt64]? {
      guard !xs.isEmpty else { return nil }
      var low = Double.nan
      var high = Double.nan
      var sum = 0.0
      for x in xs {
        sum += x
        if x.isNaN { continue }
        if low.isNaN || x < low { low = x }
        if high.isNaN || x > high { high = x }
      }
      return [bits(low), bits(high), bits(sum / Double(xs.count))]
    }
  }

  private func bits(_ stats: FeedStatistics) -> Plain {
    var plain = Plain(input: [], output: [])
    plain.count = stats.count
    plain.active = stats.active
    plain.input = stats.input.map { [Plain.bits($0.min), Plain.bits($0.max), Plain.bits($0.mean)] }
    plain.output = stats.output.map {
      [Plain.bits($0.min), Plain.bits($0.max), Plain.bits($0.mean)]
    }
    return plain
  }

  private static let specials: [Double] = [
    0, -0.0, .nan, .infinity, -.infinity, .leastNonzeroMagnitude, -.leastNonzeroMagnitude,
    .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 1, -1,
  ]

  /// Hand-picked edge cases: empty, all NaN, ties of 0 and -0.0 in both
  /// orders, infinities only, NaN beside infinities.
  @Test(
    arguments: [
      [], [.nan], [.nan, .nan], [0, -0.0], [-0.0, 0], [-0.0, .nan, 0], [.infinity],
      [-.infinity], [.infinity, .infinity], [-.infinity, .nan], [.nan, .infinity, -.infinity],
      [.greatestFiniteMagnitude, .greatestFiniteMagnitude], [3, -2, 0, 1],
    ] as [[Double]])
  func edgeCasesMatchThePlainDefinition(xs: [Double]) {
    let ys = xs.map(Rectifier.relu)
    let stats = FeedStatistics(input: Tensor(xs), output: Tensor(ys))
    #expect(bits(stats) == Plain(input: xs, output: ys), "\(xs)")
  }

  /// Random inputs drawn from special values and normals, through relu and
  /// leaky and against unrelated outputs: the one pass gives the plain
  /// definition's numbers bit for bit.
  @Test(arguments: 1...40 as ClosedRange<UInt64>)
  func randomInputsMatchThePlainDefinition(seed: UInt64) {
    var generator = SplitMix64(seed: seed)
    let count = Int(generator.next() % 300)
    let share = Double(generator.next() % 4) / 4  // how many specials
    func draw() -> Double {
      if Double.random(in: 0..<1, using: &generator) < share {
        return Self.specials[Int(generator.next() % UInt64(Self.specials.count))]
      }
      return generator.standardNormals(count: 1)[0]
    }
    let xs = (0..<count).map { _ in draw() }
    let others = (0..<count).map { _ in draw() }
    for ys in [xs.map(Rectifier.relu), xs.map { Rectifier.leaky($0, slope: 0.1) }, others] {
      let stats = FeedStatistics(input: Tensor(xs), output: Tensor(ys))
      #expect(bits(stats) == Plain(input: xs, output: ys), "\(xs) \(ys)")
    }
  }
}
