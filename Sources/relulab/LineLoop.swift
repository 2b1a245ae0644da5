import ReluCore
import ReluTerminal

/// Reads commands from standard input line by line, running each line as it
/// arrives: the plain prompt when a person types at a terminal, batch mode
/// for a pipe. (A script file, by contrast, is checked whole before it runs.)
struct LineLoop {
  var runner: SessionRunner
  /// Whether a person is typing: show a prompt, and go on after errors.
  var prompt: Bool
  /// The line editor when standard input and output are terminals; nil
  /// reads lines as they come.
  var editor: PlainPrompt?

  /// - Returns: the exit status: 0 if every command succeeded (always, at a
  ///   prompt), else 1.
  mutating func run() -> Int32 {
    if prompt {
      StandardStreams.out(
        "ReluLab \(ReluLabVersion.current): type help for the commands, quit to leave.\n")
      runner.onPause = {
        StandardStreams.out("(paused: press Enter to go on) ")
        _ = readLine()
      }
    }
    var lineNumber = 0
    while true {
      if let editor {
        guard let line = editor.readLine(prompt: "relulab> ") else {
          if let signal = editor.endingSignal { return 128 + signal }
          break
        }
        lineNumber += 1
        guard runner.run(Source(name: "<input>", text: line, firstLine: lineNumber)) else { break }
        continue
      }
      if prompt { StandardStreams.out("relulab> ") }
      guard let line = readLine(strippingNewline: true) else {
        if prompt { StandardStreams.out("\n") }
        break
      }
      lineNumber += 1
      let name = prompt ? "<input>" : "<stdin>"
      guard runner.run(Source(name: name, text: line, firstLine: lineNumber)) else { break }
    }
    return runner.failed && !prompt ? 1 : 0
  }
}
