/// How a ``ColorRole`` looks: colours from the eight ANSI ones, and attributes.
package struct Style: Sendable, Hashable {
  /// ANSI colour numbers, as curses numbers them.
  package enum Color: Int16, Sendable, Hashable {
    case black = 0
    case red
    case green
    case yellow
    case blue
    case magenta
    case cyan
    case white
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

/// The lab's colours by role, and the attributes that stand in for them on a
/// terminal without colours (or with `NO_COLOR` / `--no-color`).
package enum Palette {
  /// The colours the curves take, by series index (cycled).
  package static let seriesColors: [Style.Color] = [.cyan, .yellow, .magenta, .green, .blue, .red]

  /// The style of a role.
  /// - Parameters:
  ///   - role: What the cell shows.
  ///   - color: Whether colours may be used.
  /// - Returns: Colours and attributes, or attributes alone without colour.
  package static func style(for role: ColorRole, color: Bool) -> Style {
    color ? colored(role) : monochrome(role)
  }

  private static func colored(_ role: ColorRole) -> Style {
    switch role {
    case .plain, .table, .axis: .plain
    case .series(let index):
      Style(foreground: seriesColors[abs(index) % seriesColors.count], bold: true)
    case .tickLabel: Style(dim: true)
    case .legend: .plain
    case .feedPoint: Style(foreground: .red, bold: true)
    case .decayMarker: Style(foreground: .green, bold: true)
    case .currentMarker: Style(foreground: .white, background: .red, bold: true)
    case .jumpPoint: Style(bold: true)
    case .echo: Style(foreground: .cyan)
    case .heading: Style(bold: true, underline: true)
    case .say: Style(foreground: .yellow, bold: true)
    case .note: Style(foreground: .green)
    case .error: Style(foreground: .red, bold: true)
    case .status: Style(foreground: .black, background: .cyan)
    case .statusHint: Style(foreground: .blue, background: .cyan)
    case .prompt: Style(foreground: .green, bold: true)
    case .frame: Style(foreground: .blue)
    case .attention: Style(foreground: .black, background: .yellow, bold: true)
    case .overlay: .plain
    case .completions: Style(foreground: .black, background: .white)
    }
  }

  private static func monochrome(_ role: ColorRole) -> Style {
    switch role {
    case .plain, .table, .axis, .legend, .series, .echo, .note, .frame, .overlay, .tickLabel:
      .plain
    case .feedPoint, .decayMarker, .jumpPoint, .heading, .say, .error, .prompt, .completions:
      Style(bold: true)
    case .currentMarker, .attention: Style(bold: true, reverse: true)
    case .status, .statusHint: Style(reverse: true)
    }
  }
}
