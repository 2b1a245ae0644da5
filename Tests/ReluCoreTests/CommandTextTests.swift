import Testing

@testable import ReluCore

/// ``Command/text`` writes every command so that it parses back to itself:
/// what the lab echoes and records for a key is the language as typed.
@Suite struct CommandTextTests {
  /// At least one line for every command, with each kind of argument.
  static let lines = [
    "set alpha 0.3", "set lr=0.05", "set grad0 mid", "set convention keras", "set xrange [-3:3]",
    "set yrange auto", "set size 60 20", "set canvas braille", "set digits full", "set speed 80",
    "show", "use leaky", "feed [1, -2, 0.5]", "feed [[1, -2], [3, 4]]", "feed random 5 seed 7",
    "back 1 2 3", "forward relu' 1 0 -1", "apply tanh random 3", "plot", "plot relu, leaky'",
    "decay relu from 0.9 to 0.5", "decay leaky from last to 0.5 lr 0.5", "step", "s 3", "run",
    "run 20", "reset", "compare", "compare relu sigmoid from 0.8 to 0.4 lr 1", "clear",
    "clear decay", "load \"my script.relu\"", "source a/b.relu", "say hello; world",
    "say \"a \\\"quoted\\\" word\"", "title Lesson 1", "pause", "pause look \\ here",
    "lesson", "lesson 2", "record class.relu", "record stop",
    "record class.relu replace",
    "save class.relu", "save \"my class.relu\" replace", "record \"my class.relu\" append", "help",
    "help plot",
    "help set alpha", "help relu", "quit", "export svg out.svg", "export txt \"a b.txt\"",
    "net relu width 8 depth 2 data abs points 50 seed 3", "net tanh", "train", "train 5 lr 0.1",
    "sweep lr 0.05 0.2 epochs 10", "view", "view steps", "born", "trace", "trace -0.5 next",
    "trace off", "toggle relu'",
    "born leaky width 2 3 depth 5 trials 10 init asym bias he seed 3",
    "born relu width 2 depth 10 trials 50 seed 1 train 20 lr 0.05 data sin", "net relu init asym",
    "twin", "twin seeds 1 2 batch 20 epochs 5", "sweep precision half double epochs 3 seeds 4",
  ]

  private static func command(_ line: String) throws -> Command {
    let parsed = Parser.parse(Source(name: "t", text: line))
    guard case .success(let statement) = try #require(parsed.first) else {
      throw TestFailure("\(line) does not parse")
    }
    return statement.command
  }

  @Test(arguments: lines)
  func theTextParsesBackToTheSameCommand(_ line: String) throws {
    let command = try Self.command(line)
    let written = command.text
    let again = try Self.command(written)
    #expect(again.text == written, "\(line) -> \(written) -> \(again.text)")
    #expect(Parser.parse(Source(name: "t", text: written)).count == 1, "one command: \(written)")
  }

  @Test func everyCommandIsCovered() throws {
    let names = Set(try Self.lines.map { try Self.command($0).name })
    #expect(names == Set(CommandName.allCases))
  }

  @Test func theKeysCommandsReadAsTyped() {
    #expect(Command.set(.alpha(0.3)).text == "set alpha 0.3")
    #expect(Command.set(.animationSpeed(80)).text == "set speed 80")
    #expect(
      Command.decay(DecaySpec(function: .relu, from: Located(.value(0.9)), to: Located(0.5))).text
        == "decay relu from 0.9 to 0.5")
    #expect(Command.step(1).text == "step" && Command.run(maxSteps: 12).text == "run 12")
    #expect(Command.train(epochs: nil, learningRate: nil).text == "train")
    #expect(Command.view(Located(ViewName.race)).text == "view race")
    #expect(Command.say("a; b").text == "say \"a; b\"")
  }

  /// A `set` command's value is what the setting reads after it.
  @Test func aSettingsValueIsWhatTheSessionThenHolds() throws {
    for line in Self.lines where line.hasPrefix("set ") {
      guard case .set(let setting) = try Self.command(line) else { continue }
      var settings = SessionSettings()
      settings.apply(setting)
      #expect(setting.value == settings.value(of: setting.name), "\(line)")
    }
  }
}
