/// A file that could not be read or written, with the system's reason.
package struct FileError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What was being done to the file.
  package enum Operation: String, Sendable, Equatable {
    case read
    case write
  }

  /// The path as given.
  package var path: String
  /// Why, from `strerror(errno)`, such as `No such file or directory`.
  package var reason: String
  package var operation: Operation

  package init(path: String, reason: String, operation: Operation = .write) {
    self.path = path
    self.reason = reason
    self.operation = operation
  }

  /// The error for the call that just failed on `path`: its reason is the
  /// system's text for the current `errno`.
  package static func lastError(path: String, operation: Operation) -> FileError {
    FileError(path: path, reason: Platform.errorText(Platform.errorNumber), operation: operation)
  }

  /// `cannot read PATH: REASON` or `cannot write PATH: REASON`.
  package var description: String { "cannot \(operation.rawValue) \(path): \(reason)" }
}
