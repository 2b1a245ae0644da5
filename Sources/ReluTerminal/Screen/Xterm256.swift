import ReluCore

/// The fixed part of the xterm 256-colour palette, 16-255.
///
/// A 6x6x6 colour cube (16-231, each channel 0, 95, 135, 175, 215 or 255) and
/// a 24-step grey ramp (232-255, 8 to 238 by 10). Colours 0-15 are left out:
/// terminals let people change them.
package enum Xterm256 {
  /// The channel values of the colour cube.
  private static let levels = [0, 95, 135, 175, 215, 255]

  /// The sRGB components of colour `number` (16-255).
  package static func components(of number: Int) -> (red: Int, green: Int, blue: Int) {
    guard number >= 232 else {
      let cube = number - 16
      return (levels[cube / 36], levels[cube / 6 % 6], levels[cube % 6])
    }
    let grey = 8 + 10 * (number - 232)
    return (grey, grey, grey)
  }

  /// The colour of 16-255 nearest to `color` by CIELAB distance (CIE76), the
  /// lower number on a tie.
  package static func nearest(_ color: SeriesColor) -> Style.Color {
    let target = lab(color.components)
    var best = (number: 16, distance: Double.infinity)
    for number in 16...255 {
      let candidate = lab(components(of: number))
      let distance =
        (0..<3).map { (candidate[$0] - target[$0]) * (candidate[$0] - target[$0]) }
        .reduce(0, +)
      if distance < best.distance { best = (number, distance) }
    }
    return Style.Color(number: Int16(best.number))
  }

  /// CIELAB (L*, a*, b*) of an sRGB colour, D65 white.
  private static func lab(_ rgb: (red: Int, green: Int, blue: Int)) -> [Double] {
    func linear(_ channel: Int) -> Double {
      let c = Double(channel) / 255
      return c <= 0.040_45 ? c / 12.92 : LibM.pow((c + 0.055) / 1.055, 2.4)
    }
    let (r, g, b) = (linear(rgb.red), linear(rgb.green), linear(rgb.blue))
    let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.950_47
    let y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.088_83
    func f(_ t: Double) -> Double {
      t > 216.0 / 24_389 ? LibM.cbrt(t) : (24_389.0 / 27 * t + 16) / 116
    }
    return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
  }
}
