import ReluCore
import Synchronization

/// The signals the lab turns into orderly exits (SIGTERM, SIGHUP, SIGQUIT),
/// a cancel (SIGINT) or a suspension (SIGTSTP, then SIGCONT), recorded by a
/// handler and picked up by the input loop, which restores the terminal
/// itself, outside the handler.
///
/// SIGQUIT (Ctrl-\ from a cooked terminal, or `kill -QUIT`) is caught too:
/// left to the Swift runtime it is treated as a crash, with a backtrace over
/// the screen and a raw terminal for half a minute.
package enum LabSignals {
  /// The last signal caught and not yet taken, or 0.
  private static let pending = Atomic<Int32>(0)

  /// The signals caught.
  package static let caught: [Int32] = [
    Platform.Signal.terminate, Platform.Signal.hangUp, Platform.Signal.quit,
    Platform.Signal.interrupt, Platform.Signal.terminalStop, Platform.Signal.continue,
  ]

  /// Catches ``caught`` until ``uninstall()``.
  package static func install() {
    pending.store(0, ordering: .relaxed)  // initialises the storage outside the handler
    for signal in caught { record(signal) }
  }

  /// Catches `signal`: its handler only records it.
  private static func record(_ signal: Int32) {
    Platform.handleSignal(signal) { number in
      LabSignals.pending.store(number, ordering: .relaxed)
    }
  }

  /// Back to the default actions.
  package static func uninstall() {
    for signal in caught { Platform.defaultSignalAction(signal) }
  }

  /// Stops the process as SIGTSTP's default action does.
  ///
  /// Returns once the process is continued, catching SIGTSTP again. Call it
  /// with the terminal given back.
  package static func stopProcess() {
    Platform.defaultSignalAction(Platform.Signal.terminalStop)
    Platform.raiseSignal(Platform.Signal.terminalStop)
    record(Platform.Signal.terminalStop)
    // The SIGCONT that woke it is dropped (the caller repaints anyway);
    // any other signal caught meanwhile is kept.
    _ = pending.compareExchange(
      expected: Platform.Signal.continue, desired: 0, ordering: .relaxed)
  }

  /// The signal caught since the last call, if any.
  package static func take() -> Int32? {
    let number = pending.exchange(0, ordering: .relaxed)
    return number == 0 ? nil : number
  }
}
