/// The colours the plot series take, one each (see ``PlotSeries/style``).
///
/// Okabe and Ito's colour-blind-safe palette ("Color Universal Design", 2008)
/// without its black, which vanishes on a dark terminal, and with the grey
/// that R's `palette.colors("Okabe-Ito")` adds as its ninth colour. This is an
/// abstract colour: SVG uses ``rgb`` exactly; the lab maps it to the nearest
/// colour the terminal has (ReluTerminal's `Palette`).
///
/// Yellow is faint on white paper and grey is close to a terminal's own text
/// colour; both go to the series least often plotted (sigmoid' and tanh').
/// The functions after the chapter's four take colours of Paul Tol's
/// colour-blind-safe "muted" scheme: teal, olive, rose and sand, then wine,
/// cyan, purple and green (PReLU and RReLU).
package enum SeriesColor: String, Sendable, Hashable, CaseIterable {
  case blue
  case vermillion
  case orange
  case skyBlue
  case bluishGreen
  case reddishPurple
  case yellow
  case grey
  case teal
  case olive
  case rose
  case sand
  case wine
  case cyan
  case purple
  case green

  /// The sRGB colour as 0xRRGGBB.
  package var rgb: UInt32 {
    switch self {
    case .blue: 0x0072B2
    case .vermillion: 0xD55E00
    case .orange: 0xE69F00
    case .skyBlue: 0x56B4E9
    case .bluishGreen: 0x009E73
    case .reddishPurple: 0xCC79A7
    case .yellow: 0xF0E442
    case .grey: 0x999999
    case .teal: 0x44AA99
    case .olive: 0x999933
    case .rose: 0xCC6677
    case .sand: 0xDDCC77
    case .wine: 0x882255
    case .cyan: 0x88CCEE
    case .purple: 0xAA4499
    case .green: 0x117733
    }
  }

  /// The red, green and blue components, 0-255.
  package var components: (red: Int, green: Int, blue: Int) {
    (Int((rgb >> 16) & 0xFF), Int((rgb >> 8) & 0xFF), Int(rgb & 0xFF))
  }

  /// The colour as SVG and CSS write it: `#0072b2`.
  package var hex: String { Self.hex(rgb: rgb) }

  /// `rgb` (0xRRGGBB) as SVG and CSS write it: `#0072b2`.
  package static func hex(rgb: UInt32) -> String {
    let digits = String(rgb, radix: 16)
    return "#" + String(repeating: "0", count: 6 - digits.count) + digits
  }
}
