import ReluCore
import ReluTerminal

/// Reads commands from standard input line by line, running each line as it
/// arrives: the plain prompt when a person types at a terminal, batch mode
/// for a pipe. (A script file, by contrast, is checked whole before it runs.)
struct LineLoop {
  var runner: SessionRunner
  /// Whether a person is typing: show a prompt, and go on after errors.
  var prompt: Bool
  /// Standard input, shared by the loop and `pause`.
  private let input = StandardInput()
  /// The line editor when standard input and output are terminals; nil
  /// reads lines as they come.
  var editor: PlainPrompt?

  /// Notes said under the prompt's greeting (the language asked for was
  /// not the one shown).
  var notes: [String] = []

  init(runner: SessionRunner, prompt: Bool, editor: PlainPrompt? = nil, notes: [String] = []) {
    self.runner = runner
    self.prompt = prompt
    self.editor = editor
    self.notes = notes
  }

  /// - Returns: the exit status: 0 if every command succeeded (always, at a
  ///   prompt), else 1.
  mutating func run() -> Int32 {
    if prompt {
      let language = runner.interpreter.language
      StandardStreams.prompt(
        CommandLineMessage.plainGreeting(version: ReluLabVersion.current).words(language) + "\n")
      for note in notes { StandardStreams.prompt(note + "\n") }
      runner.onPause = { [input] _, language in  // its text, if any, was printed as narration
        StandardStreams.prompt(CommandLineMessage.pausedPressEnter.words(language))
        _ = input.readLine()
      }
    }
    var lineNumber = 0
    while true {
      if let editor {
        StandardStreams.flush()  // the output so far, before the prompt
        editor.language = runner.interpreter.language
        guard let line = editor.readLine(prompt: "relulab> ") else {
          if let signal = editor.endingSignal { return 128 + signal }
          break
        }
        lineNumber += 1
        // Ctrl-C stops the line's command, Ctrl-Z suspends (LabSignals).
        LabSignals.beginWork()
        let goOn = runner.run(
          Source(name: "<input>", text: line, firstLine: lineNumber, origin: .typed))
        LabSignals.endWork()
        if let signal = LabSignals.endingSignal { return 128 + signal }
        guard goOn else { break }
        continue
      }
      if prompt { StandardStreams.prompt("relulab> ") }
      // Waits for input in slices, so an ending signal is noticed meanwhile.
      StandardStreams.flush()
      while !input.hasBuffered,
        !Platform.waitForInput(Platform.standardInput, timeoutMilliseconds: 200)
      {
        if let signal = LabSignals.endingSignal { return 128 + signal }
      }
      if prompt { LabSignals.beginWork() }
      defer { if prompt { LabSignals.endWork() } }
      guard let line = input.readLine() else {
        if prompt { StandardStreams.prompt("\n") }
        break
      }
      lineNumber += 1
      let name = prompt ? "<input>" : "<stdin>"
      let goOn: Bool
      switch line {
      case .line(let bytes):
        // Typed at a terminal, the person's own; piped in, a script.
        let origin: SourceOrigin = prompt ? .typed : .script
        goOn = runner.run(Source(name: name, bytes: bytes, firstLine: lineNumber, origin: origin))
      case .tooLong:
        let limit = "\(RealFileSystem.maxBytes >> 20) MiB"
        let error = CommandError(
          CommandLineMessage.lineTooLong(limit: limit).words, at: SourceRange(start: 0, end: 0))
        goOn = runner.report(error, in: Source(name: name, text: "", firstLine: lineNumber))
        if goOn { input.skipRestOfLine() }
      }
      guard goOn else { break }
    }
    return runner.failed && !prompt ? 1 : 0
  }
}

/// Standard input a line at a time, each bounded as a script is.
final class StandardInput {
  /// A line read.
  enum Line {
    /// Its bytes, without the line break.
    case line([UInt8])
    /// A line longer than the limit: what was read of it is dropped;
    /// ``skipRestOfLine()`` reads past the rest.
    case tooLong
  }

  private var reader = LineReader(descriptor: Platform.standardInput)

  /// The next line, or nil at the end of the input.
  ///
  /// Flushes standard output first, so a prompt shows before the wait.
  func readLine() -> Line? {
    StandardStreams.flush()
    switch reader.next() {
    case .line(let bytes): return .line(bytes)
    case .tooLong: return .tooLong
    case .end: return nil
    }
  }

  /// Whether a line (or the end) can be had without waiting for a read.
  var hasBuffered: Bool { reader.hasBuffered }

  /// Reads and drops the rest of a line that was too long.
  func skipRestOfLine() { reader.skipRestOfLine() }
}
