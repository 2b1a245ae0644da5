import Foundation
import Testing

/// `--lesson N --plain --step` in a terminal: the pause line is on screen
/// before the wait, `b` goes back and `q` leaves, as in the lab.
@Suite(.enabled(if: TmuxPane.isAvailable, "needs tmux for a terminal"))
struct PlainStepTests {
  @Test func thePauseShowsBeforeItWaitsAndBAndQWork() throws {
    let binary = productsDirectory.appendingPathComponent("relulab").path
    // Tall enough to show what pause 1 says after the line saying it went back.
    let pane = try TmuxPane(
      width: 100, height: 120, environment: ["LC_ALL": "C.UTF-8"],
      command: [binary, "--lesson", "2", "--plain", "--step"].map(TmuxPane.quoted)
        .joined(separator: " "))
    defer { pane.close() }
    // Nothing typed yet: the line is there before the wait.
    try #require(
      pane.wait(for: "-- paused at 1: Enter goes on, b and Enter goes back, q and Enter leaves --"),
      "\(pane.screen())")
    #expect(!pane.screen().contains("relulab> step"), "it waits at pause 1")
    try pane.press("Enter")
    #expect(pane.wait(for: "-- paused at 2:"), "\(pane.screen())")
    #expect(pane.screen().contains("relulab> step"))
    try pane.type("b")
    try pane.press("Enter")
    #expect(
      pane.wait {
        let lines = $0.split(separator: "\n")
        return $0.contains("-- back to pause 1: what was said there --")
          && lines.last?.hasPrefix("-- paused at 1:") == true
      }, "\(pane.screen())")
    try pane.type("q")
    try pane.press("Enter")
    #expect(pane.wait(for: TmuxPane.exitMarker + "0"), "\(pane.screen())")
    let screen = pane.screen()
    let afterLastPause = try #require(screen.range(of: "-- paused at 1:", options: .backwards))
    #expect(!screen[afterLastPause.upperBound...].contains("relulab>"), "q left at pause 1")
  }
}
