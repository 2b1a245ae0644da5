#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// This process: its id, environment, exit and the date.
extension Platform {
  /// `getpid`: this process's id.
  package static var processID: Int32 { getpid() }

  /// `kill(pid, 0)`: whether a process with this id is running (one of
  /// another user counts).
  package static func processExists(_ id: Int32) -> Bool {
    kill(id, 0) == 0 || errno == EPERM
  }

  /// `getenv`: an environment variable, or nil when it is not set.
  package static func environment(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }

  /// `exit`: ends the process with `status`, flushing C streams.
  package static func exit(_ status: Int32) -> Never { cExit(status) }

  /// `time` and `gmtime_r`: the date and time now in UTC, `2026-12-01 20:41 UTC`.
  package static func utcMinute() -> String {
    var now = time(nil)
    var parts = tm()
    guard gmtime_r(&now, &parts) != nil else { return "unknown date" }
    func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))"
      + " \(two(parts.tm_hour)):\(two(parts.tm_min)) UTC"
  }
}

// The C library's `exit`: inside `Platform` the name means the member above.
private func cExit(_ status: Int32) -> Never { exit(status) }
