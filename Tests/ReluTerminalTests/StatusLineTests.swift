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

  @Test func statusLineNamesAPrecisionOtherThanDouble() throws {
    var lab = Interpreter()
    _ = lab.run(Source(name: "t", text: "set precision half; decay relu from 0.9 to 0.5; step"))
    #expect(
      StatusLine.text(lab.status)
        == "layer relu | alpha 0.01 | lr 0.2 | grad0 left | precision half"
        + " | decay relu step 1 z=0.700195 f=0.700195 running | view decay (F7)")
    #expect(StatusLine.compact(lab.status).contains("| lr 0.2 | half | relu step 1"))
    _ = lab.run(Source(name: "t", text: "set precision f64"))
    #expect(!StatusLine.text(lab.status).contains("precision"))
  }
}
