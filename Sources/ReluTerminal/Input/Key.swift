/// A key press, decoded from what the terminal sent.
package enum Key: Sendable, Hashable {
  /// A printable character (typed text).
  case character(Character)
  /// Ctrl and a letter, `a` to `z` (Ctrl-I, Ctrl-J and Ctrl-M are tab and enter).
  case control(Character)
  /// Alt (Meta) and a character: ESC followed by it.
  case alt(Character)
  case enter
  case tab
  case backTab
  case backspace
  case delete
  case escape
  case up
  case down
  case left
  case right
  /// Shift with an arrow (ncurses' `KEY_SLEFT`, `KEY_SRIGHT`).
  case shiftLeft
  case shiftRight
  case home
  case end
  case pageUp
  case pageDown
  case insert
  /// Alt with an arrow (xterm's `kUP3`, `kDN3`, `kLFT3`, `kRIT3`).
  case altUp
  case altDown
  case altLeft
  case altRight
  /// A function key, F1 is 1.
  case function(Int)
  /// The terminal changed size.
  case resize
  /// A mouse button or the wheel, at a screen cell.
  case mouse(MouseEvent)
  /// Something else; ignored.
  case unknown(Int)
}

/// What the mouse did, and at which screen cell (row and column from 0 at
/// the top left).
package struct MouseEvent: Sendable, Hashable {
  package enum Action: Sendable, Hashable {
    /// The first button went down (or clicked).
    case press
    /// The wheel turned away from the user (button 4): scroll back.
    case wheelUp
    /// The wheel turned towards the user (button 5): scroll on.
    case wheelDown
  }

  package var action: Action
  package var row: Int
  package var column: Int

  package init(_ action: Action, row: Int, column: Int) {
    self.action = action
    self.row = row
    self.column = column
  }
}

/// The key codes ncurses' `get_wch` returns with `KEY_CODE_YES`.
///
/// ``standard`` holds the values of `<curses.h>` (stable since SVr4); the
/// curses terminal builds its table from the library's own constants.
package struct KeyCodes: Sendable, Equatable {
  package var down: Int
  package var up: Int
  package var left: Int
  package var right: Int
  package var home: Int
  package var end: Int
  package var backspace: Int
  /// F0: function key n is `function0 + n`.
  package var function0: Int
  package var deleteCharacter: Int
  package var insertCharacter: Int
  package var pageDown: Int
  package var pageUp: Int
  package var enter: Int
  package var backTab: Int
  package var resize: Int
  package var shiftLeft = 0o611
  package var shiftRight = 0o622

  /// ncurses' values.
  package static let standard = KeyCodes(
    down: 0o402, up: 0o403, left: 0o404, right: 0o405, home: 0o406, end: 0o550,
    backspace: 0o407, function0: 0o410, deleteCharacter: 0o512, insertCharacter: 0o513,
    pageDown: 0o522, pageUp: 0o523, enter: 0o527, backTab: 0o541, resize: 0o632)
}

/// Turns ncurses' `get_wch` results into ``Key`` values.
package enum KeyDecoder {
  /// Decodes a character `get_wch` returned (`OK`, not a key code).
  package static func character(_ value: UInt32) -> Key {
    switch value {
    case 9: return .tab
    case 10, 13: return .enter
    case 8, 127: return .backspace
    case 27: return .escape
    case 1...26:
      guard let letter = Unicode.Scalar(value + 96) else { return .unknown(Int(value)) }
      return .control(Character(letter))
    default:
      guard let scalar = Unicode.Scalar(value), value >= 32 else { return .unknown(Int(value)) }
      return .character(Character(scalar))
    }
  }

  /// Decodes a key code (`get_wch` returned `KEY_CODE_YES`).
  /// - Parameters:
  ///   - code: The code.
  ///   - name: The terminfo name of an extended key (`kUP3`), for codes past the
  ///     fixed ones.
  ///   - codes: The library's key codes.
  /// - Returns: The key, or `.unknown` for codes the lab does not use.
  package static func keyCode(
    _ code: Int, name: String? = nil, codes: KeyCodes = .standard
  ) -> Key {
    switch code {
    case codes.down: return .down
    case codes.up: return .up
    case codes.left: return .left
    case codes.right: return .right
    case codes.home: return .home
    case codes.end: return .end
    case codes.backspace: return .backspace
    case codes.deleteCharacter: return .delete
    case codes.insertCharacter: return .insert
    case codes.pageDown: return .pageDown
    case codes.pageUp: return .pageUp
    case codes.enter: return .enter
    case codes.backTab: return .backTab
    case codes.shiftLeft: return .shiftLeft
    case codes.shiftRight: return .shiftRight
    case codes.resize: return .resize
    case (codes.function0 + 1)...(codes.function0 + 24): return .function(code - codes.function0)
    default:
      switch name {
      case "kUP3": return .altUp
      case "kDN3": return .altDown
      case "kLFT3": return .altLeft
      case "kRIT3": return .altRight
      default: return .unknown(code)
      }
    }
  }

  /// Combines ESC with the key that followed it at once into an Alt key.
  /// - Returns: The Alt key, or nil when the pair is not one (ESC then an arrow...).
  package static func alt(_ next: Key) -> Key? {
    switch next {
    case .character(let character): return .alt(character)
    case .up: return .altUp
    case .down: return .altDown
    case .left: return .altLeft
    case .right: return .altRight
    default: return nil
    }
  }
}
