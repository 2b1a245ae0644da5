/// The scalar kernel shared by ReLU (slope 0) and Leaky ReLU (slope alpha).
///
/// f(z) = z for z > 0, slope * z for z < 0, 0 at z = 0 (and at -0.0);
/// f'(z) = 1 for z > 0, slope for z < 0, and at z = 0 the slope on the side that
/// ``GradientAtZero`` names. NaN gives NaN for both. With slope 0, f(-inf) = 0
/// (not 0 * -inf, which is NaN).

enum Rectifier {
  @inline(__always)
  static func value(_ z: Double, slope: Double) -> Double {
    if z > 0 { return z }
    if z == 0 { return 0 }
    if z.isNaN { return z }
    return slope == 0 ? 0 : slope * z
  }

  @inline(__always)
  static func derivative(_ z: Double, slope: Double, atZero: GradientAtZero) -> Double {
    if z > 0 { return 1 }
    if z < 0 { return slope }
    if z == 0 { return atZero == .left ? slope : 1 }
    return z  // NaN
  }
}
