import ReluCore
import Synchronization

/// The signals the lab and the prompts turn into orderly exits (SIGTERM,
/// SIGHUP, SIGQUIT), a cancel (SIGINT) or a suspension (SIGTSTP, then
/// SIGCONT), recorded by a handler and picked up by the input loop, which
/// restores the terminal itself, outside the handler.
///
/// Signals queue rather than overwrite: each has its own pending bit, and
/// ``take()`` hands out an ending signal before any other, so a SIGINT or
/// SIGCONT after a SIGTERM never hides it.
///
/// While a command runs (between ``beginWork()`` and ``endWork()``), SIGINT
/// asks ``Cancellation/interrupt`` to stop the command instead of waiting to
/// be read, an ending signal asks it too (so the program ends soon), and
/// SIGTSTP or SIGCONT asks for its interjection (the front end suspends or
/// repaints between two steps of the command).
///
/// SIGQUIT (Ctrl-\ from a cooked terminal, or `kill -QUIT`) is caught too:
/// left to the Swift runtime it is treated as a crash, with a backtrace over
/// the screen and a raw terminal for half a minute.
package enum LabSignals {
  /// One bit per signal caught and not yet taken (bit `n` for signal `n`).
  private static let pending = Atomic<UInt64>(0)
  /// Whether a command runs (see the type's notes).
  private static let working = Atomic<Bool>(false)
  /// Whether SIGINT ends the program as SIGTERM does (batch mode).
  private static let interruptEnds = Atomic<Bool>(false)

  /// The signals that end the program, in the order they are taken.
  package static let ending: [Int32] = [
    Platform.Signal.terminate, Platform.Signal.hangUp, Platform.Signal.quit,
  ]

  /// The signals caught.
  package static let caught: [Int32] =
    ending + [
      Platform.Signal.interrupt, Platform.Signal.terminalStop, Platform.Signal.continue,
    ]

  /// Catches `signals` (``caught`` unless told) until ``uninstall()``;
  /// signals caught before and not taken stay pending.
  /// - Parameters:
  ///   - signals: The signals to catch.
  ///   - interruptEnds: SIGINT ends the program, as in batch mode,
  ///   rather than cancelling a command or the line.
  package static func install(_ signals: [Int32] = caught, interruptEnds: Bool = false) {
    // Initialises the storage outside the handler.
    _ = pending.load(ordering: .relaxed)
    working.store(false, ordering: .relaxed)
    Self.interruptEnds.store(interruptEnds, ordering: .relaxed)
    _ = Cancellation.interrupt.isRequested
    for signal in signals {
      record(signal)
      Platform.unblockSignal(signal)  // a parent may have started it blocked
    }
  }

  /// Catches `signal`: its handler only records it.
  private static func record(_ signal: Int32) {
    Platform.handleSignal(signal) { number in
      guard number > 0, number < 64 else { return }
      let isWorking = LabSignals.working.load(ordering: .relaxed)
      if isWorking, number == Platform.Signal.interrupt,
        !LabSignals.interruptEnds.load(ordering: .relaxed)
      {
        Cancellation.interrupt.request()  // the command stops; nothing is left to read
        return
      }
      LabSignals.pending.bitwiseOr(1 << UInt64(number), ordering: .relaxed)
      guard isWorking else { return }
      if number == Platform.Signal.terminalStop || number == Platform.Signal.continue {
        Cancellation.interrupt.interject()
      } else {
        Cancellation.interrupt.request(number == Platform.Signal.interrupt ? .interrupt : .ending)
      }
    }
  }

  /// Back to the default actions.
  package static func uninstall(_ signals: [Int32] = caught) {
    for signal in signals { Platform.defaultSignalAction(signal) }
    working.store(false, ordering: .relaxed)
  }

  /// A command starts: see the type's notes.
  ///
  /// Clears a stop request left over.
  package static func beginWork() {
    Cancellation.interrupt.clear()
    working.store(true, ordering: .relaxed)
  }

  /// The command has ended: SIGINT is read as a cancel again.
  package static func endWork() {
    working.store(false, ordering: .relaxed)
  }

  /// Stops the process as SIGTSTP's default action does.
  ///
  /// Returns once the process is continued, catching SIGTSTP again. Call it
  /// with the terminal given back.
  package static func stopProcess() {
    Platform.defaultSignalAction(Platform.Signal.terminalStop)
    Platform.raiseSignal(Platform.Signal.terminalStop)
    record(Platform.Signal.terminalStop)
    // The SIGCONT that woke it is dropped (the caller repaints anyway); any
    // other signal caught meanwhile is kept.
    _ = take(Platform.Signal.continue)
  }

  /// The signal caught since the last call, if any: an ending one first,
  /// then SIGINT, SIGTSTP, SIGCONT.
  package static func take() -> Int32? {
    for number in caught where take(number) { return number }
    return nil
  }

  /// Takes `number` if it is pending; whether it was.
  package static func take(_ number: Int32) -> Bool {
    let bit: UInt64 = 1 << UInt64(number)
    return pending.bitwiseAnd(~bit, ordering: .relaxed).oldValue & bit != 0
  }

  /// The ending signal caught and not taken, if any (it stays pending):
  /// SIGINT too when it ends the program.
  package static var endingSignal: Int32? {
    let now = pending.load(ordering: .relaxed)
    let interrupt = interruptEnds.load(ordering: .relaxed) ? [Platform.Signal.interrupt] : []
    return (ending + interrupt).first { now & (1 << UInt64($0)) != 0 }
  }
}
