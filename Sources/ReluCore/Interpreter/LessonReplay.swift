/// What makes a lesson's replay faithful: the lab shows pause N by running
/// the lesson again (``LessonPlayer``), and the run must come out as the
/// first one did and leave the files as they are.
///
/// It is part of the session (``Interpreter/replay``), so a frame carries it:
/// a run going on from a pause draws on from where that pause's generator
/// stood, and a replay from the start begins again at the lesson's seed.
package struct LessonReplay: Sendable {
  /// Where unseeded `feed random N` and `net` take their seeds: seeded once
  /// when the lesson starts, so every run of it draws the same.
  var generator: SplitMix64
  /// The file writes (`export`, `record` and a recording's saves) this run
  /// has come to.
  package internal(set) var writes = 0
  /// How many of a run's writes have been made already, by this run or an
  /// earlier one: a write up to there is not made again.
  package internal(set) var writesMade = 0

  /// A lesson's replay state at its start: drawing from `seed`, and with
  /// the first `writesMade` writes made already (by an earlier run).
  package init(seed: UInt64, writesMade: Int = 0) {
    generator = SplitMix64(seed: seed)
    self.writesMade = writesMade
  }

  /// This state for a run that writes nothing at all (counting pauses).
  package var writingNothing: LessonReplay {
    var copy = self
    copy.writesMade = .max
    return copy
  }
}

extension Interpreter {
  /// A seed for a draw the command did not seed: the lesson's next one while
  /// a lesson is played, else the system's; short enough to retype.
  mutating func unseededDraw() -> UInt64 {
    guard var replay else {
      var system = SystemRandomNumberGenerator()
      return system.next() >> 12
    }
    let seed = replay.generator.next() >> 12
    self.replay = replay
    return seed
  }

  /// Writes a command's file, unless this is a lesson's replay and the run
  /// made this write already: then the file is left as that write left it.
  mutating func write(_ contents: String, to path: String) throws(FileError) {
    try writeOnce { (fileSystem) throws(FileError) in try fileSystem.write(contents, to: path) }
  }

  /// Makes a command's write through the file system, unless this is a
  /// lesson's replay and the run made this write already.
  mutating func writeOnce(
    _ write: (any FileSystem) throws(FileError) -> Void
  ) throws(FileError) {
    guard var replay else { return try write(fileSystem) }
    replay.writes += 1
    defer { self.replay = replay }
    guard replay.writes > replay.writesMade else { return }
    try write(fileSystem)
    replay.writesMade = replay.writes
  }

  /// Sets the session up for a lesson's runs (``LessonPlayer`` does).
  package mutating func beginReplay(_ state: LessonReplay?) {
    replay = state
  }

  /// The session after a played lesson: draws and writes as usual again.
  package mutating func endReplay() {
    replay = nil
  }
}
