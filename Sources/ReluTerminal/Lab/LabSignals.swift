import ReluCore
import Synchronization

/// The signals the lab turns into orderly exits (SIGTERM, SIGHUP) or a cancel
/// (SIGINT), recorded by a handler and picked up by the input loop, which
/// restores the terminal itself, outside the handler.
package enum LabSignals {
  /// The last signal caught and not yet taken, or 0.
  private static let pending = Atomic<Int32>(0)

  /// The signals caught.
  package static let caught: [Int32] = [
    Platform.Signal.terminate, Platform.Signal.hangUp, Platform.Signal.interrupt,
  ]

  /// Catches ``caught`` until ``uninstall()``.
  package static func install() {
    pending.store(0, ordering: .relaxed)  // initialises the storage outside the handler
    for signal in caught {
      Platform.handleSignal(signal) { number in
        LabSignals.pending.store(number, ordering: .relaxed)
      }
    }
  }

  /// Back to the default actions.
  package static func uninstall() {
    for signal in caught { Platform.defaultSignalAction(signal) }
  }

  /// The signal caught since the last call, if any.
  package static func take() -> Int32? {
    let number = pending.exchange(0, ordering: .relaxed)
    return number == 0 ? nil : number
  }
}
