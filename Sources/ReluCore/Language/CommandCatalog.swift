/// What a person needs to know about one command; `help` shows it.
package struct CommandInfo: Sendable {
  /// The canonical name.
  package let name: String
  /// Other names that run the same command.
  package let aliases: [String]
  /// The syntax, such as `feed V`.
  package let usage: String
  /// The syntax in a few words for the command index (`usage` when short).
  package var synopsis: String {
    switch name {
    case "set": "set SETTING VALUE..."
    case "decay": "decay F from A to B ..."
    case "compare": "compare [F...] ..."
    default: usage
    }
  }
  /// One line: what the command does.
  package let summary: String
  /// Further lines: arguments, defaults, conventions.
  package let details: [String]
  /// Commands to copy and try.
  package let examples: [String]
}

/// The command language's vocabulary: every command with its help, and the
/// names that completion offers.
///
/// The parser and `help` both read it, so help
/// cannot list a command that does not exist.
package enum CommandCatalog {
  package static let commands: [CommandInfo] = [
    CommandInfo(
      name: "set", aliases: [],
      usage:
        "set alpha A | lr ETA | grad0 left|right | xrange A B | yrange A B|auto | size W H"
        + " | canvas ascii|braille",
      summary: "change a setting (show lists them all)",
      details: [
        "alpha: Leaky ReLU's slope for z < 0; finite, >= 0 (0 is relu, 1 the identity). Default 0.01.",
        "lr: the decay simulation's learning rate eta; finite, > 0. Default 0.2.",
        "grad0: the derivative at exactly z = 0. left (default): relu'(0) = 0, leaky'(0) = alpha,",
        "  as PyTorch, TensorFlow and the seed's code do. right: f'(0) = 1, as the formula says.",
        "xrange, yrange: the plot's window; yrange auto fits the curves.",
        "size: printed plots' width and height in characters, 20x8 to 1000x500 (default 80 24,",
        "  or the terminal's width when batch output goes to a terminal); in the lab the plot",
        "  pane always fills its space, and size applies to export txt.",
        "canvas: ascii (7-bit characters) or braille (2x4 dots per cell, smoother curves).",
      ],
      examples: [
        "set alpha 0.1", "set lr 0.5", "set grad0 right", "set xrange -3 3", "set size 60 20",
        "set canvas braille",
      ]),
    CommandInfo(
      name: "show", aliases: ["settings"],
      usage: "show",
      summary: "every setting with its value and meaning",
      details: [], examples: ["show"]),
    CommandInfo(
      name: "use", aliases: [],
      usage: "use relu|leaky",
      summary: "the layer feed and backward go through (default relu)",
      details: ["Switching layers forgets the last feed, so backward needs a new feed."],
      examples: ["use leaky"]),
    CommandInfo(
      name: "feed", aliases: [],
      usage: "feed V",
      summary: "a vector through the layer: output, mask, active units",
      details: [
        "V is [1, -2, 0.5], or 1 -2 0.5, or a matrix [[1, -2], [3, -4]],",
        "or random N [seed S]: N standard normal values (N <= \(Limits.maxRandomCount));",
        "the same seed gives the same values. nan, inf and -inf are accepted.",
        "A unit is active when its input z > 0.",
      ],
      examples: ["feed [1, -2, 0, 0.5]", "feed random 1000 seed 7"]),
    CommandInfo(
      name: "backward", aliases: ["back"],
      usage: "backward G",
      summary: "upstream gradient G times the last feed's mask",
      details: ["G has the last feed's shape; it is written like feed's V."],
      examples: ["feed 1 -2 3; backward 1 1 1"]),
    CommandInfo(
      name: "forward", aliases: ["apply"],
      usage: "forward F V",
      summary: "apply relu, leaky, sigmoid or tanh to V (no layer)",
      details: [], examples: ["forward sigmoid [0, 2.1972245773362196]", "forward leaky -5 5"]),
    CommandInfo(
      name: "plot", aliases: [],
      usage: "plot F...",
      summary: "plot relu leaky sigmoid tanh, derivatives primed (relu')",
      details: [
        "plot with no names goes back to the default: the layer's function and derivative.",
        "The derivatives of relu and leaky jump at 0: the plot leaves a gap there, with a",
        "closed point @ on the side that holds f'(0) (see set grad0) and an open point o.",
        "The last feed's points (X) and the decay's steps (digits, C = now) are drawn on top.",
      ],
      examples: ["plot relu relu'", "plot leaky leaky' sigmoid'"]),
    CommandInfo(
      name: "decay", aliases: [],
      usage: "decay F from A to B [lr ETA]",
      summary: "set up gradient descent of f's value from A to B",
      details: [
        "Starts at z0 = f^-1(A) and takes steps z <- z - eta * f'(z) until f(z) reaches B",
        "(reached), or f'(z) = 0 short of B or past it (dead: the neuron stopped learning and",
        "no step can move it again; dead wins over an overshoot past B), or a step limit.",
        "A rise (B above A) works the same way, stepping z <- z + eta * f'(z).",
        "A and B must lie in f's range: relu [0, inf), sigmoid (0, 1), tanh (-1, 1).",
        "The run keeps the last \(DecaySimulation.historyLimit) steps for the plot.",
      ],
      examples: ["decay relu from 0.9 to 0.5", "decay sigmoid from 0.9 to 0.5 lr 0.2"]),
    CommandInfo(
      name: "step", aliases: ["s"],
      usage: "step [N]",
      summary: "take N decay steps (default 1), showing each",
      details: [], examples: ["step", "step 5"]),
    CommandInfo(
      name: "run", aliases: [],
      usage: "run [MAX]",
      summary:
        "run the decay to its end, at most MAX steps (default \(Limits.defaultRunSteps))",
      details: [], examples: ["run", "run 100"]),
    CommandInfo(
      name: "reset", aliases: [],
      usage: "reset",
      summary: "return the decay to its start, z0 = f^-1(A)",
      details: [], examples: ["reset"]),
    CommandInfo(
      name: "compare", aliases: [],
      usage: "compare [F...] [from A to B] [lr ETA]",
      summary: "the same decay for several functions, in a table",
      details: [
        "Defaults: all four functions, from \(NumberFormat.plain(DecaySimulation.seedStart))"
          + " to \(NumberFormat.plain(DecaySimulation.seedTarget)), the session's lr (0.2):",
        "relu takes 2 steps, sigmoid 67.",
      ],
      examples: ["compare", "compare relu leaky from 0.9 to 0.5 lr 1"]),
    CommandInfo(
      name: "load", aliases: ["source"],
      usage: "load FILE",
      summary: "run the commands in a script file",
      details: [
        "A relative FILE is found next to the script that loads it.",
        "Scripts may load scripts \(Limits.maxLoadDepth) deep; a cycle is an error.",
      ],
      examples: ["load lesson1.relu", "load \"my lessons/intro.relu\""]),
    CommandInfo(
      name: "say", aliases: ["echo"],
      usage: "say TEXT",
      summary: "show a line of text (for lesson scripts)",
      details: ["TEXT runs to the end of the command; quote it to include ; or #."],
      examples: ["say Watch the curve bend at zero."]),
    CommandInfo(
      name: "pause", aliases: [],
      usage: "pause",
      summary: "in the lab, wait for a key (batch mode goes on)",
      details: [], examples: ["pause"]),
    CommandInfo(
      name: "help", aliases: ["?"],
      usage: "help [COMMAND]",
      summary: "list the commands, or explain one",
      details: [], examples: ["help", "help decay"]),
    CommandInfo(
      name: "export", aliases: [],
      usage: "export svg|csv|txt FILE",
      summary: "write the plot to a file: SVG, CSV of samples, or text",
      details: [
        "FILE is relative to the current directory. The file is written whole or not at all."
      ],
      examples: ["export svg relu.svg", "export csv relu.csv", "export txt relu.txt"]),
    CommandInfo(
      name: "quit", aliases: ["exit", "q"],
      usage: "quit",
      summary: "leave ReluLab (in a script: stop all scripts)",
      details: [], examples: ["quit"]),
  ]

  /// The command called `name` or one of its aliases.
  package static func info(named name: String) -> CommandInfo? {
    commands.first { $0.name == name || $0.aliases.contains(name) }
  }

  /// Canonical command names, for completion.
  package static var commandNames: [String] { commands.map(\.name) }

  /// The names `set` accepts.
  package static let settingNames = [
    "alpha", "lr", "grad0", "xrange", "yrange", "size", "canvas",
  ]

  /// Function and series names: `relu`, `leaky`, ..., `relu'`, ...
  package static var functionNames: [String] { PlotSeries.all.map(\.description) }

  /// The known name closest to `word` by edit distance, if it is close enough
  /// to be a likely typo.
  package static func suggestion(for word: String, among names: [String]) -> String? {
    // The distance is at least the difference in length, so long words (a
    // pasted paragraph) are not compared at all; one-letter aliases would match
    // every one-letter typo, so they are not suggested.
    let limit = max(1, min(2, word.count / 2))
    let candidates = names.filter { $0.count > 1 && abs($0.count - word.count) <= limit }
    let scored = candidates.map { (name: $0, distance: EditDistance.between(word, $0)) }
    guard let best = scored.min(by: { $0.distance < $1.distance }) else { return nil }
    return best.distance <= limit ? best.name : nil
  }
}

/// Limits that keep every command bounded in time and memory.
package enum Limits {
  /// The most values `random N` draws.
  package static let maxRandomCount = 1_000_000
  /// The most steps one `step N` or `run MAX` takes.
  package static let maxSteps = 1_000_000
  /// `run`'s default step limit.
  package static let defaultRunSteps = 10_000
  /// How deeply scripts may load scripts.
  package static let maxLoadDepth = 16
}
