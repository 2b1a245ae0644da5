/// A number type a trainer holds its values in: `Float` (single, and half
/// through ``HalfFormat``) or `Double`.
///
/// Every value of these types is exactly a `Double`, so results are carried
/// out as `Double`. Sigmoid and tanh are computed in `Double` and rounded to
/// the format once.
///
/// The two elementwise kernels are requirements, so each type has its own
/// SIMD code over a concrete vector type: generic SIMD code, even
/// specialized, runs lane by lane.
protocol TrainingScalar: BinaryFloatingPoint, SIMDScalar, Sendable, Codable {
  /// `value` rounded to the type: to nearest, ties to even.
  init(_ value: Double)
  /// The value, exactly.
  var double: Double { get }

  /// f(z) and f'(z) of `rectifier` for the first `count` z, into `values`
  /// and `slopes`: ``TrainingRectifier/value(_:)`` and
  /// ``TrainingRectifier/derivative(_:)`` of each.
  static func rectify(
    _ z: UnsafePointer<Self>, count: Int, with rectifier: TrainingRectifier<Self>,
    values: UnsafeMutablePointer<Self>, slopes: UnsafeMutablePointer<Self>)

  /// The counts of ``UnitTally`` over `count` slopes and z.
  static func tally(slopes: UnsafePointer<Self>, z: UnsafePointer<Self>, count: Int) -> UnitTally
}

extension Float: TrainingScalar {
  var double: Double { Double(self) }

  static func rectify(
    _ z: UnsafePointer<Float>, count: Int, with rectifier: TrainingRectifier<Float>,
    values: UnsafeMutablePointer<Float>, slopes: UnsafeMutablePointer<Float>
  ) {
    let whole = count - count % 8
    let below = rectifier.slope
    let atZero = rectifier.slopeAtZero
    var i = 0
    while i < whole {
      let x = UnsafeRawPointer(z + i).loadUnaligned(as: SIMD8<Float>.self)
      let y =
        below == 0
        ? SIMD8(repeating: 0).replacing(with: x, where: x .> 0 .| x .!= x)
        : (below * x + 0).replacing(with: x, where: x .> 0)
      var d = SIMD8(repeating: below).replacing(with: 1, where: x .> 0)
      d.replace(with: atZero, where: x .== 0)
      d.replace(with: x, where: x .!= x)
      UnsafeMutableRawPointer(values + i).storeBytes(of: y, as: SIMD8<Float>.self)
      UnsafeMutableRawPointer(slopes + i).storeBytes(of: d, as: SIMD8<Float>.self)
      i += 8
    }
    while i < count {
      values[i] = rectifier.value(z[i])
      slopes[i] = rectifier.derivative(z[i])
      i += 1
    }
  }

  static func tally(slopes: UnsafePointer<Float>, z: UnsafePointer<Float>, count: Int)
    -> UnitTally
  {
    let whole = count - count % 8
    let one = SIMD8<Int32>(repeating: 1)
    var sloped = SIMD8<Int32>()
    var positive = SIMD8<Int32>()
    var unordered = SIMD8<Int32>()
    var i = 0
    while i < whole {
      let slope = UnsafeRawPointer(slopes + i).loadUnaligned(as: SIMD8<Float>.self)
      let value = UnsafeRawPointer(z + i).loadUnaligned(as: SIMD8<Float>.self)
      sloped &+= SIMD8().replacing(with: one, where: slope .!= 0)
      positive &+= SIMD8().replacing(with: one, where: value .> 0)
      unordered &+= SIMD8().replacing(with: one, where: value .!= value)
      i += 8
    }
    let rest = UnitTally(
      plainSlopes: UnsafeBufferPointer(start: slopes + i, count: count - i),
      z: UnsafeBufferPointer(start: z + i, count: count - i))
    return UnitTally(
      sloped: Int(sloped.wrappedSum()) + rest.sloped,
      positive: Int(positive.wrappedSum()) + rest.positive,
      unordered: Int(unordered.wrappedSum()) + rest.unordered)
  }
}

extension Double: TrainingScalar {
  var double: Double { self }

  /// ``Rectifier``'s own SIMD kernels, eight lanes at a time.
  static func rectify(
    _ z: UnsafePointer<Double>, count: Int, with rectifier: TrainingRectifier<Double>,
    values: UnsafeMutablePointer<Double>, slopes: UnsafeMutablePointer<Double>
  ) {
    let below = rectifier.slope
    let scalar = Rectifier(slope: below, atZero: rectifier.rule)
    let whole = count - count % 8
    var i = 0
    while i < whole {
      let x = UnsafeRawPointer(z + i).loadUnaligned(as: SIMD8<Double>.self)
      let y = below == 0 ? Rectifier.relu(x) : Rectifier.leaky(x, slope: below)
      UnsafeMutableRawPointer(values + i).storeBytes(of: y, as: SIMD8<Double>.self)
      UnsafeMutableRawPointer(slopes + i).storeBytes(
        of: scalar.derivative(x), as: SIMD8<Double>.self)
      i += 8
    }
    while i < count {
      values[i] = rectifier.value(z[i])
      slopes[i] = rectifier.derivative(z[i])
      i += 1
    }
  }

  static func tally(slopes: UnsafePointer<Double>, z: UnsafePointer<Double>, count: Int)
    -> UnitTally
  {
    UnitTally(
      slopes: UnsafeBufferPointer(start: slopes, count: count),
      z: UnsafeBufferPointer(start: z, count: count))
  }
}
