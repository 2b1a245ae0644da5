/// A floating-point type ReluLab computes in: `Float16`, `Float` or `Double`,
/// the three ``Precision``s.
///
/// The layers, `forward` and the decay are written once, generic over this
/// protocol, and specialized for each type (the module is compiled whole, so
/// no call goes through the protocol at run time): every `+`, `*` and
/// comparison happens in the type itself, rounded to it as IEEE 754 says.
/// `bitPattern` lets a kernel select between a product and +0 without a
/// branch.
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
}

extension Double: KernelScalar {
  package static var precision: Precision { .double }
  package static func exponential(_ x: Double) -> Double { LibM.exp(x) }
  package static func hyperbolicTangent(_ x: Double) -> Double { LibM.tanh(x) }
}

extension Float: KernelScalar {
  package static var precision: Precision { .single }
  package static func exponential(_ x: Float) -> Float { LibM.exp(x) }
  package static func hyperbolicTangent(_ x: Float) -> Float { LibM.tanh(x) }
}

extension Float16: KernelScalar {
  package static var precision: Precision { .half }
  package static func exponential(_ x: Float16) -> Float16 { Float16(LibM.exp(Float(x))) }
  package static func hyperbolicTangent(_ x: Float16) -> Float16 {
    Float16(LibM.tanh(Float(x)))
  }
}
