/// A change to the input line.
package enum EditAction: Sendable, Equatable {
  case insert(String)
  case left
  case right
  case home
  case end
  case wordLeft
  case wordRight
  case backspace
  case delete
  case killToEnd
  case killToStart
  case killWord
  case yank
}

/// What a key press asks the lab to do.
package enum LabAction: Sendable, Equatable {
  /// Edit the input line.
  case edit(EditAction)
  /// Run the input line (Enter).
  case submit
  /// Complete the word before the cursor (Tab).
  case complete
  /// The previous history entry (Up).
  case historyPrevious
  /// The next history entry (Down).
  case historyNext
  /// Ctrl-R: search the history backwards as you type.
  case historySearch
  /// Ctrl-C: stop the animation, or clear the input line.
  case cancel
  /// Ctrl-D on an empty line.
  case quit
  /// Ctrl-L: repaint the whole screen.
  case redraw
  /// Ctrl-Z: give the terminal back and stop, as job control does.
  case suspend
  /// PgUp and PgDn: scroll the output pane.
  case scrollUp
  case scrollDown
  /// F1, or `?` on an empty line.
  case help
  /// Exploring without typing: Leaky ReLU's alpha one notch down or up.
  case alphaDown
  case alphaUp
  /// One step of the decay simulation.
  case step
  /// Run the decay simulation, animated, until it settles or a key is pressed.
  case run
  /// Reset the session.
  case reset
  /// Show the next activity's view (F7).
  case nextView
  /// The terminal changed size.
  case resize
}

/// The lab's key bindings.
///
/// Typing never triggers an exploring action: those sit on function keys and
/// Alt combinations, except `?`, which shows help only on an empty line.
package enum KeyMap {
  /// One binding, for the help overlay.
  package struct Binding: Sendable, Equatable {
    package var keys: String
    package var meaning: String
  }

  /// The bindings in the order the help overlay shows them.
  package static let bindings: [Binding] = [
    Binding(keys: "F1", meaning: "this help (the commands: type help, or ?)"),
    Binding(keys: "F2 / F3  or  Alt-- / Alt-=", meaning: "alpha down / up a notch"),
    Binding(keys: "F4  or  Alt-s", meaning: "one decay step"),
    Binding(keys: "F5  or  Alt-r", meaning: "run the decay, animated (any key stops)"),
    Binding(keys: "F6  or  Alt-0", meaning: "reset the decay to its start"),
    Binding(keys: "F7  or  Alt-v", meaning: "the next view: plot, decay, race, net"),
    Binding(keys: "PgUp / PgDn", meaning: "scroll the output"),
    Binding(keys: "Up / Down", meaning: "history (with text typed: entries that start with it)"),
    Binding(keys: "Ctrl-R", meaning: "search the history; again: older; Enter runs, Esc undoes"),
    Binding(keys: "Tab", meaning: "complete the word; again: the next candidate"),
    Binding(keys: "Ctrl-A/E/B/F, Home/End", meaning: "move on the line"),
    Binding(keys: "Ctrl-K/U/W, Ctrl-Y", meaning: "cut to end / to start / a word, paste"),
    Binding(keys: "Ctrl-C", meaning: "stop the animation, or clear the line"),
    Binding(keys: "Ctrl-L", meaning: "repaint the screen"),
    Binding(keys: "Ctrl-D (empty line), quit", meaning: "leave the lab"),
  ]

  /// The short reminder on the status line.
  package static let hint = hint(fitting: .max)

  /// The reminder's items in screen order, each with its rank: the lowest
  /// ranks go first when the status line is short of room.
  private static let hintItems: [(text: String, rank: Int)] = [
    ("F1 help", 5), ("F2/F3 alpha", 1), ("F4 step", 3), ("F5 run", 4), ("F6 reset", 2),
    ("F7 view", 0),
  ]

  /// The reminder in at most `columns` columns: the items that fit, most
  /// needed kept (F1 help, then F5 run, F4 step...), in screen order; empty
  /// when not even F1 help fits.
  package static func hint(fitting columns: Int) -> String {
    var items = hintItems
    while !items.isEmpty {
      let text = items.map(\.text).joined(separator: "  ")
      if text.count <= columns { return text }
      let lowest = items.indices.min { items[$0].rank < items[$1].rank } ?? 0
      items.remove(at: lowest)
    }
    return ""
  }

  /// The action for a key.
  /// - Parameters:
  ///   - key: The key pressed.
  ///   - lineIsEmpty: Whether the input line is empty (for Ctrl-D).
  /// - Returns: The action, or nil for keys the lab ignores.
  package static func action(for key: Key, lineIsEmpty: Bool) -> LabAction? {
    switch key {
    case .character(let character): return .edit(.insert(String(character)))
    case .enter: return .submit
    case .tab: return .complete
    case .backspace: return .edit(.backspace)
    case .delete: return .edit(.delete)
    case .left: return .edit(.left)
    case .right: return .edit(.right)
    case .home: return .edit(.home)
    case .end: return .edit(.end)
    case .up: return .historyPrevious
    case .down: return .historyNext
    case .pageUp: return .scrollUp
    case .pageDown: return .scrollDown
    case .resize: return .resize
    case .escape: return .cancel
    case .function(1): return .help
    case .function(2), .alt("-"), .altDown: return .alphaDown
    case .function(3), .alt("="), .alt("+"), .altUp: return .alphaUp
    case .function(4), .alt("s"): return .step
    case .function(5), .alt("r"): return .run
    case .function(6), .alt("0"): return .reset
    case .function(7), .alt("v"): return .nextView
    case .alt("b"), .altLeft: return .edit(.wordLeft)
    case .alt("f"), .altRight: return .edit(.wordRight)
    case .control(let letter): return controlAction(letter, lineIsEmpty: lineIsEmpty)
    case .alt, .backTab, .insert, .function, .unknown: return nil
    }
  }

  private static func controlAction(_ letter: Character, lineIsEmpty: Bool) -> LabAction? {
    switch letter {
    case "a": .edit(.home)
    case "e": .edit(.end)
    case "b": .edit(.left)
    case "f": .edit(.right)
    case "k": .edit(.killToEnd)
    case "u": .edit(.killToStart)
    case "w": .edit(.killWord)
    case "y": .edit(.yank)
    case "h": .edit(.backspace)
    case "d": lineIsEmpty ? .quit : .edit(.delete)
    case "c": .cancel
    case "l": .redraw
    case "z": .suspend
    case "p": .historyPrevious
    case "n": .historyNext
    case "r": .historySearch
    default: nil
    }
  }
}
