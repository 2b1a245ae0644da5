/// A small SVG text builder: elements with escaped attributes and text, and
/// coordinates printed with at most two decimals.
struct SVGWriter {
  private(set) var text = ""
  private var depth = 0

  /// Opens `<name attributes>`.
  mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
    line("<\(name)\(Self.attributes(attributes))>")
    depth += 1
  }

  /// Closes `</name>`.
  mutating func close(_ name: String) {
    depth -= 1
    line("</\(name)>")
  }

  /// Writes `<name attributes/>`, or `<name attributes>content</name>` with text.
  mutating func element(_ name: String, _ attributes: [(String, String)], text: String? = nil) {
    if let text {
      line("<\(name)\(Self.attributes(attributes))>\(Self.escape(text))</\(name)>")
    } else {
      line("<\(name)\(Self.attributes(attributes))/>")
    }
  }

  /// Writes a line of raw markup (for the XML declaration).
  mutating func raw(_ markup: String) { line(markup) }

  /// Starts a standalone document `width` x `height` pixels: the XML
  /// declaration, the open `<svg>` (sans-serif, 12 px text), its `<title>`
  /// and a white background; ``close(_:)`` with `svg` ends it.
  mutating func openDocument(width: Double, height: Double, title: String) {
    let n = Self.number
    raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
    open(
      "svg",
      [
        ("xmlns", "http://www.w3.org/2000/svg"), ("width", n(width)), ("height", n(height)),
        ("viewBox", "0 0 \(n(width)) \(n(height))"), ("font-family", "sans-serif"),
        ("font-size", "12"),
      ])
    element("title", [], text: title)
    element("rect", [("width", n(width)), ("height", n(height)), ("fill", "white")])
  }

  /// The axes' labels: each x tick's below the plot, each y tick's left of
  /// it, and the x axis's name under them, as a `tick-labels` group.
  /// - Parameters:
  ///   - x: Each x tick's position across and its label.
  ///   - y: Each y tick's position down and its label.
  ///   - left: The plot area's left edge.
  ///   - right: The plot area's right edge.
  ///   - bottom: The plot area's bottom edge.
  ///   - xName: What x is (`z`, `step`).
  mutating func tickLabels(
    x: [(Double, String)], y: [(Double, String)], left: Double, right: Double, bottom: Double,
    xName: String
  ) {
    let n = Self.number
    open("g", [("class", "tick-labels"), ("fill", "black")])
    for (position, label) in x {
      element(
        "text", [("x", n(position)), ("y", n(bottom + 18)), ("text-anchor", "middle")],
        text: label)
    }
    for (position, label) in y {
      element(
        "text", [("x", n(left - 8)), ("y", n(position + 4)), ("text-anchor", "end")], text: label)
    }
    element(
      "text", [("x", n((left + right) / 2)), ("y", n(bottom + 34)), ("text-anchor", "middle")],
      text: xName)
    close("g")
  }

  private mutating func line(_ markup: String) {
    text += String(repeating: "  ", count: max(0, depth)) + markup + "\n"
  }

  private static func attributes(_ attributes: [(String, String)]) -> String {
    attributes.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
  }

  /// Text with `&`, `<`, `>`, `"` and `'` replaced by XML entities.
  static func escape(_ text: String) -> String {
    var escaped = ""
    for character in text {
      switch character {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      case "'": escaped += "&apos;"
      default: escaped.append(character)
      }
    }
    return escaped
  }

  /// A coordinate with at most two decimals and no trailing zeros (`12.5`,
  /// `-3`, `0.07`); values are clamped to +-1e7 first, far beyond any drawing.
  static func number(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    let hundredths = Int((min(max(value, -1e7), 1e7) * 100).rounded())
    let sign = hundredths < 0 ? "-" : ""
    let magnitude = abs(hundredths)
    let whole = magnitude / 100
    let fraction = magnitude % 100
    if fraction == 0 { return sign + String(whole) }
    let digits = fraction < 10 ? "0" + String(fraction) : String(fraction)
    let trimmed = digits.hasSuffix("0") ? String(digits.dropLast()) : digits
    return sign + String(whole) + "." + trimmed
  }
}
