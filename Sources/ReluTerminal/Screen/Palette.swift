import ReluCore

/// How a ``ColorRole`` looks: colours and attributes.
package struct Style: Sendable, Hashable {
  /// A colour as curses numbers it: 0-7 the eight ANSI colours every colour
  /// terminal has, 16-255 the xterm 256-colour cube and grey ramp (only on a
  /// terminal with 256 colours, see ``ColorDepth``).
  package struct Color: Sendable, Hashable {
    /// The curses colour number.
    package let number: Int16

    package init(number: Int16) {
      self.number = number
    }

    package static let black = Color(number: 0)
    package static let red = Color(number: 1)
    package static let green = Color(number: 2)
    package static let yellow = Color(number: 3)
    package static let blue = Color(number: 4)
    package static let magenta = Color(number: 5)
    package static let cyan = Color(number: 6)
    package static let white = Color(number: 7)
  }

  /// The text colour, or nil for the terminal's default.
  package var foreground: Color?
  /// The background colour, or nil for the terminal's default.
  package var background: Color?
  package var bold = false
  package var reverse = false
  package var dim = false
  package var underline = false

  package init(
    foreground: Color? = nil, background: Color? = nil, bold: Bool = false,
    reverse: Bool = false, dim: Bool = false, underline: Bool = false
  ) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.reverse = reverse
    self.dim = dim
    self.underline = underline
  }

  /// The terminal's default look.
  package static let plain = Style()

  /// Whether it needs a colour pair.
  package var hasColor: Bool { foreground != nil || background != nil }
}

/// The colours a terminal gives the lab.
package enum ColorDepth: Sendable, Hashable {
  /// None, or none wanted (`--no-color`, `NO_COLOR`): attributes only.
  case monochrome
  /// The eight ANSI colours (curses numbers 0-7); also what a 16- or
  /// 88-colour terminal gets, its other colours unused.
  case ansi8
  /// The xterm 256 colours: the eight ANSI ones, and 16-255 for the series.
  case xterm256

  /// The depth of a terminal with `count` colours (curses' `COLORS`).
  /// - Parameters:
  ///   - count: How many colours the terminal has.
  ///   - enabled: Whether colours may be used at all.
  package init(colorCount count: Int, enabled: Bool) {
    guard enabled, count >= 8 else {
      self = .monochrome
      return
    }
    self = count >= 256 ? .xterm256 : .ansi8
  }
}

/// The lab's colours by role, and the attributes that stand in for them on a
/// terminal without colours (or with `NO_COLOR` / `--no-color`).
///
/// A curve takes its series' own colour (``ReluCore/PlotSeries/style``), so it
/// keeps it whatever else is plotted.
package enum Palette {
  /// The style of a role.
  ///
  /// Text on the terminal's own background takes only colours readable on
  /// dark and light ones alike (``colorsReadableOnAnyBackground``); bars and
  /// markers pair a dark colour with a light one.
  /// - Parameters:
  ///   - role: What the cell shows.
  ///   - colors: The colours the terminal gives.
  ///   - highContrast: For projectors (`--high-contrast`): every role bold,
  ///     nothing dim.
  /// - Returns: Colours and attributes, or attributes alone without colour.
  package static func style(
    for role: ColorRole, colors: ColorDepth, highContrast: Bool = false
  ) -> Style {
    var style = colors == .monochrome ? monochrome(role) : colored(role, colors)
    if highContrast {
      style.bold = true
      style.dim = false
    }
    return style
  }

  /// The colours text may take alone, on the terminal's own background.
  ///
  /// The two whose contrast holds on black and on white backgrounds alike (xterm's
  /// red and magenta, about 4:1 or better on both; green, yellow and cyan
  /// fade on white, blue on black). Other text keeps the terminal's own colour.
  package static let colorsReadableOnAnyBackground: Set<Style.Color> = [.red, .magenta]

  /// The look of a series colour on the terminal.
  ///
  /// With 256 colours, the xterm colour nearest to it (``Xterm256/nearest(_:)``),
  /// bold. With 8, the ANSI colour of its hue, bold (bright on terminals that
  /// brighten bold) except orange and grey: orange is plain yellow (many
  /// terminals show ANSI yellow as a dark yellow or brown), yellow bold yellow,
  /// grey plain white (near the terminal's own text colour); the four muted
  /// colours of the later functions (teal, olive, rose, sand) plain cyan,
  /// green and red, and bold white; wine and purple plain magenta and blue,
  /// cyan and green dim cyan and green. More series than the seven colours besides
  /// black: colours that share an ANSI colour differ by bold, which some
  /// terminals show as brighter and others as heavier only; they still differ
  /// by glyph. Without colours, plain.
  /// - Parameters:
  ///   - color: The series colour.
  ///   - colors: The colours the terminal gives.
  /// - Returns: The colour and attributes for it.
  package static func style(of color: SeriesColor, colors: ColorDepth) -> Style {
    switch colors {
    case .monochrome: .plain
    case .xterm256: Style(foreground: xterm256[color], bold: true)
    case .ansi8:
      switch color {
      case .blue: Style(foreground: .blue, bold: true)
      case .vermillion: Style(foreground: .red, bold: true)
      case .orange: Style(foreground: .yellow)
      case .skyBlue: Style(foreground: .cyan, bold: true)
      case .bluishGreen: Style(foreground: .green, bold: true)
      case .reddishPurple: Style(foreground: .magenta, bold: true)
      case .yellow: Style(foreground: .yellow, bold: true)
      case .grey: Style(foreground: .white)
      case .teal: Style(foreground: .cyan)
      case .olive: Style(foreground: .green)
      case .rose: Style(foreground: .red)
      case .sand: Style(foreground: .white, bold: true)
      case .wine: Style(foreground: .magenta)
      case .cyan: Style(foreground: .cyan, dim: true)
      case .purple: Style(foreground: .blue)
      case .green: Style(foreground: .green, dim: true)
      }
    }
  }

  /// Each series colour's nearest xterm colour, worked out once.
  private static let xterm256: [SeriesColor: Style.Color] = Dictionary(
    uniqueKeysWithValues: SeriesColor.allCases.map { ($0, Xterm256.nearest($0)) })

  private static func colored(_ role: ColorRole, _ colors: ColorDepth) -> Style {
    switch role {
    case .plain, .table, .axis, .tickLabel: .plain
    case .series(let series): style(of: series.style.color, colors: colors)
    case .curve(let color): style(of: color, colors: colors)
    case .legend: .plain
    case .feedPoint: Style(foreground: .red, bold: true)
    case .decayMarker: Style(foreground: .magenta, bold: true)
    case .currentMarker: Style(foreground: .white, background: .red, bold: true)
    case .jumpPoint: Style(bold: true)
    case .cursor: Style(foreground: .cyan, bold: true)
    case .cursorPoint: Style(foreground: .black, background: .cyan, bold: true)
    case .echo: Style(bold: true)
    case .heading: Style(bold: true, underline: true)
    case .say: Style(foreground: .black, background: .yellow, bold: true)
    case .note: Style(foreground: .magenta)
    case .error: Style(foreground: .red, bold: true)
    case .status: Style(foreground: .black, background: .cyan)
    case .statusHint: Style(foreground: .black, background: .white)
    case .prompt: Style(bold: true)
    case .frame: .plain
    case .attention: Style(foreground: .black, background: .yellow, bold: true)
    case .overlay: .plain
    case .completions: Style(foreground: .black, background: .white)
    }
  }

  private static func monochrome(_ role: ColorRole) -> Style {
    switch role {
    case .plain, .table, .axis, .legend, .series, .curve, .echo, .note, .frame, .overlay,
      .tickLabel:
      .plain
    case .feedPoint, .decayMarker, .jumpPoint, .heading, .say, .error, .prompt, .completions,
      .cursor:
      Style(bold: true)
    case .currentMarker, .attention, .cursorPoint: Style(bold: true, reverse: true)
    case .status, .statusHint: Style(reverse: true)
    }
  }
}
