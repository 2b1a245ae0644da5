import Testing

@testable import ReluCore

/// ``PlotScene/automaticYRange`` (the rectifiers' extremes from a few values)
/// against its definition ``PlotScene/sampledYRange`` (every sample).
@Suite struct AutomaticYRangeTests {
  /// Alphas the interpreter allows (0, 1, tiny, huge, ordinary) and ones a
  /// scene can still be given directly (negative, NaN, infinite).
  static let alphas: [Double] = [
    0, 1, 0.01, 0.3, 2, 1e-300, .leastNonzeroMagnitude, 1e300, 1.7e308, -0.0, -0.5, -3, .nan,
    .infinity,
    -.infinity,
  ]

  /// Ends of x ranges: 0 and its neighbours, ordinary, tiny and huge values.
  static let ends: [Double] = [
    0, 1e-9, -1e-9, .leastNonzeroMagnitude, -.leastNonzeroMagnitude, 1e-300, 1, -1, 5, -5, 0.1,
    -0.7, 3.3, 1e9, -1e9,
    1e300, -1e300, 1.7e308, -1.7e308, 8.9e307, -8.9e307,
  ]

  /// A random valid x range: two ends from ``ends``, perturbed or not, or
  /// the narrowest range allowed near a random point.
  static func randomXRange(using generator: inout SplitMix64) -> PlotBounds {
    while true {
      var a = ends.randomElement(using: &generator) ?? 0
      var b = ends.randomElement(using: &generator) ?? 1
      switch generator.next() % 4 {
      case 0:
        a *= Double.random(in: 0.5...2, using: &generator)
        b += Double.random(in: -10...10, using: &generator)
      case 1:
        let width =
          PlotBounds.minimumWidth(near: a, a) * Double.random(in: 1...3, using: &generator)
        b = a + width
      default:
        break
      }
      if let bounds = try? PlotBounds(lower: min(a, b), upper: max(a, b)) { return bounds }
    }
  }

  @Test func fastRangeAgreesWithTheSampledOneOnRandomScenes() {
    var generator = SplitMix64(seed: 29)
    let conventions = SlopeAtZero.allCases.flatMap { relu in
      SlopeAtZero.allCases.map { GradientAtZero(relu: relu, leaky: $0) }
    }
    for _ in 0..<1500 {
      let series = PlotSeries.all.filter { _ in generator.next() % 3 == 0 }
      let alpha =
        generator.next() % 2 == 0
        ? Self.alphas.randomElement(using: &generator) ?? 0
        : Double.random(in: 0...3, using: &generator)
      var overlays: [PlotOverlay] = []
      if generator.next() % 4 == 0 {
        let points = (0..<3).map { _ in
          PlotPoint(
            x: Double.random(in: -6...6, using: &generator),
            y: Double.random(in: -20...20, using: &generator))
        }
        overlays.append(PlotOverlay(kind: .feed, series: PlotSeries(.leaky), points: points))
      }
      let scene = PlotScene(
        series: series, parameters: FunctionParameters(alpha: alpha),
        gradientAtZero: conventions.randomElement(using: &generator) ?? .left,
        xRange: Self.randomXRange(using: &generator), overlays: overlays)
      #expect(
        scene.automaticYRange == scene.sampledYRange,
        "\(scene.series) alpha \(alpha) \(scene.gradientAtZero.name) x \(scene.xRange.lower) \(scene.xRange.upper)"
      )
    }
  }

  @Test func everySeriesAgreesAlone() {
    var generator = SplitMix64(seed: 31)
    for series in PlotSeries.all {
      for alpha in Self.alphas {
        for convention in GradientAtZero.allCases {
          let scene = PlotScene(
            series: [series], parameters: FunctionParameters(alpha: alpha),
            gradientAtZero: convention,
            xRange: Self.randomXRange(using: &generator))
          #expect(
            scene.automaticYRange == scene.sampledYRange,
            "\(series) alpha \(alpha) x \(scene.xRange.lower) \(scene.xRange.upper)")
        }
      }
    }
  }

  @Test func rectifiersAreRangedWithoutSampling() throws {
    let scene = PlotScene(
      parameters: FunctionParameters(alpha: 0.5), xRange: try PlotBounds(lower: -4, upper: 2))
    let leaky = try #require(scene.rectifierExtent(of: PlotSeries(.leaky)))
    #expect(leaky.low == -2 && leaky.high == 2)
    let slope = try #require(scene.rectifierExtent(of: PlotSeries(.leaky, derivative: true)))
    #expect(slope.low == 0.5 && slope.high == 1)
    #expect(scene.rectifierExtent(of: PlotSeries(.sigmoid)) == nil)
    // alpha * lower overflows: the least finite value is elsewhere, so it samples.
    let huge = PlotScene(
      parameters: FunctionParameters(alpha: 1e300), xRange: try PlotBounds(lower: -1e300, upper: 1))
    #expect(huge.rectifierExtent(of: PlotSeries(.leaky)) == nil)
    #expect(huge.automaticYRange == huge.sampledYRange)
  }
}
