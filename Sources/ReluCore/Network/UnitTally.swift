/// What the dead-unit count needs of one unit over the M points: how many of
/// its slopes f'(z_p) are not 0, how many z_p are > 0, and how many are NaN.
///
/// A unit is dead when `sloped == 0` (no point passes a gradient) and
/// inactive when `positive == 0 && unordered == 0` (z <= 0 at every point).
/// A NaN slope is not 0 and a NaN z is not <= 0, so a unit with NaN is
/// neither.
struct UnitTally: Equatable {
  var sloped = 0
  var positive = 0
  var unordered = 0

  init(sloped: Int, positive: Int, unordered: Int) {
    self.sloped = sloped
    self.positive = positive
    self.unordered = unordered
  }

  /// The plain definition: each point in turn, in any floating-point type.
  /// - Complexity: O(m).
  init<T: BinaryFloatingPoint>(
    plainSlopes slopes: UnsafeBufferPointer<T>, z: UnsafeBufferPointer<T>
  ) {
    for i in 0..<min(slopes.count, z.count) {
      if slopes[i] != 0 { sloped += 1 }
      if z[i] > 0 { positive += 1 }
      if z[i].isNaN { unordered += 1 }
    }
  }

  /// The same counts, eight points at a time as SIMD lanes (the scalar form
  /// does not vectorize: comparisons of Doubles summed into integers), then
  /// the rest one by one.
  /// - Complexity: O(m).
  init(slopes: UnsafeBufferPointer<Double>, z: UnsafeBufferPointer<Double>) {
    let count = min(slopes.count, z.count)
    guard let s = slopes.baseAddress, let zs = z.baseAddress else { return }
    let whole = count - count % 8
    let one = SIMD8<Int64>(repeating: 1)
    var sloped = SIMD8<Int64>()
    var positive = SIMD8<Int64>()
    var unordered = SIMD8<Int64>()
    var i = 0
    while i < whole {
      let slope = UnsafeRawPointer(s + i).loadUnaligned(as: SIMD8<Double>.self)
      let value = UnsafeRawPointer(zs + i).loadUnaligned(as: SIMD8<Double>.self)
      sloped &+= SIMD8().replacing(with: one, where: slope .!= 0)
      positive &+= SIMD8().replacing(with: one, where: value .> 0)
      unordered &+= SIMD8().replacing(with: one, where: value .!= value)
      i += 8
    }
    self.sloped = Int(sloped.wrappedSum())
    self.positive = Int(positive.wrappedSum())
    self.unordered = Int(unordered.wrappedSum())
    while i < count {
      if slopes[i] != 0 { self.sloped += 1 }
      if z[i] > 0 { self.positive += 1 }
      if z[i].isNaN { self.unordered += 1 }
      i += 1
    }
  }
}
