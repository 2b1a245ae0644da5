/// The floating-point format a trainer computes in, and the ``TrainingScalar``
/// that holds its values.
///
/// single and double are held in `Float` and `Double` and need nothing more.
/// half is held in `Float` with every result rounded to binary16 by
/// ``round(_:)``: the product, sum, difference or quotient of two binary16
/// values computed in binary32 and then rounded to binary16 is exactly the
/// binary16 result (24 >= 2 * 11 + 2 bits, so the double rounding is
/// innocuous), which is also how Swift's `Float16` arithmetic runs on a CPU
/// without half-precision instructions, there through a library call per
/// conversion. Rounding in registers is several times faster, and a test
/// compares it with `Float16`, bit for bit.
protocol TrainingFormat {
  associatedtype Value: TrainingScalar
  /// Whether ``round(_:)`` does anything.
  static var rounds: Bool { get }
  /// `x`, the exact result of one operation on values of the format,
  /// rounded to the format.
  static func round(_ x: Value) -> Value
  /// `x` rounded to the format, once, correctly.
  static func value(_ x: Double) -> Value
}

/// Single or double precision: the type's own arithmetic.
enum NativeFormat<Value: TrainingScalar>: TrainingFormat {
  static var rounds: Bool { false }

  @inline(__always)
  static func round(_ x: Value) -> Value { x }

  @inline(__always)
  static func value(_ x: Double) -> Value { Value(x) }
}

/// Half precision, IEEE binary16, held in `Float`.
enum HalfFormat: TrainingFormat {
  static var rounds: Bool { true }

  /// `x` rounded to binary16 (to nearest, ties to even), as a `Float`.
  ///
  /// For |x| below 65520: s = 1.5 * 2^(e + 13), e the exponent of |x| but at
  /// least -14 (binary16's least normal exponent); |x| + s lies in
  /// [2^(e+13), 2^(e+14)), whose spacing of `Float`s is 2^(e-10), binary16's
  /// at |x| (subnormals included), and s is an even multiple of it, so the
  /// sum rounds |x| to binary16 with ties to even, and subtracting s is
  /// exact. The sign is put back (a value rounded to 0 keeps it). From
  /// 65520 on it is infinite; NaN stays NaN.
  @inline(__always)
  static func round(_ x: Float) -> Float {
    let magnitude = x.magnitude
    guard magnitude < 65520 else {
      return magnitude.isNaN ? x : Float(sign: x.sign, exponent: 0, significand: .infinity)
    }
    let exponent = max(magnitude.bitPattern >> 23, 127 - 14) + 13
    let shifter = Float(bitPattern: exponent << 23 | 0x0040_0000)
    let rounded = (magnitude + shifter) - shifter
    return Float(bitPattern: rounded.bitPattern | x.bitPattern & 0x8000_0000)
  }

  static func value(_ x: Double) -> Float { Float(Float16(x)) }
}
