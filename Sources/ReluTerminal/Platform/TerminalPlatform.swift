// ReluTerminal's calls into the C library, and its only file that imports it:
// the terminal's modes (termios raw mode), its size, waiting for input,
// signals and the clock the lab times its waits with. They extend ReluCore's
// `Platform`, which holds the calls the core itself makes.
import ReluCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension Platform {
  // MARK: Terminal

  /// `isatty`: whether the descriptor is a terminal.
  package static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

  /// `ioctl(TIOCGWINSZ)`: the terminal's width in columns, or nil when the
  /// descriptor is no terminal or reports none.
  package static func terminalColumns(_ descriptor: Int32) -> Int? {
    var size = winsize()
    guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }

  /// A terminal's modes as `tcgetattr` reads them, to put back later.
  package struct TerminalModes: @unchecked Sendable {
    fileprivate var modes: termios
  }

  /// `tcgetattr`: the terminal's modes, or nil when the descriptor is no terminal.
  package static func terminalModes(_ descriptor: Int32) -> TerminalModes? {
    var modes = termios()
    guard tcgetattr(descriptor, &modes) == 0 else { return nil }
    return TerminalModes(modes: modes)
  }

  /// `tcsetattr(TCSADRAIN)`: sets the terminal's modes once output is written, keeping typed-ahead input; false on failure.
  ///
  /// Safe in a signal handler.
  @discardableResult
  package static func setTerminalModes(_ descriptor: Int32, _ modes: TerminalModes) -> Bool {
    var copy = modes.modes
    return tcsetattr(descriptor, TCSADRAIN, &copy) == 0
  }

  /// `cfmakeraw`, with output processing kept: `modes` made raw, so every
  /// key arrives at once, unechoed, and Ctrl-C, Ctrl-Z and Ctrl-S arrive as
  /// keys rather than signals or flow control; a written `\n` still starts
  /// a new line.
  package static func rawMode(from modes: TerminalModes) -> TerminalModes {
    var raw = modes.modes
    cfmakeraw(&raw)
    raw.c_oflag |= tcflag_t(OPOST)
    return TerminalModes(modes: raw)
  }

  /// `poll`: whether the descriptor has input (or its end) within
  /// `timeoutMilliseconds`; false on a timeout or an interrupting signal.
  package static func waitForInput(_ descriptor: Int32, timeoutMilliseconds: Int) -> Bool {
    var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
    return poll(&entry, 1, Int32(clamping: timeoutMilliseconds)) > 0
  }

  // MARK: Signals

  /// A signal handler: a C function of the signal number, which must not
  /// capture context.
  package typealias SignalHandler = @convention(c) (Int32) -> Void

  /// Signal numbers the program catches or restores.
  package enum Signal {
    /// `SIGINT` (Ctrl-C in a cooked terminal).
    package static let interrupt = SIGINT
    /// `SIGTERM`: asked to end.
    package static let terminate = SIGTERM
    /// `SIGHUP`: the terminal went away.
    package static let hangUp = SIGHUP
    /// `SIGQUIT` (Ctrl-\ in a cooked terminal): asked to quit.
    package static let quit = SIGQUIT
    /// `SIGTSTP`: asked to stop (job control, Ctrl-Z in a cooked terminal).
    package static let terminalStop = SIGTSTP
    /// `SIGCONT`: continued after a stop.
    package static let `continue` = SIGCONT
    /// `SIGPIPE`: a write to a pipe nobody reads.
    package static let brokenPipe = SIGPIPE
    /// `SIGSEGV`: a bad memory access.
    package static let segmentationFault = SIGSEGV
    /// `SIGBUS`: a misaligned or unbacked memory access.
    package static let busError = SIGBUS
    /// `SIGILL`: an illegal instruction (how a Swift trap ends on x86-64).
    package static let illegalInstruction = SIGILL
    /// `SIGTRAP`: a breakpoint trap (how a Swift trap ends on arm64).
    package static let trap = SIGTRAP
    /// `SIGFPE`: an arithmetic fault.
    package static let arithmeticFault = SIGFPE
    /// `SIGABRT`: `abort()`.
    package static let abort = SIGABRT
  }

  /// `signal(number, handler)`: runs `handler` when the signal arrives.
  package static func handleSignal(_ number: Int32, with handler: SignalHandler) {
    _ = signal(number, handler)
  }

  /// `pthread_sigmask(SIG_UNBLOCK)`: lets the signal be delivered even when
  /// the parent started this process with it blocked.
  package static func unblockSignal(_ number: Int32) {
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, number)
    _ = pthread_sigmask(SIG_UNBLOCK, &set, nil)
  }

  /// `signal(number, SIG_DFL)`: the signal's default action again.
  package static func defaultSignalAction(_ number: Int32) { _ = signal(number, SIG_DFL) }

  /// `raise`: sends the signal to this process; for a stop signal with the
  /// default action, returns once the process is continued.
  package static func raiseSignal(_ number: Int32) { _ = raise(number) }

  /// `signal(number, SIG_IGN)`: the signal is ignored.
  package static func ignoreSignal(_ number: Int32) { _ = signal(number, SIG_IGN) }

  // MARK: Clock

  /// `clock_gettime(CLOCK_MONOTONIC)` in milliseconds: for measuring waits.
  package static func monotonicMilliseconds() -> Int {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Int(time.tv_sec) * 1000 + Int(time.tv_nsec) / 1_000_000
  }
}
