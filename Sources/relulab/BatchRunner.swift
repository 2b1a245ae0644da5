import ReluCore

/// Runs script files and `-e` commands in order, stopping at the first failure
/// unless told to keep going.
struct BatchRunner {
  var printer: ResultPrinter
  var keepGoing: Bool

  /// - Returns: the exit status: 0 if every command succeeded, else 1.
  func run(files: [String], commands: [String], interpreter: inout Interpreter) -> Int32 {
    var failed = false
    var sources: [() -> Source?] = files.map { path in
      {
        do {
          let file = try RealFileSystem().read(path: path)
          return Source(name: path, bytes: file.bytes, directory: Interpreter.directory(of: path))
        } catch {
          StandardStreams.err("relulab: \(error)\n")
          return nil
        }
      }
    }
    sources += commands.map { text in { Source(name: "-e", text: text) } }
    for makeSource in sources {
      guard let source = makeSource() else {
        failed = true
        if keepGoing { continue } else { break }
      }
      let summary = interpreter.run(source, keepGoing: keepGoing) { event in
        printer.print(event)
        return .proceed
      }
      if summary.failures > 0 { failed = true }
      if summary.stopped && (summary.failures == 0 || !keepGoing) { break }
    }
    return failed ? 1 : 0
  }
}
