import Foundation
import Testing

/// Every `relulab` command in the README's code blocks runs and exits 0,
/// but those listed in ``skipped`` with the reason.
@Suite struct ReadmeCommandsTests {
  /// README commands not run here, and why.
  static let skipped: [String: String] = [
    "swift run relulab": "opens the lab, which waits for keys",
    "relulab --lesson 2": "opens the lab at the lesson, which waits for keys",
    "relulab --lesson dying --lang zh": "opens the lab at the lesson, which waits for keys",
    #"swift run relulab -e "born width 2 depth 10 trials 100 train 200 seed 1""#:
      "trains 100 networks of depth 10: about half a minute in a debug build",
  ]

  /// A `relulab` or `swift run relulab` at a command's start.
  private static var invocation: Regex<(Substring, Substring, Substring)> {
    #/(^|[|;&]\s*)(swift run relulab|relulab)(?=\s|$)/#
  }

  /// The lines of the README's code blocks that run relulab, without their
  /// `# comments`.
  static func commands(in readme: String) -> [String] {
    var inBlock = false
    var commands: [String] = []
    for line in readme.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("```") {
        inBlock.toggle()
        continue
      }
      guard inBlock else { continue }
      let command = withoutComment(String(line))
      if command.contains(Self.invocation) { commands.append(command) }
    }
    return commands
  }

  /// `line` up to a `#` that starts a comment (after a blank, outside quotes),
  /// without trailing blanks.
  static func withoutComment(_ line: String) -> String {
    var quote: Character?
    var previous: Character = " "
    var kept = ""
    for character in line {
      if let open = quote {
        if character == open { quote = nil }
      } else if character == "\"" || character == "'" {
        quote = character
      } else if character == "#", previous == " " {
        break
      }
      kept.append(character)
      previous = character
    }
    return String(kept.reversed().drop { $0 == " " }.reversed())
  }

  @Test func theCommandsAreFound() throws {
    let readme = try String(
      contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let commands = Self.commands(in: readme)
    #expect(commands.contains(#"swift run relulab -e "compare""#))
    #expect(commands.contains(#"echo "feed random 1000 seed 7" | swift run relulab --json"#))
    #expect(commands.contains("relulab --lesson 2 --plain"))
    #expect(!commands.contains { $0.contains("experimental-install") })
    for skipped in Self.skipped.keys {
      #expect(commands.contains(skipped), "the README still shows \(skipped)")
    }
    #expect(Self.withoutComment("relulab -e 'a # b'  # c") == "relulab -e 'a # b'")
  }

  @Test func everyCommandInTheReadmeRuns() throws {
    let readme = try String(
      contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let binary = productsDirectory.appendingPathComponent("relulab").path
    let commands = Self.commands(in: readme).filter { Self.skipped[$0] == nil }
    #expect(commands.count >= 12)
    for line in commands {
      // The folders a redirection into the home writes to, as the README's
      // mkdir lines (or fish itself) make them.
      for match in line.matches(of: #/>\s*~/(\S+)/[^/\s]+/#) {
        try FileManager.default.createDirectory(
          at: TestEnvironment.home.appendingPathComponent(String(match.1)),
          withIntermediateDirectories: true)
      }
      let runnable = line.replacing(Self.invocation) { match in
        String(match.1) + TmuxPane.quoted(binary)
      }
      let run = try command("/bin/sh", ["-c", runnable], stdin: "", directory: packageRoot)
      #expect(run.status == 0, "\(line): \(run.stderr)")
      // It ran: every command shown prints something, or writes its file.
      #expect(!run.stdout.isEmpty || line.contains(">"), "\(line)")
    }
  }
}
