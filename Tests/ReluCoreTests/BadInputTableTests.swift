import ReluTestSupport
import Testing

@testable import ReluCore

/// One hostile or malformed input and exactly what it must give.
struct BadInput: Sendable, CustomTestStringConvertible {
  /// The script's text; `{TMP}` stands for a fresh folder holding a FIFO
  /// (`fifo`), a device node (`device`, as /dev/full) and `self.relu`, which loads itself.
  var text: String
  /// `FILE:LINE:COLUMN` of the error (`{TMP}` as above).
  var place: String
  /// The error's message (`{TMP}` as above).
  var message: String
  /// Whether it runs in a fresh session (no feed, no decay) instead of the prepared one.
  var fresh = false

  init(_ text: String, _ place: String, _ message: String, fresh: Bool = false) {
    self.text = text
    self.place = place
    self.message = message
    self.fresh = fresh
  }

  var testDescription: String { VisibleText.escaped(String(text.prefix(60))) }
}

/// The bad-input table: each case fails with its exact error at its exact
/// place, leaves the session as it was, and puts nothing raw in the output.
@Suite struct BadInputTableTests {
  /// The session each case starts from (unless `fresh`): every part of the
  /// state set away from its default.
  static let prelude = """
    set alpha 0.3
    use leaky
    feed 1 -2 3
    decay relu from 0.9 to 0.5
    step
    plot relu leaky
    """

  static let cases: [BadInput] = [
    BadInput(
      "set alpha 1e999", "bad.relu:1:11",
      "1e999 is out of range: a Double holds magnitudes up to about 1.8e308"),
    BadInput(
      "set alpha nan", "bad.relu:1:11",
      "alpha must be a finite number, not nan"),
    BadInput(
      "set alpha -0.5", "bad.relu:1:11",
      "alpha must be >= 0 (0 is plain relu, 1 the identity), not -0.5"),
    BadInput(
      "set alpha 0x10", "bad.relu:1:11",
      "'0x10' is not a number; usage: set alpha A"),
    BadInput(
      "set alpha 1.2.3", "bad.relu:1:11",
      "'1.2.3' is not a number; usage: set alpha A"),
    BadInput(
      "set alpha --1", "bad.relu:1:11",
      "'--1' is not a number; usage: set alpha A"),
    BadInput(
      "set lr 0", "bad.relu:1:8",
      "the learning rate must be a finite number > 0, not 0"),
    BadInput(
      "set lr inf", "bad.relu:1:8",
      "the learning rate must be a finite number > 0, not inf"),
    BadInput(
      "feed 1 2 abc", "bad.relu:1:10",
      "'abc' is not a number; usage: feed V"),
    BadInput(
      "feed 1e400", "bad.relu:1:6",
      "1e400 is out of range: a Double holds magnitudes up to about 1.8e308"),
    BadInput(
      "feed 1,,2", "bad.relu:1:8",
      "unexpected ',' after the command; usage: feed V"),
    BadInput(
      "forward relu 1..2", "bad.relu:1:14",
      "'1..2' is not a number; usage: forward F V"),
    BadInput(
      "step -1", "bad.relu:1:6",
      "expected a number of steps from 1 to 1000000, not -1"),
    BadInput(
      "step 1.5", "bad.relu:1:6",
      "expected a number of steps as a whole number, found '1.5'; usage: step [N]"),
    BadInput(
      "step 99999999999999999999", "bad.relu:1:6",
      "expected a number of steps as a whole number, found '99999999999999999999'; usage: step [N]"),
    BadInput(
      "run 0", "bad.relu:1:5",
      "expected a step limit from 1 to 1000000, not 0"),
    BadInput(
      "set xrange 3 -3", "bad.relu:1:12",
      "xrange: a range must go from low to high, not 3 to -3 (swap the two numbers)"),
    BadInput(
      "set xrange 1 1", "bad.relu:1:12",
      "xrange: a range must go from low to high, not 1 to 1 (it is empty)"),
    BadInput(
      "set xrange -1e308 1e308", "bad.relu:1:12",
      "xrange: the range -1e+308 to 1e+308 is too wide to plot"),
    BadInput(
      "set yrange 5 5", "bad.relu:1:12",
      "yrange: a range must go from low to high, not 5 to 5 (it is empty)"),
    BadInput(
      "set yrange nan 1", "bad.relu:1:12",
      "yrange: a range needs finite numbers, not nan to 1"),
    BadInput(
      "set xrange 0", "bad.relu:1:13",
      "expected the upper end B, found the end of the input; usage: set xrange A B|auto"),
    BadInput(
      "decay relu from nan to 0.5", "bad.relu:1:17",
      "relu never equals nan: its values lie in [0, inf), so there is no z to start from"),
    BadInput(
      "compare from 0.9 to inf", "bad.relu:1:21",
      "relu can never reach inf: its values lie in [0, inf)"),
    BadInput(
      "feed [1, 2", "bad.relu:1:11",
      "expected ']' to close the '[' at column 6, found the end of the input; usage: feed V"),
    BadInput(
      "feed 1, 2]", "bad.relu:1:10",
      "unexpected ']' after the command; usage: feed V"),
    BadInput(
      "feed [[1, 2], [3]]", "bad.relu:1:15",
      "rows differ in shape: 1 here, 2 before; a matrix must be rectangular; usage: feed V"),
    BadInput(
      "feed [[1, 2], 3]", "bad.relu:1:15",
      "a vector mixes numbers and lists here; usage: feed V"),
    BadInput(
      "feed 1 \u{200B} 3", "bad.relu:1:8",
      "'\\u{200B}' is not a number; usage: feed V"),
    BadInput(
      "feed 1 \u{2060} 3", "bad.relu:1:8",
      "'\\u{2060}' is not a number; usage: feed V"),
    BadInput(
      "feed 1 2\u{3002}3", "bad.relu:1:8",
      "'2\u{3002}3' is not a number (the ideographic full stop '\u{3002}' here is not '.');"
        + " usage: feed V"),
    BadInput(
      "feed []", "bad.relu:1:6",
      "a vector needs at least one number; usage: feed V"),
    BadInput(
      "feed " + String(repeating: "[", count: 200) + "1" + String(repeating: "]", count: 200),
      "bad.relu:1:14",
      "tensors nest at most 8 levels deep"),
    BadInput(
      "feed [1 [2]]", "bad.relu:1:9",
      "a vector mixes numbers and lists here; usage: feed V"),
    BadInput(
      "say \"abc", "bad.relu:1:5",
      "unterminated string: add a closing \""),
    BadInput(
      "say \"a\\qb\"", "bad.relu:1:7",
      "unknown escape in a string (use \\\", \\\\, \\n or \\t)"),
    BadInput(
      "load \"x.relu", "bad.relu:1:6",
      "unterminated string: add a closing \""),
    BadInput(
      "say \"\\", "bad.relu:1:5",
      "unterminated string: add a closing \""),
    BadInput(
      "say \u{1B}]2;TITLE\u{7}", "bad.relu:1:9",
      "unknown command 'TITLE^G'; did you mean 'title'?"),
    BadInput(
      "\u{1B}[2Jfeed 1", "bad.relu:1:1",
      "unknown command '^[' (help lists the commands)"),
    BadInput(
      "set alpha \u{9B}2J", "bad.relu:1:11",
      "'\\u{9B}2J' is not a number; usage: set alpha A"),
    BadInput(
      "use \u{202E}leaky", "bad.relu:1:5",
      "unknown function '\\u{202E}leaky'; did you mean 'leaky'?"),
    // A byte-order mark is skipped: columns count from the first real character.
    BadInput("\u{FEFF}set alpha x", "bad.relu:1:11", "'x' is not a number; usage: set alpha A"),
    BadInput(
      "\u{FEFF}say hi\nfeed [1", "bad.relu:2:8",
      "expected ']' to close the '[' at column 6, found the end of the input; usage: feed V"),
    BadInput(
      "say a\u{0}b", "bad.relu:1:6",
      "a NUL byte cannot be part of a command"),
    BadInput(
      "# comment \u{0}", "bad.relu:1:11",
      "a NUL byte cannot be part of a command"),
    BadInput(
      "feed 1\u{0} 2", "bad.relu:1:7",
      "a NUL byte cannot be part of a command"),
    BadInput(
      "\u{0}", "bad.relu:1:1",
      "a NUL byte cannot be part of a command"),
    BadInput(
      "feed random 100000000", "bad.relu:1:13",
      "random takes 1 to 10000000 values (each command is bounded in time and memory), not 100000000"
    ),
    BadInput(
      "feed random 0", "bad.relu:1:13",
      "random takes 1 to 10000000 values (each command is bounded in time and memory), not 0"
    ),
    BadInput(
      "feed random -5", "bad.relu:1:13",
      "random takes 1 to 10000000 values (each command is bounded in time and memory), not -5"
    ),
    BadInput(
      "feed random 10 seed -1", "bad.relu:1:21",
      "a seed is a whole number from 0 to 18446744073709551615, not '-1'"),
    BadInput(
      "step 2000000", "bad.relu:1:6",
      "expected a number of steps from 1 to 1000000, not 2000000"),
    BadInput(
      "run 10000000", "bad.relu:1:5",
      "expected a step limit from 1 to 1000000, not 10000000"),
    BadInput(
      "feed 1 1 1 1 1 1 1 1 1 1 x", "bad.relu:1:26",
      "'x' is not a number; usage: feed V"),
    BadInput(
      "load /proc/self/environ", "bad.relu:1:6",
      "cannot read /proc/self/environ: it is not a script: a NUL byte on line 1"),
    BadInput(
      "load /nonexistent/x.relu", "bad.relu:1:6",
      "cannot read /nonexistent/x.relu: No such file or directory"),
    BadInput(
      "load /", "bad.relu:1:6",
      "cannot read /: it is a folder"),
    BadInput(
      "load /dev/zero", "bad.relu:1:6",
      "cannot read /dev/zero: it is not a regular file"),
    BadInput(
      "load", "bad.relu:1:5",
      "expected a file name, found the end of the input; usage: load FILE"),
    BadInput(
      "load {TMP}/self.relu", "{TMP}/self.relu:1:6",
      "load cycle: {TMP}/self.relu -> {TMP}/self.relu"),
    BadInput(
      "load {TMP}/fifo", "bad.relu:1:6",
      "cannot read {TMP}/fifo: it is not a regular file"),
    BadInput(
      "use sigmoid", "bad.relu:1:5",
      "use takes relu or leaky; sigmoid has no layer here"),
    BadInput(
      "use", "bad.relu:1:4",
      "expected relu or leaky, found the end of the input; usage: use relu|leaky"),
    BadInput(
      "backward 1 2", "bad.relu:1:10",
      "backward needs a forward pass first (feed a vector)", fresh: true),
    BadInput(
      "step", "bad.relu:1:1",
      "no decay is set up; start one, e.g. decay relu from 0.9 to 0.5", fresh: true),
    BadInput(
      "run", "bad.relu:1:1",
      "no decay is set up; start one, e.g. decay relu from 0.9 to 0.5", fresh: true),
    BadInput(
      "reset", "bad.relu:1:1",
      "no decay is set up; start one, e.g. decay relu from 0.9 to 0.5", fresh: true),
    BadInput(
      "decay relu from", "bad.relu:1:16",
      "expected a start value (or last), found the end of the input;"
        + " usage: decay [F] [from A|last to B] [lr ETA]"),
    BadInput(
      "decay softmax from 0.9 to 0.5", "bad.relu:1:7",
      "unknown function 'softmax'; expected one of: relu, leaky, sigmoid, tanh, elu, softplus,"
        + " prelu, rrelu"),
    BadInput(
      "decay relu from 0.9", "bad.relu:1:20",
      "expected 'to', found the end of the input; usage: decay [F] [from A|last to B] [lr ETA]"),
    BadInput(
      "backward [1, 2, 3]", "bad.relu:1:10",
      "backward needs a forward pass first (feed a vector)", fresh: true),
    BadInput(
      "set size 0 0", "bad.relu:1:10",
      "a plot must be between 20x8 and 1000x500 characters, not 0x0"),
    BadInput(
      "set size 10 5", "bad.relu:1:10",
      "a plot must be between 20x8 and 1000x500 characters, not 10x5"),
    BadInput(
      "set size 100000 100000", "bad.relu:1:10",
      "a plot must be between 20x8 and 1000x500 characters, not 100000x100000"),
    BadInput(
      "set size 80", "bad.relu:1:12",
      "expected a height in rows, found the end of the input; usage: set size W H"),
    BadInput(
      "set size -1 24", "bad.relu:1:10",
      "a plot must be between 20x8 and 1000x500 characters, not -1x24"),
    BadInput(
      "set size 80.5 24", "bad.relu:1:10",
      "expected a width in columns as a whole number, found '80.5'; usage: set size W H"),
    BadInput(
      "plot nothing", "bad.relu:1:6",
      "unknown function 'nothing'; expected one of: relu, leaky, sigmoid, tanh, elu, softplus, prelu, rrelu, relu', leaky', sigmoid', tanh', elu', softplus', prelu', rrelu'"
    ),
    BadInput(
      "export txt {TMP}/fifo.txt", "bad.relu:1:12",
      "cannot write {TMP}/fifo.txt: it is a FIFO, and only a regular file is replaced"),
    BadInput(
      "export txt {TMP}/device.txt", "bad.relu:1:12",
      "cannot write {TMP}/device.txt: it is a device, and only a regular file is replaced"),
    BadInput(
      "export txt {TMP}/folder.txt", "bad.relu:1:12",
      "cannot write {TMP}/folder.txt: it is a folder"),
    BadInput(
      "export txt {TMP}/fifo", "bad.relu:1:12",
      "cannot write {TMP}/fifo: a txt export is written only to a name ending in .txt"),
    BadInput(
      "export svg {TMP}/x.sh", "bad.relu:1:12",
      "cannot write {TMP}/x.sh: an svg export is written only to a name ending in .svg"),
    BadInput(
      "export csv {TMP}/.hidden.csv", "bad.relu:1:12",
      "cannot write {TMP}/.hidden.csv: a script may not write a hidden file or into a hidden folder ('.hidden.csv')"
    ),
    BadInput(
      "record {TMP}/.git/hooks/x.relu", "bad.relu:1:8",
      "cannot write {TMP}/.git/hooks/x.relu: a script may not write a hidden file or into a hidden folder ('.git')"
    ),
    BadInput(
      "record {TMP}/self.relu", "bad.relu:1:8",
      "cannot write {TMP}/self.relu: it already exists (add replace to start it afresh, or append to add to it)"
    ),
    BadInput(
      "record {TMP}/fifo.relu append", "bad.relu:1:8",
      "cannot write {TMP}/fifo.relu: it is a FIFO, and a recording goes only to a regular file"),
    BadInput(
      "export pdf x.pdf", "bad.relu:1:8",
      "the format is svg, csv or txt, not 'pdf'"),
    BadInput(
      "export txt", "bad.relu:1:11",
      "expected a file name, found the end of the input; usage: export svg|csv|txt FILE"),
    BadInput(
      "export svg /nonexistent-folder/x.svg", "bad.relu:1:12",
      "cannot write /nonexistent-folder/x.svg: No such file or directory"),

  ]

  @Test func theTableIsLargeEnough() {
    #expect(Self.cases.count >= 60)
  }

  @Test(arguments: cases) func failsExactlyAndChangesNothing(_ bad: BadInput) throws {
    let folder = try Self.folder()
    var interpreter = Interpreter()
    if !bad.fresh { _ = try interpreter.outputs(Self.prelude) }
    let before = Snapshot(interpreter)
    let text = bad.text.replacing("{TMP}", with: folder)
    let events = interpreter.run(Source(name: "bad.relu", text: text))
    let failures = events.compactMap { event -> Diagnostic? in
      if case .failure(let diagnostic) = event { return diagnostic }
      return nil
    }
    let diagnostic = try #require(failures.first, "expected an error")
    #expect(failures.count == 1, "one error")
    #expect(
      "\(diagnostic.file):\(diagnostic.line):\(diagnostic.column)"
        == bad.place.replacing("{TMP}", with: folder))
    #expect(diagnostic.message == bad.message.replacing("{TMP}", with: folder))
    #expect(Snapshot(interpreter) == before, "the session is unchanged")
    let shown =
      TextReport.lines(for: diagnostic).map(\.text) + [
        JSONReport.line(for: diagnostic)
      ]
    for line in shown {
      #expect(
        !line.unicodeScalars.contains(where: Self.isRaw),
        "nothing raw: \(VisibleText.escaped(line))")
    }
    for name in ["fifo", "fifo.txt", "fifo.relu"] {
      #expect(Platform.status(path: folder + "/" + name, followingLinks: false)?.kind == .fifo)
    }
    for name in ["device", "device.txt"] {
      #expect(
        Platform.status(path: folder + "/" + name, followingLinks: false)?.kind == .characterDevice)
    }
    #expect(try PlotTestSupport.entries(folder).allSatisfy { !$0.hasPrefix(".") }, "nothing hidden")
  }

  /// A control character or a bidirectional control: what must never reach
  /// a terminal raw.
  static func isRaw(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00..<0x20, 0x7F..<0xA0, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  /// The state a failed command must leave as it was.
  struct Snapshot: Equatable {
    var settings: SessionSettings
    var layer: ActivationKind
    var lastFeed: FeedReport?
    var decay: DecaySimulation?
    var series: [PlotSeries]

    init(_ interpreter: Interpreter) {
      settings = interpreter.settings
      layer = interpreter.layerKind
      lastFeed = interpreter.lastFeed
      decay = interpreter.decay
      series = interpreter.plottedSeries
    }
  }

  /// A fresh folder with FIFOs, device nodes like /dev/full (1:7), a folder
  /// named like a text file and a script that loads itself.
  static func folder() throws -> String {
    let folder = try #require(TestFileSystem.makeTemporaryFolder("/tmp/relulab-bad-XXXXXX"))
    for name in ["fifo", "fifo.txt", "fifo.relu"] {
      try #require(TestFileSystem.makeFIFO(folder + "/" + name, permissions: 0o600))
    }
    for name in ["device", "device.txt"] {
      try #require(
        TestFileSystem.makeCharacterDevice(folder + "/" + name, major: 1, minor: 7), "needs root")
    }
    try #require(Platform.makeFolder(folder + "/folder.txt", permissions: 0o700))
    try AtomicFile.write("load self.relu\n", to: folder + "/self.relu")
    return folder
  }
}
