/// What the lab reads from a terminal.
package enum TerminalInput: Sendable, Equatable {
  /// A key press.
  case key(Key)
  /// A bracketed paste: its raw text, markers removed (see ``PastedText``
  /// for what reaches the input line).
  case paste(String)
  /// Nothing came within the timeout.
  case timeout
  /// Input has ended for good (the terminal went away).
  case endOfInput
  /// A signal arrived: SIGTERM, SIGHUP, SIGQUIT (leave), SIGINT (cancel),
  /// SIGTSTP (stop for now) or SIGCONT (continued).
  case signal(Int32)
}

/// The terminal operations the lab needs: the ncurses terminal implements them,
/// tests use an in-memory one.
package protocol LabTerminal: AnyObject {
  /// The screen's size now.
  var size: (width: Int, height: Int) { get }
  /// Whether the terminal shows Unicode (a UTF-8 locale): box-drawing rules, `»`.
  var supportsUnicode: Bool { get }
  /// The colours the lab draws with: monochrome without colours or with
  /// `--no-color`; braille plots are marked by colour only when it has some.
  var colorDepth: ColorDepth { get }
  /// Shows a frame; only the cells that changed are sent.
  func draw(_ frame: ScreenBuffer)
  /// Forgets what is on screen, so the next frame is sent in full (Ctrl-L).
  func repaintAll()
  /// Waits up to `timeoutMilliseconds` for input; 0 only takes input that has
  /// already arrived.
  func read(timeoutMilliseconds: Int) -> TerminalInput
  /// Rings the bell (a key that can do nothing now).
  func bell()
  /// Gives the terminal back to the shell and stops the process (job
  /// control's SIGTSTP); returns once it is continued, the screen taken again.
  func suspend()
  /// A command starts running: until ``endWork()``, Ctrl-C stops it and
  /// Ctrl-Z suspends the lab (they are signals meanwhile, not keys).
  func beginWork()
  /// The command has ended: keys are keys again.
  func endWork()
}

extension LabTerminal {
  /// An in-memory terminal has nothing to give back.
  package func suspend() {}
  package func beginWork() {}
  package func endWork() {}
}
