/// A small, fast, seedable random number generator (SplitMix64), so that
/// `random N seed S` draws the same values on every machine.
package struct SplitMix64: RandomNumberGenerator, Sendable, Equatable {
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

  /// A uniform value in [0, 1) from one draw: its top 53 bits / 2^53.
  @inline(__always)
  package mutating func nextUnit() -> Double { Double(next() >> 11) * 0x1p-53 }

  /// The next uniform pair of the Box-Muller transform, from two draws:
  /// u1 = 1 - k1 / 2^53 in (0, 1] (so its logarithm is finite) and
  /// u2 = k2 / 2^53 in [0, 1), where k1 and k2 are the top 53 bits of each draw.
  @inline(__always)
  package mutating func nextBoxMullerPair() -> (u1: Double, u2: Double) {
    let u1 = 1 - Double(next() >> 11) * 0x1p-53
    let u2 = Double(next() >> 11) * 0x1p-53
    return (u1, u2)
  }

  /// `count` standard normal values by the Box-Muller transform, two per pair
  /// of draws.
  ///
  /// For the k-th pair (u1, u2) of ``nextBoxMullerPair()``, with
  /// r = sqrt(-2 ln u1) and t = 2 pi u2, value 2k is r cos t and value 2k + 1
  /// is r sin t; an odd `count` drops the last pair's sine. So the first
  /// values of a seed are the same whatever the count.
  /// ``standardNormalPair(_:_:)`` is that definition for one pair, with a libm
  /// call per function; this loop computes cos t and sin t together
  /// (`LibM.sincos`, equal to them bit for bit, as a test checks).
  /// - Complexity: O(count); one allocation, written in place.
  package mutating func standardNormals(count: Int) -> [Double] {
    let count = max(0, count)
    return [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
      if let base = buffer.baseAddress { standardNormals(into: base, count: count) }
      initialized = count
    }
  }

  /// ``standardNormals(count:)`` written into `buffer[0..<count]` in place of
  /// a new array: the same values, bit for bit, and the same draws.
  package mutating func standardNormals(into buffer: UnsafeMutablePointer<Double>, count: Int) {
    var index = 0
    while index < count {
      let (u1, u2) = nextBoxMullerPair()
      let r = (-2 * LibM.log(u1)).squareRoot()
      let (sine, cosine) = LibM.sincos(2 * Double.pi * u2)
      buffer[index] = r * cosine
      if index + 1 < count { buffer[index + 1] = r * sine }
      index += 2
    }
  }

  /// The plain definition of one Box-Muller pair: (r cos t, r sin t) with
  /// r = sqrt(-2 ln u1) and t = 2 pi u2, each function a separate libm call.
  package static func standardNormalPair(_ u1: Double, _ u2: Double) -> (Double, Double) {
    let r = LibM.sqrt(-2 * LibM.log(u1))
    let t = 2 * Double.pi * u2
    return (r * LibM.cos(t), r * LibM.sin(t))
  }
}
