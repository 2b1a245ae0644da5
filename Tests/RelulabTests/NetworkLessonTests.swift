import Foundation
import Testing

/// Lesson 6 tells the class what its commands show; these tests hold the
/// program's numbers to each claim it makes, so the story cannot drift from
/// the output when the network code changes.
@Suite struct NetworkLessonTests {
  /// The lesson's echoed commands (from its text) and its results (from its JSON).
  private struct Played {
    var commands: [String]
    var objects: [[String: Any]]

    /// The `train` commands' epoch rows, one list per command, in order.
    func trainRuns() throws -> [[[String: Any]]] {
      let counts = try commands.filter { $0.hasPrefix("train ") }.map { command in
        try #require(Int(command.split(separator: " ")[1]), "\(command) names its epochs")
      }
      let rows = objects.filter { $0["cmd"] as? String == "train" }
      try #require(rows.count == counts.reduce(0, +), "one row per epoch")
      var runs: [[[String: Any]]] = []
      var start = 0
      for count in counts {
        runs.append(Array(rows[start..<start + count]))
        start += count
      }
      return runs
    }

    /// The objects a command of `kind` gave, in order.
    func rows(_ kind: String) -> [[String: Any]] {
      objects.filter { $0["cmd"] as? String == kind }
    }
  }

  private func play(_ language: String) throws -> Played {
    let text = try relulab(["--lesson", "6", "--lang", language])
    #expect(text.status == 0, "\(text.stderr)")
    let commands = text.stdout.split(separator: "\n").filter { $0.hasPrefix("relulab> ") }
      .map { String($0.dropFirst("relulab> ".count)) }
    let json = try relulab(["--json", "--lesson", "6", "--lang", language])
    #expect(json.status == 0, "\(json.stderr)")
    let objects = try json.stdout.split(separator: "\n").map {
      try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
    return Played(commands: commands, objects: objects)
  }

  private func number(_ row: [String: Any], _ key: String) throws -> Double {
    try #require(row[key] as? Double, "\(key) in \(row)")
  }

  /// The Chinese lesson tells the same experiment: the same commands, in order.
  @Test func bothLanguagesRunTheSameCommands() throws {
    let english = try play("en")
    let chinese = try play("zh")
    #expect(english.commands.count > 10)
    #expect(chinese.commands == english.commands)
  }

  @Test func theLessonSaysWhatItsReluRunsShow() throws {
    let played = try play("en")
    let nets = played.rows("net")
    try #require(nets.count == 3)
    // Half of the unit-point pairs are active at the start, exactly.
    for net in nets { #expect(try number(net, "active") == 0.5) }
    let runs = try played.trainRuns()
    try #require(runs.count == 6)
    let width = 64.0

    // The gentle rate: the loss falls and the dead column stays at or near 0.
    let gentle = runs[0]
    let initial = try number(nets[0], "loss")
    #expect(try number(gentle.last!, "loss") < initial / 10)
    for row in gentle { #expect(try number(row, "dead") <= 2) }

    // Too big a rate: epoch by epoch the loss leaps above where it started
    // and the dead count climbs, then the units are all dead (as the
    // lesson's "with every unit dead" says) and the loss stays at the
    // target's variance, close to 1/2.
    let first = runs[1]
    let big = runs[1] + runs[2]
    #expect(try first.map { try number($0, "loss") }.max()! > 10 * initial)
    let dying = try first.map { try number($0, "dead") }
    #expect(dying.last! > dying[0])
    #expect(try number(big.last!, "dead") == width)
    #expect(abs(try number(big.last!, "loss") - 0.5) < 0.01)

    // Training on at the gentle rate brings none back.
    let after = runs[3]
    var dead = try big.map { try number($0, "dead") }
    dead += try after.map { try number($0, "dead") }
    #expect(zip(dead, dead.dropFirst()).allSatisfy { $0 <= $1 }, "the dead count never goes down")
    #expect(dead.last == width)

    // The sweep: the small rates keep nearly all their units, the large lose most.
    let sweep = try #require(played.rows("sweep").first?["rows"] as? [[String: Any]])
    for row in sweep {
      let lr = try number(row, "lr")
      let lost = try number(row, "dead")
      if lr <= 0.1 { #expect(lost <= 2, "lr \(lr)") } else { #expect(lost > width / 2, "lr \(lr)") }
    }
  }

  @Test func theLessonSaysWhatItsLeakyRunsShow() throws {
    let played = try play("en")
    let width = 64.0
    // No leaky unit is dead, yet at the large rates the units are inactive.
    let sweeps = played.rows("sweep")
    try #require(sweeps.count == 2)
    let sweep = try #require(sweeps[1]["rows"] as? [[String: Any]])
    for row in sweep {
      let lr = try number(row, "lr")
      #expect(try number(row, "dead") == 0)
      if lr > 0.1 { #expect(try number(row, "inactive") == width, "lr \(lr)") }
    }
    // The large rate, then on at the gentle one: the loss creeps down while
    // every unit stays inactive, and it stays above the best line's loss.
    let runs = try played.trainRuns()
    let gentle = runs[5]
    for row in runs[4].suffix(1) + gentle { #expect(try number(row, "inactive") == width) }
    let losses = try gentle.map { try number($0, "loss") }
    #expect(zip(losses, losses.dropFirst()).allSatisfy { $0 > $1 }, "the loss creeps down")
    #expect(losses.last! > bestLineLoss(points: 200))
  }

  /// The least mean squared error of a line a * x + b fitted to sin(pi x) at
  /// `points` evenly spaced points on [-1, 1]: the variance of y minus
  /// cov(x, y)^2 / var(x).
  private func bestLineLoss(points: Int) -> Double {
    let x = (0..<points).map { -1 + 2 * Double($0) / Double(points - 1) }
    let y = x.map { sin(Double.pi * $0) }
    let n = Double(points)
    let mx = x.reduce(0, +) / n
    let my = y.reduce(0, +) / n
    let vx = x.map { ($0 - mx) * ($0 - mx) }.reduce(0, +) / n
    let vy = y.map { ($0 - my) * ($0 - my) }.reduce(0, +) / n
    let cxy = zip(x, y).map { ($0 - mx) * ($1 - my) }.reduce(0, +) / n
    return vy - cxy * cxy / vx
  }
}
