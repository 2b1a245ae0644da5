import ReluCore
import Testing

@testable import ReluTerminal

/// Each series has its own terminal colour, the same whatever else is plotted.
@Suite struct PaletteTests {
  static let depths: [ColorDepth] = [.ansi8, .xterm256]

  static func style(_ series: PlotSeries, _ colors: ColorDepth) -> Style {
    Palette.style(for: .series(series), colors: colors)
  }

  @Test(arguments: depths)
  func everySeriesHasADistinctColor(colors: ColorDepth) {
    let styles = PlotSeries.all.map { Self.style($0, colors) }
    #expect(Set(styles).count == PlotSeries.all.count)
    for style in styles {
      let number = style.foreground?.number
      #expect(style.background == nil)
      #expect(number != Style.Color.black.number, "black vanishes on a dark terminal")
      if colors == .ansi8 { #expect((1...7).contains(number ?? -1)) }
    }
  }

  @Test func with256ColorsEachSeriesGetsItsOwnNumberInTheFixedPart() {
    let numbers = PlotSeries.all.map { Self.style($0, .xterm256).foreground?.number }
    #expect(Set(numbers).count == PlotSeries.all.count)
    #expect(numbers.allSatisfy { (16...255).contains($0 ?? -1) })
  }

  /// The nearest xterm colours to Okabe-Ito's, worked out independently
  /// (CIE76 over 16-255): the lab shows these.
  @Test func with256ColorsTheNearestXtermColorsAreUsed() {
    let expected: [SeriesColor: Int16] = [
      .blue: 32, .vermillion: 166, .orange: 214, .skyBlue: 74, .bluishGreen: 36,
      .reddishPurple: 175, .yellow: 227, .grey: 247, .teal: 37, .olive: 100, .rose: 168,
      .sand: 186, .wine: 89, .cyan: 117, .purple: 133, .green: 22,
    ]
    for color in SeriesColor.allCases {
      #expect(Xterm256.nearest(color).number == expected[color], "\(color)")
      #expect(Palette.style(of: color, colors: .xterm256).foreground?.number == expected[color])
    }
    #expect(Xterm256.components(of: 16) == (0, 0, 0))
    #expect(Xterm256.components(of: 196) == (255, 0, 0))
    #expect(Xterm256.components(of: 231) == (255, 255, 255))
    #expect(Xterm256.components(of: 232) == (8, 8, 8))
    #expect(Xterm256.components(of: 255) == (238, 238, 238))
  }

  /// With 8 colours series colours must share one: orange and yellow, and
  /// each muted colour with the Okabe-Ito colour of its hue, set apart by
  /// bold; the first eight colours share only orange and yellow.
  @Test func with8ColorsSharedColorsDifferByBold() {
    let orange = Palette.style(of: .orange, colors: .ansi8)
    let yellow = Palette.style(of: .yellow, colors: .ansi8)
    #expect(orange.foreground == yellow.foreground && orange.bold != yellow.bold)
    let okabeIto: [SeriesColor] = [
      .blue, .vermillion, .skyBlue, .bluishGreen, .reddishPurple, .yellow, .grey,
    ]
    let foregrounds = okabeIto.map { Palette.style(of: $0, colors: .ansi8).foreground }
    #expect(Set(foregrounds).count == okabeIto.count)
    let styles = SeriesColor.allCases.map { Palette.style(of: $0, colors: .ansi8) }
    #expect(Set(styles).count == SeriesColor.allCases.count)
  }

  @Test func withoutColorsSeriesArePlainAndTellApartByGlyph() {
    for series in PlotSeries.all { #expect(Self.style(series, .monochrome) == .plain) }
  }

  @Test func colorDepthFollowsTheTerminal() {
    #expect(ColorDepth(colorCount: 256, enabled: true) == .xterm256)
    #expect(ColorDepth(colorCount: 16_777_216, enabled: true) == .xterm256)
    #expect(ColorDepth(colorCount: 88, enabled: true) == .ansi8)
    #expect(ColorDepth(colorCount: 16, enabled: true) == .ansi8)
    #expect(ColorDepth(colorCount: 8, enabled: true) == .ansi8)
    #expect(ColorDepth(colorCount: 2, enabled: true) == .monochrome)
    #expect(ColorDepth(colorCount: 256, enabled: false) == .monochrome)
  }

  /// The styles the painted plot gives the cells showing `glyph` (curve and
  /// legend).
  static func styles(
    of glyph: Character, in series: [PlotSeries], colors: ColorDepth
  ) -> Set<Style> {
    let buffer = PlotPainter.paint(
      PlotScene(series: series, parameters: FunctionParameters(alpha: 0.1)), width: 100, height: 24)
    var styles = Set<Style>()
    for row in 0..<buffer.height {
      for column in 0..<buffer.width where buffer[row, column].character == glyph {
        styles.insert(Palette.style(for: buffer[row, column].role, colors: colors))
      }
    }
    return styles
  }

  @Test(arguments: depths)
  func aSeriesKeepsItsColorWhateverElseIsPlotted(colors: ColorDepth) {
    let leakyPrime = PlotSeries(.leaky, derivative: true)
    let own = Self.style(leakyPrime, colors)
    let plots: [[PlotSeries]] = [
      [leakyPrime],
      [PlotSeries(.relu), PlotSeries(.leaky), PlotSeries(.relu, derivative: true), leakyPrime],
      PlotSeries.all,
      PlotSeries.all.reversed(),
    ]
    for series in plots {
      #expect(Self.styles(of: leakyPrime.glyph, in: series, colors: colors) == [own], "\(series)")
    }
    // Every curve in its own colour, in any order.
    for series in [PlotSeries.all, PlotSeries.all.reversed()] {
      let buffer = PlotPainter.paint(PlotScene(series: series), width: 100, height: 24)
      var colorsShown: [PlotSeries: Set<Style>] = [:]
      for row in 0..<buffer.height {
        for column in 0..<buffer.width {
          guard case .series(let shown) = buffer[row, column].role else { continue }
          #expect(buffer[row, column].character == shown.glyph)
          colorsShown[shown, default: []].insert(Palette.style(for: .series(shown), colors: colors))
        }
      }
      #expect(Set(colorsShown.keys) == Set(PlotSeries.all))
      #expect(colorsShown.values.allSatisfy { $0.count == 1 })
      #expect(Set(colorsShown.values).count == PlotSeries.all.count)
    }
  }

  static let textRoles: [ColorRole] = [
    .plain, .axis, .tickLabel, .legend, .feedPoint, .decayMarker, .currentMarker, .jumpPoint,
    .echo, .heading, .say, .note, .table, .error, .status, .statusHint, .prompt, .frame,
    .attention, .overlay, .completions,
  ]

  /// Text alone on the terminal's background takes red, magenta or the
  /// terminal's own colour; a bar pairs a dark colour with a light one.
  @Test(arguments: depths)
  func everyRoleReadsOnDarkAndLightBackgrounds(colors: ColorDepth) {
    let dark: Set<Style.Color> = [.black, .blue, .red, .magenta]
    let light: Set<Style.Color> = [.white, .yellow, .cyan, .green]
    for role in Self.textRoles {
      let style = Palette.style(for: role, colors: colors)
      switch (style.foreground, style.background) {
      case (nil, nil): break
      case (let foreground?, nil):
        #expect(Palette.colorsReadableOnAnyBackground.contains(foreground), "\(role)")
      case (let foreground?, let background?):
        #expect(
          dark.contains(foreground) && light.contains(background)
            || light.contains(foreground) && dark.contains(background), "\(role)")
      case (nil, _?):
        Issue.record("\(role) sets a background without a foreground")
      }
    }
  }

  @Test func highContrastIsBoldAndNeverDim() {
    for colors in [ColorDepth.monochrome] + Self.depths {
      for role in Self.textRoles + PlotSeries.all.map(ColorRole.series) {
        let style = Palette.style(for: role, colors: colors, highContrast: true)
        #expect(style.bold && !style.dim, "\(role) \(colors)")
        let normal = Palette.style(for: role, colors: colors)
        #expect(style.foreground == normal.foreground && style.background == normal.background)
      }
    }
  }

  /// Axis numbers are read from the back of a room: at normal intensity (not
  /// dim) at every colour depth, and in the terminal's own colour.
  @Test(arguments: [ColorDepth.monochrome, .ansi8, .xterm256])
  func tickLabelsAreAtNormalIntensity(colors: ColorDepth) {
    let style = Palette.style(for: .tickLabel, colors: colors)
    #expect(style == .plain, "\(colors)")
    #expect(!style.dim)
    #expect(Palette.style(for: .tickLabel, colors: colors, highContrast: true) == Style(bold: true))
    // No text role is dim by default.
    for role in Self.textRoles {
      #expect(!Palette.style(for: role, colors: colors).dim, "\(role) \(colors)")
    }
  }
}
