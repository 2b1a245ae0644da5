/// A `set` command's setting and new value, already checked for range.
package enum Setting: Sendable, Equatable {
  case alpha(Double)
  /// ELU's alpha or softplus's beta.
  case parameter(FunctionParameter, Double)
  case learningRate(Double)
  case gradientAtZero(GradientAtZero)
  /// A framework's rules at 0 and, for most, its alpha.
  case convention(Convention)
  /// The floating-point format the layers, forward and the decay compute in.
  case precision(Precision)
  /// nil: automatic (the default window).
  case xRange(PlotBounds?)
  /// nil: automatic (fits the curves).
  case yRange(PlotBounds?)
  case size(PlotSize)
  case canvas(PlotRendering)
  case digits(NumberDigits)
  /// Steps per second of the lab's animated runs.
  case animationSpeed(Double)
  /// The language of everything a person reads.
  case language(InterfaceLanguage)

  /// The setting this changes.
  package var name: SettingName {
    switch self {
    case .alpha: .alpha
    case .parameter(.alpha, _): .alpha
    case .parameter(.eluAlpha, _): .eluAlpha
    case .parameter(.beta, _): .beta
    case .learningRate: .lr
    case .gradientAtZero: .grad0
    case .convention: .convention
    case .precision: .precision
    case .xRange: .xrange
    case .yRange: .yrange
    case .size: .size
    case .canvas: .canvas
    case .digits: .digits
    case .animationSpeed: .speed
    case .language: .lang
    }
  }
}

extension Setting {
  /// The value the setting sets, as `set` takes it back.
  package var value: SettingValue {
    switch self {
    case .alpha(let value), .learningRate(let value), .animationSpeed(let value),
      .parameter(_, let value):
      .number(value)
    case .gradientAtZero(let value): .word(value.name)
    case .convention(let value): .word(value.rawValue)
    case .precision(let value): .word(value.rawValue)
    case .xRange(let value), .yRange(let value): .bounds(value)
    case .size(let value): .size(value)
    case .canvas(let value): .word(value.rawValue)
    case .digits(let value): .digits(value)
    case .language(let value): .word(value.rawValue)
    }
  }
}

/// A setting's value as a result carries it: typed, for each renderer to
/// write in its own way (text `-3 3`, JSON `[-3, 3]`).
package enum SettingValue: Sendable, Equatable {
  case number(Double)
  /// A named choice: `left`, `braille`.
  case word(String)
  /// A window; nil is `auto`.
  case bounds(PlotBounds?)
  case size(PlotSize)
  /// `6` or `full`.
  case digits(NumberDigits)
}

extension SettingValue {
  /// The value as `show` prints it, `set` takes it and a recording's header
  /// writes it: `0.3`, `left`, `-3 3`, `auto`, `80 24`.
  package var text: String {
    switch self {
    case .number(let number): NumberFormat.plain(number)
    case .word(let word): word
    case .bounds(let bounds?):
      "\(NumberFormat.plain(bounds.lower)) \(NumberFormat.plain(bounds.upper))"
    case .bounds(nil): "auto"
    case .size(let size): "\(size.width) \(size.height)"
    case .digits(let digits): digits.description
    }
  }
}
