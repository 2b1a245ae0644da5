import CNcurses
import ReluCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The lab's terminal through ncurses: the only code that imports CNcurses.
///
/// ``start(color:)`` adopts the locale and opens the screen with `newterm`
/// (nil instead of exiting when the terminal is unknown); ``stop()`` restores
/// the terminal, and crash signals restore it too before the default action.
package final class CursesTerminal: LabTerminal {
  private let screen: OpaquePointer
  /// The colours in use: set once colours are started.
  private var colors = ColorDepth.monochrome
  package var colorDepth: ColorDepth { colors }
  package let supportsUnicode: Bool
  private let codes: KeyCodes
  /// Colour pairs made so far, by foreground and background.
  private var pairs: [Pair: Int16] = [:]
  private var attributesByRole: [ColorRole: attr_t] = [:]
  /// Keys read ahead (after ESC) that did not make an Alt key or a paste,
  /// for the next reads, oldest first.
  private var pendingKeys: [Key] = []
  private var stopped = false
  /// Whether -1 (the terminal's own colour) may stand in a pair.
  private var hasDefaultColors = false
  /// Bold everywhere, nothing dim (`--high-contrast`).
  private var highContrast = false

  private struct Pair: Hashable {
    var foreground: Int16
    var background: Int16
  }

  private init(screen: OpaquePointer, unicode: Bool) {
    self.screen = screen
    supportsUnicode = unicode
    codes = KeyCodes(
      down: Int(KEY_DOWN), up: Int(KEY_UP), left: Int(KEY_LEFT), right: Int(KEY_RIGHT),
      home: Int(KEY_HOME), end: Int(KEY_END), backspace: Int(KEY_BACKSPACE),
      function0: Int(KEY_F0), deleteCharacter: Int(KEY_DC), insertCharacter: Int(KEY_IC),
      pageDown: Int(KEY_NPAGE), pageUp: Int(KEY_PPAGE), enter: Int(KEY_ENTER),
      backTab: Int(KEY_BTAB), resize: Int(KEY_RESIZE), shiftLeft: Int(KEY_SLEFT),
      shiftRight: Int(KEY_SRIGHT))
  }

  /// Whether the lab can show Unicode.
  ///
  /// It can when the user's locale is UTF-8, or when C.UTF-8 could be taken
  /// for its character set (see `relu_adopt_locale`). The first use adopts
  /// the locale, for the whole program.
  package static var showsUnicode: Bool { adoptedUTF8 }

  private static let adoptedUTF8 = relu_adopt_locale() != 0

  /// Opens the screen.
  /// - Parameters:
  ///   - color: Whether colours may be used (they are also off when the
  ///     terminal has none). A terminal with 256 colours or more gets the
  ///     series' own colours approximated in 16-255; one with fewer, the eight
  ///     ANSI colours (see ``Palette/style(of:colors:)``).
  ///   - highContrast: Every role bold and nothing dim, for projectors.
  /// - Returns: The terminal, or nil when ncurses cannot drive this terminal.
  package static func start(color: Bool, highContrast: Bool = false) -> CursesTerminal? {
    let unicode = showsUnicode
    guard let screen = relu_newterm() else { return nil }
    let colorful = color && has_colors()
    let terminal = CursesTerminal(screen: screen, unicode: unicode)
    terminal.highContrast = highContrast
    // raw: Ctrl-C, Ctrl-Z and Ctrl-S arrive as keys instead of signals, so
    // Ctrl-C can cancel without killing the lab.
    raw()
    noecho()
    nonl()
    keypad(relu_stdscr(), true)
    meta(relu_stdscr(), true)  // all 8 bits of each byte: keys are decoded as UTF-8
    set_escdelay(25)
    relu_enable_mouse()
    Self.writeToTerminal(BracketedPaste.enable)
    if colorful {
      start_color()
      terminal.hasDefaultColors = use_default_colors() == OK
      terminal.colors = ColorDepth(colorCount: Int(relu_color_count()), enabled: true)
    }
    installCrashRestore()
    // Ctrl-Z or SIGCONT while a command runs: served between two of its steps.
    Cancellation.interrupt.interjection = { CursesTerminal.serveInterjection() }
    return terminal
  }

  /// Restores the terminal: leaves the alternate screen, shows the cursor,
  /// gives back the tty modes.
  ///
  /// Safe to call twice.
  package func stop() {
    guard !stopped else { return }
    stopped = true
    Cancellation.interrupt.interjection = nil
    endwin()
    Self.writeToTerminal(BracketedPaste.disable)
    delscreen(screen)
    uninstallCrashRestore()
  }

  /// The largest screen the lab draws: a bigger terminal gets this much of
  /// it, so the lab's screen buffers stay a few megabytes whatever size the
  /// terminal claims (plots stop at 1000 x 500 too).
  package static let largestScreen = (width: 1000, height: 500)

  package var size: (width: Int, height: Int) {
    Self.screenSize(columns: Int(relu_columns()), rows: Int(relu_rows()))
  }

  /// The lab's screen size on a terminal of `columns` x `rows`.
  package static func screenSize(columns: Int, rows: Int) -> (width: Int, height: Int) {
    (
      min(max(0, columns), largestScreen.width), min(max(0, rows), largestScreen.height)
    )
  }

  package func draw(_ frame: ScreenBuffer) {
    erase()
    for row in 0..<min(frame.height, Int(relu_rows())) {
      for run in frame.runs(row: row) {
        if run.role == .plain, run.text.allSatisfy({ $0 == " " }) { continue }
        relu_set_attributes(attributes(for: run.role))
        write(run.text, row: Int32(run.row), column: Int32(run.column), role: run.role)
      }
    }
    relu_set_attributes(relu_attr_normal())
    if let cursor = frame.cursor {
      curs_set(1)
      move(Int32(cursor.row), Int32(cursor.column))
    } else {
      curs_set(0)
    }
    refresh()
  }

  package func repaintAll() {
    clearok(relu_stdscr(), true)
  }

  package func bell() {
    beep()
  }

  package func suspend() { Self.suspendScreen() }

  /// Gives the terminal back (the shell's modes, the main screen, no
  /// bracketed paste), stops, and takes it again once continued.
  private static func suspendScreen() {
    endwin()
    writeToTerminal(BracketedPaste.disable)
    LabSignals.stopProcess()
    writeToTerminal(BracketedPaste.enable)
    clearok(relu_stdscr(), true)
    refresh()  // ncurses puts back the program's modes (raw, or the work's)
  }

  /// A suspension or a continue that came while a command ran.
  private static func serveInterjection() {
    if LabSignals.take(Platform.Signal.terminalStop) { suspendScreen() }
    if LabSignals.take(Platform.Signal.continue) {
      clearok(relu_stdscr(), true)
      refresh()
    }
  }

  package func beginWork() {
    LabSignals.beginWork()
    // Out of raw mode, keeping cbreak: Ctrl-C and Ctrl-Z raise signals.
    noraw()
    cbreak()
  }

  package func endWork() {
    raw()
    LabSignals.endWork()
  }

  package func read(timeoutMilliseconds: Int) -> TerminalInput {
    if !pendingKeys.isEmpty { return .key(pendingKeys.removeFirst()) }
    guard timeoutMilliseconds > 0 else {
      // A poll: only what has already arrived.
      if let signal = LabSignals.take() { return .signal(signal) }
      return readKey(timeout: 0).map(altOrKey) ?? .timeout
    }
    let deadline = Self.now() + timeoutMilliseconds
    var quickFailures = 0
    while true {
      if let signal = LabSignals.take() { return .signal(signal) }
      let remaining = deadline - Self.now()
      guard remaining > 0 else { return .timeout }
      // Waits in slices, so signals are noticed promptly.
      let slice = min(remaining, 200)
      let started = Self.now()
      guard let key = readKey(timeout: slice) else {
        // ERR well before the timeout, again and again, is the end of input.
        if slice >= 50, Self.now() - started < slice / 2 {
          quickFailures += 1
          if quickFailures >= 3 { return .endOfInput }
        } else {
          quickFailures = 0
        }
        continue
      }
      return altOrKey(key)
    }
  }

  /// `key`, or when it is ESC with a key right behind it, Alt and that key,
  /// or when ESC starts a bracketed paste, the paste.
  private func altOrKey(_ key: Key) -> TerminalInput {
    guard key == .escape else { return .key(key) }
    guard let next = readKey(timeout: 25) else { return .key(.escape) }
    if next == BracketedPaste.startAfterEscape[0] {
      var marker = [next]
      while marker.count < BracketedPaste.startAfterEscape.count,
        marker == Array(BracketedPaste.startAfterEscape.prefix(marker.count)),
        let more = readKey(timeout: 25)
      {
        marker.append(more)
      }
      if marker == BracketedPaste.startAfterEscape { return .paste(readPaste()) }
      pendingKeys += marker.dropFirst()
    }
    if let alt = KeyDecoder.alt(next) { return .key(alt) }
    pendingKeys.append(next)
    return .key(.escape)
  }

  /// The rest of a bracketed paste, up to its end marker, or up to a second
  /// without input (a terminal that never sends the end cannot hang the lab).
  private func readPaste() -> String {
    if supportsUnicode { return readPasteInBlocks() }
    var collector = PasteCollector()
    var quiet = 0
    while quiet < 5 {
      guard let key = readKey(timeout: 200) else {
        quiet += 1
        continue
      }
      quiet = 0
      if collector.add(key) { break }
    }
    return collector.text
  }

  /// The rest of a paste, read from the terminal in blocks (UTF-8 locales).
  ///
  /// ncurses would read it a byte per `read` and `poll`: a megabyte took a
  /// minute. ncurses holds none of it: it read the start marker a byte at a
  /// time. Keys typed after the paste are read next.
  private func readPasteInBlocks() -> String {
    var paste = PasteBytes()
    var block = [UInt8](repeating: 0, count: 1 << 16)
    var quiet = 0
    while quiet < 5, !paste.finished {
      var ready = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
      let polled = poll(&ready, 1, 200)
      if polled < 0, errno == EINTR { continue }
      guard polled > 0 else {
        quiet += 1
        continue
      }
      let count = block.withUnsafeMutableBytes { Glibc.read(0, $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { break }
      quiet = 0
      paste.add(block[..<count])
    }
    pendingKeys += paste.after
    return paste.collector.text
  }

  /// The next key, read a byte at a time (ncurses' `wgetch`; it still
  /// turns the terminal's key sequences into key codes) and decoded as UTF-8
  /// here: bytes that are not UTF-8 are dropped one by one and never take the
  /// keys after them along, whatever the locale (`get_wch` under a C locale
  /// kept adding the bytes after a non-ASCII one to it until the read timed out).
  private func readKey(timeout: Int) -> Key? {
    while true {
      wtimeout(relu_stdscr(), Int32(timeout))
      let code = wgetch(relu_stdscr())
      guard code != ERR else { return nil }
      if code == KEY_MOUSE {
        var row: Int32 = 0
        var column: Int32 = 0
        let action: MouseEvent.Action? =
          switch relu_mouse_event(&row, &column) {
          case 1: .press
          case 4: .wheelUp
          case 5: .wheelDown
          default: nil
          }
        guard let action else { continue }  // a release or a motion: read on
        return .mouse(MouseEvent(action, row: Int(row), column: Int(column)))
      }
      if code > 0xFF {
        let name = keyname(code).map { String(cString: $0) }
        return KeyDecoder.keyCode(Int(code), name: name, codes: codes)
      }
      let lead = UInt8(truncatingIfNeeded: code)
      guard lead >= 0x80 else { return KeyDecoder.character(UInt32(lead)) }
      var bytes = [lead]
      let length = ByteKeyDecoder.utf8Length(lead) ?? 1
      while bytes.count < length {
        // The rest of a character comes with it: wait briefly.
        wtimeout(relu_stdscr(), 25)
        let more = wgetch(relu_stdscr())
        guard more != ERR else { break }
        guard more <= 0xFF, ByteKeyDecoder.isContinuation(UInt8(truncatingIfNeeded: more)) else {
          _ = ungetch(more)  // not part of it: read next, as itself
          break
        }
        bytes.append(UInt8(truncatingIfNeeded: more))
      }
      if let scalar = ByteKeyDecoder.scalar(bytes) { return KeyDecoder.character(scalar.value) }
      // Not UTF-8: dropped, and the wait starts again (a quick nil would look
      // like the end of input).
    }
  }

  /// Writes a run of text; without a UTF-8 locale, the box-drawing characters
  /// become the terminal's line-drawing set.
  private func write(_ text: String, row: Int32, column: Int32, role: ColorRole) {
    guard !supportsUnicode else {
      _ = mvaddstr(row, column, text)
      return
    }
    var position = column
    var pending = ""
    func flush() {
      guard !pending.isEmpty else { return }
      _ = mvaddstr(row, position, pending)
      position += Int32(DisplayWidth.of(pending))
      pending = ""
    }
    for character in text {
      if let line = Self.lineCharacters[character] {
        flush()
        relu_put_character(row, position, relu_line_character(line), attributes(for: role))
        position += 1
      } else {
        pending.append(character.isASCII ? character : "?")
      }
    }
    flush()
  }

  private static let lineCharacters: [Character: Int32] = [
    "─": 0, "│": 1, "┌": 2, "┐": 3, "└": 4, "┘": 5, "▲": 6,
  ]

  private func attributes(for role: ColorRole) -> attr_t {
    if let known = attributesByRole[role] { return known }
    let style = Palette.style(for: role, colors: colors, highContrast: highContrast)
    var attributes = relu_attr_normal()
    if style.bold { attributes |= relu_attr_bold() }
    if style.reverse { attributes |= relu_attr_reverse() }
    if style.dim { attributes |= relu_attr_dim() }
    if style.underline { attributes |= relu_attr_underline() }
    if colors != .monochrome, style.hasColor {
      attributes |= relu_color_pair(pair(style))
    }
    attributesByRole[role] = attributes
    return attributes
  }

  private func pair(_ style: Style) -> Int16 {
    let defaultForeground = hasDefaultColors ? -1 : Style.Color.white.number
    let defaultBackground = hasDefaultColors ? -1 : Style.Color.black.number
    let key = Pair(
      foreground: style.foreground?.number ?? defaultForeground,
      background: style.background?.number ?? defaultBackground)
    if let known = pairs[key] { return known }
    let number = Int16(pairs.count + 1)
    guard Int32(number) < relu_color_pair_count() else { return 0 }
    init_pair(number, key.foreground, key.background)
    pairs[key] = number
    return number
  }

  /// Writes a mode-setting sequence straight to the terminal (ncurses has no
  /// call for bracketed paste); one `write`, safe in a signal handler.
  private static func writeToTerminal(_ sequence: StaticString) {
    _ = Platform.writeAll(
      Platform.standardOutput,
      UnsafeRawBufferPointer(start: sequence.utf8Start, count: sequence.utf8CodeUnitCount))
  }

  private static func now() -> Int { Platform.monotonicMilliseconds() }

  /// Signals that end the program abnormally; on them the terminal is restored
  /// first, then the default action runs (the faulting instruction runs again,
  /// or abort raises again).
  private static let crashSignals: [Int32] = [
    Platform.Signal.segmentationFault, Platform.Signal.busError,
    Platform.Signal.illegalInstruction, Platform.Signal.trap, Platform.Signal.arithmeticFault,
    Platform.Signal.abort,
  ]

  private static func installCrashRestore() {
    for number in crashSignals {
      Platform.handleSignal(number) { caught in
        endwin()
        CursesTerminal.writeToTerminal(BracketedPaste.disable)
        Platform.defaultSignalAction(caught)
      }
    }
  }

  private func uninstallCrashRestore() {
    for number in Self.crashSignals { Platform.defaultSignalAction(number) }
  }
}
