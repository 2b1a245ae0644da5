/// A floating-point type ReluLab computes in: `Float16`, `Float` or `Double`,
/// the three ``Precision``s.
///
/// The layers, `forward` and the decay are written once, generic over this
/// protocol, and specialized for each type (the module is compiled whole, so
/// no call goes through the protocol at run time): every `+`, `*` and
/// comparison happens in the type itself, rounded to it as IEEE 754 says.
/// `bitPattern` lets a kernel select between a product and +0 without a
/// branch.
///
/// The eight-lane forms (``lanes(_:_:slope:)``, ``codes(of:)``) are written
/// for each type: in generic code the standard library's SIMD operators are
/// loops over lanes that stay loops after specialization (a forward pass ran
/// 30 times slower than memcpy), while the concrete types' own operators are
/// vector instructions. The three bodies are the same text.
package protocol KernelScalar: BinaryFloatingPoint, SIMDScalar, Sendable, Codable {
  /// The unsigned integer of the same width: `UInt16`, `UInt32`, `UInt64`.
  associatedtype Bits: FixedWidthInteger & UnsignedInteger
  /// The IEEE 754 encoding.
  var bitPattern: Bits { get }
  init(bitPattern: Bits)
  /// The precision this type is.
  static var precision: Precision { get }
  /// e^x as Swift computes it for the type: glibc's `exp` for Double, `expf`
  /// for Float, and for Float16 `expf` of the widened value rounded to Float16
  /// (as Swift Numerics computes Float16's elementary functions).
  static func exponential(_ x: Self) -> Self
  /// tanh x, computed as ``exponential(_:)`` is.
  static func hyperbolicTangent(_ x: Self) -> Self
  /// e^x - 1 (C's `expm1`), computed as ``exponential(_:)`` is.
  static func exponentialMinusOne(_ x: Self) -> Self
  /// ln(1 + x) (C's `log1p`), computed as ``exponential(_:)`` is.
  static func logarithmOnePlus(_ x: Self) -> Self
  /// `rule` of eight elements, lane by lane: the same bits as
  /// ``ConventionRectifier``'s scalar function of each lane.
  static func lanes(_ z: SIMD8<Self>, _ rule: LaneRule, slope: Self) -> SIMD8<Self>
  /// ``RectifierSide/code(of:)`` of eight elements at once, lane by lane.
  ///
  /// Spelled with SIMD types because the compiler does not vectorize the
  /// scalar form (comparisons of floats narrowed to bytes) on its own.
  static func codes(of z: SIMD8<Self>) -> SIMD8<UInt8>
  /// Whether backward goes eight lanes at a time (``gradientLanes(_:codes:factors:blocked:addend:)``)
  /// or one element at a time: for Double a scalar loop over a table of four
  /// factors is as fast as memcpy already (it waits on memory), and the
  /// lanes are slower; for Float and Float16 the lanes are faster.
  static var backwardInLanes: Bool { get }
  /// Backward of eight elements, lane by lane: `g * factors[code]`, or +0
  /// where `blocked[code]` is not 0 (the convention selects instead of
  /// multiplying), plus `addend` (-0.0, which changes nothing, or +0.0), the
  /// code being each lane's ``RectifierSide`` raw value, eight bytes at `codes`.
  ///
  /// The codes are compared as floating-point lanes: the standard library's
  /// integer lane comparisons and its SIMD8<UInt8> conversions are loops
  /// over lanes, not instructions.
  static func gradientLanes(
    _ g: SIMD8<Self>, codes: UnsafePointer<UInt8>, factors: SIMD4<Self>, blocked: SIMD4<Self>,
    addend: Self
  ) -> SIMD8<Self>
}

/// Which of ``ConventionRectifier``'s four forward functions a loop applies.
package enum LaneRule: Sendable {
  /// `x < 0 ? 0 : x`.
  case relu
  /// `x > 0 || x != x ? x : 0`.
  case reluClearingNegativeZero
  /// `x > 0 ? x : x * slope`.
  case leaky
  /// `x > 0 ? x : x * slope + 0`.
  case leakyClearingNegativeZero
}

extension Double: KernelScalar {
  package static var backwardInLanes: Bool { false }

  @inline(__always)
  package static func lanes(_ z: SIMD8<Double>, _ rule: LaneRule, slope: Double) -> SIMD8<Double> {
    switch rule {
    case .relu: z.replacing(with: 0, where: z .< 0)
    case .reluClearingNegativeZero:
      SIMD8(repeating: 0).replacing(with: z, where: z .> 0 .| z .!= z)
    case .leaky: (z * slope).replacing(with: z, where: z .> 0)
    case .leakyClearingNegativeZero: (z * slope + 0).replacing(with: z, where: z .> 0)
    }
  }

  @inline(__always)
  package static func codes(of z: SIMD8<Double>) -> SIMD8<UInt8> {
    var code = SIMD8<Int64>(repeating: Int64(RectifierSide.below.rawValue))
    code.replace(with: Int64(RectifierSide.above.rawValue), where: z .> 0)
    code.replace(with: Int64(RectifierSide.zero.rawValue), where: z .== 0)
    code.replace(with: Int64(RectifierSide.notANumber.rawValue), where: z .!= z)
    // Lane by lane: the standard library's SIMD8<UInt8>(truncatingIfNeeded:)
    // is a call per vector here, not an instruction.
    return SIMD8<UInt8>(
      UInt8(truncatingIfNeeded: code[0]), UInt8(truncatingIfNeeded: code[1]),
      UInt8(truncatingIfNeeded: code[2]), UInt8(truncatingIfNeeded: code[3]),
      UInt8(truncatingIfNeeded: code[4]), UInt8(truncatingIfNeeded: code[5]),
      UInt8(truncatingIfNeeded: code[6]), UInt8(truncatingIfNeeded: code[7]))
  }

  @inline(__always)
  package static func gradientLanes(
    _ g: SIMD8<Double>, codes: UnsafePointer<UInt8>, factors: SIMD4<Double>, blocked: SIMD4<Double>,
    addend: Double
  ) -> SIMD8<Double> {
    let code = SIMD8<Double>(
      Double(codes[0]), Double(codes[1]), Double(codes[2]), Double(codes[3]), Double(codes[4]),
      Double(codes[5]), Double(codes[6]), Double(codes[7]))
    var factor = SIMD8<Double>(repeating: factors[0])
    var block = SIMD8<Double>(repeating: blocked[0])
    for kind in 1..<4 {
      let here = code .== Double(kind)
      factor.replace(with: factors[kind], where: here)
      block.replace(with: blocked[kind], where: here)
    }
    return (g * factor).replacing(with: 0, where: block .!= 0) + addend
  }

  package static var precision: Precision { .double }
  package static func exponential(_ x: Double) -> Double { LibM.exp(x) }
  package static func hyperbolicTangent(_ x: Double) -> Double { LibM.tanh(x) }
  package static func exponentialMinusOne(_ x: Double) -> Double { LibM.expm1(x) }
  package static func logarithmOnePlus(_ x: Double) -> Double { LibM.log1p(x) }
}

extension Float: KernelScalar {
  package static var backwardInLanes: Bool { true }

  @inline(__always)
  package static func lanes(_ z: SIMD8<Float>, _ rule: LaneRule, slope: Float) -> SIMD8<Float> {
    switch rule {
    case .relu: z.replacing(with: 0, where: z .< 0)
    case .reluClearingNegativeZero:
      SIMD8(repeating: 0).replacing(with: z, where: z .> 0 .| z .!= z)
    case .leaky: (z * slope).replacing(with: z, where: z .> 0)
    case .leakyClearingNegativeZero: (z * slope + 0).replacing(with: z, where: z .> 0)
    }
  }

  @inline(__always)
  package static func codes(of z: SIMD8<Float>) -> SIMD8<UInt8> {
    var code = SIMD8<Int32>(repeating: Int32(RectifierSide.below.rawValue))
    code.replace(with: Int32(RectifierSide.above.rawValue), where: z .> 0)
    code.replace(with: Int32(RectifierSide.zero.rawValue), where: z .== 0)
    code.replace(with: Int32(RectifierSide.notANumber.rawValue), where: z .!= z)
    // Lane by lane: the standard library's SIMD8<UInt8>(truncatingIfNeeded:)
    // is a call per vector here, not an instruction.
    return SIMD8<UInt8>(
      UInt8(truncatingIfNeeded: code[0]), UInt8(truncatingIfNeeded: code[1]),
      UInt8(truncatingIfNeeded: code[2]), UInt8(truncatingIfNeeded: code[3]),
      UInt8(truncatingIfNeeded: code[4]), UInt8(truncatingIfNeeded: code[5]),
      UInt8(truncatingIfNeeded: code[6]), UInt8(truncatingIfNeeded: code[7]))
  }

  @inline(__always)
  package static func gradientLanes(
    _ g: SIMD8<Float>, codes: UnsafePointer<UInt8>, factors: SIMD4<Float>, blocked: SIMD4<Float>,
    addend: Float
  ) -> SIMD8<Float> {
    let code = SIMD8<Float>(
      Float(codes[0]), Float(codes[1]), Float(codes[2]), Float(codes[3]), Float(codes[4]),
      Float(codes[5]), Float(codes[6]), Float(codes[7]))
    var factor = SIMD8<Float>(repeating: factors[0])
    var block = SIMD8<Float>(repeating: blocked[0])
    for kind in 1..<4 {
      let here = code .== Float(kind)
      factor.replace(with: factors[kind], where: here)
      block.replace(with: blocked[kind], where: here)
    }
    return (g * factor).replacing(with: 0, where: block .!= 0) + addend
  }

  package static var precision: Precision { .single }
  package static func exponential(_ x: Float) -> Float { LibM.exp(x) }
  package static func hyperbolicTangent(_ x: Float) -> Float { LibM.tanh(x) }
  package static func exponentialMinusOne(_ x: Float) -> Float { LibM.expm1(x) }
  package static func logarithmOnePlus(_ x: Float) -> Float { LibM.log1p(x) }
}

extension Float16: KernelScalar {
  package static var backwardInLanes: Bool { true }

  @inline(__always)
  package static func lanes(_ z: SIMD8<Float16>, _ rule: LaneRule, slope: Float16) -> SIMD8<Float16>
  {
    switch rule {
    case .relu: z.replacing(with: 0, where: z .< 0)
    case .reluClearingNegativeZero:
      SIMD8(repeating: 0).replacing(with: z, where: z .> 0 .| z .!= z)
    case .leaky: (z * slope).replacing(with: z, where: z .> 0)
    case .leakyClearingNegativeZero: (z * slope + 0).replacing(with: z, where: z .> 0)
    }
  }

  @inline(__always)
  package static func codes(of z: SIMD8<Float16>) -> SIMD8<UInt8> {
    var code = SIMD8<Int16>(repeating: Int16(RectifierSide.below.rawValue))
    code.replace(with: Int16(RectifierSide.above.rawValue), where: z .> 0)
    code.replace(with: Int16(RectifierSide.zero.rawValue), where: z .== 0)
    code.replace(with: Int16(RectifierSide.notANumber.rawValue), where: z .!= z)
    // Lane by lane: the standard library's SIMD8<UInt8>(truncatingIfNeeded:)
    // is a call per vector here, not an instruction.
    return SIMD8<UInt8>(
      UInt8(truncatingIfNeeded: code[0]), UInt8(truncatingIfNeeded: code[1]),
      UInt8(truncatingIfNeeded: code[2]), UInt8(truncatingIfNeeded: code[3]),
      UInt8(truncatingIfNeeded: code[4]), UInt8(truncatingIfNeeded: code[5]),
      UInt8(truncatingIfNeeded: code[6]), UInt8(truncatingIfNeeded: code[7]))
  }

  @inline(__always)
  package static func gradientLanes(
    _ g: SIMD8<Float16>, codes: UnsafePointer<UInt8>, factors: SIMD4<Float16>,
    blocked: SIMD4<Float16>,
    addend: Float16
  ) -> SIMD8<Float16> {
    let code = SIMD8<Float16>(
      Float16(codes[0]), Float16(codes[1]), Float16(codes[2]), Float16(codes[3]), Float16(codes[4]),
      Float16(codes[5]), Float16(codes[6]), Float16(codes[7]))
    var factor = SIMD8<Float16>(repeating: factors[0])
    var block = SIMD8<Float16>(repeating: blocked[0])
    for kind in 1..<4 {
      let here = code .== Float16(kind)
      factor.replace(with: factors[kind], where: here)
      block.replace(with: blocked[kind], where: here)
    }
    return (g * factor).replacing(with: 0, where: block .!= 0) + addend
  }

  package static var precision: Precision { .half }
  package static func exponential(_ x: Float16) -> Float16 { Float16(LibM.exp(Float(x))) }
  package static func hyperbolicTangent(_ x: Float16) -> Float16 { Float16(LibM.tanh(Float(x))) }
  package static func exponentialMinusOne(_ x: Float16) -> Float16 {
    Float16(LibM.expm1(Float(x)))
  }
  package static func logarithmOnePlus(_ x: Float16) -> Float16 { Float16(LibM.log1p(Float(x))) }
}
