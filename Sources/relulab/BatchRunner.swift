import ReluCore

/// One thing to run in batch mode, in command-line order.
enum BatchInput: Equatable {
  case file(String)
  case commands(String)
}

/// Runs script files and `-e` commands in the order given, stopping at the
/// first failure unless told to keep going.
///
/// An `-e` command counts as typed
/// by the person; a file is a script (``WriteRules``).
struct BatchRunner {
  var runner: SessionRunner

  /// - Returns: the exit status: 0 if every command succeeded, 1 if one failed,
  ///   2 if a script named on the command line cannot be read (then nothing runs).
  mutating func run(_ inputs: [BatchInput]) -> Int32 {
    var scripts: [String: ScriptFile] = [:]
    for case .file(let path) in inputs where scripts[path] == nil {
      do {
        scripts[path] = try runner.interpreter.fileSystem.read(path: path)
      } catch {
        runner.printer.printInvocationError(error.description, file: path)
        return 2
      }
    }
    for input in inputs {
      let goOn: Bool
      switch input {
      case .file(let path):
        guard let script = scripts[path] else { continue }
        goOn = runner.run(script: script, path: path)
      case .commands(let text):
        goOn = runner.run(Source(name: "-e", text: text, origin: .typed))
      }
      if !goOn { break }
    }
    return runner.failed ? 1 : 0
  }

  /// The files and `-e` commands in the order they stand in `arguments`.
  ///
  /// ArgumentParser collects them into two lists and loses their order. Falls back to files first when the arguments cannot be replayed.
  static func order(arguments: [String], files: [String], commands: [String]) -> [BatchInput] {
    var inputs: [BatchInput] = []
    var index = 0
    var onlyFiles = false
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if onlyFiles {
        inputs.append(.file(argument))
      } else if argument == "--" {
        onlyFiles = true
      } else if argument == "-e" || argument == "--execute", index < arguments.count {
        inputs.append(.commands(arguments[index]))
        index += 1
      } else if argument.hasPrefix("--execute=") {
        inputs.append(.commands(String(argument.dropFirst("--execute=".count))))
      } else if argument.hasPrefix("-"), argument != "-" {
        continue  // a flag
      } else {
        inputs.append(.file(argument))
      }
    }
    let replayedFiles = inputs.compactMap { if case .file(let f) = $0 { f } else { nil } }
    let replayedCommands = inputs.compactMap { if case .commands(let c) = $0 { c } else { nil } }
    guard replayedFiles == files, replayedCommands == commands else {
      return files.map(BatchInput.file) + commands.map(BatchInput.commands)
    }
    return inputs
  }
}
