import Foundation
import Testing

@Suite struct RecordReplayTests {
  private func folder(_ name: String) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "relulab-\(name)-\(getpid())")
    try? FileManager.default.removeItem(at: dir)
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  /// The commands' results in JSON, then the replay's: the same objects, after
  /// the ones of the header's set-up commands.
  @Test func aReplayGivesIdenticalJSON() throws {
    let dir = try folder("replay")
    defer { try? FileManager.default.removeItem(at: dir) }
    let commands = [
      "set convention tensorflow", "use leaky", "feed random 20 seed 3",
      "backward random 20 seed 4",
      "decay leaky from 0.9 to 0.5 lr 1", "step", "decay leaky from last to 0.5 lr 0.2", "run",
      "compare relu sigmoid", "lesson 3", "plot relu leaky'", "forward relu' -1 0 1",
    ]
    let original = try relulab(
      ["--json", "-e", "set alpha 0.05; set lr 0.3; record class.relu"]
        + commands.flatMap { ["-e", $0] } + ["-e", "record stop"], directory: dir)
    #expect(original.status == 0, "\(original.stderr)")
    let lines = original.stdout.split(separator: "\n").map(String.init)
    let start = try #require(lines.firstIndex { $0.contains(#""cmd":"record""#) })
    let recorded = Array(lines[(start + 1)..<(lines.count - 1)])
    #expect(recorded.count > commands.count)  // lesson 3 is many commands

    let file = try String(contentsOf: dir.appendingPathComponent("class.relu"), encoding: .utf8)
    #expect(file.hasPrefix("# ReluLab "))
    #expect(file.contains("\nset alpha 0.05\nset elu-alpha 1\nset beta 1\nset lr 0.3\n"))
    #expect(!file.contains("\nrecord "))
    let header = file.split(separator: "\n").prefix { $0 != "# The commands:" }
    let setUp = header.filter { !$0.hasPrefix("#") }.count

    let replay = try relulab(["--json", "class.relu"], directory: dir)
    #expect(replay.status == 0, "\(replay.stderr)")
    let replayed = replay.stdout.split(separator: "\n").map(String.init)
    #expect(replayed.count == setUp + recorded.count)
    #expect(Array(replayed.dropFirst(setUp)) == recorded)
  }

  /// kill -9 in the middle of a session: every command run so far is in the
  /// file, which replays.
  @Test func killMinusNineLosesNothingAlreadyRun() throws {
    let dir = try folder("kill")
    defer { try? FileManager.default.removeItem(at: dir) }
    let process = Process()
    process.environment = TestEnvironment.isolated()
    process.executableURL = productsDirectory.appendingPathComponent("relulab")
    process.arguments = ["--keep-going"]
    process.currentDirectoryURL = dir
    let input = Pipe()
    process.standardInput = input
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    let lines = ["record s.relu", "set alpha 0.3", "use leaky", "feed 1 -2 0.5", "bogus", "step 2"]
    input.fileHandleForWriting.write(Data(lines.map { $0 + "\n" }.joined().utf8))
    input.fileHandleForWriting.write(Data("decay leaky from 0.9 to 0.5\nstep 2\n".utf8))
    let path = dir.appendingPathComponent("s.relu")
    var text = ""
    for _ in 0..<200 where !text.hasSuffix("step 2\n") {
      Thread.sleep(forTimeInterval: 0.02)
      text = (try? String(contentsOf: path, encoding: .utf8)) ?? ""
    }
    let kill = Process()
    kill.environment = TestEnvironment.isolated()
    kill.executableURL = URL(fileURLWithPath: "/bin/kill")
    kill.arguments = ["-9", String(process.processIdentifier)]
    try kill.run()
    kill.waitUntilExit()
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == 9)
    text = try String(contentsOf: path, encoding: .utf8)
    let commands = text.split(separator: "\n").drop { $0 != "# The commands:" }.dropFirst()
    #expect(
      Array(commands) == [
        "set alpha 0.3", "use leaky", "feed 1 -2 0.5", "decay leaky from 0.9 to 0.5", "step 2",
      ])
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path)
    #expect(leftovers == ["s.relu"])
    let replay = try relulab(["--json", "s.relu"], directory: dir)
    #expect(replay.status == 0, "\(replay.stderr)")
    #expect(replay.stdout.contains(#"{"cmd":"step","step":2,"z":0.49999999999999994,"#))
  }
}
