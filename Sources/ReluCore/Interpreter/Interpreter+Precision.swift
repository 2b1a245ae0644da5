/// The first value a command typed that its precision could not hold as
/// typed, and how many more it changed: the one note a command gives about
/// rounding.
struct InputRounding: Sendable, Equatable {
  /// The value as typed (parsed to the nearest Double).
  var typed: Double
  /// The value the precision holds instead.
  var held: Double
  /// The precision.
  var precision: Precision
  /// How many more typed values changed.
  var others = 0

  /// The note, in each language.
  var words: Words {
    InterpreterMessage.roundedInput(
      typed: typed, held: held, precision: precision, others: others
    ).words
  }
}

extension Interpreter {
  /// `tensor` with every element rounded to `precision` (the session's when
  /// nil); when its values were typed, the first that changed (and the count
  /// of the rest) is kept for the command's note.
  /// - Complexity: O(n); at double, O(1) (nothing changes).
  mutating func held(_ tensor: Tensor, typed: Bool, in precision: Precision? = nil) -> Tensor {
    let precision = precision ?? settings.precision
    guard precision != .double else { return tensor }
    let scalars = tensor.scalars
    let rounded: [Double] =
      switch precision {
      case .half: ScalarBuffer.widened(ScalarBuffer.narrowed(scalars, to: Float16.self))
      case .single: ScalarBuffer.widened(ScalarBuffer.narrowed(scalars, to: Float.self))
      case .double: scalars
      }
    if typed {
      for i in scalars.indices where !Self.same(scalars[i], rounded[i]) {
        noteRounding(typed: scalars[i], held: rounded[i], in: precision)
      }
    }
    return Tensor(shapeOf: tensor, scalars: rounded)
  }

  /// Keeps `values` typed in the command for its note when `precision`
  /// changes any of them (the values themselves are rounded where they are used).
  mutating func noteRounding(of values: [Double], in precision: Precision) {
    for value in values {
      let held = precision.rounded(value)
      if !Self.same(value, held) { noteRounding(typed: value, held: held, in: precision) }
    }
  }

  private mutating func noteRounding(typed: Double, held: Double, in precision: Precision) {
    if inputRounding == nil {
      inputRounding = InputRounding(typed: typed, held: held, precision: precision)
    } else {
      inputRounding?.others += 1
    }
  }

  /// The same value, NaN included (a NaN stays NaN in every precision).
  private static func same(_ a: Double, _ b: Double) -> Bool {
    a.bitPattern == b.bitPattern || (a.isNaN && b.isNaN)
  }

  /// f (or f') of every element in `precision`, as `forward` computes it:
  /// a rectifier as `convention` computes it (as feed's mask is), sigmoid
  /// and tanh by their formulas, every operation in the precision's type.
  static func forward(
    _ input: [Double], _ f: Activation, derivative: Bool, atZero: GradientAtZero,
    convention: Convention, in precision: Precision
  ) -> [Double] {
    switch precision {
    case .half:
      return forward(
        input, as: Float16.self, f, derivative: derivative, atZero: atZero, convention: convention)
    case .single:
      return forward(
        input, as: Float.self, f, derivative: derivative, atZero: atZero, convention: convention)
    case .double:
      return forward(
        input, as: Double.self, f, derivative: derivative, atZero: atZero, convention: convention)
    }
  }

  private static func forward<T: KernelScalar>(
    _ input: [Double], as _: T.Type, _ f: Activation, derivative: Bool, atZero: GradientAtZero,
    convention: Convention
  ) -> [Double] {
    if let rectifier = f.rectifier(convention, atZero: atZero) {
      return derivative
        ? input.map { Double(rectifier.derivative(T($0))) }
        : input.map { Double(rectifier.value(T($0))) }
    }
    return derivative
      ? input.map { Double(f.derivative(inType: T($0), atZero: atZero)) }
      : input.map { Double(f.value(inType: T($0))) }
  }
}
