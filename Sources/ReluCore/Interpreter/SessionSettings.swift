/// The settings a session's commands read, with their defaults: the one place
/// alpha, grad0 and the rest are kept.
package struct SessionSettings: Sendable, Equatable {
  /// The functions' parameters: Leaky ReLU's slope alpha for z < 0
  /// (PyTorch's default, 0.01), ELU's alpha, softplus's beta.
  package var parameters = FunctionParameters()
  /// Leaky ReLU's slope for z < 0 (in ``parameters``).
  package var alpha: Double {
    get { parameters.alpha }
    set { parameters.alpha = newValue }
  }
  /// The decay simulation's learning rate eta (the course chapter's 0.2).
  package var learningRate = DecaySimulation.chapterLearningRate
  /// The derivative rules at exactly 0: the convention's, or set by hand.
  package var gradientAtZero = GradientAtZero.left
  /// The framework convention last chosen: whose arithmetic `forward`, `feed`
  /// and `backward` follow at NaN, at the infinities and at -0.0.
  ///
  /// PyTorch's by default: its alpha (0.01) and rules at 0 are the defaults.
  /// It is never dropped. `set grad0` afterwards changes f'(0) only (the one
  /// thing that differs between frameworks for ordinary numbers, and the one
  /// a student sets to see its effect), so every other result stays the
  /// framework's: that is simpler to tell apart than a second set of rules
  /// appearing when grad0 is set; `show` says grad0 was set by hand. `set
  /// alpha` is no departure: every framework takes the slope as a parameter.
  package var convention = Convention.pytorch
  /// The floating-point format forward, feed, backward, the decay, compare,
  /// net, train, sweep and twin compute in.
  package var precision: Precision = .double
  /// The plot's x window; nil is the default, -5 to 5.
  package var xRange: PlotBounds?
  /// The plot's y window; nil fits the curves.
  package var yRange: PlotBounds?
  /// The size of plots printed as text (batch mode, `export txt`).
  package var plotSize = PlotSize.standard
  /// ascii or braille.
  package var rendering = PlotRendering.ascii
  /// How text output writes numbers.
  package var digits = NumberDigits.standard
  /// Steps per second when the lab animates a run (``Limits/animationSpeed``
  /// bounds it); batch mode ignores it.
  package var animationSpeed = SessionSettings.defaultAnimationSpeed
  /// The language of messages, help, labels and lessons.
  package var language = InterfaceLanguage.en

  /// The default speed: a 500-step decay animates in about 12 seconds.
  package static let defaultAnimationSpeed = 40.0

  package init() {}

  /// Whether grad0 differs from what the convention in force sets.
  package var gradientAtZeroByHand: Bool { gradientAtZero != convention.gradientAtZero }

  /// The x window plots use.
  package var plotXRange: PlotBounds { xRange ?? .defaultX }

  /// Changes one setting.
  package mutating func apply(_ setting: Setting) {
    switch setting {
    case .alpha(let value): alpha = value
    case .parameter(let parameter, let value): parameters[parameter] = value
    case .learningRate(let value): learningRate = value
    case .gradientAtZero(let value): gradientAtZero = value
    case .convention(let value):
      gradientAtZero = value.gradientAtZero
      if let slope = value.alpha { alpha = slope }
      convention = value
    case .precision(let value): precision = value
    case .xRange(let value): xRange = value
    case .yRange(let value): yRange = value
    case .size(let value): plotSize = value
    case .canvas(let value): rendering = value
    case .digits(let value): digits = value
    case .animationSpeed(let value): animationSpeed = value
    case .language(let value): language = value
    }
  }

  /// What a setting's current value means, for `show`: the convention says
  /// when grad0 was set by hand after it.
  package func meaning(of name: SettingName) -> Words {
    if name == .convention, gradientAtZeroByHand { return convention.handSetExplanation }
    return name.meaning(of: value(of: name))
  }

  /// The current value of a setting.
  package func value(of name: SettingName) -> SettingValue {
    switch name {
    case .alpha: .number(alpha)
    case .eluAlpha: .number(parameters.eluAlpha)
    case .beta: .number(parameters.beta)
    case .lr: .number(learningRate)
    case .grad0: .word(gradientAtZero.name)
    case .convention: .word(convention.rawValue)
    case .precision: .word(precision.rawValue)
    case .xrange: .bounds(xRange)
    case .yrange: .bounds(yRange)
    case .size: .size(plotSize)
    case .canvas: .word(rendering.rawValue)
    case .digits: .digits(digits)
    case .speed: .number(animationSpeed)
    case .lang: .word(language.rawValue)
    }
  }
}
