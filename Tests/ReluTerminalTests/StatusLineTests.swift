import ReluCore
import ReluTerminal
import Testing

@Suite struct StatusLineTests {
  @Test func statusLineShowsTheLayerTheSettingsAndTheDecay() throws {
    var lab = Interpreter()
    let events = lab.run(
      Source(name: "t", text: "use leaky; set alpha 0.3; decay relu from 0.9 to 0.5; step"))
    #expect(events.allSatisfy { if case .output = $0 { true } else { false } })
    #expect(
      StatusLine.text(lab.status)
        == "layer leaky | alpha 0.3 | lr 0.2 | grad0 left | decay relu step 1 z=0.7 f=0.7 running"
        + " | view decay (F7)")
  }
}
