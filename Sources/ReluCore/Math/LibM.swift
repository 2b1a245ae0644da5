// The only file that reaches the C math library. Everything else calls these
// wrappers, so the platform import stays in one place.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Namespace for the libm functions ReluCore needs.
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
  /// `x` raised to the power `y`.
  package static func pow(_ x: Double, _ y: Double) -> Double { cPow(x, y) }
  /// The base-10 logarithm of `x`.
  package static func log10(_ x: Double) -> Double { cLog10(x) }
}

// Module-level aliases: inside `LibM`, the names `exp`, `log`... would refer to
// the static members themselves.
private func cExp(_ x: Double) -> Double { exp(x) }
private func cLog(_ x: Double) -> Double { log(x) }
private func cTanh(_ x: Double) -> Double { tanh(x) }
private func cAtanh(_ x: Double) -> Double { atanh(x) }
private func cCos(_ x: Double) -> Double { cos(x) }
private func cPow(_ x: Double, _ y: Double) -> Double { pow(x, y) }
private func cLog10(_ x: Double) -> Double { log10(x) }
