extension CommandName {
  /// The description of this command, built once for every command (the
  /// parser reads it for every word it looks up).
  package var spec: CommandSpec {
    guard let spec = Self.specTable[self] else { preconditionFailure("\(self) has no spec") }
    return spec
  }

  private static let specTable = Dictionary(
    uniqueKeysWithValues: allCases.map { ($0, $0.describedSpec) })

  /// The description of this command: the vocabulary's one table.
  private var describedSpec: CommandSpec {
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
        summary: "apply F or its derivative (relu') to V, with no layer",
        details: ["F is relu, leaky, sigmoid or tanh, or one of them primed for its derivative."],
        examples: ["forward sigmoid [0, 2.1972245773362196]", "forward leaky' -1 0 1"])
    case .plot:
      CommandSpec(
        syntax: .value(.seriesList, .functions),
        summary: "the curves: relu leaky sigmoid tanh, derivatives primed",
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
          .value(.function(.functions), .function), .keyword("from"), .value(.decayStart, .start),
          .keyword("to"), .value(.number, .target), Self.rateOption,
        ]),
        summary: "set up gradient descent of f's value from A to B",
        details: [
          "Starts at z0 = f^-1(A) and takes steps z <- z - eta * f'(z) until f(z) reaches B",
          "(reached), or f'(z) = 0 short of B or past it (dead: the neuron stopped learning and",
          "no step can move it again; dead wins over an overshoot past B), or a step limit.",
          "A rise (B above A) works the same way, stepping z <- z + eta * f'(z).",
          "A and B must lie in f's range: relu [0, inf), sigmoid (0, 1), tanh (-1, 1).",
          "from last starts at the z where the last decay stopped, with this function and rate:",
          "a dead relu handed to leaky, or a big step followed by a small one.",
          "The run keeps the last \(DecaySimulation.historyLimit) steps for the plot.",
        ],
        examples: [
          "decay relu from 0.9 to 0.5", "decay sigmoid from 0.9 to 0.5 lr 0.2",
          "decay relu from 0.9 to 0.5 lr 1; run; decay leaky from last to 0.5 lr 0.2",
        ])
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
        summary: "the same decay for several functions: a table and a race",
        details: [
          "Defaults: all four functions, from \(NumberFormat.plain(DecaySimulation.chapterStart))"
            + " to \(NumberFormat.plain(DecaySimulation.chapterTarget)), the session's lr"
            + " (\(NumberFormat.plain(DecaySimulation.chapterLearningRate)) unless set):",
          "relu takes 2 steps, sigmoid 67, as the course chapter works out.",
        ],
        examples: ["compare", "compare relu leaky from 0.9 to 0.5 lr 1"])
    case .net:
      CommandSpec(
        syntax: .sequence([
          .value(.function(.functions), .function),
          .options([
            .sequence([
              .keyword("width"), .value(.count(1...NetworkSpec.maxWidth), .units),
            ]),
            .sequence([
              .keyword("depth"), .value(.count(1...NetworkSpec.maxDepth), .depth),
            ]),
            .sequence([
              .keyword("data"),
              .value(.choice(NetworkTarget.allCases.map(\.rawValue), noun: "the data"), .data),
            ]),
            .sequence([
              .keyword("points"), .value(.count(2...NetworkSpec.maxPoints), .points),
            ]),
            .sequence([.keyword("seed"), .value(.seed, .seed)]),
          ]),
        ]),
        summary: "build a small network to watch its units die",
        details: [
          "1 input, D hidden layers (default \(NetworkSpec.defaultDepth), at most"
            + " \(NetworkSpec.maxDepth)) of N units",
          "(default \(NetworkSpec.defaultWidth), at most \(NetworkSpec.maxWidth)) using F, and"
            + " one linear output unit.",
          "Data: M points (default \(NetworkSpec.defaultPoints)) evenly spaced on [-1, 1], with"
            + " target sin(pi x) (data sin,",
          "the default) or |x| (data abs, which two relu units represent exactly).",
          "Weights He-normal, N(0, 2 / fan_in); output weights N(0, 1 / N); biases 0.",
          "The same seed gives the same network and the same training, bit for bit.",
        ],
        examples: ["net relu", "net relu width 16 depth 2 seed 7", "net leaky data abs"])
    case .train:
      CommandSpec(
        syntax: .sequence([
          .optional(.value(.count(1...Limits.maxEpochs), .epochs)), Self.rateOption,
        ]),
        summary: "EPOCHS epochs of training (default 1): loss and dead units",
        details: [
          "Full-batch gradient descent on the mean squared error, at the session's lr unless",
          "lr ETA is given. A unit is dead when f'(z) = 0 at every data point: it gets no",
          "gradient and cannot learn (a leaky unit with alpha > 0 never is). It is inactive",
          "when z <= 0 at every point. A loss that overflows stops training (diverged); the",
          "network stays as it was after the last finite epoch.",
        ],
        examples: ["net relu seed 1; train 20", "net relu seed 1; train 100 lr 0.05"])
    case .sweep:
      CommandSpec(
        syntax: .sequence([
          .keyword("lr"), .repeated(.value(.settingValue(.lr), .rates)),
          .optional(
            .sequence([
              .keyword("epochs"), .value(.count(1...Limits.maxEpochs), .epochs),
            ])),
        ]),
        summary: "the network trained afresh at each rate, in a table",
        details: [
          "Each rate trains the network as net built it (the same seed), for E epochs",
          "(default \(Limits.defaultSweepEpochs)): its dead and inactive units, loss and status.",
        ],
        examples: ["net relu seed 1; sweep lr 0.05 0.2 0.5 epochs 50"])
    case .clear:
      CommandSpec(
        syntax: .optional(
          .value(.choice(ClearTarget.allCases.map(\.rawValue), noun: "what to clear"), .choice)),
        summary: "take the feed points, the decay or the network off the plot",
        details: [
          "clear alone takes them all off and goes back to the function plot; the next feed,",
          "decay step or train shows its own again. Nothing is forgotten: backward, step and",
          "train work as before.",
        ],
        examples: ["clear", "clear feed", "clear decay"])
    case .view:
      CommandSpec(
        syntax: .optional(
          .value(.choice(ViewName.allCases.map(\.rawValue), noun: "a view"), .choice)),
        summary: "switch the plot pane to another view, or name the one shown",
        details: [
          "The last command that shows something picks the view: plot and feed the function",
          "plot, decay, step, run and reset the decay, compare the race, net, train and sweep",
          "the network. view NAME switches at once (the network is not run again); F7 cycles.",
          "plot F... shows exactly F...; the feed's points and the decay's trail are drawn on",
          "their curves when those are plotted and the settings are still the ones they were",
          "made with (else a note says why they are off). A window too small for a whole view",
          "shows its main part and names the rest: steps (the decay's step chart), fit and",
          "loss (the network's) each show one part alone. In a script or at the plain prompt,",
          "view prints the view.",
        ],
        examples: ["view", "view decay", "view steps", "view plot"])
    case .export:
      CommandSpec(
        syntax: .sequence([
          .value(.choice(ExportFormat.allCases.map(\.rawValue), noun: "the format"), .format),
          .value(.path, .file),
        ]),
        summary: "write what the plot shows: SVG, CSV of samples, or text",
        details: [
          "The function plot, or while a decay is shown its step chart, or after compare the race",
          "(plot goes back to the functions). FILE is relative to the current directory; the",
          "file is written whole or not at all. FILE must be a regular file or a new name: a",
          "folder, FIFO or device is refused, and a file there keeps its permissions. A symbolic",
          "link at FILE is replaced by the file (what it pointed to is untouched); a file with",
          "other hard links gets a new copy under FILE only. FILE must end in the format's",
          ".svg, .csv or .txt. A script (a file given to relulab, -i, load or a lesson) may",
          "not export to a hidden file or into a hidden folder: no part of FILE may start",
          "with a dot.",
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
    case .title:
      CommandSpec(
        syntax: .value(.text, .text),
        summary: "name a lesson's section (status line in the lab)",
        examples: ["title Why ReLU trains fast"])
    case .pause:
      CommandSpec(
        syntax: .optional(.value(.text, .text)),
        summary: "show TEXT, wait for a key in the lab (batch: with --step)",
        details: [
          "In a lesson in the lab, Space or Enter goes on, b steps back to the previous pause",
          "(the lesson is replayed from its start up to there), q leaves the lesson.",
        ],
        examples: ["pause", "pause Now watch the marker move."])
    case .lesson:
      CommandSpec(
        syntax: .optional(.value(.lesson, .lesson)),
        summary: "run a lesson that ships with ReluLab, or list them",
        details: [
          "N is its number or its name. The language comes from relulab --lang, else the",
          "locale (LC_ALL, LC_MESSAGES, LANG: zh_* is Chinese). Its commands are shown as",
          "they run, so you can type them yourself.",
        ],
        examples: ["lesson", "lesson 2", "lesson dying"])
    case .record:
      CommandSpec(
        syntax: .sequence([
          .value(.path, .file),
          .optional(.value(.choice(RecordMode.words, noun: "replace or append"), .choice)),
        ]),
        summary: "save the commands that succeed to FILE (record stop ends)",
        details: [
          "FILE starts with a comment (ReluLab's version, the date) and the settings, layer",
          "and plot in force, so relulab FILE replays the session from the same state (a decay",
          "or feed from before the recording is not in it). Each command is added to the file",
          "as it runs (written and synced), so a crash loses nothing; F-keys are saved as the",
          "commands they run, a lesson or a loaded script as its commands.",
          "FILE must end in .relu. An existing FILE is refused unless you say what to do with",
          "it: replace starts it afresh (whole or not at all; a regular file only), append",
          "adds a comment line, the settings in force and the commands after what it holds.",
          "Recording stops with a message before FILE would pass \(RealFileSystem.maxBytes >> 20) MiB, the most a",
          "script may hold, so every recording replays. A script (a file given to relulab,",
          "-i, load or a lesson) may not record to a hidden file or into a hidden folder: no",
          "part of FILE may start with a dot (.bashrc.relu, .config/x.relu).",
        ],
        examples: [
          "record class.relu", "record class.relu replace", "record class.relu append",
          "record class.relu; feed 1 -2; record stop",
        ])
    case .help:
      CommandSpec(
        aliases: ["?"], syntax: .optional(.value(.topic, .topic)),
        summary: "list the commands; explain a command, setting or function",
        examples: ["help", "help decay", "help set alpha", "help relu", "? plot"])
    case .quit:
      CommandSpec(
        aliases: ["exit", "q"], summary: "leave ReluLab (in a script: stop all scripts)",
        examples: ["quit"])
    }
  }

  /// `[lr ETA]`: a learning rate for this command only, checked as `set lr` checks it.
  ///
  /// Computed, not stored: a stored indirect enum's boxes are held through
  /// tagged pointers that LeakSanitizer cannot see, so it reported them.
  private static var rateOption: Syntax {
    .optional(.sequence([.keyword("lr"), .value(.settingValue(.lr), .rate)]))
  }
}

/// Limits that keep every command bounded in time and memory.
package enum Limits {
  /// The most values `random N` draws: 80 MB of input, and as much again
  /// for the output (and the mask, while it is shown).
  package static let maxRandomCount = 10_000_000
  /// The most steps one `step N` or `run MAX` takes.
  package static let maxSteps = 1_000_000
  /// `run`'s default step limit.
  package static let defaultRunSteps = 10_000
  /// The steps per second `set speed` allows for the lab's animated runs.
  package static let animationSpeed = 1.0...1000.0
  /// How deeply scripts may load scripts.
  package static let maxLoadDepth = 16
  /// The most epochs one `train` or `sweep` asks for.
  package static let maxEpochs = 1_000_000
  /// `sweep`'s epochs when not told.
  package static let defaultSweepEpochs = 100
  /// A command whose large buffers take this many bytes or more asks for
  /// them first (`malloc`, given back at once) and is refused when they
  /// cannot be had; below it the check costs more than it saves.
  package static let checkedMemoryBytes = 16 << 20
}
