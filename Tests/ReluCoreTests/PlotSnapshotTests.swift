import ReluTestSupport
import Testing

@testable import ReluCore

/// Golden files for canonical plots, in this target's Snapshots/ (see ``Golden``).
///
/// A mismatch fails with a line-by-line diff. To re-record on purpose after a
/// deliberate change, run `RELULAB_RECORD_SNAPSHOTS=1 swift test --filter PlotSnapshot`
/// (it fails, saying what it recorded), review the diff in git, and run again without it.
@Suite struct PlotSnapshotTests {
  struct Case: Sendable, CustomStringConvertible {
    var name: String
    var scene: PlotScene
    var width: Int
    var height: Int
    var description: String { name }
  }

  static let relu = PlotSeries(.relu)
  static let sigmoid = PlotSeries(.sigmoid)

  /// A decay of sigmoid from 0.9 with a large learning rate, eta = 3, so the
  /// steps spread out: z <- z - eta * sigmoid'(z), 11 points.
  static let decayPoints: [PlotPoint] = {
    var z = 2.1972245773362196  // ln 9, where sigmoid is 0.9
    var points: [PlotPoint] = []
    for _ in 0..<11 {
      points.append(PlotPoint(x: z, y: Activation.sigmoid.value(z)))
      z -= 3 * Activation.sigmoid.derivative(z)
    }
    return points
  }()

  static let cases: [Case] = [
    Case(
      name: "relu-relu-prime-80x24",
      scene: PlotScene(series: [relu, PlotSeries(.relu, derivative: true)]),
      width: 80, height: 24),
    Case(
      name: "leaky-leaky-prime-alpha0.1-80x24",
      scene: PlotScene(
        series: [PlotSeries(.leaky), PlotSeries(.leaky, derivative: true)],
        parameters: FunctionParameters(alpha: 0.1)),
      width: 80, height: 24),
    Case(name: "all-eight-80x24", scene: PlotScene(series: PlotSeries.all), width: 80, height: 24),
    Case(
      name: "relu-braille-80x24", scene: PlotScene(series: [relu], rendering: .braille),
      width: 80, height: 24),
    Case(
      name: "relu-prime-right-braille-40x12",
      scene: PlotScene(
        series: [PlotSeries(.relu, derivative: true)], gradientAtZero: .right, rendering: .braille),
      width: 40, height: 12),
    Case(
      name: "feed-relu-60x16",
      scene: PlotScene(
        series: [relu],
        overlays: [
          PlotOverlay(
            kind: .feed, series: relu,
            points: [-2, -0.5, 0.5, 1.5, 3].map { PlotPoint(x: $0, y: Activation.relu.value($0)) })
        ]),
      width: 60, height: 16),
    Case(
      name: "decay-sigmoid-70x20",
      scene: PlotScene(
        series: [sigmoid], xRange: (try? PlotBounds(lower: -4, upper: 4)) ?? .defaultX,
        overlays: [PlotOverlay(kind: .decay, series: sigmoid, points: decayPoints)]),
      width: 70, height: 20),
    Case(
      name: "relu-relu-prime-20x8",
      scene: PlotScene(series: [relu, PlotSeries(.relu, derivative: true)]),
      width: 20, height: 8),
    Case(
      name: "tanh-tanh-prime-braille-20x8",
      scene: PlotScene(
        series: [PlotSeries(.tanh), PlotSeries(.tanh, derivative: true)], rendering: .braille),
      width: 20, height: 8),
  ]

  @Test(arguments: cases)
  func matchesGoldenFile(_ snapshot: Case) throws {
    let size = try PlotSize(width: snapshot.width, height: snapshot.height)
    Golden.check(PlotExport.text(snapshot.scene, size: size), file: snapshot.name + ".txt")
  }
}
