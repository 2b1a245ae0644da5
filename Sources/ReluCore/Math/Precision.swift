/// The floating-point format ReluLab computes in: IEEE 754 binary16, binary32
/// or binary64 (Swift's `Float16`, `Float` and `Double`).
///
/// Every value of a narrower format is exactly a `Double`, so results are
/// carried as `Double` and ``rounded(_:)`` gives the value the format holds:
/// round to nearest, ties to even, overflow to an infinity, and gradual
/// underflow through the format's subnormals.
package enum Precision: String, Sendable, Hashable, CaseIterable {
  /// binary16: 11 significant bits, largest finite 65504.
  case half
  /// binary32: 24 significant bits, largest finite about 3.4e38.
  case single
  /// binary64: 53 significant bits, largest finite about 1.8e308.
  case double

  /// The other names each precision answers to.
  package var aliases: [String] {
    switch self {
    case .half: ["f16", "float16"]
    case .single: ["f32", "float32"]
    case .double: ["f64", "float64"]
    }
  }

  /// The precision `name` denotes (its own name or an alias), if any.
  package init?(named name: String) {
    let lowered = name.lowercased()
    guard
      let found = Self.allCases.first(where: {
        $0.rawValue == lowered || $0.aliases.contains(lowered)
      })
    else { return nil }
    self = found
  }

  /// Every name a precision answers to: the three names, then their aliases
  /// (the words `set precision` and `compare ... precision` accept).
  package static let names = allCases.map(\.rawValue) + allCases.flatMap(\.aliases)

  /// What a message calls the setting's value.
  package static let noun = Words(en: "precision", zh: "精度")

  /// The precision a name of ``names`` at `index` denotes.
  package static func named(at index: Int) -> Precision {
    guard let precision = Precision(named: names[index]) else {
      preconditionFailure("every name of the list names a precision")
    }
    return precision
  }

  /// The format as a person reads it: `half (Float16)`, `半精度 Float16`.
  package var words: Words {
    switch self {
    case .half: Words(en: "half (Float16)", zh: "半精度 Float16")
    case .single: Words(en: "single (Float)", zh: "单精度 Float")
    case .double: Words(en: "double (Double)", zh: "双精度 Double")
    }
  }

  /// `show`'s line for it: the type, its significant bits and largest finite value.
  package var explanation: Words {
    let largest =
      switch self {
      case .half: "65504"
      case .single: "3.4e38"
      case .double: "1.8e308"
      }
    let bits = significandBits
    return Words(
      en: "\(words.en): \(bits) significant bits, largest \(largest)",
      zh: "\(words.zh)：有效位 \(bits) 位，最大值 \(largest)")
  }

  /// The number of significant bits, the implicit one included.
  package var significandBits: Int {
    switch self {
    case .half: Float16.significandBitCount + 1
    case .single: Float.significandBitCount + 1
    case .double: Double.significandBitCount + 1
    }
  }

  /// `x` rounded to this format and widened back, exactly: the value a
  /// variable of the format holds after `x` is assigned to it.
  package func rounded(_ x: Double) -> Double {
    switch self {
    case .half: Double(Float16(x))
    case .single: Double(Float(x))
    case .double: x
    }
  }
}
