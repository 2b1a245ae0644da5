@testable import ReluCore

/// Scripts served from memory, for `load` tests; writes are refused unless
/// `acceptsWrites`, and then discarded.
struct MemoryScripts: RecordingByWrites {
  var files: [String: String]
  var acceptsWrites = false

  func read(path: String) throws(FileError) -> ScriptFile {
    guard let text = files[path] else {
      throw FileError(
        path: path, reason: .system(Platform.ErrorNumber.noSuchFile), operation: .read)
    }
    return ScriptFile(canonicalPath: path, bytes: Array(text.utf8))
  }

  func write(_ contents: String, to path: String) throws(FileError) {
    guard !acceptsWrites else { return }
    throw FileError(
      path: path,
      reason: .refused(
        Words(en: "this test's file system is read-only", zh: "这个测试的文件系统是只读的")))
  }

  func exists(_ path: String) -> Bool { files[path] != nil }

}

/// Parses one command, which must parse.
func parseOne(_ text: String) throws -> Command {
  let results = Parser.parse(Source(name: "t", text: text))
  guard results.count == 1 else { throw TestFailure("expected 1 statement, got \(results.count)") }
  return try results[0].get().command
}

/// The diagnostic for a source that must fail to parse.
func parseError(_ text: String) throws -> Diagnostic {
  let source = Source(name: "t.relu", text: text)
  for result in Parser.parse(source) {
    if case .failure(let error) = result { return Diagnostic(error, in: source, language: .en) }
  }
  throw TestFailure("expected a parse error in \(text)")
}

struct TestFailure: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

extension Interpreter {
  /// Runs `text` as typed, going on after errors, and returns its events.
  mutating func typed(_ text: String) -> [InterpreterEvent] {
    run(Source(name: "t", text: text, origin: .typed), keepGoing: true)
  }

  /// The messages of the failures among `events`.
  static func failures(_ events: [InterpreterEvent]) -> [String] {
    events.compactMap {
      if case .failure(let diagnostic) = $0 { return diagnostic.message }
      return nil
    }
  }

  /// Runs `text` and returns the outputs, failing on any error.
  mutating func outputs(_ text: String, name: String = "t") throws -> [CommandOutput] {
    var outputs: [CommandOutput] = []
    for event in run(Source(name: name, text: text)) {
      switch event {
      case .output(let output, _): outputs.append(output)
      case .echo, .note: break
      case .failure(let diagnostic):
        throw TestFailure(diagnostic.renderedLines.joined(separator: "\n"))
      }
    }
    return outputs
  }

  /// Runs `text` and returns its lines as batch mode prints them: each output
  /// in its context (digits, and the plots drawn at the plot size), and notes.
  mutating func printed(_ text: String, name: String = "t") throws -> [String] {
    var lines: [String] = []
    for event in run(Source(name: name, text: text)) {
      switch event {
      case .output(let output, let context):
        lines += TextReport.lines(for: output, in: context).map(\.text)
      case .note(let note): lines.append("note: " + note)
      case .echo: break
      case .failure(let diagnostic):
        throw TestFailure(diagnostic.renderedLines.joined(separator: "\n"))
      }
    }
    return lines
  }

  /// Runs `text`, which must fail, and returns the first diagnostic.
  mutating func failure(_ text: String, name: String = "t") throws -> Diagnostic {
    for event in run(Source(name: name, text: text)) {
      if case .failure(let diagnostic) = event { return diagnostic }
    }
    throw TestFailure("expected \(text) to fail")
  }
}

extension Diagnostic {
  /// The three lines the one diagnostic renderer makes.
  var renderedLines: [String] { TextReport.lines(for: self).map(\.text) }
  /// The caret line alone.
  var caretLine: String { renderedLines[2] }
}

extension InterpreterEvent {
  /// The output, when the event is one.
  var output: CommandOutput? {
    if case .output(let output, _) = self { return output }
    return nil
  }
}

/// A test file system whose recordings are plain writes: `startRecording`
/// refuses an existing file without replace or append, as the real one does,
/// and each command is written as it comes.
protocol RecordingByWrites: FileSystem {}

extension RecordingByWrites {
  func startRecording(
    _ header: String, at path: String, mode: RecordMode, limit: Int
  ) throws(FileError) -> RecordingFile {
    if mode == .create, exists(path) {
      throw FileError(path: path, reason: .recordingExistsNow)
    }
    try write(header, to: path)
    return RecordingFile(path: path, identity: nil, size: header.utf8.count, appended: false)
  }

  func continueRecording(
    _ file: RecordingFile, with text: String
  ) throws(FileError) -> RecordingFile {
    try write(text, to: file.path)
    var next = file
    next.size += text.utf8.count
    return next
  }
}
