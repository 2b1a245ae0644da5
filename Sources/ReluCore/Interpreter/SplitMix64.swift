/// A small, fast, seedable random number generator (SplitMix64), so that
/// `random N seed S` draws the same values on every machine.
package struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  package init(seed: UInt64) {
    state = seed
  }

  package mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// `count` standard normal values by the Box-Muller transform:
  /// sqrt(-2 ln u1) cos(2 pi u2) with u1 in (0, 1] and u2 in [0, 1).
  /// - Complexity: O(count).
  package mutating func standardNormals(count: Int) -> [Double] {
    var values: [Double] = []
    values.reserveCapacity(count)
    for _ in 0..<count {
      let u1 = 1 - Double(next() >> 11) * 0x1p-53
      let u2 = Double(next() >> 11) * 0x1p-53
      values.append(LibM.sqrt(-2 * LibM.log(u1)) * LibM.cos(2 * Double.pi * u2))
    }
    return values
  }
}
