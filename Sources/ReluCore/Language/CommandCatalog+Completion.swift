extension CommandCatalog {
  /// The words that may come next in one command, for Tab completion.
  ///
  /// `words` are the command's words so far (the first is the command, by its
  /// name or an alias); the answer follows what the parser accepts there:
  /// command names first; after `set`, the settings, then the named values
  /// (`grad0 left|right`, `canvas ascii|braille`, `yrange auto`); the functions
  /// for `use`, `forward`, `decay` and `compare`, the eight series for `plot`;
  /// the keywords `random`, `seed`, `from`, `to` and `lr` where they fit. Where
  /// only a number, a file name or free text can come, or the command is
  /// complete or unknown, there is nothing to offer.
  /// - Parameter words: The command's words before the one being completed.
  /// - Returns: The candidates in the order help lists them, without repeats.
  /// - Complexity: O(`words.count` + vocabulary size).
  package static func completions(after words: [String]) -> [String] {
    guard let head = words.first else { return commandNames }
    guard let info = info(named: head) else { return [] }
    let arguments = Array(words.dropFirst())
    switch info.name {
    case "set": return settingCompletions(after: arguments)
    case "use":
      return arguments.isEmpty ? ActivationKind.allCases.filter(\.isRectifier).map(\.rawValue) : []
    case "feed", "backward": return vectorCompletions(after: arguments[...])
    case "forward":
      return arguments.isEmpty ? functionKinds : vectorCompletions(after: arguments.dropFirst())
    case "plot": return functionNames.filter { !arguments.contains($0) }
    case "decay": return decayCompletions(after: arguments)
    case "compare": return compareCompletions(after: arguments)
    case "help": return arguments.isEmpty ? commandNames : []
    case "export": return arguments.isEmpty ? ExportFormat.allCases.map(\.rawValue) : []
    default: return []
    }
  }

  /// The four functions by name: `relu leaky sigmoid tanh`.
  private static var functionKinds: [String] { ActivationKind.allCases.map(\.rawValue) }

  private static func settingCompletions(after arguments: [String]) -> [String] {
    guard let setting = arguments.first else { return settingNames }
    guard arguments.count == 1 else { return [] }
    switch setting {
    case "grad0": return GradientAtZero.allCases.map(\.rawValue)
    case "canvas": return PlotRendering.allCases.map(\.rawValue)
    case "yrange": return ["auto"]
    default: return []  // a number
    }
  }

  /// A vector: numbers, or `random N [seed S]`.
  private static func vectorCompletions(after arguments: ArraySlice<String>) -> [String] {
    if arguments.isEmpty { return ["random"] }
    return arguments.count == 2 && arguments.first == "random" ? ["seed"] : []
  }

  /// `decay F from A to B [lr ETA]`.
  private static func decayCompletions(after arguments: [String]) -> [String] {
    switch arguments.count {
    case 0: functionKinds
    case 1: ["from"]
    case 3 where arguments[1] == "from": ["to"]
    case 5 where arguments[1] == "from" && arguments[3] == "to": ["lr"]
    default: []
    }
  }

  /// `compare [F...] [from A to B] [lr ETA]`.
  private static func compareCompletions(after arguments: [String]) -> [String] {
    let named = arguments.prefix { ActivationKind(rawValue: $0) != nil }
    let rest = arguments.dropFirst(named.count)
    guard let first = rest.first else {
      return functionKinds.filter { !named.contains($0) } + ["from", "lr"]
    }
    guard first == "from" else { return [] }
    switch rest.count {
    case 2: return ["to"]
    case 4 where rest.dropFirst(2).first == "to": return ["lr"]
    default: return []
    }
  }
}
