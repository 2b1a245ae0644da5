import Testing

@testable import ReluCore

/// Reads rendered plots back from their text alone (``PlotTextReader``: the
/// tick labels give the scale) and checks every curve against the formulas
/// written out here, not against the renderer's own map or math: in every
/// column, the series is shown in the row nearest its true value, to within
/// what the tick marks can pin down.
@Suite struct PlotAccuracyTests {
  static let sizes: [(Int, Int)] = [(80, 24), (40, 12), (20, 8), (120, 40), (33, 17), (57, 9)]
  static let xRanges: [(Double, Double)] = [
    (-5, 5), (-1, 1), (-0.5, 3), (-20, 7), (2, 9), (-100, 100), (-1e-6, 1e-6), (-3, -1e-3),
  ]

  /// Every series, by name, from its textbook definition.
  ///
  /// ELU's alpha and softplus's beta are at their defaults, 1. A name that is not a series
  /// fails the test instead of trapping the suite.
  static func truth(_ name: String, _ x: Double, alpha: Double) -> Double {
    guard let series = PlotSeries(name) else {
      Issue.record("no series \(name)")
      return 0
    }
    let sigmoid = 1 / (1 + LibM.exp(-x))
    switch (series.kind, series.isDerivative) {
    case (.relu, false): return x > 0 ? x : 0
    case (.leaky, false): return x > 0 ? x : alpha * x
    case (.sigmoid, false): return sigmoid
    case (.tanh, false): return LibM.tanh(x)
    case (.elu, false): return x > 0 ? x : LibM.exp(x) - 1
    case (.softplus, false): return LibM.log(1 + LibM.exp(x))
    case (.prelu, false): return x > 0 ? x : 0.25 * x
    case (.rrelu, false): return x > 0 ? x : 11.0 / 48 * x
    case (.relu, true): return x > 0 ? 1 : 0
    case (.leaky, true): return x > 0 ? 1 : alpha
    case (.sigmoid, true): return sigmoid * (1 - sigmoid)
    case (.tanh, true): return 1 - LibM.tanh(x) * LibM.tanh(x)
    case (.elu, true): return x > 0 ? 1 : LibM.exp(x)
    case (.softplus, true): return sigmoid
    case (.prelu, true): return x > 0 ? 1 : 0.25
    case (.rrelu, true): return x > 0 ? 1 : 11.0 / 48
    }
  }

  /// Whether a series jumps at 0 (where the renderer leaves a gap).
  static func jumps(_ name: String, alpha: Double) -> Bool {
    name == "relu'" || name == "prelu'" || name == "rrelu'" || (name == "leaky'" && alpha != 1)
  }

  /// The values a series takes over an x interval: every series is monotone
  /// on each side of 0, so the ends and 0 bound it.
  static func truth(_ name: String, over xs: ClosedRange<Double>, alpha: Double)
    -> ClosedRange<Double>
  {
    var points = [xs.lowerBound, xs.upperBound]
    if xs.contains(0) { points += [0, -.leastNonzeroMagnitude, .leastNonzeroMagnitude] }
    let values = points.map { truth(name, $0, alpha: alpha) }
    return (values.min() ?? .nan)...(values.max() ?? .nan)
  }

  /// One series' place in one sample column, as far as the text can tell.
  struct Expected {
    /// The sample rows (fractional) the true value can fall in, widened by
    /// half a row for rounding to the nearest; nil when the column is at the
    /// jump or its value is not wholly inside the plot.
    var rows: ClosedRange<Double>?
    /// Every row the curve may light here: between the neighbours' rows.
    var band: ClosedRange<Double>
    /// The rows the series' value here can round to, even at the jump or
    /// outside the plot.
    var possible: ClosedRange<Double>
  }

  /// Where series `name` belongs in each sample column of a plot.
  static func expected(
    _ name: String, alpha: Double, plot: PlotTextReader
  ) -> [Expected] {
    let positions = (0..<plot.sampleColumns).map { k in
      let xs = plot.x.values(atSample: k)
      return plot.y.positions(of: truth(name, over: xs, alpha: alpha))
    }
    let cellWidth =
      abs(plot.x.last.value - plot.x.first.value)
      / Double(plot.x.last.cell - plot.x.first.cell)
    return (0..<plot.sampleColumns).map { k in
      let xs = plot.x.values(atSample: k)
      let nearJump =
        jumps(name, alpha: alpha)
        && (xs.lowerBound - cellWidth...xs.upperBound + cellWidth).contains(0)
      let here = positions[k]
      let neighbours = positions[max(0, k - 1)...min(plot.sampleColumns - 1, k + 1)]
      let low = (neighbours.map(\.lowerBound).min() ?? .nan) - 0.5
      let high = (neighbours.map(\.upperBound).max() ?? .nan) + 0.5
      // Inside when the value lies between two ticks (all in the y range), or
      // when every row it can round to is.
      let values = truth(name, over: xs, alpha: alpha)
      let (top, bottom) = (plot.y.first.value, plot.y.last.value)
      let ticks = min(top, bottom)...max(top, bottom)
      let inside =
        (ticks.contains(values.lowerBound) && ticks.contains(values.upperBound))
        || (here.lowerBound > -0.5 && here.upperBound < Double(plot.sampleRows) - 0.5)
      return Expected(
        rows: nearJump || !inside ? nil : (here.lowerBound - 0.5)...(here.upperBound + 0.5),
        band: nearJump ? -Double.infinity...Double.infinity : low...high,
        possible: (here.lowerBound - 0.5)...(here.upperBound + 0.5))
    }
  }

  @Test(arguments: PlotRendering.allCases, PlotSeries.all)
  func eachSeriesAloneSitsInTheNearestRow(rendering: PlotRendering, series: PlotSeries) throws {
    for (width, height) in Self.sizes {
      for (lower, upper) in Self.xRanges {
        for alpha in [0.1, 1] {
          let scene = PlotScene(
            series: [series], parameters: FunctionParameters(alpha: alpha),
            xRange: try PlotBounds(lower: lower, upper: upper),
            rendering: rendering)
          try Self.checkAccuracy(scene, size: try PlotSize(width: width, height: height))
        }
      }
    }
  }

  @Test(arguments: PlotRendering.allCases)
  func explicitYRangeClipsButStaysAccurate(rendering: PlotRendering) throws {
    for series in PlotSeries.all {
      let scene = PlotScene(
        series: [series], gradientAtZero: .right, yRange: try PlotBounds(lower: -0.3, upper: 0.7),
        rendering: rendering)
      try Self.checkAccuracy(scene, size: .standard)
      try Self.checkAccuracy(scene, size: try PlotSize(width: 41, height: 13))
    }
  }

  /// The reader is no rubber stamp: a plot of the wrong function, or of the
  /// right one on a wrong scale, fails it.
  @Test func wrongFunctionsAndScalesAreCaught() throws {
    let size = PlotSize.standard
    let sigmoid = PlotRenderer.render(PlotScene(series: [PlotSeries(.sigmoid)]), size: size)
    let plot = try PlotTextReader(lines: sigmoid.lines, width: size.width, rendering: .ascii)
    #expect(Self.misses("sigmoid", glyph: "%", alpha: 0.01, plot: plot) == 0)
    #expect(Self.misses("tanh", glyph: "%", alpha: 0.01, plot: plot) > 20)
    // The same text with its y labels doubled reads as a curve twice as tall.
    var lines = sigmoid.lines
    for line in plot.top..<plot.borderLine where plot.lines[line][plot.borderColumn] == "+" {
      let label = plot.lines[line][0..<plot.borderColumn].filter { $0 != " " }
      let value = try #require(Double(String(label)))
      let doubled = value == 0 ? "0" : "\(2 * value)"
      let padding = String(repeating: " ", count: plot.borderColumn - doubled.count)
      lines[line] = padding + doubled + String(plot.lines[line][plot.borderColumn...])
    }
    let stretched = try PlotTextReader(lines: lines, width: size.width, rendering: .ascii)
    #expect(Self.misses("sigmoid", glyph: "%", alpha: 0.01, plot: stretched) > 20)
  }

  /// Every series in one plot, ascii and braille, at several sizes.
  ///
  /// At both conventions every glyph shown sits where its series belongs; in ascii
  /// a series is shown in every column unless a series that belongs in the
  /// very same cell shows there instead (never merely one nearby), and in
  /// braille every series' dot is lit; and each series shows its glyph at
  /// least a few times, never leaving long stretches to others. That last
  /// is checked for the chapter's four functions and their derivatives: with
  /// every function of the table, more curves share the rows near y = 1 and
  /// y = z, and a glyph may go unseen for longer.
  @Test(arguments: PlotRendering.allCases, GradientAtZero.allCases)
  func allTogether(rendering: PlotRendering, gradientAtZero: GradientAtZero) throws {
    let chapter = PlotSeries.all.filter { [.relu, .leaky, .sigmoid, .tanh].contains($0.kind) }
    for (series, often) in [(chapter, true), (PlotSeries.all, false)] {
      try Self.together(series, often: often, rendering: rendering, gradientAtZero: gradientAtZero)
    }
  }

  static func together(
    _ all: [PlotSeries], often: Bool, rendering: PlotRendering, gradientAtZero: GradientAtZero
  ) throws {
    let alpha = 0.3
    for (width, height) in [(80, 24), (40, 12), (60, 16), (100, 30)] {
      let size = try PlotSize(width: width, height: height)
      let scene = PlotScene(
        series: all, parameters: FunctionParameters(alpha: alpha), gradientAtZero: gradientAtZero,
        rendering: rendering)
      let text = PlotRenderer.render(scene, size: size).lines
      let context = "\(rendering) \(size) \(gradientAtZero)"
      let plot = try PlotTextReader(lines: text, width: width, rendering: rendering)
      let names = all.map(\.description)
      let glyphs = all.map(\.glyph)
      let expected = names.map { Self.expected($0, alpha: alpha, plot: plot) }
      let across = plot.x.perCell
      let down = Double(plot.y.perCell)

      for (index, name) in names.enumerated() {
        var shownColumns: [Int] = []
        for column in 0..<plot.columns {
          let samples = (column * across)..<((column + 1) * across)
          for row in plot.glyphRows(glyphs[index], column: column) {
            // The glyph's cell holds samples row * down ..< (row + 1) * down.
            let cell = Double(row) * down...(Double(row) + 1) * down - 1
            let fits = samples.contains { k in
              expected[index][k].band.overlaps(cell)
                && (expected[index][k].rows.map { $0.overlaps(cell) } ?? true)
            }
            #expect(fits, "\(name) glyph at cell (\(row), \(column)) is off its curve, \(context)")
            shownColumns.append(column)
          }
          guard rendering == .ascii, let rows = expected[index][column].rows else { continue }
          let candidates = (Int(rows.lowerBound.rounded(.up))...Int(rows.upperBound)).filter {
            (0..<plot.rows).contains($0)
          }
          let served = candidates.contains { row in
            let shown = plot.character(row: row, column: column)
            if ["o", "@"].contains(shown) { return true }  // a jump's end, drawn over all
            guard let other = glyphs.firstIndex(of: shown) else { return false }
            return expected[other][column].possible.contains(Double(row))
          }
          #expect(served, "\(name) at column \(column) is neither shown nor shared, \(context)")
        }
        if rendering == .braille {
          for k in 0..<plot.sampleColumns {
            guard let rows = expected[index][k].rows else { continue }
            let lit = plot.dotRows(column: k).contains { rows.contains(Double($0)) }
            let cells = Set(
              (Int(rows.lowerBound.rounded(.up))...Int(rows.upperBound)).map {
                $0 / plot.y.perCell
              })
            let covered = cells.contains { row in
              row < plot.rows
                && (glyphs + ["o", "@"]).contains(plot.character(row: row, column: k / 2))
            }
            #expect(lit || covered, "\(name) has no dot at sample column \(k), \(context)")
          }
        }
        let shown = Set(shownColumns).sorted()
        guard often else { continue }
        #expect(
          shown.count >= (rendering == .ascii ? 5 : 3),
          "\(name) shows \(shown.count) times, \(context)")
        let gaps = zip(shown, shown.dropFirst()).map { $1 - $0 }
        // ascii: shared runs rotate between at most 6 series here; braille:
        // a glyph every max(8, columns / 3) cells, moved up to 3 either way.
        let spacing = rendering == .ascii ? 12 : max(8, plot.columns / 3) + 6
        #expect(
          (gaps.max() ?? 0) <= spacing,
          "\(name) is missing for \(gaps.max() ?? 0) columns, \(context)\n\(text.joined(separator: "\n"))"
        )
      }
    }
  }

  /// Renders one scene (one series), reads it back and checks every sample
  /// column away from the jump.
  static func checkAccuracy(_ scene: PlotScene, size: PlotSize) throws {
    let series = try #require(scene.series.first)
    let lines = PlotRenderer.render(scene, size: size).lines
    let context = "\(series) \(scene.rendering) \(size) x \(scene.xRange) alpha \(scene.alpha)"
    #expect(lines.count == size.height, "\(context)")
    guard
      let plot = try? PlotTextReader(lines: lines, width: size.width, rendering: scene.rendering)
    else {
      // Only the smallest plot may lack room for two labels on an axis (such
      // as 20x8 of sigmoid over -1e-06 to 1e-06, whose y labels are 9 wide).
      #expect(
        size == .minimum, "\(context): cannot read the scale:\n\(lines.joined(separator: "\n"))")
      return
    }
    #expect(
      plot.x.values(atSample: 0).contains(scene.xRange.lower)
        && plot.x.values(atSample: plot.sampleColumns - 1).contains(scene.xRange.upper),
      "\(context): the x axis does not span the range asked for")
    let misses = misses(
      series.description, glyph: series.glyph, alpha: scene.alpha, plot: plot, context: context)
    #expect(misses == 0, "\(context):\n\(lines.joined(separator: "\n"))")
  }

  /// How many sample columns of `plot` miss series `name`.
  ///
  /// A column misses when the row nearest its value is not lit, or when it
  /// lights rows outside the band between its neighbours; each miss is
  /// recorded when `context` is given. In braille, a whole-cell `glyph` counts as lighting its cell.
  /// - Returns: The number of misses; the number of columns checked must be positive.
  static func misses(
    _ name: String, glyph: Character, alpha: Double, plot: PlotTextReader,
    context: String? = nil
  ) -> Int {
    let expected = expected(name, alpha: alpha, plot: plot)
    let (across, down) = (plot.x.perCell, plot.y.perCell)
    var misses = 0
    var checked = 0
    for k in 0..<plot.sampleColumns {
      var lit = (across == 1 ? plot.glyphRows(glyph, column: k) : plot.dotRows(column: k))
        .map { Double($0)...Double($0) }
      if across > 1 {
        lit += plot.glyphRows(glyph, column: k / across).map {
          Double($0 * down)...Double($0 * down + down - 1)
        }
      }
      let strays = lit.filter { !$0.overlaps(expected[k].band) }
      var missing = false
      if let rows = expected[k].rows {
        checked += 1
        missing = !lit.contains { $0.overlaps(rows) }
      }
      if missing || !strays.isEmpty {
        misses += 1
        if let context {
          let wants = expected[k].rows.map(String.init(describing:)) ?? "-"
          Issue.record(
            "\(context): column \(k) x in \(plot.x.values(atSample: k)) wants rows \(wants) within \(expected[k].band), lit \(lit)"
          )
        }
      }
    }
    if let context {
      #expect(
        checked > 0,
        "\(context): nothing checked\n\(plot.lines.map { String($0) }.joined(separator: "\n"))")
    }
    return misses
  }
}
