import ReluCore

/// The plain prompt's line editor: the lab's own editing keys, history,
/// Ctrl-R search, Tab completion and bracketed paste, on one line of a
/// terminal in raw mode (termios, no ncurses).
///
/// It stays linear for screen readers: it never moves the cursor off the
/// input line; Tab's candidates are printed on a line of their own, then the
/// prompt again. The terminal is raw only while a line is read and is
/// restored before the line runs, on Ctrl-D, on SIGTERM or SIGHUP, while
/// stopped (Ctrl-Z, SIGTSTP), and on a crash.
///
/// The signals are the caller's to catch (``LabSignals/install(_:interruptEnds:)``)
/// for the whole session, so that Ctrl-C while a line runs stops the command
/// rather than the program.
package final class PlainPrompt {
  private var input: InputLine
  private let historyFile: HistoryFile?
  /// Whether saving the history failed once already (it is said once).
  private var historyFailed = false
  private let saved: Platform.TerminalModes
  /// Whether the terminal understands escape sequences (TERM set, not dumb):
  /// then bracketed paste is turned on while a line is read.
  private let understandsEscapes: Bool
  /// The signal that ended reading (SIGTERM, SIGHUP), if one did.
  package private(set) var endingSignal: Int32?
  /// Display columns the last drawing of the line took, to blank what is left over.
  private var drawnWidth = 0
  /// Keys that came after the Enter that ended the last line: the next
  /// line's start (typed ahead, or pasted without bracketed paste).
  private var queued: [TerminalInput] = []

  /// The language of what the prompt itself says (the search prompt, a
  /// history failure): the session's, set before each line.
  package var language = InterfaceLanguage.en

  /// Where the prompt and the line are drawn: a terminal.
  private let output: Int32

  /// The editor, or nil unless standard input and `output` are both terminals.
  /// - Parameters:
  ///   - historyFile: Where the history is kept, or nil for none.
  ///   - output: Where the prompt and the line go: standard output,
  ///   or standard error when standard output is a file or carries JSON.
  package init?(historyFile: HistoryFile?, output: Int32 = Platform.standardOutput) {
    guard Platform.isTerminal(Platform.standardInput),
      Platform.isTerminal(output),
      let modes = Platform.terminalModes(Platform.standardInput)
    else { return nil }
    saved = modes
    self.output = output
    self.historyFile = historyFile
    input = InputLine(history: History(entries: historyFile?.load() ?? []))
    let term = Platform.environment("TERM") ?? ""
    understandsEscapes = !term.isEmpty && term != "dumb"
  }

  /// What ends a line.
  private enum Ending {
    case line(String)
    case end
  }

  /// Reads one line with editing.
  /// - Parameter prompt: What to show before the line.
  /// - Returns: The line entered, or nil at the end of input (Ctrl-D on an
  ///   empty line, the terminal gone, or a signal: see ``endingSignal``).
  package func readLine(prompt: String) -> String? {
    takeTerminal()
    defer { giveBackTerminal() }
    drawnWidth = 0
    refresh(prompt)
    let ahead = queued
    queued = []
    if let ending = handle(ahead, prompt) { return finish(ending) }
    var decoder = ByteKeyDecoder()
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      if let signal = LabSignals.take() {
        switch signal {
        case Platform.Signal.interrupt: cancelLine(prompt)
        case Platform.Signal.terminalStop: suspend(prompt)
        case Platform.Signal.continue:
          // Stopped by SIGSTOP meanwhile: the modes may have been changed.
          takeTerminal()
          drawnWidth = 0
          refresh(prompt)
        default: break
        }
        guard LabSignals.ending.contains(signal) else { continue }
        endingSignal = signal
        write("\r\n")
        return nil
      }
      let wait = decoder.waitMilliseconds
      guard
        Platform.waitForInput(Platform.standardInput, timeoutMilliseconds: wait ?? 200)
      else {
        if wait != nil, let ending = handle(decoder.decode([], flush: true), prompt) {
          return finish(ending)
        }
        continue
      }
      let count = buffer.withUnsafeMutableBytes {
        Platform.readSome(Platform.standardInput, into: $0)
      }
      guard count > 0 else {
        write("\r\n")
        return nil
      }
      if let ending = handle(decoder.decode(Array(buffer.prefix(count))), prompt) {
        return finish(ending)
      }
    }
  }

  private func finish(_ ending: Ending) -> String? {
    switch ending {
    case .line(let line): line
    case .end: nil
    }
  }

  /// Handles what the terminal sent; returns how the line ended, if it did.
  private func handle(_ events: [TerminalInput], _ prompt: String) -> Ending? {
    for (index, event) in events.enumerated() {
      switch event {
      case .paste(let text):
        input.acceptSearch()
        input.apply(.insert(PastedText.line(from: text)))
      case .key(let key):
        if let ending = handle(key, prompt) {
          queued = Array(events.dropFirst(index + 1))
          return ending
        }
      case .timeout, .signal, .endOfInput: break
      }
    }
    refresh(prompt)
    return nil
  }

  private func handle(_ key: Key, _ prompt: String) -> Ending? {
    if input.search != nil {
      switch input.handleSearch(key) {
      case .handled: return nil
      case .submit: return submit(prompt)
      case .passOn: break
      }
    }
    guard let action = KeyMap.action(for: key, lineIsEmpty: input.editor.isEmpty) else {
      return nil
    }
    switch action {
    case .edit(let edit): input.apply(edit)
    case .submit: return submit(prompt)
    case .complete:
      let candidates = input.complete()
      if candidates.count > 1 {
        refresh(prompt)
        write("\r\n" + candidates.joined(separator: "  ") + "\r\n")
        drawnWidth = 0
      } else if candidates.isEmpty {
        write("\u{7}")
      }
    case .historyPrevious: input.historyPrevious()
    case .historyNext: input.historyNext()
    case .historySearch: input.searchHistory()
    case .cancel: cancelLine(prompt)
    case .quit:
      write("\r\n")
      return .end
    case .redraw, .resize: break
    case .suspend: suspend(prompt)
    case .scrollUp, .scrollDown, .scrollLines, .help, .alphaDown, .alphaUp, .step, .run, .reset,
      .nextView, .trace, .traceMove, .traceStep, .click:
      write("\u{7}")  // the lab's keys: none of them here
    }
    return nil
  }

  private func submit(_ prompt: String) -> Ending {
    refresh(prompt)
    write("\r\n")
    let line = input.submit()
    if line.contains(where: { !$0.isWhitespace }), let historyFile {
      do {
        try historyFile.append(line, limit: input.history.limit)
      } catch {
        if !historyFailed {
          historyFailed = true
          let message = CommandLineMessage.historyNotSaved(
            reason: VisibleText.escaped(error.description))
          write(message.words(language) + "\r\n")
        }
      }
    }
    return .line(line)
  }

  /// Raw mode, bracketed paste and the crash restore, while a line is read.
  private func takeTerminal() {
    Platform.setTerminalModes(Platform.standardInput, Platform.rawMode(from: saved))
    if understandsEscapes { write(BracketedPaste.enable.description) }
    CrashRestore.install(modes: saved, output: output, bracketedPaste: understandsEscapes)
  }

  /// The terminal as it was, before a line runs or the prompt stops.
  private func giveBackTerminal() {
    CrashRestore.uninstall()
    if understandsEscapes { write(BracketedPaste.disable.description) }
    Platform.setTerminalModes(Platform.standardInput, saved)
  }

  /// Ctrl-Z or SIGTSTP: the terminal given back, stopped; once continued,
  /// the line drawn again.
  private func suspend(_ prompt: String) {
    write("\r\n")
    giveBackTerminal()
    LabSignals.stopProcess()
    takeTerminal()
    drawnWidth = 0
    refresh(prompt)
  }

  /// Ctrl-C: leaves the line as typed with `^C` after it and starts afresh.
  private func cancelLine(_ prompt: String) {
    refresh(prompt)
    write("^C\r\n")
    input.clear()
    drawnWidth = 0
    refresh(prompt)
  }

  /// Draws the prompt and the line again in place.
  private func refresh(_ prompt: String) {
    let shown = input.search.map { LabRenderer.searchPrompt($0, in: language) } ?? prompt
    let columns = Platform.terminalColumns(output) ?? 80
    let drawing = Self.redraw(
      prompt: shown, editor: input.editor, columns: columns, previousWidth: drawnWidth)
    write(drawing.text)
    drawnWidth = drawing.width
  }

  /// The bytes that redraw the line with a carriage return and no escape
  /// sequence, so any terminal shows it: the prompt and the visible part of
  /// the line, spaces over what the last drawing left beyond it, then the
  /// prompt and the text up to the cursor again, which leaves the cursor there.
  /// - Parameters:
  ///   - prompt: The prompt.
  ///   - editor: The line.
  ///   - columns: The terminal's width; the line scrolls within it.
  ///   - previousWidth: The width of the last drawing.
  /// - Returns: The text to write and the width it takes.
  package static func redraw(
    prompt: String, editor: LineEditor, columns: Int, previousWidth: Int
  ) -> (text: String, width: Int) {
    let room = max(1, columns - 1 - DisplayWidth.of(prompt))
    let view = editor.view(columns: room)
    let width = DisplayWidth.of(prompt) + DisplayWidth.of(view.text)
    let blank = String(repeating: " ", count: max(0, previousWidth - width))
    var beforeCursor = ""
    var used = 0
    for character in view.text {
      let next = DisplayWidth.of(character)
      if used + next > view.cursorColumn { break }
      beforeCursor.append(character)
      used += next
    }
    return ("\r" + prompt + view.text + blank + "\r" + prompt + beforeCursor, width)
  }

  private func write(_ text: String) {
    var text = text
    text.withUTF8 { _ = Platform.writeAll(output, UnsafeRawBufferPointer($0)) }
  }
}

/// The plain prompt's restore on a crash: the terminal's modes and bracketed
/// paste put back before the default action (as the lab's ncurses terminal
/// does), so a crash while a line is read never leaves the terminal raw.
enum CrashRestore {
  /// What to put back; read by the handler, written only while no handler
  /// is installed.
  nonisolated(unsafe) private static var modes: Platform.TerminalModes?
  nonisolated(unsafe) private static var output: Int32 = Platform.standardOutput
  nonisolated(unsafe) private static var bracketedPaste = false

  private static let signals: [Int32] = [
    Platform.Signal.segmentationFault, Platform.Signal.busError,
    Platform.Signal.illegalInstruction, Platform.Signal.trap, Platform.Signal.arithmeticFault,
    Platform.Signal.abort,
  ]

  static func install(modes: Platform.TerminalModes, output: Int32, bracketedPaste: Bool) {
    uninstall()
    Self.modes = modes
    Self.output = output
    Self.bracketedPaste = bracketedPaste
    for number in signals {
      Platform.handleSignal(number) { caught in
        if let modes = CrashRestore.modes {
          Platform.setTerminalModes(Platform.standardInput, modes)
        }
        if CrashRestore.bracketedPaste {
          let sequence = BracketedPaste.disable
          _ = Platform.writeAll(
            CrashRestore.output,
            UnsafeRawBufferPointer(
              start: sequence.utf8Start, count: sequence.utf8CodeUnitCount))
        }
        Platform.defaultSignalAction(caught)
      }
    }
  }

  static func uninstall() {
    for number in signals { Platform.defaultSignalAction(number) }
  }
}
