import Testing

@testable import ReluCore

@Suite struct RecordingTests {
  private func session() -> Interpreter {
    Interpreter(fileSystem: MemoryScripts(files: [:], acceptsWrites: true))
  }

  /// The header sets up the settings, layer and plot in force; the commands
  /// that succeeded follow, and neither `record` nor failed commands are kept.
  @Test func keepsTheSettingsThenEverySucceedingCommand() throws {
    var interpreter = session()
    _ = try interpreter.outputs("set convention keras; set lr 0.5; use leaky; plot leaky'")
    _ = interpreter.run(
      Source(name: "t", text: "record s.relu\nset alpha 0.2\nstep\nfeed 1 -2"), keepGoing: true)
    let recording = try #require(interpreter.recording)
    #expect(recording.commands == ["set alpha 0.2", "feed 1 -2"])
    let commands = recording.header.filter { !$0.hasPrefix("#") }
    #expect(
      commands == [
        "set convention keras", "set alpha 0.3", "set elu-alpha 1", "set beta 1", "set lr 0.5",
        "set precision double",
        "set xrange auto", "set yrange auto", "set size 80 24", "set canvas ascii",
        "set digits 6", "set speed 40",
        "use leaky",
        "plot leaky'",
      ])
    #expect(recording.header[0].hasPrefix("# ReluLab \(ReluLabVersion.current) session, recorded "))
  }

  /// A replay of the file, from a fresh session, ends in the same state.
  @Test(arguments: ["set convention jax", "set grad0 mid", "set convention formula; set alpha 0.4"])
  func aReplayEndsInTheSameState(setup: String) throws {
    var original = session()
    _ = try original.outputs(setup + "; set xrange -2 3; use leaky")
    _ = try original.outputs("record s.relu; feed 0 -1; decay leaky from 0.9 to 0.5 lr 1; step")
    _ = try original.outputs("decay leaky from last to 0.5; run")
    let text = try #require(original.recording?.text)
    var replay = session()
    _ = try replay.outputs(text)
    #expect(replay.settings == original.settings)
    #expect(replay.layerKind == original.layerKind)
    #expect(replay.decay == original.decay)
    #expect(replay.lastFeed == original.lastFeed)
  }

  @Test func stopEndsItAndTwoAtOnceAreAnError() throws {
    var interpreter = session()
    _ = try interpreter.outputs("record a.relu; use leaky")
    let twice = try interpreter.failure("record b.relu")
    #expect(twice.message == "already recording to a.relu; record stop first")
    #expect(
      try interpreter.outputs("record stop") == [
        .recording(path: "a.relu", started: false, commands: 1)
      ])
    #expect(interpreter.recording == nil)
    #expect(try interpreter.failure("record stop").message.hasPrefix("nothing is being recorded"))
  }

  @Test func aFileThatCannotBeWrittenIsAnErrorAndNothingStarts() throws {
    var interpreter = Interpreter(fileSystem: MemoryScripts(files: [:]))
    let failure = try interpreter.failure("record a.relu")
    #expect(failure.message.contains("read-only"))
    #expect(interpreter.recording == nil)
  }

  /// A lesson stepped back in the lab records what the replay ran: the
  /// recording always matches the session shown.
  @Test func aLessonSteppedBackRecordsUpToThatPause() throws {
    var start = session()
    _ = try start.outputs("record s.relu")
    let source = Source(name: "t.relu", text: "use leaky\npause\nset alpha 0.2\npause\nfeed 1\n")
    let player = LessonPlayer(source: source, start: start)
    #expect(player.start.recording?.commands == [])
    let second = player.play(toPause: 2)
    let upToSecond = ["use leaky", "pause", "set alpha 0.2", "pause"]
    #expect(second.interpreter.recording?.commands == upToSecond)
    let first = player.play(toPause: 1)
    #expect(first.interpreter.recording?.commands == ["use leaky", "pause"])
  }
}
