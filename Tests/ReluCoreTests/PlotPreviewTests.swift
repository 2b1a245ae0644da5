import Testing

@testable import ReluCore

/// Prints plots for a person to look at, only when RELULAB_SHOW_PLOTS is set:
/// `RELULAB_SHOW_PLOTS=1 swift test --filter PlotPreview`.
@Suite struct PlotPreviewTests {
  @Test(.enabled(if: PlotTestSupport.environment("RELULAB_SHOW_PLOTS") != nil))
  func showPlots() throws {
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
            series: [PlotSeries(.leaky), PlotSeries(.leaky, derivative: true)], alpha: 0.1,
            gradientAtZero: .right, rendering: rendering)
        ))
    }
    let sizes = [try PlotSize(width: 80, height: 24), try PlotSize(width: 40, height: 12)]
    var output = ""
    for (name, scene) in scenes {
      for size in sizes {
        output += "=== \(name) \(size)\n" + PlotExport.text(scene, size: size)
      }
    }
    print(output)
  }
}
