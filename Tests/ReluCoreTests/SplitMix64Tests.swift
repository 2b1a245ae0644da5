import Testing

@testable import ReluCore

@Suite struct SplitMix64Tests {
  /// The plain definition, pair by pair: the same draws, then
  /// ``SplitMix64/standardNormalPair(_:_:)`` with a libm call per function.
  private func plainNormals(seed: UInt64, count: Int) -> [Double] {
    var generator = SplitMix64(seed: seed)
    var values: [Double] = []
    while values.count < count {
      let (u1, u2) = generator.nextBoxMullerPair()
      let (first, second) = SplitMix64.standardNormalPair(u1, u2)
      values.append(first)
      if values.count < count { values.append(second) }
    }
    return values
  }

  /// The loop (both values of a pair from one `sincos`) gives the plain
  /// definition's values bit for bit, for even and odd counts.
  @Test(arguments: [(1, 1), (2, 2), (7, 7), (2026, 1001), (12_345, 100_000)] as [(UInt64, Int)])
  func theFastLoopMatchesThePlainDefinition(seed: UInt64, count: Int) {
    var generator = SplitMix64(seed: seed)
    let fast = generator.standardNormals(count: count)
    let plain = plainNormals(seed: seed, count: count)
    #expect(fast.count == count)
    let differing = zip(fast, plain).filter { $0.bitPattern != $1.bitPattern }
    #expect(differing.isEmpty, "\(differing.prefix(3))")
  }

  /// A seed's first values do not depend on how many are drawn; an odd
  /// count drops the last pair's sine, and no count draws a value twice.
  @Test func aSeedsFirstValuesAreTheSameWhateverTheCount() {
    var long = SplitMix64(seed: 9)
    let values = long.standardNormals(count: 10)
    for count in [0, 1, 2, 3, 9] {
      var short = SplitMix64(seed: 9)
      #expect(short.standardNormals(count: count) == Array(values.prefix(count)))
    }
    #expect(Set(values).count == 10)
    var negative = SplitMix64(seed: 9)
    #expect(negative.standardNormals(count: -3).isEmpty)
  }

  /// sincos gives exactly sin and cos, special values included.
  @Test func sincosIsSinAndCosBitForBit() {
    var generator = SplitMix64(seed: 4)
    let specials: [Double] = [
      0, -0.0, .nan, .infinity, -.infinity, .pi, -.pi / 2, 2 * .pi, 1e22, -1e300,
      .leastNonzeroMagnitude, .greatestFiniteMagnitude, 0x1p-1022,
    ]
    let angles =
      specials
      + (0..<10_000).map { _ in 2 * Double.pi * Double.random(in: 0..<1, using: &generator) }
    for x in angles {
      let (sine, cosine) = LibM.sincos(x)
      let (s, c) = (LibM.sin(x), LibM.cos(x))
      #expect(sine.bitPattern == s.bitPattern || (sine.isNaN && s.isNaN), "sin \(x)")
      #expect(cosine.bitPattern == c.bitPattern || (cosine.isNaN && c.isNaN), "cos \(x)")
    }
  }

  /// 10^6 draws look standard normal.
  ///
  /// The mean within 5 standard errors of 0 (se = 1/sqrt(n) = 0.001), the
  /// variance within 5 of 1 (se of a normal sample's variance = sqrt(2/n) =
  /// 0.0014), and the same for the cosines and the sines alone (n/2 each),
  /// whose covariance must be within 5 standard errors (1/sqrt(n/2)) of 0;
  /// and 68.27% within one sigma, within 5 standard errors (0.00047). A
  /// seeded draw, so the test is repeatable; a fair generator fails a
  /// 5-sigma bound with odds below 1 in 10^6.
  @Test func aMillionDrawsHaveMeanZeroAndVarianceOne() {
    var generator = SplitMix64(seed: 1)
    let n = 1_000_000
    let values = generator.standardNormals(count: n)
    func moments(_ xs: [Double]) -> (mean: Double, variance: Double) {
      let mean = xs.reduce(0, +) / Double(xs.count)
      let variance = xs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(xs.count - 1)
      return (mean, variance)
    }
    let all = moments(values)
    #expect(abs(all.mean) < 5 * (1 / Double(n)).squareRoot(), "\(all)")
    #expect(abs(all.variance - 1) < 5 * (2 / Double(n)).squareRoot(), "\(all)")
    let cosines = stride(from: 0, to: n, by: 2).map { values[$0] }
    let sines = stride(from: 1, to: n, by: 2).map { values[$0] }
    let half = Double(n / 2)
    for (name, xs) in [("cos", cosines), ("sin", sines)] {
      let m = moments(xs)
      #expect(abs(m.mean) < 5 * (1 / half).squareRoot(), "\(name) \(m)")
      #expect(abs(m.variance - 1) < 5 * (2 / half).squareRoot(), "\(name) \(m)")
    }
    let covariance = zip(cosines, sines).reduce(0) { $0 + $1.0 * $1.1 } / half
    #expect(abs(covariance) < 5 * (1 / half).squareRoot(), "\(covariance)")
    let withinOne = Double(values.count { abs($0) < 1 }) / Double(n)
    let p = 0.682_689_492_137_086
    #expect(abs(withinOne - p) < 5 * (p * (1 - p) / Double(n)).squareRoot(), "\(withinOne)")
  }
}
