import Testing

@testable import ReluCore

/// Parses rendered plots back into points and checks that every continuous
/// curve sits in the sample row nearest to its true value in every column.
@Suite struct PlotAccuracyTests {
  static let sizes: [(Int, Int)] = [(80, 24), (40, 12), (20, 8), (120, 40), (33, 17), (57, 9)]
  static let xRanges: [(Double, Double)] = [
    (-5, 5), (-1, 1), (-0.5, 3), (-20, 7), (2, 9), (-100, 100), (-1e-6, 1e-6), (-3, -1e-3),
  ]

  @Test(arguments: PlotRendering.allCases, PlotSeries.all)
  func eachSeriesAloneSitsInTheNearestRow(rendering: PlotRendering, series: PlotSeries) throws {
    for (width, height) in Self.sizes {
      for (lower, upper) in Self.xRanges {
        for alpha in [0.1, 1] {
          let scene = PlotScene(
            series: [series], alpha: alpha, xRange: try PlotBounds(lower: lower, upper: upper),
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

  /// With all eight series drawn, each series' sample is shown in its row,
  /// unless a series drawn later covers that very cell.
  @Test(arguments: PlotRendering.allCases)
  func allEightTogether(rendering: PlotRendering) throws {
    let scene = PlotScene(series: PlotSeries.all, alpha: 0.3, rendering: rendering)
    for size in [PlotSize.standard, try PlotSize(width: 100, height: 30)] {
      let canvas = PlotRenderer.render(scene, size: size)
      let frame = PlotFrame(scene: scene, size: size)
      let reader = PlotReader(canvas: canvas, frame: frame)
      let (across, down) = frame.samplesPerCell
      let jumpCell = frame.xScale.cell(of: 0)
      for (index, series) in scene.series.enumerated() {
        for k in 0..<frame.sampleColumns where abs(k / across - jumpCell) > 1 {
          let y = scene.value(of: series, at: reader.x(k))
          let j = Int(reader.position(y).rounded())
          guard (0..<frame.sampleRows).contains(j) else { continue }
          let cell = canvas[frame.top + j / down, frame.left + k / across]
          let lit = reader.litRows(column: k, role: .series(index), glyph: series.glyph)
          let shown = lit.rows.contains(j) || lit.glyphRows.contains(j / down)
          let covered: Bool
          if case .series(let other) = cell.role {
            covered = other != index
          } else {
            covered = false
          }
          #expect(shown || covered, "\(series) at column \(k), row \(j), \(rendering) \(size)")
        }
      }
    }
  }

  /// Renders one scene (one series) and checks every sample column away
  /// from the jump: the nearest row is lit (within half a row of the true
  /// value), and every lit row lies between the neighbouring samples' rows.
  static func checkAccuracy(_ scene: PlotScene, size: PlotSize) throws {
    let series = try #require(scene.series.first)
    let canvas = PlotRenderer.render(scene, size: size)
    let frame = PlotFrame(scene: scene, size: size)
    let reader = PlotReader(canvas: canvas, frame: frame)
    let (across, down) = frame.samplesPerCell
    let context = "\(series) \(scene.rendering) \(size) x \(frame.xRange) y \(frame.yRange)"
    #expect(canvas.lines.count == size.height, "\(context)")

    let jumps = series.isDiscontinuousAtZero(alpha: scene.alpha) && frame.xRange.contains(0)
    let jumpCell = frame.xScale.cell(of: 0)
    func position(_ k: Int) -> Double? {
      guard (0..<frame.sampleColumns).contains(k) else { return nil }
      let y = scene.value(of: series, at: reader.x(k))
      return y.isFinite ? min(max(reader.position(y), -1), Double(frame.sampleRows)) : nil
    }
    var checked = 0
    for k in 0..<frame.sampleColumns {
      #expect(abs(frame.xScale.value(atSample: k) - reader.x(k)) <= 1e-12 * frame.xRange.width)
      if jumps, abs(k / across - jumpCell) <= 1 { continue }
      let trueY = scene.value(of: series, at: reader.x(k))
      let lit = reader.litRows(column: k, role: .series(0), glyph: series.glyph)
      guard let here = position(k) else {
        #expect(lit.rows.isEmpty, "\(context): column \(k) has no value but shows one")
        continue
      }
      let nearest = Int(here.rounded())
      if (0..<frame.sampleRows).contains(nearest) {
        let inRow = lit.rows.contains {
          abs(reader.y($0) - trueY) <= reader.rowHeight / 2 * 1.000001
        }
        let inGlyphCell = lit.glyphRows.contains(nearest / down)
        #expect(
          inRow || inGlyphCell,
          "\(context): column \(k) x=\(reader.x(k)) y=\(trueY) wants row \(nearest), lit \(lit)")
        checked += 1
      }
      let band = [position(k - 1), here, position(k + 1)].compactMap { $0 }
      let low = (band.min() ?? here) - 0.500001
      let high = (band.max() ?? here) + 0.500001
      for row in lit.rows {
        #expect(
          Double(row) >= low && Double(row) <= high,
          "\(context): column \(k) lights row \(row) outside \(low)...\(high)")
      }
    }
    if frame.yRange.contains(scene.value(of: series, at: frame.xRange.lower)) {
      #expect(checked > 0, "\(context): nothing checked")
    }
  }
}
