import ReluTestSupport
import Testing

@testable import ReluCore

/// Golden files for canonical plots, in Snapshots/ beside this file.
///
/// A mismatch fails with a line-by-line diff. To re-record on purpose after a
/// deliberate change, run `RELULAB_RECORD_SNAPSHOTS=1 swift test --filter PlotSnapshot`
/// and review the diff in git.
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
        series: [PlotSeries(.leaky), PlotSeries(.leaky, derivative: true)], alpha: 0.1),
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
    let actual = PlotExport.text(snapshot.scene, size: size)
    let path = Self.folder + "/" + snapshot.name + ".txt"
    if PlotTestSupport.environment(SnapshotDiff.environmentVariable) == "1" {
      try AtomicFile.write(actual, to: path)
      return
    }
    guard let expected = try? PlotTestSupport.contents(of: path) else {
      Issue.record(
        "no golden file \(path); record it with RELULAB_RECORD_SNAPSHOTS=1 swift test --filter PlotSnapshot"
      )
      return
    }
    let differences = SnapshotDiff.differences(expected: expected, actual: actual)
    if !differences.isEmpty {
      Issue.record(
        "\(snapshot.name) differs from its golden file:\n\(differences.joined(separator: "\n"))")
    }
  }

  /// The folder holding the golden files, next to this source file.
  static var folder: String {
    let file = #filePath
    let cut = file.lastIndex(of: "/").map { String(file[..<$0]) } ?? "."
    return cut + "/Snapshots"
  }

  @Test func diffShowsTheChangedLines() {
    #expect(SnapshotDiff.differences(expected: "a\nb\n", actual: "a\nb\n").isEmpty)
    #expect(
      SnapshotDiff.differences(expected: "a\nb\n", actual: "a\nc\n")
        == ["line 2:\n  expected |b|\n  actual   |c|"])
    #expect(
      SnapshotDiff.differences(expected: "1\n2\n3", actual: "x\ny\nz", limit: 2).last
        == "(1 more lines differ)")
  }
}
