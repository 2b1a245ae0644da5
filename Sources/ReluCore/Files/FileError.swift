/// A file that could not be written, with the system's reason.
package struct FileError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The path as given.
  package var path: String
  /// Why, from `strerror(errno)`, such as `No such file or directory`.
  package var reason: String

  package init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  /// `cannot write PATH: REASON`.
  package var description: String { "cannot write \(path): \(reason)" }
}
