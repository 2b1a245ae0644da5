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
  /// Something else; ignored.
  case unknown(Int)
}

/// Turns ncurses' `get_wch` results into ``Key`` values.
///
/// The key codes are ncurses' (`<curses.h>`, stable since SVr4); the curses
/// terminal checks them against the library's own constants at start-up.
package enum KeyDecoder {
  /// ncurses key codes the lab uses.
  package enum Code {
    package static let down = 0o402
    package static let up = 0o403
    package static let left = 0o404
    package static let right = 0o405
    package static let home = 0o406
    package static let backspace = 0o407
    package static let function0 = 0o410
    package static let deleteCharacter = 0o512
    package static let insertCharacter = 0o513
    package static let pageDown = 0o522
    package static let pageUp = 0o523
    package static let enter = 0o527
    package static let backTab = 0o541
    package static let end = 0o550
    package static let resize = 0o632
  }

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
  package static func keyCode(_ code: Int, name: String? = nil) -> Key {
    switch code {
    case Code.down: return .down
    case Code.up: return .up
    case Code.left: return .left
    case Code.right: return .right
    case Code.home: return .home
    case Code.end: return .end
    case Code.backspace: return .backspace
    case Code.deleteCharacter: return .delete
    case Code.insertCharacter: return .insert
    case Code.pageDown: return .pageDown
    case Code.pageUp: return .pageUp
    case Code.enter: return .enter
    case Code.backTab: return .backTab
    case Code.resize: return .resize
    case (Code.function0 + 1)...(Code.function0 + 24): return .function(code - Code.function0)
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
