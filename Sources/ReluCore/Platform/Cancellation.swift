import Synchronization

/// A request to stop the running command, made from anywhere (a signal
/// handler included) and honoured by the interpreter's long loops, which
/// look at it at least every few milliseconds of work.
///
/// A front end gives the interpreter one (``Interpreter/cancellation``),
/// clears it before a command and requests it on Ctrl-C, or with
/// ``StopReason/ending`` when the program is asked to end; the command then
/// fails with ``Interpreter/stoppedMessage(_:)`` and leaves the session as it
/// was before it. Between two looks a front end may also need the working thread
/// for a moment (to suspend on Ctrl-Z): ``interject()`` asks for the
/// ``interjection`` to run at the next look.
package final class Cancellation: Sendable {
  /// Why a command is asked to stop.
  package enum StopReason: Sendable, Equatable {
    /// Ctrl-C: the person stopped the command.
    case interrupt
    /// A signal asked the program to end (SIGTERM, SIGHUP, SIGQUIT).
    case ending
  }

  /// Bit 0: stop requested; bit 1: the interjection is wanted; bit 2: the
  /// stop is ``StopReason/ending``.
  private let state = Atomic<Int>(0)
  private let hook = Mutex<(@Sendable () -> Void)?>(nil)

  package init() {}

  /// The process's own: the one signal handlers request (its storage is
  /// made when first used, so touch it before installing a handler).
  package static let interrupt = Cancellation()

  /// Asks the running command to stop, for `reason`.
  ///
  /// Safe in a signal handler.
  package func request(_ reason: StopReason = .interrupt) {
    state.bitwiseOr(reason == .ending ? 5 : 1, ordering: .relaxed)
  }

  /// Why the stop was requested (``StopReason/ending`` wins over Ctrl-C).
  package var reason: StopReason {
    state.load(ordering: .relaxed) & 4 != 0 ? .ending : .interrupt
  }

  /// Asks for the ``interjection`` at the next look.
  ///
  /// Safe in a signal handler.
  package func interject() { state.bitwiseOr(2, ordering: .relaxed) }

  /// Whether a stop was requested and not cleared since.
  package var isRequested: Bool { state.load(ordering: .relaxed) & 1 != 0 }

  /// Forgets a stop request (before the next command runs).
  package func clear() { state.bitwiseAnd(~5, ordering: .relaxed) }

  /// What runs on the working thread at the next look after ``interject()``.
  package var interjection: (@Sendable () -> Void)? {
    get { hook.withLock { $0 } }
    set { hook.withLock { $0 = newValue } }
  }

  /// The look a long loop takes: runs a wanted interjection, then tells
  /// whether to stop.
  ///
  /// Cheap: one relaxed load when nothing is asked.
  package func shouldStop() -> Bool {
    let now = state.load(ordering: .relaxed)
    guard now != 0 else { return false }
    if now & 2 != 0 {
      state.bitwiseAnd(~2, ordering: .relaxed)
      interjection?()
    }
    return isRequested
  }
}

extension Optional where Wrapped == Cancellation {
  /// ``Cancellation/shouldStop()``, false without a cancellation.
  @inline(__always)
  package func shouldStop() -> Bool {
    guard case .some(let cancellation) = self else { return false }
    return cancellation.shouldStop()
  }
}
