/// The scalar kernel shared by ReLU (slope 0) and Leaky ReLU (slope alpha).
///
/// f(z) = z for z > 0, slope * z for z < 0, and 0 at z = 0 (and at -0.0);
/// f'(z) = 1 for z > 0, slope for z < 0, and at z = 0 the slope on the side
/// that ``SlopeAtZero`` names. NaN gives NaN for both. With slope 0,
/// f(-inf) = 0 (not 0 * -inf, which is NaN).
///
/// Written as selects rather than branches, so loops over inputs of mixed
/// sign vectorize and do not pay for mispredicted branches.
///
/// ReluLab's own arithmetic, for plots, decay and network training; the
/// layers behind `feed` and `backward`, and `forward`, compute as a
/// framework does instead (``ConventionRectifier``).
struct Rectifier: Sendable {
  let slope: Double
  /// f'(0) under the chosen convention.
  let slopeAtZero: Double

  init(slope: Double, atZero: SlopeAtZero) {
    self.slope = slope
    slopeAtZero = atZero.derivative(slope: slope)
  }

  @inline(__always)
  func value(_ z: Double) -> Double {
    slope == 0 ? Self.relu(z) : Self.leaky(z, slope: slope)
  }

  /// max(z, 0), keeping NaN.
  @inline(__always)
  static func relu(_ z: Double) -> Double {
    let y = z > 0 ? z : 0
    return z != z ? z : y
  }

  /// z for z > 0, else slope * z (slope > 0): NaN stays NaN, -inf stays -inf,
  /// and adding 0 turns -0.0 into +0.0.
  @inline(__always)
  static func leaky(_ z: Double, slope: Double) -> Double {
    z > 0 ? z : slope * z + 0
  }

  /// ``relu(_:)`` of eight elements, lane by lane.
  @inline(__always)
  static func relu(_ z: SIMD8<Double>) -> SIMD8<Double> {
    SIMD8(repeating: 0).replacing(with: z, where: z .> 0 .| z .!= z)
  }

  /// ``leaky(_:slope:)`` of eight elements, lane by lane.
  @inline(__always)
  static func leaky(_ z: SIMD8<Double>, slope: Double) -> SIMD8<Double> {
    (slope * z + 0).replacing(with: z, where: z .> 0)
  }

  @inline(__always)
  func derivative(_ z: Double) -> Double {
    let d = z > 0 ? 1 : slope
    let atZero = z == 0 ? slopeAtZero : d
    return z != z ? z : atZero
  }

  /// ``derivative(_:)`` of eight elements, lane by lane.
  @inline(__always)
  func derivative(_ z: SIMD8<Double>) -> SIMD8<Double> {
    var d = SIMD8(repeating: slope).replacing(with: 1, where: z .> 0)
    d.replace(with: slopeAtZero, where: z .== 0)
    return d.replacing(with: z, where: z .!= z)
  }
}
