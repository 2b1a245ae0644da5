/// Where an input x lies for a rectifier: below 0, above 0, at 0 or NaN; the
/// raw value is what ``RectifierMask`` stores.
enum RectifierSide: UInt8, CaseIterable {
  case below = 0
  case above = 1
  case zero = 2
  case notANumber = 3

  /// The kind of x.
  static func of<T: KernelScalar>(_ x: T) -> RectifierSide {
    switch code(of: x) {
    case RectifierSide.below.rawValue: .below
    case RectifierSide.above.rawValue: .above
    case RectifierSide.zero.rawValue: .zero
    default: .notANumber
    }
  }

  /// The raw value of x's kind, as selects: the plain definition, used for
  /// the elements after the last whole group of eight.
  @inline(__always)
  static func code<T: KernelScalar>(of x: T) -> UInt8 {
    let sign: UInt8 = x > 0 ? RectifierSide.above.rawValue : RectifierSide.below.rawValue
    let zero = x == 0 ? RectifierSide.zero.rawValue : sign
    return x != x ? RectifierSide.notANumber.rawValue : zero
  }
}
