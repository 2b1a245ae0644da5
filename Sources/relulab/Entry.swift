import ReluCore

/// The program's entry point: ``ReluLab/main()`` on a thread of its own.
///
/// The thread exists for its stack. The main thread's stack is whatever the
/// process was started with (`ulimit -s`), and with 64 KiB (96 KiB in a
/// debug build) the Swift runtime's setup of generic types overflows it
/// while swift-argument-parser reads the arguments, before a command runs.
/// The thread's stack is 8 MiB or more whatever the limit (see
/// ``Platform/runWithOwnStack(_:)``, which also keeps the signals the lab
/// and the prompts catch going to that thread). ``ReluLab/main()`` ends the
/// process itself, flushing standard output (``StandardStreams/exit(_:)``);
/// the status returned here only serves if it ever returns.
@main
enum Entry {
  static func main() {
    let status = Platform.runWithOwnStack {
      ReluLab.main()
      return 0
    }
    StandardStreams.exit(status)
  }
}
