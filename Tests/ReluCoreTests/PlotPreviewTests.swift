import Testing

@testable import ReluCore

/// Plots of every function, checked by value and shown on request.
///
/// Each function alone, all eight and the two pairs, in both renderings at two
/// sizes: each plot must have its size, a legend naming its series and every
/// series drawn. With RELULAB_SHOW_PLOTS set they are printed too, for a
/// person to look at: `RELULAB_SHOW_PLOTS=1 swift test --filter PlotPreview`.
@Suite struct PlotPreviewTests {
  @Test func showPlots() throws {
    var scenes: [(String, PlotScene)] = []
    for rendering in PlotRendering.allCases {
      for series in PlotSeries.all {
        scenes.append(("\(series) \(rendering)", PlotScene(series: [series], rendering: rendering)))
      }
      scenes.append(("all \(rendering)", PlotScene(series: PlotSeries.all, rendering: rendering)))
      scenes.append(
        (
          "relu relu' \(rendering)",
          PlotScene(
            series: [PlotSeries(.relu), PlotSeries(.relu, derivative: true)], rendering: rendering)
        ))
      scenes.append(
        (
          "leaky leaky' a=0.1 right \(rendering)",
          PlotScene(
            series: [PlotSeries(.leaky), PlotSeries(.leaky, derivative: true)],
            parameters: FunctionParameters(alpha: 0.1),
            gradientAtZero: .right, rendering: rendering)
        ))
    }
    let sizes = [try PlotSize(width: 80, height: 24), try PlotSize(width: 40, height: 12)]
    var output = ""
    for (name, scene) in scenes {
      for size in sizes {
        let text = PlotExport.text(scene, size: size)
        Self.check(text, of: scene, size: size, "\(name) \(size)")
        output += "=== \(name) \(size)\n" + text
      }
    }
    if PlotTestSupport.environment("RELULAB_SHOW_PLOTS") != nil { print(output) }
  }

  /// One plot's text: `size.height` lines none wider than `size.width`, the
  /// legend lines on top naming each series after its glyph (leaky, elu and
  /// softplus with their parameter), and each series' glyph, or braille dots, below them.
  private static func check(_ text: String, of scene: PlotScene, size: PlotSize, _ name: String) {
    #expect(text.hasSuffix("\n"), "\(name)")
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count == size.height, "\(name)")
    #expect(lines.allSatisfy { $0.count <= size.width }, "\(name)")
    let legend = lines.prefix { !$0.contains("|") && !$0.contains("+") }
    let body = lines.dropFirst(legend.count).joined(separator: "\n")
    let entries = legend.flatMap { $0.split(separator: "  ").map(String.init) }
    // The jump's marks are named after the series when one jumps at 0.
    let marks = ["o open end", "@ value at 0", "o open", "@ at 0"]
    // Each entry names its parameter in full, or all of them in short
    // (`leaky a=0.01`) when the full names do not fit.
    let parameters = [
      ActivationKind.leaky: ("alpha", scene.alpha), .elu: ("alpha", scene.parameters.eluAlpha),
      .softplus: ("beta", scene.parameters.beta),
    ]
    let full = scene.series.map { series in
      "\(series.glyph) \(series)"
        + (parameters[series.kind].map { " (\($0.0)=\(NumberFormat.plain($0.1)))" } ?? "")
    }
    let short = scene.series.map { series in
      "\(series.glyph) \(series)"
        + (parameters[series.kind].map { " \($0.0.prefix(1))=\(NumberFormat.plain($0.1))" } ?? "")
    }
    let named = entries.filter { !marks.contains($0) } == short ? short : full
    #expect(entries.filter { !marks.contains($0) } == named, "\(name): the legend")
    let jumps =
      scene.xRange.contains(0)
      && scene.series.contains { scene.isDiscontinuousAtZero($0) }
    #expect(entries.contains { marks.contains($0) } == jumps, "\(name): the jump's marks")
    for series in scene.series {
      #expect(body.contains(series.glyph), "\(name): no \(series.glyph) for \(series)")
    }
    if scene.rendering == .braille {
      #expect(body.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) }, "\(name)")
    } else {
      #expect(body.unicodeScalars.allSatisfy { $0.isASCII }, "\(name)")
    }
  }
}
