import Foundation
import Synchronization
import Testing

@testable import ReluCore

/// Ctrl-C stops a long command: it fails with one line and leaves the session
/// as it was before it; the lines after it on the same source do not run.
@Suite struct CancellationTests {
  /// A session with a few settings and a small network, and its cancellation.
  private func session() -> (Interpreter, Cancellation) {
    var interpreter = Interpreter()
    let cancellation = Cancellation()
    interpreter.cancellation = cancellation
    _ = interpreter.run(
      Source(name: "t", text: "set alpha 0.3; net relu width 8 seed 2; feed 1 -2"))
    return (interpreter, cancellation)
  }

  /// Runs `text` with the cancellation requested after `delay` seconds, from
  /// another thread (as a signal handler would); returns the events and the
  /// seconds from the request to the run's end.
  private func runStopped(
    _ interpreter: inout Interpreter, _ text: String, after delay: Double
  ) -> ([InterpreterEvent], Double) {
    let cancellation = interpreter.cancellation ?? Cancellation()
    let requested = Mutex(Date.distantFuture)
    Thread.detachNewThread {
      Thread.sleep(forTimeInterval: delay)
      requested.withLock { $0 = Date() }
      cancellation.request()
    }
    let events = interpreter.run(Source(name: "t", text: text), keepGoing: true)
    return (events, Date().timeIntervalSince(requested.withLock { $0 }))
  }

  static let longCommands = [
    "net relu width 512 depth 3 points 3000 seed 1",
    "net relu width 1024 depth 2 points 1000 seed 1; train 2",
    "net leaky width 256 depth 4 points 2000 seed 1; sweep 0.01 0.1 epochs 5",
    "feed random 10000000 seed 4",
    "decay relu from 0.9 to 1e300 lr 1e-9; run 1000000",
    "decay relu from 0.9 to 1e300 lr 1e-9; step 1000000",
  ]

  /// How many looks a long loop has taken.
  private final class Looks: Sendable {
    let count = Atomic<Int>(0)
  }

  /// Runs `text` with the cancellation requested at the third look a long
  /// loop takes (through the interjection, on the working thread): a stop in
  /// the middle of the command, whatever the machine's speed.
  private func runStoppedMidway(_ interpreter: inout Interpreter, _ text: String)
    -> [InterpreterEvent]
  {
    let cancellation = interpreter.cancellation ?? Cancellation()
    let looks = Looks()
    cancellation.interjection = {
      if looks.count.add(1, ordering: .relaxed).newValue >= 3 {
        cancellation.request()
      } else {
        cancellation.interject()
      }
    }
    cancellation.interject()
    let events = interpreter.run(Source(name: "t", text: text), keepGoing: true)
    // The closure holds the cancellation that holds it: let go of it.
    cancellation.interjection = nil
    return events
  }

  @Test(arguments: longCommands) func aLongCommandStopsSoonAndChangesNothing(text: String) {
    var (interpreter, _) = session()
    let before = interpreter
    // An optimized build takes a million decay steps in about 50 ms, too
    // short to time a request from another thread on a loaded machine: the
    // decay is stopped at its third look instead.
    let events: [InterpreterEvent]
    if text.hasPrefix("decay") {
      events = runStoppedMidway(&interpreter, text + "; set alpha 0.9")
    } else {
      let (stopped, seconds) = runStopped(&interpreter, text + "; set alpha 0.9", after: 0.2)
      #expect(seconds < 1.0, "stopped \(seconds) s after the request")
      events = stopped
    }
    let failures = events.compactMap { event -> Diagnostic? in
      if case .failure(let diagnostic) = event { return diagnostic }
      return nil
    }
    #expect(failures.map(\.message) == [Interpreter.stoppedMessage.en])
    // What ran before the stop stays; the stopped command and the rest did not run.
    #expect(interpreter.settings.alpha == 0.3)
    if !text.contains(";") {
      #expect(interpreter.network == before.network)
      #expect(interpreter.trainingHistory == before.trainingHistory)
      #expect(interpreter.lastFeed == before.lastFeed)
      #expect(interpreter.decay == before.decay)
    }
  }

  @Test func aStopAskedBeforeTheRunRunsNothingAndClearingLetsTheNextRun() {
    var (interpreter, cancellation) = session()
    let before = interpreter
    cancellation.request()
    let events = interpreter.run(Source(name: "t", text: "set alpha 0.5; say hi"), keepGoing: true)
    #expect(events.count == 1)
    #expect(interpreter.settings == before.settings)
    cancellation.clear()
    _ = interpreter.run(Source(name: "t", text: "set alpha 0.5"))
    #expect(interpreter.settings.alpha == 0.5)
  }

  /// A stop asked because relulab is ending (SIGTERM in batch) says so, not
  /// Ctrl-C; clearing forgets the reason with the request.
  @Test func aStopForEndingSaysTheProgramWasAskedToEnd() {
    var (interpreter, cancellation) = session()
    cancellation.request(.ending)
    #expect(cancellation.reason == .ending)
    let events = interpreter.run(Source(name: "t", text: "say hi; say ho"), keepGoing: true)
    let failures = events.compactMap { event -> Diagnostic? in
      if case .failure(let diagnostic) = event { return diagnostic }
      return nil
    }
    #expect(events.count == 1)
    #expect(failures.map(\.message) == ["stopped: relulab was asked to end"])
    cancellation.clear()
    #expect(!cancellation.isRequested)
    cancellation.request()
    #expect(cancellation.reason == .interrupt)
  }

  @Test func theInterjectionRunsOnTheWorkingThreadAtTheNextLook() {
    var (interpreter, cancellation) = session()
    nonisolated(unsafe) var ran = 0
    cancellation.interjection = { ran += 1 }
    cancellation.interject()
    _ = interpreter.run(Source(name: "t", text: "net relu width 64 depth 2 points 200 seed 1"))
    #expect(ran == 1)
    #expect(!cancellation.isRequested)
    #expect(interpreter.network?.spec.width == 64)
  }
}
