import ReluCore

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
  /// The wheel: scroll the output pane back (positive) or on by lines.
  case scrollLines(Int)
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
  /// Put the trace cursor on the view shown, or take it off (F8).
  case trace
  /// Move the trace cursor: to a stop, to an end, or off.
  case traceMove(TraceMove)
  /// Move the trace cursor a column left (-1) or right (1); `fine`: a tenth
  /// of a column (on the decay, a step either way).
  case traceStep(Int, fine: Bool)
  /// A click at a screen cell: the cursor there, or a legend entry shown or hidden.
  case click(row: Int, column: Int)
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
    package var keys: Words
    package var meaning: Words
    /// The keys without their alternatives, for a narrow or short screen.
    package var shortKeys: Words

    init(keys: Words, meaning: Words, shortKeys: Words? = nil) {
      self.keys = keys
      self.meaning = meaning
      self.shortKeys = shortKeys ?? keys
    }
  }

  /// The bindings in the order the help overlay shows them.
  package static let bindings: [Binding] = [
    Binding(
      keys: .same("F1"),
      meaning: Words(
        en: "this help (the commands: type help, or ?)", zh: "本帮助（命令列表：输入 help 或 ?）")),
    Binding(
      keys: Words(en: "F2 / F3  or  Alt-- / Alt-=", zh: "F2 / F3  或  Alt-- / Alt-="),
      meaning: Words(en: "alpha down / up a notch", zh: "alpha 降 / 升一档"),
      shortKeys: .same("F2 / F3")),
    Binding(
      keys: Words(en: "F4  or  Alt-s", zh: "F4  或  Alt-s"),
      meaning: Words(en: "one decay step", zh: "梯度下降模拟走一步"), shortKeys: .same("F4")),
    Binding(
      keys: Words(en: "F5  or  Alt-r", zh: "F5  或  Alt-r"),
      meaning: Words(
        en: "run the decay, animated (any key stops)", zh: "动画运行梯度下降模拟（任意键停止）"),
      shortKeys: .same("F5")),
    Binding(
      keys: Words(en: "F6  or  Alt-0", zh: "F6  或  Alt-0"),
      meaning: Words(en: "reset the decay to its start", zh: "把梯度下降模拟重置到起点"),
      shortKeys: .same("F6")),
    Binding(
      keys: Words(en: "F7 / F8  or  Alt-v / Alt-t", zh: "F7 / F8  或  Alt-v / Alt-t"),
      meaning: Words(
        en: "next view / trace cursor (arrows, Tab, click move it)",
        zh: "切换视图 / 光标（方向键、Tab、点击移动）"),
      shortKeys: .same("F7 / F8")),
    Binding(
      keys: Words(en: "PgUp / PgDn, the wheel", zh: "PgUp / PgDn、滚轮"),
      meaning: Words(en: "scroll the output", zh: "滚动输出"), shortKeys: .same("PgUp / PgDn")),
    Binding(
      keys: .same("Up / Down"),
      meaning: Words(
        en: "history (with text typed: entries that start with it)",
        zh: "历史记录（已输入文字时：以它开头的记录）")),
    Binding(
      keys: .same("Ctrl-R"),
      meaning: Words(
        en: "search the history; again: older; Enter runs, Esc undoes",
        zh: "搜索历史；再按：更早；回车运行，Esc 取消")),
    Binding(
      keys: .same("Tab"),
      meaning: Words(
        en: "complete the word; again: the next candidate", zh: "补全单词；再按：下一个候选")),
    Binding(
      keys: .same("Ctrl-A/E/B/F, Home/End"),
      meaning: Words(en: "move on the line", zh: "在行内移动"), shortKeys: .same("Ctrl-A/E/B/F")),
    Binding(
      keys: .same("Ctrl-K/U/W, Ctrl-Y"),
      meaning: Words(
        en: "cut to end / to start / a word, paste", zh: "剪切到行尾 / 到行首 / 前一个词 / 粘贴"),
      shortKeys: .same("Ctrl-K/U/W/Y")),
    Binding(
      keys: .same("Ctrl-C"),
      meaning: Words(en: "stop the animation, or clear the line", zh: "停止动画，或清空这一行")),
    Binding(
      keys: .same("Ctrl-L"), meaning: Words(en: "repaint the screen", zh: "重画屏幕")),
    Binding(
      keys: Words(en: "Ctrl-D (empty line), quit", zh: "Ctrl-D（空行时）、quit"),
      meaning: Words(en: "leave the lab", zh: "退出 ReluLab"),
      shortKeys: Words(en: "Ctrl-D, quit", zh: "Ctrl-D、quit")),
  ]

  /// The short reminder on the status line.
  package static let hint = hint(fitting: .max)

  /// The reminder's items in screen order, each with its rank: the lowest
  /// ranks go first when the status line is short of room.
  ///
  /// F7 is not among them: the rule above the output names it with the views
  /// it goes to.
  private static let hintItems: [(text: Words, rank: Int)] = [
    (Words(en: "F1 help", zh: "F1 帮助"), 6), (.same("F2/F3 alpha"), 1),
    (Words(en: "F4 step", zh: "F4 单步"), 4), (Words(en: "F5 run", zh: "F5 运行"), 5),
    (Words(en: "F6 reset", zh: "F6 重置"), 2), (Words(en: "F8 trace", zh: "F8 光标"), 3),
  ]

  /// Every item of the reminder, for the catalogue test.
  package static var hintWords: [Words] { hintItems.map(\.text) }

  /// The reminder in at most `columns` columns: the items that fit, most
  /// needed kept (F1 help, then F5 run, F4 step...), in screen order; empty
  /// when not even F1 help fits.
  package static func hint(fitting columns: Int, in language: InterfaceLanguage = .en) -> String {
    var items = hintItems
    while !items.isEmpty {
      let text = items.map { $0.text(language) }.joined(separator: "  ")
      if DisplayWidth.of(text) <= columns { return text }
      let lowest = items.indices.min { items[$0].rank < items[$1].rank } ?? 0
      items.remove(at: lowest)
    }
    return ""
  }

  /// The action for a key.
  /// - Parameters:
  ///   - key: The key pressed.
  ///   - lineIsEmpty: Whether the input line is empty (for Ctrl-D).
  ///   - tracing: Whether the trace cursor is on the view shown: then, on
  ///     an empty line, the arrows, Home, End, Tab and Esc move it.
  /// - Returns: The action, or nil for keys the lab ignores.
  package static func action(for key: Key, lineIsEmpty: Bool, tracing: Bool = false)
    -> LabAction?
  {
    if tracing, lineIsEmpty, let move = traceAction(for: key) { return move }
    switch key {
    case .character(let character): return .edit(.insert(String(character)))
    case .enter: return .submit
    case .tab: return .complete
    case .backspace: return .edit(.backspace)
    case .delete: return .edit(.delete)
    case .left, .shiftLeft: return .edit(.left)
    case .right, .shiftRight: return .edit(.right)
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
    case .function(8), .alt("t"): return .trace
    case .mouse(let event):
      switch event.action {
      case .press: return .click(row: event.row, column: event.column)
      case .wheelUp: return .scrollLines(KeyMap.wheelLines)
      case .wheelDown: return .scrollLines(-KeyMap.wheelLines)
      }
    case .alt("b"), .altLeft: return .edit(.wordLeft)
    case .alt("f"), .altRight: return .edit(.wordRight)
    case .control(let letter): return controlAction(letter, lineIsEmpty: lineIsEmpty)
    case .alt, .backTab, .insert, .function, .unknown: return nil
    }
  }

  /// Lines the wheel scrolls the output per notch.
  package static let wheelLines = 3

  /// What a key does to the trace cursor, or nil for keys it leaves alone.
  private static func traceAction(for key: Key) -> LabAction? {
    switch key {
    case .left: .traceStep(-1, fine: false)
    case .right: .traceStep(1, fine: false)
    case .shiftLeft: .traceStep(-1, fine: true)
    case .shiftRight: .traceStep(1, fine: true)
    case .home: .traceMove(.first)
    case .end: .traceMove(.last)
    case .tab: .traceMove(.next)
    case .backTab: .traceMove(.previous)
    case .escape: .traceMove(.off)
    default: nil
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
