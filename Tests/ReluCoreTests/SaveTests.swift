import ReluTestSupport
import Testing

@testable import ReluCore

/// `save FILE`: the session as a script that `load FILE` brings back.
@Suite struct SaveTests {

  /// What a command shows: its text and its JSON, or its error.
  private func shown(_ events: [InterpreterEvent]) -> [String] {
    events.flatMap { event -> [String] in
      switch event {
      case .output(let output, let context):
        TextReport.lines(for: output, in: context).map(\.text) + JSONReport.lines(for: output)
      case .failure(let diagnostic): [diagnostic.message]
      case .note(let note): [note]
      case .echo: []
      }
    }
  }

  /// The sessions saved: each ends on the view it names.
  static let sessions: [String] = [
    "plot relu leaky sigmoid",
    "set alpha 0.3; use leaky; feed 1 -2 0.5 -0.25",
    "feed random 12; set alpha 0.5",
    "set convention tensorflow; set grad0 right; feed 0 -1 2",
    "decay relu from 0.9 to 0.5 lr 0.1; step 2",
    "decay sigmoid from 0.9 to 0.5; step 20; decay leaky from last to 0.2 lr 1; step; view steps",
    "decay relu from 0.9 to 0.5; run; reset; step",
    "use leaky; decay; step 3; use relu; compare sigmoid",
    "net relu width 4 depth 2 seed 5; train 30; train 20 lr 0.6",
    "net leaky width 3 points 20; train 10 lr 0.05; set alpha 0.2; train 5; view fit",
    "net relu width 3 seed 2; train 5; view loss",
    "compare; set lr 0.5",
    "compare relu sigmoid from 0.8 to 0.3 lr 0.4; view race",
    "born width 2 3 depth 2 5 trials 20",
    "born width 2 depth 3 trials 10; view depth",
    "born width 2 depth 3 trials 10; view heat",
    "feed 1 -1; decay relu from 0.9 to 0.5; step; net relu width 3 seed 1; compare relu; "
      + "born width 2 depth 2 trials 5; title \"a \\\"b\\\"\"; set canvas braille; set xrange -2 2;"
      + " clear feed; view plot",
    "decay tanh from 0.9 to 0.5; step 3; clear; view plot",
    "set convention keras; feed 1 -1 0; set convention pytorch; set grad0 mid;"
      + " decay leaky from 0.9 to 0.5; step 2; set alpha 0.7; set lr 0.05",
    "net leaky width 3 seed 4; set convention tensorflow; train 4; sweep lr 0.1 0.5 epochs 3",
    "set precision half; use leaky; feed 0.1 -1 70000; decay sigmoid; step 5;"
      + " compare relu precision half double; set precision f32",
    "set precision single; decay relu from 0.9 to 0.5 lr 0.3; step; set precision half;"
      + " decay tanh from last to 0.1; step 2",
    "lesson 2", "lesson 3", "lesson 4", "lesson 5", "lesson 6",
    "plot relu leaky sigmoid; toggle leaky; trace 0.3",
    "plot relu tanh; trace 1.25; toggle tanh; decay relu from 0.9 to 0.5; step; view decay",
    "decay sigmoid from 0.9 to 0.5; step 12; trace 5; view plot",
    "net relu width 4 seed 3; train 3; view net; trace -0.5; view loss",
    "net relu width 4 seed 1; train 3; twin epochs 5; train 2; view twin",
    "set precision half; net relu width 4 seed 2; sweep precision half double seeds 1 2 epochs 4;"
      + " set precision double; net leaky width 3 seed 1; view zeros",
    "net relu width 4 seed 2; twin epochs 5; clear; view plot",
    "net prelu width 4 seed 1; train 3 lr 0.1; view slopes",
  ]

  /// The commands run after loading, whose results must match.
  static let next = ["show", "backward 1 1 1", "step", "train 2", "view", "feed 0.5 -0.5"]

  @Test(arguments: sessions)
  func saveThenLoadBringsBackTheSameSession(_ session: String) throws {
    let folder = try PlotTestSupport.temporaryFolder()
    let path = folder + "/s.relu"
    var original = Interpreter()
    #expect(Interpreter.failures(original.typed(session)).isEmpty)
    #expect(Interpreter.failures(original.typed("save \(path)")).isEmpty)
    var loaded = Interpreter()
    let loading = loaded.typed("load \(path)")
    #expect(Interpreter.failures(loading).isEmpty)
    #expect(loaded.scene == original.scene)
    #expect(loaded.settings == original.settings)
    for command in Self.next {
      var (a, b) = (original, loaded)
      #expect(shown(b.typed(command)) == shown(a.typed(command)), "\(command)")
      #expect(b.scene == a.scene, "\(command)")
    }
  }

  /// The file holds only comments and commands the interpreter wrote.
  @Test func theFileHoldsTheCommandsThatMakeTheSession() throws {
    let folder = try PlotTestSupport.temporaryFolder()
    let path = folder + "/s.relu"
    var interpreter = Interpreter()
    let session =
      "set alpha 0.2; use leaky; feed random 3 seed 7; net relu width 4 seed 3; train 5;"
      + " train 3 lr 0.5; view fit"
    #expect(Interpreter.failures(interpreter.typed(session + "; save \(path)")).isEmpty)
    let lines = try PlotTestSupport.contents(of: path).split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("# ReluLab ") == true)
    #expect(
      Array(lines.dropFirst(2)) == [
        "use leaky", "set alpha 0.2", "feed random 3 seed 7", "net relu width 4 seed 3",
        "train 5 lr 0.2", "train 3 lr 0.5", "view fit",
      ])
  }

  /// An existing file is kept unless `replace` is said; the write rules of
  /// `record` hold.
  @Test func anExistingFileNeedsReplaceAndTheWriteRulesHold() throws {
    let folder = try PlotTestSupport.temporaryFolder()
    let path = folder + "/s.relu"
    var interpreter = Interpreter()
    #expect(Interpreter.failures(interpreter.typed("save \(path)")).isEmpty)
    #expect(
      Interpreter.failures(interpreter.typed("use leaky; save \(path)")) == [
        "cannot write \(path): it already exists (add replace to write over it)"
      ])
    #expect(Interpreter.failures(interpreter.typed("save \(path) replace")).isEmpty)
    #expect(try PlotTestSupport.contents(of: path).contains("use leaky\n"))
    #expect(
      Interpreter.failures(interpreter.typed("save \(folder)/s.txt")) == [
        "cannot write \(folder)/s.txt: a saved session is written only to a name ending in .relu"
      ])
    let script = Source(name: "x.relu", text: "save .hidden.relu", origin: .script)
    let events = interpreter.run(script, keepGoing: true)
    #expect(Interpreter.failures(events).first?.contains("hidden") == true)
  }
}
