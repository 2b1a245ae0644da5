import Foundation
import ReluTestSupport
import Testing

@Suite struct EndToEndTests {
  @Test func executeCommands() throws {
    let run = try relulab(["-e", "feed 1 -2", "-e", "forward relu -3"])
    #expect(run.status == 0)
    #expect(run.stderr == "")
    #expect(run.stdout.contains("  -2        0         0\n"))
    #expect(run.stdout.hasSuffix("relu\n   z  relu(z)\n  -3        0\n"))
  }

  /// The shell completions complete script names (`*.relu`) for the files and -i.
  @Test(arguments: [
    ("bash", "-fX '!*.@(relu)'"), ("zsh", "_files -g '\\''*.relu'\\''"), ("fish", "*.\\'relu\\'"),
  ])
  func completionScriptsOfferScriptFiles(shell: String, pattern: String) throws {
    let run = try relulab(["--generate-completion-script", shell])
    #expect(run.status == 0)
    #expect(run.stdout.contains(pattern))
    #expect(run.stdout.contains("high-contrast"))
  }

  @Test func jsonLines() throws {
    let run = try relulab(["--json", "-e", "decay relu from 0.9 to 0.5; run; feed 1 -1"])
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(run.status == 0)
    #expect(lines.count == 3)
    #expect(
      lines[1]
        == #"{"cmd":"run","fn":"relu","status":"reached","steps":2,"z":0.49999999999999994,"value":0.49999999999999994,"grad":1,"overshoot":0}"#
    )
    for line in lines {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
      #expect(object is [String: Any])
    }
  }

  @Test func pipedStandardInput() throws {
    let run = try relulab([], stdin: "set alpha 0.5\nuse leaky\nfeed -2 2\n")
    #expect(run.status == 0)
    #expect(run.stdout.contains("  -2        -1        0.5\n"))
  }

  @Test func errorsGoToStandardErrorWithACaret() throws {
    let run = try relulab([], stdin: "feed 1 2\n\nfeed 1 two\nsay never\n")
    #expect(run.status == 1)
    #expect(
      run.stderr
        == "<stdin>:3:8: error: 'two' is not a number; usage: feed V\nfeed 1 two\n       ^~~\n")
    #expect(!run.stdout.contains("never"))
  }

  @Test func errorInAScriptFileNamesIt() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "relulab-e2e-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try "say start\nload part.relu\n".write(
      to: dir.appendingPathComponent("main.relu"), atomically: true, encoding: .utf8)
    try "\n  use sigmoid\n".write(
      to: dir.appendingPathComponent("part.relu"), atomically: true, encoding: .utf8)
    let run = try relulab([dir.appendingPathComponent("main.relu").path])
    #expect(run.status == 1)
    #expect(run.stdout == "» start\n")
    let path = dir.appendingPathComponent("part.relu").path
    #expect(
      run.stderr
        == "\(path):2:7: error: use takes relu or leaky; sigmoid has no layer here\n  use sigmoid\n      ^~~~~~~\n"
    )
    let json = try relulab(["--json", dir.appendingPathComponent("main.relu").path])
    #expect(json.status == 1)
    #expect(
      json.stdout.contains(
        #"{"error":"use takes relu or leaky; sigmoid has no layer here","file":"\#(path)","line":2,"column":7}"#
      ))
  }

  @Test func keepGoing() throws {
    let run = try relulab(["--keep-going", "-e", "feed x; say after"])
    #expect(run.status == 1)
    #expect(run.stdout == "» after\n")
    #expect(run.stderr.hasPrefix("-e:1:6: error: 'x' is not a number"))
  }

  @Test func aSyntaxErrorStopsEveryLaterSource() throws {
    let run = try relulab(["-e", "say one", "-e", "bogus", "-e", "say three"])
    #expect(run.status == 1)
    #expect(run.stdout == "» one\n")
    let quit = try relulab(["--keep-going", "-e", "bogus; quit", "-e", "say after"])
    #expect(quit.status == 1)
    #expect(quit.stdout == "")
  }

  @Test func commandsAndFilesRunInCommandLineOrder() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "relulab-order-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try "show\n".write(to: dir.appendingPathComponent("s.relu"), atomically: true, encoding: .utf8)
    let run = try relulab(["-e", "set lr 1", "s.relu", "--execute=say done"], directory: dir)
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix("lr = 1\n"))
    #expect(run.stdout.contains("lr          1 "))
    #expect(run.stdout.hasSuffix("» done\n"))
  }

  @Test func fileNamesAreEscapedInErrors() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "relulab-esc-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try "feed x\n".write(
      to: dir.appendingPathComponent("a\u{1B}b.relu"), atomically: true, encoding: .utf8)
    let run = try relulab(["a\u{1B}b.relu"], directory: dir)
    #expect(run.status == 1)
    #expect(run.stderr.hasPrefix("a^[b.relu:1:6: error: 'x' is not a number"))
    let missing = try relulab(["nope\u{1B}[2J"])
    #expect(missing.status == 2)
    #expect(missing.stderr == "relulab: cannot read nope^[[2J: No such file or directory\n")
  }

  @Test func quitEndsTheRunSuccessfully() throws {
    let run = try relulab(["-e", "say a; quit; say b", "-e", "say c"])
    #expect(run.status == 0)
    #expect(run.stdout == "» a\n")
  }

  @Test func invocationErrorsExitTwo() throws {
    let run = try relulab(["--no-such-flag"])
    #expect(run.status == 2)
    #expect(run.stderr.contains("no-such-flag"))
    let missing = try relulab(["-e", "say never", "/no/such/script.relu"])
    #expect(missing.status == 2)
    #expect(missing.stdout == "", "nothing runs when a named script is missing")
    #expect(
      missing.stderr == "relulab: cannot read /no/such/script.relu: No such file or directory\n")
  }

  @Test func helpAndVersion() throws {
    let help = try relulab(["--help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("USAGE: relulab"))
    #expect(help.stdout.contains("--json"))
    let version = try relulab(["--version"])
    #expect(version.status == 0)
    #expect(version.stdout == "0.1.0\n")
  }

  @Test func hostileInputNeverCrashes() throws {
    // Each is an error (in the last, the ; makes "x\u{7}" a command of its own): exit 1.
    let inputs = [
      "feed 1e400", "feed random 20000000", "\u{1B}[2J\u{7}", "feed [[[[[[[[[[1]]]]]]]]]]",
      "feed " + String(repeating: "[", count: 5000), "load /dev/zero", "load /",
      "set size 99999999999999999999 2", "step 99999999999999999999", "\"",
      "say \u{0}\u{1B}]0;x\u{7}",
    ]
    for input in inputs {
      let run = try relulab(["--keep-going"], stdin: input + "\n")
      #expect(run.status == 1, "\(input.prefix(40)): \(run.stderr.prefix(200))")
      #expect(
        !run.stdout.contains("\u{1B}") && !run.stderr.contains("\u{1B}"), "escape leaked: \(input)")
    }
    // Invalid UTF-8 on standard input, sent as raw bytes.
    let process = try relulab([], stdinBytes: Data([0x66, 0xFF, 0xFE, 0x0A]))
    #expect(process.status == 1)
    #expect(process.stderr.hasPrefix("<stdin>:1:1: error: unknown command 'f\u{FFFD}\u{FFFD}'"))
  }

  @Test func examplesRunAndMatchTheirGoldenOutput() throws {
    let folder = "examples"
    let dir = packageRoot.appendingPathComponent("Scripts/\(folder)")
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
      .filter { $0.hasSuffix(".relu") }.sorted()
    #expect(names.count >= 3)
    for name in names {
      let run = try relulab(["Scripts/\(folder)/\(name)"], directory: packageRoot)
      #expect(run.status == 0, "\(name): \(run.stderr)")
      #expect(run.stderr == "")
      Golden.check(run.stdout, file: "\(folder)/\(name).txt")
    }
  }

  /// Every shipped lesson, in each language, run by number from a folder with
  /// no scripts in it (the binary's own copies), its commands echoed.
  @Test(arguments: ["en", "zh"])
  func lessonsRunFromAnyFolderAndMatchTheirGoldenOutput(language: String) throws {
    let dir = packageRoot.appendingPathComponent("Scripts/lessons/\(language)")
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
      .filter { $0.hasSuffix(".relu") }.sorted()
    #expect(names.count == 9)
    let elsewhere = FileManager.default.temporaryDirectory
    for (index, name) in names.enumerated() {
      let run = try relulab(
        ["--lesson", String(index + 1), "--lang", language], directory: elsewhere)
      #expect(run.status == 0, "\(name): \(run.stderr)")
      #expect(run.stderr == "")
      #expect(run.stdout.contains("relulab> "), "\(name) echoes its commands")
      Golden.check(run.stdout, file: "lessons/\(language)/\(name).txt")
    }
  }

  /// Where a lesson continues a decay (`from last`), the new run starts at
  /// exactly the z where the one before it stopped, whatever alpha and rate.
  @Test(arguments: ["3", "4"])
  func lessonsContinueFromWhereTheLastDecayStopped(lesson: String) throws {
    // Which decay of the lesson continues (from the echoed commands), then
    // the exact numbers of that run (from its JSON).
    let text = try relulab(["--lesson", lesson, "--lang", "en"])
    #expect(text.status == 0)
    let decays = text.stdout.split(separator: "\n").filter { $0.hasPrefix("relulab> decay ") }
    let continued = try #require(decays.firstIndex { $0.contains(" from last ") })
    let json = try relulab(["--json", "--lesson", lesson, "--lang", "en"])
    let objects = try json.stdout.split(separator: "\n").map {
      try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
    let decayIndices = objects.indices.filter { objects[$0]["cmd"] as? String == "decay" }
    let start = decayIndices[continued]
    let stopped = try #require(objects[..<start].last { $0["z"] is Double }?["z"] as? Double)
    #expect(stopped < 0, "the big step pushed z below zero")
    #expect(objects[start]["z"] as? Double == stopped)
  }

  /// --step waits at each pause for a line on standard input, its prompt on
  /// standard error (never in the results, D9); without it batch mode goes
  /// straight on.
  @Test func stepWaitsAtEachPauseInBatch() throws {
    // A lesson's pause says its number and the keys: Enter, b, q.
    let prompt = "-- paused at "
    let lesson = try String(
      contentsOf: packageRoot.appendingPathComponent("Scripts/lessons/en/02-fast.relu"),
      encoding: .utf8)
    let pauses = lesson.split(separator: "\n").filter { $0 == "pause" || $0.hasPrefix("pause ") }
      .count
    #expect(pauses > 1)
    let stepped = try relulab(["--lesson", "2", "--lang", "en", "--step"], stdin: "\n\n")
    #expect(stepped.status == 0)
    #expect(stepped.stderr.components(separatedBy: prompt).count - 1 == pauses)
    #expect(
      stepped.stderr.hasPrefix(
        "-- paused at 1: Enter goes on, b and Enter goes back, q and Enter leaves --\n"))
    #expect(stepped.stderr.contains("-- paused at \(pauses): "))
    #expect(!stepped.stdout.contains(prompt))
    #expect(
      stepped.stdout.contains(
        "relulab> step\n  step    z  relu(z)  relu'(z)\n     1  0.7      0.7         1\n"))
    let json = try relulab(["--lesson", "2", "--lang", "en", "--step", "--json"], stdin: "\n\n")
    #expect(json.stderr.components(separatedBy: prompt).count - 1 == pauses)
    #expect(json.stdout.split(separator: "\n").allSatisfy { $0.hasPrefix("{") })
    let straight = try relulab(["--lesson", "2", "--lang", "en"])
    #expect(!straight.stdout.contains(prompt))
    #expect(
      straight.stdout.replacingOccurrences(of: prompt, with: "")
        == stepped.stdout.replacingOccurrences(of: prompt, with: ""))
  }

  @Test func lessonLanguageComesFromTheLocale() throws {
    let chinese = try relulab(["-e", "lesson"], environment: ["LANG": "zh_CN.UTF-8"])
    #expect(chinese.stdout.contains("第 3 课"))
    let english = try relulab(
      ["-e", "lesson"], environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": "en_US.UTF-8"])
    #expect(english.stdout.contains("Lesson 3: dying ReLU"))
    let chosen = try relulab(["-e", "lesson", "--lang", "zh"], environment: ["LC_ALL": "C"])
    #expect(chosen.stdout.contains("第 3 课"))
    let bad = try relulab(["--lesson", "99"])
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("no lesson '99'"))
  }
}

@Suite struct ExportEndToEndTests {
  @Test func exportsWriteWholeFiles() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "relulab-export-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let run = try relulab(
      [
        "-e",
        "plot relu relu'; export svg out.svg; export csv out.csv; set size 40 12; export txt out.txt",
      ],
      directory: dir)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("wrote svg of relu relu' to out.svg\n"))
    let svg = try String(contentsOf: dir.appendingPathComponent("out.svg"), encoding: .utf8)
    #expect(svg.hasPrefix("<?xml") || svg.hasPrefix("<svg"))
    #expect(svg.contains("<polyline"))
    let csv = try String(contentsOf: dir.appendingPathComponent("out.csv"), encoding: .utf8)
    #expect(csv.split(separator: "\n").first == "z,relu,relu'")
    let txt = try String(contentsOf: dir.appendingPathComponent("out.txt"), encoding: .utf8)
    #expect(txt.split(separator: "\n", omittingEmptySubsequences: false).count == 13)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    #expect(leftovers == ["out.csv", "out.svg", "out.txt"])
  }

  @Test func anUnwritablePathIsAClearError() throws {
    let run = try relulab(["-e", "export svg /no/such/dir/x.svg"])
    #expect(run.status == 1)
    #expect(
      run.stderr
        == "-e:1:12: error: cannot write /no/such/dir/x.svg: No such file or directory\nexport svg /no/such/dir/x.svg\n           ^~~~~~~~~~~~~~~~~~\n"
    )
  }

  @Test func plotInJSON() throws {
    let run = try relulab(["--json", "-e", "set size 30 10; plot relu"])
    #expect(run.status == 0)
    let last = try #require(run.stdout.split(separator: "\n").last)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any])
    #expect(object["cmd"] as? String == "plot")
    #expect((object["lines"] as? [String])?.count == 10)
  }
}

/// The forgiving input of the language, in each way batch mode and the plain
/// prompt read commands (the lab's own test is in ReluTerminalTests).
@Suite struct ForgivingInputEndToEndTests {
  private let commands = "Set Alpha=0.5\nUSE Leaky\nset xrange [-3:3]\nFeed -2 2\n? plot\n"

  private func checkOutput(_ run: Run) {
    #expect(run.status == 0)
    #expect(run.stdout.contains("alpha = 0.5"))
    #expect(run.stdout.contains("xrange = -3 3"))
    #expect(run.stdout.contains("  -2        -1        0.5\n   2         2          1\n"))
    #expect(run.stdout.contains("plot F..."))
  }

  @Test func inExecuteArguments() throws {
    checkOutput(try relulab(["-e", commands.replacingOccurrences(of: "\n", with: "; ")]))
  }

  @Test func inAScriptWithAByteOrderMarkAndCRLF() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "relulab-forgiving-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let script = dir.appendingPathComponent("windows.relu")
    let text = commands.replacingOccurrences(of: "\n", with: "\r\n") + "feed 1 x\r\n"
    try (Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)).write(to: script)
    let run = try relulab(["--keep-going", script.path])
    #expect(run.status == 1)
    #expect(
      run.stderr
        == "\(script.path):6:8: error: 'x' is not a number; usage: feed V\nfeed 1 x\n       ^\n")
    checkOutput(Run(stdout: run.stdout, stderr: "", status: 0))
  }

  @Test func onAPipe() throws {
    checkOutput(try relulab([], stdin: commands))
    checkOutput(try relulab(["--plain"], stdin: commands))
  }

  /// The plain prompt at a terminal: `script` gives relulab a pseudo-terminal.
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
  func atThePlainPrompt() throws {
    let binary = productsDirectory.appendingPathComponent("relulab").path
    let run = try command(
      "/usr/bin/script", ["-qec", "\(binary) --plain", "/dev/null"],
      stdin: commands + "relu 2\nquit\n")
    #expect(run.status == 0)
    #expect(run.stdout.contains("alpha = 0.5\r\n"))
    #expect(run.stdout.contains("  -2        -1        0.5\r\n   2         2          1\r\n"))
    #expect(run.stdout.contains("error: unknown command 'relu'; did you mean 'forward relu 2'?"))
  }
}
