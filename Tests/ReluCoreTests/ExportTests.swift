import Testing

@testable import ReluCore

@Suite struct ExportTests {
  static let scenes: [PlotScene] = [
    PlotScene(series: [PlotSeries(.relu), PlotSeries(.relu, derivative: true)]),
    PlotScene(
      series: PlotSeries.all, parameters: FunctionParameters(alpha: 0.1), gradientAtZero: .right),
    PlotScene(series: [], xRange: PlotBounds.defaultX),
    PlotScene(
      series: [PlotSeries(.sigmoid), PlotSeries(.leaky, derivative: true)],
      parameters: FunctionParameters(alpha: 0.25),
      xRange: (try? PlotBounds(lower: -1e-6, upper: 3e-6)) ?? .defaultX),
  ]

  // MARK: CSV

  @Test(arguments: scenes)
  func csvReadsBackAsTheSamples(scene: PlotScene) throws {
    let count = 201
    let lines = PlotExport.csv(scene, samples: count).split(
      separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.last == "", "the file ends with a newline")
    #expect(lines.count == count + 2)
    #expect(lines[0] == (["z"] + scene.series.map(\.description)).joined(separator: ","))
    for (index, line) in lines.dropFirst().dropLast().enumerated() {
      let fields = line.split(separator: ",").map { Double(String($0)) }
      #expect(fields.count == scene.series.count + 1)
      let x = PlotSampling.x(index, of: count, in: scene.xRange)
      #expect(fields[0] == x)
      for (column, series) in scene.series.enumerated() {
        let expected = scene.value(of: series, at: x)
        let read = try #require(fields[column + 1], "field \(column + 1) of row \(index) parses")
        #expect(read == expected || (read.isNaN && expected.isNaN), "\(series) at \(x)")
      }
    }
  }

  @Test func csvSamplesIncludeBothEndsAndZero() {
    let scene = PlotScene(series: [PlotSeries(.relu, derivative: true)])
    let rows = PlotExport.csv(scene).split(separator: "\n").dropFirst()
    #expect(rows.first == "-5,0")
    #expect(rows.last == "5,1")
    #expect(rows.contains("0,0"), "relu'(0) = 0 under the left convention")
    #expect(PlotExport.csv(scene, samples: 0).split(separator: "\n").count == 3, "at least 2 rows")
    let right = PlotScene(series: scene.series, gradientAtZero: .right)
    #expect(PlotExport.csv(right).split(separator: "\n").contains("0,1"))
  }

  @Test func csvKeepsNonFiniteValuesReadable() {
    #expect(NumberFormat.plain(.nan) == "nan" && Double("nan")?.isNaN == true)
    #expect(Double(NumberFormat.plain(-.infinity)) == -.infinity)
    #expect(Double(NumberFormat.plain(0.1 + 0.2)) == 0.1 + 0.2)
  }

  // MARK: SVG

  @Test(arguments: scenes)
  func svgIsWellFormedXML(scene: PlotScene) throws {
    let svg = PlotExport.svg(scene)
    try XMLCheck.wellFormed(svg)
    #expect(svg.hasPrefix("<?xml"))
    #expect(svg.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
  }

  @Test func svgDrawsRealLinesTicksLegendAndTheJump() throws {
    let scene = PlotScene(series: [PlotSeries(.relu), PlotSeries(.relu, derivative: true)])
    let svg = PlotExport.svg(scene)
    // relu is one polyline; relu' is two, broken at the jump.
    #expect(Self.count("<polyline", in: Self.group("series-0", of: svg)) == 1)
    #expect(Self.count("<polyline", in: Self.group("series-1", of: svg)) == 2)
    #expect(Self.count("class=\"open-point\"", in: svg) == 1)
    #expect(Self.count("class=\"closed-point\"", in: svg) == 1)
    for label in ["-4", "-2", "0", "2", "4"] { #expect(svg.contains(">\(label)</text>")) }
    #expect(svg.contains(">relu</text>") && svg.contains(">relu&apos;</text>"))
    // The axis is named as the CSV's first column: z.
    #expect(svg.contains(">z</text>"))
    #expect(PlotExport.csv(scene).hasPrefix("z,relu,relu'\n"))
    // The closed point is relu'(0) = 0 (left convention), drawn lower on the page than the open one.
    let closedY = try #require(Self.attribute("cy", ofFirst: "class=\"closed-point\"", in: svg))
    let openY = try #require(Self.attribute("cy", ofFirst: "class=\"open-point\"", in: svg))
    #expect(closedY > openY)
    // No polyline point is at x = 0 with the value at 0 inside a run that crosses the jump.
    let pieces = Self.group("series-1", of: svg).split(separator: "\n").filter {
      $0.contains("<polyline")
    }
    let lastXs = pieces.map { piece in
      piece.split(separator: "\"")[1].split(separator: " ").map {
        Double($0.split(separator: ",")[0]) ?? .nan
      }
    }
    #expect(lastXs[0].max() == lastXs[1].min(), "the two runs meet at x = 0 and do not overlap")
  }

  @Test func svgLegendSitsOutsideThePlotArea() throws {
    let svg = PlotExport.svg(
      PlotScene(series: PlotSeries.all, parameters: FunctionParameters(alpha: 0.1)))
    let clip = try #require(svg.split(separator: "\n").first { $0.contains("<rect x=") })
    let x = try #require(Self.attribute("x", ofFirst: "<rect x=", in: String(clip)))
    let width = try #require(Self.attribute("width", ofFirst: "<rect x=", in: String(clip)))
    let legend = Self.group("legend", of: svg)
    for line in legend.split(separator: "\n") where line.contains("<text") {
      let textX = try #require(Self.attribute("x", ofFirst: "<text", in: String(line)))
      #expect(textX > x + width)
    }
    #expect(legend.contains("leaky (alpha=0.1)"))
  }

  @Test func svgEscapesText() throws {
    #expect(SVGWriter.escape("a<b & \"c\" 'd'>") == "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;")
    #expect(SVGWriter.number(12.345) == "12.35")
    #expect(SVGWriter.number(-0.07) == "-0.07")
    #expect(SVGWriter.number(3) == "3")
    #expect(SVGWriter.number(2.5) == "2.5")
    #expect(SVGWriter.number(.nan) == "0")
  }

  @Test func svgWithOverlaysAndOddSizesStaysWellFormed() throws {
    let scene = PlotScene(
      series: [PlotSeries(.sigmoid)],
      overlays: [
        PlotOverlay(kind: .feed, series: PlotSeries(.sigmoid), points: [PlotPoint(x: 1, y: 0.731)]),
        PlotOverlay(
          kind: .decay, series: PlotSeries(.sigmoid),
          points: [PlotPoint(x: 2, y: 0.88), PlotPoint(x: 1.9, y: 0.87), PlotPoint(x: .nan, y: 1)]),
      ])
    for (width, height) in [(1, 1), (240, 160), (800, 500), (20_000, 3)] {
      let svg = PlotExport.svg(scene, width: width, height: height)
      try XMLCheck.wellFormed(svg)
      #expect(!svg.contains("nan") && !svg.contains("inf"))
    }
    #expect(
      PlotExport.svg(scene).contains("class=\"current-marker\"") == false, "NaN point skipped")
  }

  // MARK: Text

  @Test func textIsTheCanvasLines() throws {
    let scene = PlotScene(series: [PlotSeries(.tanh)])
    let size = try PlotSize(width: 50, height: 14)
    let text = PlotExport.text(scene, size: size)
    #expect(text == PlotRenderer.render(scene, size: size).lines.joined(separator: "\n") + "\n")
  }

  // MARK: Helpers

  static func count(_ needle: String, in text: String) -> Int {
    text.split(separator: "\n").filter { $0.contains(needle) }.count
  }

  /// The lines of the `<g class="NAME">` group, up to the matching `</g>`.
  static func group(_ name: String, of svg: String) -> String {
    var depth = 0
    var lines: [Substring] = []
    for line in svg.split(separator: "\n") {
      if depth == 0, !line.contains("<g class=\"\(name)\"") { continue }
      if line.contains("<g ") || line.hasSuffix("<g>") { depth += 1 }
      lines.append(line)
      if line.contains("</g>") {
        depth -= 1
        if depth == 0 { break }
      }
    }
    return lines.joined(separator: "\n")
  }

  /// The numeric attribute `name` of the first line containing `marker`.
  static func attribute(_ name: String, ofFirst marker: String, in text: String) -> Double? {
    guard let line = text.split(separator: "\n").first(where: { $0.contains(marker) }),
      let range = line.firstRange(of: " \(name)=\"")
    else { return nil }
    let rest = line[range.upperBound...]
    return Double(String(rest.prefix { $0 != "\"" }))
  }
}

/// A small XML well-formedness checker: one root element, properly nested and
/// matching tags, quoted attributes, only the five named entities or numeric
/// references, no raw `<` or `&` in text or attributes.
enum XMLCheck {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  static func wellFormed(_ xml: String) throws {
    var chars = Array(xml)
    var index = 0
    var stack: [String] = []
    var roots = 0
    func fail(_ message: String) -> Failure {
      let line = chars[0..<min(index, chars.count)].filter { $0 == "\n" }.count + 1
      return Failure(description: "line \(line): \(message)")
    }
    func skipSpace() { while index < chars.count, chars[index].isWhitespace { index += 1 } }
    func name() throws -> String {
      let start = index
      while index < chars.count,
        chars[index].isLetter || chars[index].isNumber || "-_:.".contains(chars[index])
      {
        index += 1
      }
      guard index > start else { throw fail("expected a name") }
      return String(chars[start..<index])
    }
    func checkText(_ text: ArraySlice<Character>) throws {
      var i = text.startIndex
      while i < text.endIndex {
        if text[i] == "<" { throw fail("raw < in text") }
        if text[i] == "&" {
          guard let end = text[i...].firstIndex(of: ";") else { throw fail("unterminated entity") }
          let entity = String(text[(i + 1)..<end])
          let named = ["amp", "lt", "gt", "quot", "apos"].contains(entity)
          let numeric = entity.hasPrefix("#") && entity.count > 1
          guard named || numeric else { throw fail("unknown entity &\(entity);") }
          i = end
        }
        i += 1
      }
    }
    if xml.hasPrefix("<?xml") {
      guard let end = xml.firstRange(of: "?>") else { throw fail("unterminated declaration") }
      index = xml.distance(from: xml.startIndex, to: end.upperBound)
    }
    chars = Array(xml)
    while index < chars.count {
      let textStart = index
      while index < chars.count, chars[index] != "<" { index += 1 }
      let text = chars[textStart..<index]
      if stack.isEmpty, !text.allSatisfy(\.isWhitespace) { throw fail("text outside the root") }
      try checkText(text)
      guard index < chars.count else { break }
      index += 1
      if index < chars.count, chars[index] == "/" {
        index += 1
        let closing = try name()
        skipSpace()
        guard index < chars.count, chars[index] == ">" else { throw fail("bad end tag") }
        index += 1
        guard stack.popLast() == closing else { throw fail("</\(closing)> does not match") }
        continue
      }
      let element = try name()
      if stack.isEmpty { roots += 1 }
      var attributes: Set<String> = []
      while true {
        skipSpace()
        guard index < chars.count else { throw fail("unterminated tag <\(element)") }
        if chars[index] == ">" {
          index += 1
          stack.append(element)
          break
        }
        if chars[index] == "/" {
          guard index + 1 < chars.count, chars[index + 1] == ">" else { throw fail("bad />") }
          index += 2
          break
        }
        let attribute = try name()
        guard attributes.insert(attribute).inserted else { throw fail("duplicate \(attribute)") }
        skipSpace()
        guard index < chars.count, chars[index] == "=" else { throw fail("expected =") }
        index += 1
        skipSpace()
        guard index < chars.count, chars[index] == "\"" || chars[index] == "'" else {
          throw fail("unquoted attribute \(attribute)")
        }
        let quote = chars[index]
        index += 1
        let valueStart = index
        while index < chars.count, chars[index] != quote { index += 1 }
        guard index < chars.count else { throw fail("unterminated attribute") }
        try checkText(chars[valueStart..<index])
        index += 1
      }
    }
    guard stack.isEmpty else { throw fail("unclosed <\(stack.joined(separator: "><"))>") }
    guard roots == 1 else { throw fail("\(roots) root elements") }
  }

  @Test static func checkerRejectsBrokenXML() {
    #expect(throws: Failure.self) { try wellFormed("<a><b></a></b>") }
    #expect(throws: Failure.self) { try wellFormed("<a x=1/>") }
    #expect(throws: Failure.self) { try wellFormed("<a>x & y</a>") }
    #expect(throws: Failure.self) { try wellFormed("<a/><b/>") }
    #expect(throws: Never.self) {
      try wellFormed("<?xml version=\"1.0\"?>\n<a x='1'><b>&amp;</b></a>\n")
    }
  }
}
