extension CommandName {
  /// The description of this command: the vocabulary's one table.
  package var spec: CommandSpec {
    switch self {
    case .set:
      CommandSpec(
        syntax: .value(.setting, .setting),
        summary: "change a setting (show lists them all)",
        details: SettingName.allCases.map { "\($0.spec.usage($0)): \($0.spec.meaning)" } + [
          "set NAME=VALUE works too; help set NAME explains one."
        ],
        examples: ["set alpha 0.1", "set lr=0.5", "set grad0 right", "set xrange [-3:3]"])
    case .show:
      CommandSpec(
        aliases: ["settings"], summary: "every setting with its value and meaning",
        examples: ["show"])
    case .use:
      CommandSpec(
        syntax: .value(.function(.layers), .function),
        summary: "the layer feed and backward go through (default relu)",
        details: ["Switching layers forgets the last feed, so backward needs a new feed."],
        examples: ["use leaky"])
    case .feed:
      CommandSpec(
        syntax: .value(.vector, .vector),
        summary: "a vector through the layer: output, mask, active units",
        details: [
          "V is [1, -2, 0.5], or 1 -2 0.5, or a matrix [[1, -2], [3, -4]],",
          "or random N [seed S]: N standard normal values (N <= \(Limits.maxRandomCount));",
          "the same seed gives the same values. nan, inf and -inf are accepted.",
          "A unit is active when its input z > 0.",
        ],
        examples: ["feed [1, -2, 0, 0.5]", "feed random 1000 seed 7"])
    case .backward:
      CommandSpec(
        aliases: ["back"], syntax: .value(.vector, .gradient),
        summary: "upstream gradient G times the last feed's mask",
        details: ["G has the last feed's shape; it is written like feed's V."],
        examples: ["feed 1 -2 3; backward 1 1 1"])
    case .forward:
      CommandSpec(
        aliases: ["apply"],
        syntax: .sequence([
          .value(.function(.functionsAndDerivatives), .function), .value(.vector, .vector),
        ]),
        summary: "apply a function or a derivative (relu') to V, with no layer",
        details: ["F is relu, leaky, sigmoid or tanh, or one of them primed for its derivative."],
        examples: ["forward sigmoid [0, 2.1972245773362196]", "forward leaky' -1 0 1"])
    case .plot:
      CommandSpec(
        syntax: .value(.seriesList, .functions),
        summary: "choose the curves: relu leaky sigmoid tanh, derivatives primed",
        details: [
          "plot with no names goes back to the default: the layer's function and derivative.",
          "The derivatives of relu and leaky jump at 0: the plot leaves a gap there, with a",
          "closed point @ on the side that holds f'(0) (see set grad0) and an open point o.",
          "The last feed's points (X) and the decay's steps (digits, C = now) are drawn on top.",
        ],
        examples: ["plot relu relu'", "plot leaky, leaky', sigmoid'"])
    case .decay:
      CommandSpec(
        syntax: .sequence([
          .value(.function(.functions), .function), .keyword("from"), .value(.number, .start),
          .keyword("to"), .value(.number, .target), Self.rateOption,
        ]),
        summary: "set up gradient descent of f's value from A to B",
        details: [
          "Starts at z0 = f^-1(A) and takes steps z <- z - eta * f'(z) until f(z) reaches B",
          "(reached), or f'(z) = 0 short of B or past it (dead: the neuron stopped learning and",
          "no step can move it again; dead wins over an overshoot past B), or a step limit.",
          "A rise (B above A) works the same way, stepping z <- z + eta * f'(z).",
          "A and B must lie in f's range: relu [0, inf), sigmoid (0, 1), tanh (-1, 1).",
          "The run keeps the last \(DecaySimulation.historyLimit) steps for the plot.",
        ],
        examples: ["decay relu from 0.9 to 0.5", "decay sigmoid from 0.9 to 0.5 lr 0.2"])
    case .step:
      CommandSpec(
        aliases: ["s"], syntax: .optional(.value(.count(1...Limits.maxSteps), .steps)),
        summary: "take N decay steps (default 1), showing each",
        examples: ["step", "step 5"])
    case .run:
      CommandSpec(
        syntax: .optional(.value(.count(1...Limits.maxSteps), .maxSteps)),
        summary: "run the decay to its end, at most MAX steps (default \(Limits.defaultRunSteps))",
        examples: ["run", "run 100"])
    case .reset:
      CommandSpec(summary: "return the decay to its start, z0 = f^-1(A)", examples: ["reset"])
    case .compare:
      CommandSpec(
        syntax: .sequence([
          .optional(.repeated(.value(.function(.functions), .functions))),
          .optional(
            .sequence([
              .keyword("from"), .value(.number, .start), .keyword("to"),
              .value(.number, .target),
            ])),
          Self.rateOption,
        ]),
        summary: "the same decay for several functions, in a table",
        details: [
          "Defaults: all four functions, from \(NumberFormat.plain(DecaySimulation.chapterStart))"
            + " to \(NumberFormat.plain(DecaySimulation.chapterTarget)), the session's lr"
            + " (\(NumberFormat.plain(DecaySimulation.chapterLearningRate)) unless set):",
          "relu takes 2 steps, sigmoid 67, as the course chapter works out.",
        ],
        examples: ["compare", "compare relu leaky from 0.9 to 0.5 lr 1"])
    case .export:
      CommandSpec(
        syntax: .sequence([
          .value(.choice(ExportFormat.allCases.map(\.rawValue), noun: "the format"), .format),
          .value(.path, .file),
        ]),
        summary: "write the plot to a file: SVG, CSV of samples, or text",
        details: [
          "FILE is relative to the current directory. The file is written whole or not at all."
        ],
        examples: ["export svg relu.svg", "export csv relu.csv", "export txt relu.txt"])
    case .load:
      CommandSpec(
        aliases: ["source"], syntax: .value(.path, .file),
        summary: "run the commands in a script file",
        details: [
          "A relative FILE is found next to the script that loads it.",
          "Scripts may load scripts \(Limits.maxLoadDepth) deep; a cycle is an error.",
        ],
        examples: ["load lesson1.relu", "load \"my lessons/intro.relu\""])
    case .say:
      CommandSpec(
        aliases: ["echo"], syntax: .value(.text, .text),
        summary: "show a line of text (for lesson scripts)",
        details: ["TEXT runs to the end of the command; quote it to include ; or #."],
        examples: ["say Watch the curve bend at zero."])
    case .pause:
      CommandSpec(summary: "in the lab, wait for a key (batch mode goes on)", examples: ["pause"])
    case .help:
      CommandSpec(
        aliases: ["?"], syntax: .optional(.value(.topic, .topic)),
        summary: "list the commands, or explain a command, setting or function",
        examples: ["help", "help decay", "help set alpha", "help relu", "? plot"])
    case .quit:
      CommandSpec(
        aliases: ["exit", "q"], summary: "leave ReluLab (in a script: stop all scripts)",
        examples: ["quit"])
    }
  }

  /// `[lr ETA]`: a learning rate for this command only, checked as `set lr` checks it.
  private static let rateOption = Syntax.optional(
    .sequence([.keyword("lr"), .value(.settingValue(.lr), .rate)]))
}

/// Limits that keep every command bounded in time and memory.
package enum Limits {
  /// The most values `random N` draws.
  package static let maxRandomCount = 1_000_000
  /// The most steps one `step N` or `run MAX` takes.
  package static let maxSteps = 1_000_000
  /// `run`'s default step limit.
  package static let defaultRunSteps = 10_000
  /// The steps per second `set speed` allows for the lab's animated runs.
  package static let animationSpeed = 1.0...1000.0
  /// How deeply scripts may load scripts.
  package static let maxLoadDepth = 16
}
