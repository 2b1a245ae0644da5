import ReluCore

/// Reads commands from standard input line by line: the plain REPL when a
/// person types at a terminal (with a prompt), batch mode for a pipe.
struct LineLoop {
  var printer: ResultPrinter
  var keepGoing: Bool
  var prompt: Bool

  /// - Returns: the exit status: 0 if every command succeeded, else 1.
  func run(interpreter: inout Interpreter) -> Int32 {
    if prompt {
      StandardStreams.out(
        "ReluLab \(ReluLabVersion.current): type help for the commands, quit to leave.\n")
    }
    var failed = false
    var lineNumber = 0
    while true {
      if prompt { StandardStreams.out("relulab> ") }
      guard let line = readLine(strippingNewline: true) else { break }
      lineNumber += 1
      let source = Source(name: prompt ? "<input>" : "<stdin>", text: line, firstLine: lineNumber)
      let summary = interpreter.run(source, keepGoing: keepGoing) { event in
        printer.print(event)
        if case .output(.pause) = event, prompt {
          StandardStreams.out("(paused: press Enter to go on) ")
          _ = readLine()
        }
        return .proceed
      }
      if summary.failures > 0 {
        failed = true
        if !keepGoing { break }
      }
      if summary.stopped && summary.failures == 0 { break }
    }
    if prompt { StandardStreams.out("\n") }
    return failed && !prompt ? 1 : 0
  }
}
