#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Namespace for the libm functions ReluLab needs (ReluTerminal's colours too).
package enum LibM {
  /// e raised to `x`.
  package static func exp(_ x: Double) -> Double { cExp(x) }
  /// The natural logarithm of `x` (NaN for negative `x`, -inf at 0).
  package static func log(_ x: Double) -> Double { cLog(x) }
  /// The hyperbolic tangent of `x`.
  package static func tanh(_ x: Double) -> Double { cTanh(x) }
  /// The inverse hyperbolic tangent of `x`, defined on (-1, 1).
  package static func atanh(_ x: Double) -> Double { cAtanh(x) }
  /// The square root of `x`.
  package static func sqrt(_ x: Double) -> Double { x.squareRoot() }
  /// The cosine of `x` (radians).
  package static func cos(_ x: Double) -> Double { cCos(x) }
  /// The sine of `x` (radians).
  package static func sin(_ x: Double) -> Double { cSin(x) }
  /// The sine and the cosine of `x` (radians) in one call: with glibc its
  /// `sincos`, which reduces `x` once and gives exactly `sin(x)` and `cos(x)`;
  /// elsewhere those two calls.
  @inline(__always)
  package static func sincos(_ x: Double) -> (sin: Double, cos: Double) {
    guard let cSincos else { return (cSin(x), cCos(x)) }
    var sine = 0.0
    var cosine = 0.0
    cSincos(x, &sine, &cosine)
    return (sine, cosine)
  }
  /// `x` raised to the power `y`.
  package static func pow(_ x: Double, _ y: Double) -> Double { cPow(x, y) }
  /// The base-10 logarithm of `x`.
  package static func log10(_ x: Double) -> Double { cLog10(x) }
  /// The cube root of `x` (negative for negative `x`).
  package static func cbrt(_ x: Double) -> Double { cCbrt(x) }
  /// e raised to `x`, in binary32 (C's `expf`).
  package static func exp(_ x: Float) -> Float { cExpf(x) }
  /// The hyperbolic tangent of `x`, in binary32 (C's `tanhf`).
  package static func tanh(_ x: Float) -> Float { cTanhf(x) }
  /// e^x - 1, exact near 0 where `exp(x) - 1` cancels (C's `expm1`).
  package static func expm1(_ x: Double) -> Double { cExpm1(x) }
  /// e^x - 1 in binary32 (C's `expm1f`).
  package static func expm1(_ x: Float) -> Float { cExpm1f(x) }
  /// ln(1 + x), exact near 0 where `log(1 + x)` loses x (C's `log1p`).
  package static func log1p(_ x: Double) -> Double { cLog1p(x) }
  /// ln(1 + x) in binary32 (C's `log1pf`).
  package static func log1p(_ x: Float) -> Float { cLog1pf(x) }
}

// File-level aliases: inside `LibM`, the names `exp`, `log`... would refer to
// the static members themselves.
private func cExp(_ x: Double) -> Double { exp(x) }
private func cLog(_ x: Double) -> Double { log(x) }
private func cTanh(_ x: Double) -> Double { tanh(x) }
private func cExpf(_ x: Float) -> Float { expf(x) }
private func cTanhf(_ x: Float) -> Float { tanhf(x) }
private func cExpm1(_ x: Double) -> Double { expm1(x) }
private func cExpm1f(_ x: Float) -> Float { expm1f(x) }
private func cLog1p(_ x: Double) -> Double { log1p(x) }
private func cLog1pf(_ x: Float) -> Float { log1pf(x) }
private func cAtanh(_ x: Double) -> Double { atanh(x) }
private func cCos(_ x: Double) -> Double { cos(x) }
private func cSin(_ x: Double) -> Double { sin(x) }
// glibc's `void sincos(double, double *, double *)`, which the Glibc module
// leaves out (a GNU extension, declared only under _GNU_SOURCE): looked up by
// name once, as a C function pointer; nil where the C library has none.
private typealias SineCosine =
  @convention(c) (
    Double, UnsafeMutablePointer<Double>, UnsafeMutablePointer<Double>
  ) -> Void
private let cSincos: SineCosine? = {
  #if canImport(Glibc)
  guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "sincos") else {
    return nil
  }
  return unsafeBitCast(symbol, to: SineCosine.self)
  #else
  return nil
  #endif
}()
private func cPow(_ x: Double, _ y: Double) -> Double { pow(x, y) }
private func cLog10(_ x: Double) -> Double { log10(x) }
private func cCbrt(_ x: Double) -> Double { cbrt(x) }
