import ReluCore
import ReluTestSupport
import Testing

@testable import ReluTerminal

/// Whole screens of the lab against golden files.
///
/// The lab draws on the in-memory terminal; the last frame's text, every pane
/// where it sits, is compared with a file in this target's Snapshots/ (see
/// ``Golden``). Re-record on purpose with
/// `RELULAB_RECORD_SNAPSHOTS=1 swift test --filter LabScreenTests`.
@Suite struct LabScreenTests {
  /// The last frame after `inputs`, as text: one line per row, each ended by a newline.
  private func screen(
    _ inputs: [TerminalInput], width: Int, height: Int, colors: ColorDepth = .monochrome
  ) -> String {
    let terminal = FakeTerminal(inputs, width: width, height: height)
    terminal.colorDepth = colors
    let loop = LabLoop(
      terminal: terminal, interpreter: Interpreter(), history: History(), file: nil)
    _ = loop.run(startupScripts: [])
    return terminal.screen.map { $0 + "\n" }.joined()
  }

  @Test func stackedPanesAfterAFeedAndADecayStep() {
    let typed =
      FakeTerminal.typing("use leaky; set alpha 0.1")
      + FakeTerminal.typing("feed -2 -0.5 1 3")
      + FakeTerminal.typing("decay leaky from 0.9 to 0.5; step")
      + "plot re".map { .key(.character($0)) }
    Golden.check(screen(typed, width: 100, height: 30), file: "lab-stacked-100x30.txt")
  }

  /// `born` at a projector's 120x36: the chart beside the heat map.
  @Test func theCensusBesideItsHeatMap() {
    let typed = FakeTerminal.typing("born trials 200 seed 1")
    Golden.check(screen(typed, width: 120, height: 36), file: "lab-born-120x36.txt")
  }

  @Test func sideBySidePanesWhenWide() {
    let typed = FakeTerminal.typing("plot relu relu' sigmoid; set canvas braille")
    Golden.check(screen(typed, width: 150, height: 40), file: "lab-side-by-side-150x40.txt")
  }

  /// What a student sees at a colour projector: braille curves in colour
  /// alone, a swatch for each in the legend, every whole number labelled.
  @Test func brailleInColour() {
    let typed = FakeTerminal.typing("set canvas braille; plot relu leaky sigmoid tanh")
    Golden.check(
      screen(typed, width: 100, height: 32, colors: .xterm256),
      file: "lab-braille-colour-100x32.txt")
  }

  @Test func helpOverlay() {
    Golden.check(
      screen([.key(.function(1))], width: 100, height: 30), file: "lab-help-100x30.txt")
  }
}
