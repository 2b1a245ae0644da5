/// What `record` does with a file already at its path.
package enum RecordMode: String, Sendable, Equatable, CaseIterable {
  /// `record FILE`: a new file only; an existing one is refused.
  case create
  /// `record FILE replace`: a regular file there is replaced.
  case replace
  /// `record FILE append`: the recording goes on at the end of a ReluLab
  /// recording there (or an empty file) with no other name, after a comment
  /// line saying so; anything else is refused (``RecordingWriter``).
  case append

  /// The words `record` takes after FILE.
  package static var words: [String] { [replace.rawValue, append.rawValue] }
}
