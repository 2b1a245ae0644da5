#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// A thread of the program's own, with a stack of a known size.
extension Platform {
  /// The least stack ``runWithOwnStack(_:)`` gives its thread: 8 MiB.
  ///
  /// That is the usual main thread's; the deepest the program goes (scripts
  /// loading scripts 16 deep, in the debug build) stays under 1 MiB.
  package static let ownStackBytes = 8 << 20

  /// Runs `body` on a new thread whose stack is ``ownStackBytes`` (or the
  /// stack limit, when that is larger, up to 1 GiB), waits for it, and returns
  /// what it returns; where no such thread can be made, runs it here.
  ///
  /// So the program's work never depends on how small a main thread the
  /// process was started with: under `ulimit -s 64` the Swift runtime's
  /// first uses of generic types (argument parsing) overflow a 64 KiB main
  /// stack.
  ///
  /// While it waits, the calling thread blocks the signals a handler may
  /// catch (all but the synchronous ones and those the Swift runtime's crash
  /// reporter pauses threads with), so the kernel delivers each to the new
  /// thread: a handler then runs there and interrupts the call it waits in
  /// (`read`, `poll`), as it did on the main thread. The new thread starts
  /// with the signal mask the caller had.
  package static func runWithOwnStack(_ body: @escaping @Sendable () -> Int32) -> Int32 {
    var blocked = sigset_t()
    sigfillset(&blocked)
    for number in [
      SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGABRT, SIGSYS, SIGUSR1, SIGUSR2, SIGPROF,
    ] {
      sigdelset(&blocked, number)
    }
    var original = sigset_t()
    _ = pthread_sigmask(SIG_BLOCK, &blocked, &original)
    let work = ThreadWork(body: body, signalMask: original)
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setstacksize(&attributes, stackBytes())
    let context = Unmanaged.passRetained(work).toOpaque()
    #if canImport(Glibc)
    var thread = pthread_t()
    #else
    var thread: pthread_t?
    #endif
    guard pthread_create(&thread, &attributes, startThreadWork, context) == 0 else {
      Unmanaged<ThreadWork>.fromOpaque(context).release()
      _ = pthread_sigmask(SIG_SETMASK, &original, nil)
      return body()
    }
    #if canImport(Glibc)
    _ = pthread_join(thread, nil)
    #else
    if let thread { _ = pthread_join(thread, nil) }
    #endif
    return work.status
  }

  /// ``ownStackBytes``, or the stack limit when that is larger and at most
  /// 1 GiB (a larger one, or none, counts as none set).
  private static func stackBytes() -> Int {
    var limit = rlimit()
    #if canImport(Glibc)
    let resource = __rlimit_resource_t(RLIMIT_STACK.rawValue)
    #else
    let resource = RLIMIT_STACK
    #endif
    guard getrlimit(resource, &limit) == 0, let bytes = Int(exactly: limit.rlim_cur),
      bytes <= 1 << 30
    else { return ownStackBytes }
    return max(ownStackBytes, bytes)
  }
}

/// What a thread of ``Platform/runWithOwnStack(_:)`` runs, and its result.
private final class ThreadWork: @unchecked Sendable {
  let body: @Sendable () -> Int32
  let signalMask: sigset_t
  /// Written by the thread before it ends, read after the join.
  var status: Int32 = 0

  init(body: @escaping @Sendable () -> Int32, signalMask: sigset_t) {
    self.body = body
    self.signalMask = signalMask
  }
}

/// The thread's start: the caller's signal mask, then the work.
#if canImport(Darwin)
private func startThreadWork(_ context: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer? {
  runThreadWork(context)
}
#else
private func startThreadWork(_ context: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
  guard let context else { return nil }
  return runThreadWork(context)
}
#endif

private func runThreadWork(_ context: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer? {
  let work = Unmanaged<ThreadWork>.fromOpaque(context).takeRetainedValue()
  var mask = work.signalMask
  _ = pthread_sigmask(SIG_SETMASK, &mask, nil)
  work.status = work.body()
  return nil
}
