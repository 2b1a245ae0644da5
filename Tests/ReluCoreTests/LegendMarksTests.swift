import Testing

@testable import ReluCore

/// Every entry a legend names has visible marks of its own on the canvas: in
/// ASCII, in braille without colour, and in SVG, for the scenes and charts
/// the README's examples, the example scripts (after each line) and the
/// English lessons (at each pause) show.
@Suite struct LegendMarksTests {
  /// What one plot pane shows: a function plot or a chart.
  enum Shown {
    case scene(PlotScene)
    case chart(Chart)
  }

  /// A session's state, named for failure messages.
  struct State: CustomStringConvertible {
    var description: String
    var interpreter: Interpreter
  }

  /// The plots a session shows now: the one place this test reads how the
  /// interpreter exposes what is on screen.
  static func shown(by interpreter: Interpreter) -> [Shown] {
    interpreter.scene.view.parts.compactMap {
      switch $0 {
      case .functions(let scene): .scene(scene)
      case .chart(let chart): .chart(chart)
      case .heatMap: nil  // no legend: its key is its shades
      }
    }
  }

  // MARK: The states checked

  static func session(_ commands: String) throws -> Interpreter {
    var interpreter = Interpreter(fileSystem: MemoryScripts(files: [:], acceptsWrites: true))
    _ = try interpreter.outputs(commands)
    return interpreter
  }

  static let commands = [
    "plot relu leaky", "plot relu' leaky'", "compare", "set lr 1; compare relu leaky",
    "plot relu leaky relu' leaky'", "set alpha 0; plot relu leaky relu' leaky'",
    "set canvas braille; compare", "decay relu from 0.9 to 0.5; step",
  ]

  static func commandStates() throws -> [State] {
    try commands.map { State(description: $0, interpreter: try session($0)) }
  }

  /// The package's root folder, from this file's path.
  static let root = String(
    #filePath.split(separator: "/", omittingEmptySubsequences: false)
      .dropLast(3).joined(separator: "/"))

  /// A script run line by line in a fresh session: the state after each
  /// line with a command, or only after each line that paused.
  static func states(
    ofScript text: String, name: String, pausesOnly: Bool = false
  ) throws -> [State] {
    var interpreter = try session("")
    var states: [State] = []
    var pauses = 0
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    {
      let command = line.trimmingPrefix(while: \.isWhitespace)
      guard !command.isEmpty, !command.hasPrefix("#") else { continue }
      let paused = try interpreter.outputs(String(command), name: name).contains {
        if case .pause = $0 { true } else { false }
      }
      pauses += paused ? 1 : 0
      guard paused || !pausesOnly else { continue }
      let place = pausesOnly ? "pause \(pauses)" : "\(number + 1) \(command)"
      states.append(State(description: "\(name):\(place)", interpreter: interpreter))
    }
    return states
  }

  /// Each example script: the state after each command.
  static func exampleStates() throws -> [State] {
    let folder = root + "/Scripts/examples"
    let names = try PlotTestSupport.entries(folder).filter { $0.hasSuffix(".relu") }.sorted()
    try #require(!names.isEmpty, "examples in \(folder)")
    return try names.flatMap { name in
      try states(ofScript: PlotTestSupport.contents(of: folder + "/" + name), name: name)
    }
  }

  /// Each English lesson at each of its pauses (the lesson's text run a
  /// line at a time, as ``LessonPlayer`` plays it up to each pause).
  static func lessonStates() throws -> [State] {
    let lessons = LessonCatalog.lessons(in: .en)
    try #require(lessons.count >= 6)
    return try lessons.flatMap { lesson in
      let states = try states(ofScript: lesson.text, name: lesson.path, pausesOnly: true)
      #expect(
        states.count == LessonPlayer(source: lesson.source, start: Interpreter()).pauseCount,
        "\(lesson.name): a state at every pause")
      return states
    }
  }

  // MARK: Text

  /// One rendered canvas with its legend's layout.
  struct TextPlot {
    var canvas: Canvas
    var frame: PlotFrame
    /// The character each series is drawn in, by index.
    var glyphs: [Int: Character]
    /// The roles of entries with nothing of their own to show (``exempt(_:)``).
    var exempt: Set<CellRole> = []
  }

  /// A chart's line of one point, its current one, is all `C`: before the
  /// first step or epoch there is no line yet, and the legend's `C now`
  /// names the point.
  static func isOnlyItsCurrentPoint(_ series: DataSeries) -> Bool {
    series.points.count == 1 && series.highlighted == 0
  }

  /// The roles whose entries have nothing of their own to show: for a
  /// chart, lines of only their current point; for a scene, the past decay
  /// steps when every one of them lies in the current point's cell, under
  /// its `C` (braille's cells are coarser than ascii's).
  static func exempt(_ shown: Shown, frame: PlotFrame) -> Set<CellRole> {
    switch shown {
    case .chart(let chart):
      return Set(
        chart.series.indices.filter { isOnlyItsCurrentPoint(chart.series[$0]) }
          .map { CellRole.series($0) })
    case .scene(let scene):
      guard let decay = scene.overlays.first(where: { $0.kind == .decay }),
        let now = decay.points.last.flatMap(frame.cell(of:))
      else { return [] }
      let hidden = decay.points.dropLast().allSatisfy { point in
        frame.cell(of: point).map { $0 == now } ?? false
      }
      return hidden ? [.decayMarker] : []
    }
  }

  static func text(
    _ shown: Shown, rendering: PlotRendering, marking: SeriesMarking = .glyphs, size: PlotSize
  ) -> TextPlot {
    switch shown {
    case .scene(var scene):
      scene.rendering = rendering
      let frame = PlotFrame(scene: scene, size: size, marking: marking)
      return TextPlot(
        canvas: PlotRenderer.render(scene, size: size, marking: marking), frame: frame,
        glyphs: Dictionary(uniqueKeysWithValues: scene.series.enumerated().map { ($0, $1.glyph) }),
        exempt: exempt(.scene(scene), frame: frame))
    case .chart(var chart):
      chart.rendering = rendering
      let frame = PlotFrame(
        legend: ChartRenderer.legend(for: chart, marking: marking), xRange: chart.xRange,
        yRange: chart.yRange,
        rendering: rendering, size: size, wholeX: chart.wholeX)
      var glyphs: [Int: Character] = [:]
      for (index, series) in chart.series.enumerated() {
        if let style = series.lineStyle { glyphs[index] = style.glyph }
      }
      return TextPlot(
        canvas: ChartRenderer.render(chart, size: size, marking: marking), frame: frame,
        glyphs: glyphs,
        exempt: exempt(.chart(chart), frame: frame))
    }
  }

  /// The legend entries shown (not left out for room) that have no mark of
  /// their own below the legend: a series needs a cell in its role and (with
  /// glyphs) its glyph, any other entry a cell in its role (the current
  /// point may be an arrow at the edge instead).
  static func unmarked(_ plot: TextPlot, marking: SeriesMarking = .glyphs) -> [String] {
    let canvas = plot.canvas
    var missing: [String] = []
    for entry in plot.frame.legend.lines.joined() where !plot.exempt.contains(entry.symbolRole) {
      var roles = [entry.symbolRole]
      if entry.symbolRole == .currentMarker { roles.append(.offRange) }
      let marked = (plot.frame.top..<canvas.height).contains { row in
        (0..<canvas.width).contains { column in
          let cell = canvas[row, column]
          guard roles.contains(cell.role) else { return false }
          guard case .series(let index) = cell.role, marking == .glyphs else { return true }
          return cell.character == plot.glyphs[index]
        }
      }
      if !marked { missing.append(entry.printed) }
    }
    return missing
  }

  /// Each plot in ascii, in braille with glyphs, and in braille marked by
  /// colour (where a series' mark is a cell in its colour: its role).
  static func checkText(_ states: [State]) {
    let canvases: [(PlotRendering, SeriesMarking)] = [
      (.ascii, .glyphs), (.braille, .glyphs), (.braille, .color),
    ]
    for state in states {
      let size = state.interpreter.settings.plotSize
      for shown in shown(by: state.interpreter) {
        for (rendering, marking) in canvases {
          let plot = text(shown, rendering: rendering, marking: marking, size: size)
          let missing = unmarked(plot, marking: marking)
          #expect(
            missing.isEmpty,
            """
            \(state) in \(rendering) by \(marking): no mark for \(missing)
            \(plot.canvas.lines.joined(separator: "\n"))
            """)
        }
      }
    }
  }

  // MARK: SVG

  /// One `series-N` line of an SVG: its points and its stroke.
  struct SVGLine {
    var points: [[PlotPoint]] = []
    var width = 0.0
    var dash: (array: Substring?, offset: Substring?) = (nil, nil)
  }

  /// The polylines of class `series-N` (function plots put the class on a
  /// group around them, charts on the polyline), by N.
  static func lines(of svg: String) -> [Int: SVGLine] {
    var lines: [Int: SVGLine] = [:]
    var group: Int?
    for line in svg.split(separator: "\n") {
      let series = attribute("class", in: line).flatMap { name in
        name.hasPrefix("series-") ? Int(name.dropFirst("series-".count)) : nil
      }
      if line.contains("<g ") {
        group = series
        if let series { lines[series] = stroke(of: line) }
      } else if line.contains("</g>") {
        group = nil
      }
      guard line.contains("<polyline"), let index = series ?? group,
        let points = attribute("points", in: line)
      else { continue }
      if series != nil { lines[index] = stroke(of: line) }
      lines[index, default: SVGLine()].points.append(
        points.split(separator: " ").compactMap { pair in
          let xy = pair.split(separator: ",").compactMap { Double($0) }
          return xy.count == 2 ? PlotPoint(x: xy[0], y: xy[1]) : nil
        })
    }
    return lines
  }

  static func stroke(of line: Substring) -> SVGLine {
    SVGLine(
      width: attribute("stroke-width", in: line).flatMap { Double($0) } ?? 0,
      dash: (attribute("stroke-dasharray", in: line), attribute("stroke-dashoffset", in: line)))
  }

  static func attribute(_ name: String, in line: Substring) -> Substring? {
    guard let range = line.firstRange(of: " \(name)=\"") else { return nil }
    return line[range.upperBound...].prefix { $0 != "\"" }
  }

  /// The plot area of an SVG (its clip rectangle): x from left to right, y
  /// from top to bottom.
  static func area(of svg: String) -> (left: Double, right: Double, top: Double, bottom: Double)? {
    guard
      let clip = svg.split(separator: "\n").drop(while: { !$0.contains("<clipPath") })
        .dropFirst().first,
      let x = attribute("x", in: clip).flatMap({ Double($0) }),
      let y = attribute("y", in: clip).flatMap({ Double($0) }),
      let width = attribute("width", in: clip).flatMap({ Double($0) }),
      let height = attribute("height", in: clip).flatMap({ Double($0) })
    else { return nil }
    return (x, x + width, y, y + height)
  }

  /// Whether `later` runs along `earlier` inside the area: a run of its
  /// consecutive points, each at a point of `earlier` (same x, y within half
  /// a pixel), at least 8 pixels long or holding every point `earlier` has
  /// in the area.
  static func runsAlong(
    _ later: SVGLine, _ earlier: SVGLine,
    in area: (left: Double, right: Double, top: Double, bottom: Double)
  ) -> Bool {
    func inside(_ point: PlotPoint) -> Bool {
      (area.left...area.right).contains(point.x) && (area.top...area.bottom).contains(point.y)
    }
    let under = earlier.points.joined().filter(inside)
    guard under.count > 1 else { return false }
    func covered(_ point: PlotPoint) -> Bool {
      inside(point) && under.contains { abs($0.x - point.x) < 0.01 && abs($0.y - point.y) <= 0.5 }
    }
    for run in later.points {
      var start: PlotPoint?
      var count = 0
      for point in run {
        guard covered(point) else {
          (start, count) = (nil, 0)
          continue
        }
        start = start ?? point
        count += 1
        if count > 1, let start, point.x - start.x >= 8 || count >= under.count { return true }
      }
    }
    return false
  }

  static func svg(_ shown: Shown) -> (text: String, series: [Int]) {
    switch shown {
    case .scene(let scene): (PlotExport.svg(scene), Array(scene.series.indices))
    case .chart(let chart):
      (
        PlotExport.svg(chart),
        chart.series.indices.filter {
          guard case .line = chart.series[$0].role else { return false }
          return !isOnlyItsCurrentPoint(chart.series[$0])
        }
      )
    }
  }

  static func checkSVG(_ states: [State]) throws {
    for state in states {
      for shown in shown(by: state.interpreter) {
        let (svg, series) = Self.svg(shown)
        let lines = Self.lines(of: svg)
        let area = try #require(Self.area(of: svg))
        for index in series {
          let drawn = lines[index]?.points.contains { $0.count > 1 } ?? false
          #expect(drawn, "\(state): SVG series \(index) has a path")
        }
        for (later, earlier) in series.flatMap({ j in series.filter { $0 < j }.map { (j, $0) } }) {
          guard let top = lines[later], let under = lines[earlier],
            runsAlong(top, under, in: area)
          else { continue }
          let thinner = top.width < under.width
          let dashedApart = top.dash.array != nil && top.dash != under.dash
          #expect(
            thinner || dashedApart,
            "\(state): SVG series \(later) covers \(earlier) with \(top.width) \(top.dash)")
        }
      }
    }
  }

  // MARK: Tests

  @Test func theNamedScenesAndCharts() throws {
    let states = try Self.commandStates()
    Self.checkText(states)
    try Self.checkSVG(states)
  }

  /// The checks above find the overlaps they judge: leaky runs along relu
  /// in `plot relu leaky` and in the race at lr 1, and relu has cells of its
  /// own in the race's text.
  @Test func theOverlapsAreFound() throws {
    for (commands, later, earlier) in [
      ("plot relu leaky", 1, 0), ("plot relu' leaky'", 1, 0),
      ("set lr 1; compare relu leaky", 2, 1),
      ("compare", 2, 1),
    ] {
      let shown = try #require(Self.shown(by: try Self.session(commands)).first)
      let svg = Self.svg(shown).text
      let lines = Self.lines(of: svg)
      let area = try #require(Self.area(of: svg))
      let (top, under) = (try #require(lines[later]), try #require(lines[earlier]))
      #expect(Self.runsAlong(top, under, in: area), "\(commands)")
      #expect(top.width < under.width && top.dash.array != nil, "\(commands)")
    }
    let race = try #require(Self.shown(by: try Self.session("compare")).first)
    let text = Self.text(race, rendering: .ascii, size: .standard).canvas.lines
    let relu = text.dropFirst(3).map { $0.filter { $0 == "*" }.count }.reduce(0, +)
    let leaky = text.dropFirst(3).map { $0.filter { $0 == "#" }.count }.reduce(0, +)
    #expect(relu >= 4 && leaky >= 4, "relu and leaky take turns: \(relu) and \(leaky) cells")
  }

  /// ``SVGLineStroke``'s rule on lines in pixels: a line crossing another
  /// keeps its style; one running along an earlier line goes a layer above
  /// it, thinner and dashed, each layer's dashes half a period on.
  @Test func theStrokeRule() {
    let area = (left: 0.0, right: 100.0, top: 0.0, bottom: 100.0)
    func line(_ y: (Double) -> Double) -> [[PlotPoint]] {
      [stride(from: 0.0, through: 100, by: 1).map { PlotPoint(x: $0, y: y($0)) }]
    }
    let relu = PlotSeries(.relu).style
    let leaky = PlotSeries(.leaky).style
    let reluPrime = PlotSeries(.relu, derivative: true).style
    let strokes = SVGLineStroke.strokes(
      for: [
        (relu, line { 50 + 0 * $0 }), nil, (leaky, line { 50.5 + 0 * $0 }),
        (reluPrime, line { $0 }), (reluPrime, line { 51 + 0 * $0 }),
      ], in: area)
    #expect(strokes[0] == SVGLineStroke(style: relu))
    #expect(strokes[1] == nil)
    #expect(strokes[2]?.color == leaky.color.hex)
    #expect(strokes[2]?.width == 1.5 && strokes[2]?.dashArray == "4 3")
    #expect(strokes[2]?.dashOffset == 0)
    #expect(strokes[3] == SVGLineStroke(style: reluPrime), "a crossing is no overlap")
    #expect(strokes[3]?.dashArray == SeriesStyle.svgDashArray)
    #expect(
      strokes[4]?.attributes.map { "\($0)=\($1)" }
        == [
          "stroke=\(reluPrime.color.hex)", "stroke-width=1", "stroke-dasharray=4 3",
          "stroke-dashoffset=3.5",
        ])
    let short = SVGLineStroke.strokes(
      for: [
        (relu, [[PlotPoint(x: 10, y: 10), PlotPoint(x: 13, y: 40)]]),
        (leaky, [[PlotPoint(x: 10, y: 10.2), PlotPoint(x: 13, y: 40.2)]]),
      ], in: area)
    #expect(short[1]?.width == 1.5, "a line shorter than 8 pixels covered whole")
  }

  @Test func theExampleScriptsAfterEachLine() throws {
    let states = try Self.exampleStates()
    #expect(states.count > 20)
    Self.checkText(states)
    try Self.checkSVG(states)
  }

  @Test func theLessonsAtEachPause() throws {
    let states = try Self.lessonStates()
    Self.checkText(states)
    try Self.checkSVG(states)
  }
}
