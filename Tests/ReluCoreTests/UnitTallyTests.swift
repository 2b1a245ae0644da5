import Testing

@testable import ReluCore

/// The SIMD tally of a unit's points against the plain one, on random slopes
/// and z laced with NaN, -0.0, 0, infinities and subnormals, at lengths that
/// leave every tail from 0 to 7.
@Suite struct UnitTallyTests {
  @Test(arguments: [0, 1, 7, 8, 9, 200, 203])
  func theLanesAgreeWithThePlainDefinition(count: Int) {
    var generator = SplitMix64(seed: UInt64(count) + 1)
    let special: [Double] = [
      .nan, -0.0, 0, .infinity, -.infinity, .leastNonzeroMagnitude, -.leastNonzeroMagnitude,
    ]
    for round in 0..<20 {
      let z = generator.standardNormals(count: count).enumerated().map { index, x in
        (index + round) % 5 == 0 ? special[(index + round) % special.count] : x
      }
      let slopes = z.enumerated().map { index, x in
        (index + round) % 3 == 0 ? special[index % special.count] : (x > 0 ? 1 : 0)
      }
      let fast = slopes.withUnsafeBufferPointer { s in
        z.withUnsafeBufferPointer { UnitTally(slopes: s, z: $0) }
      }
      let plain = slopes.withUnsafeBufferPointer { s in
        z.withUnsafeBufferPointer { UnitTally(plainSlopes: s, z: $0) }
      }
      #expect(fast == plain, "count \(count), round \(round)")
    }
  }

  @Test func countsAreTheOnesStated() {
    let z: [Double] = [1, -1, 0, .nan, 2, -0.0, 3, -2, 5]
    let slopes: [Double] = [1, 0, 0, .nan, 1, 0, 1, 0.01, 1]
    let tally = slopes.withUnsafeBufferPointer { s in
      z.withUnsafeBufferPointer { UnitTally(slopes: s, z: $0) }
    }
    #expect(tally == UnitTally(sloped: 6, positive: 4, unordered: 1))
  }
}
