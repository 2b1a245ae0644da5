import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Golden files: text a test produces, compared line by line with a file kept
/// in git under the calling test target's `Snapshots/` folder.
///
/// Every test target compares golden text through ``check(_:file:filePath:sourceLocation:)``.
/// A difference, or a missing golden file, is a test failure that names the
/// file. With `RELULAB_RECORD_SNAPSHOTS=1` the file is written instead, and
/// the test still fails ("recorded ..., run again without ..."), so a
/// recording run never passes silently: review the change in git, then run
/// the tests again without the variable.
package enum Golden {
  /// Set it to `1` to rewrite golden files on purpose.
  package static let recordVariable = "RELULAB_RECORD_SNAPSHOTS"

  /// Whether this run records golden files (`RELULAB_RECORD_SNAPSHOTS=1`).
  package static var isRecording: Bool {
    getenv(recordVariable).map { String(cString: $0) } == "1"
  }

  /// Compares `actual` with a golden file, or records it.
  ///
  /// - Parameters:
  ///   - actual: The text the test produced.
  ///   - name: The golden file's path under `Snapshots/`, such as
  ///     `relu-80x24.txt` or `examples/plots.relu.txt`.
  ///   - filePath: The calling source file; its test target's folder holds
  ///     `Snapshots/`. Leave the default.
  ///   - sourceLocation: Where a failure is reported. Leave the default.
  /// - Returns: Whether the text matched (false also when recording).
  @discardableResult
  package static func check(
    _ actual: String, file name: String, filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
  ) -> Bool {
    let failure = failure(of: actual, file: name, filePath: filePath, recording: isRecording)
    guard let failure else { return true }
    Issue.record(Comment(rawValue: failure), sourceLocation: sourceLocation)
    return false
  }

  /// What ``check(_:file:filePath:sourceLocation:)`` compares, the golden
  /// file found from the calling source file as it finds it, with the
  /// failure returned instead of recorded: the helper's own test reads it
  /// without making its run report an issue.
  package static func failure(
    of actual: String, file name: String, filePath: String, recording: Bool
  ) -> String? {
    failure(of: actual, file: name, in: folder(for: filePath), recording: recording)
  }

  /// What ``check(_:file:filePath:sourceLocation:)`` does, with the folder and
  /// the mode given and the failure returned instead of recorded (so the
  /// helper's own tests can read it).
  ///
  /// - Parameters:
  ///   - actual: The text the test produced.
  ///   - name: The golden file's path under `folder`.
  ///   - folder: The `Snapshots/` folder.
  ///   - recording: Whether to write the file instead of comparing.
  /// - Returns: Nil when the golden file holds exactly `actual` and this is
  ///   no recording run; else the failure to report.
  package static func failure(
    of actual: String, file name: String, in folder: String, recording: Bool
  ) -> String? {
    let path = folder + "/" + name
    let shown = displayPath(path)
    let rerun = "\(recordVariable)=1 swift test --filter \(testFilter)"
    let expected: String?
    do {
      expected = try GoldenFile.text(at: path)
    } catch {
      return "cannot read golden file \(shown): \(error)"
    }
    if recording {
      var outcome = "unchanged"
      if expected != actual {
        do {
          try GoldenFile.save(actual, to: path)
        } catch {
          return "cannot record \(shown): \(error)"
        }
        outcome = expected == nil ? "new file" : "rewritten: review the change with git diff"
      }
      return "recorded \(shown), run again without \(recordVariable) (\(outcome))"
    }
    guard let expected else {
      return """
        no golden file \(shown); record it with \(rerun), \
        review it, then run again without \(recordVariable)
        """
    }
    let differences = differences(expected: expected, actual: actual)
    guard !differences.isEmpty else { return nil }
    return """
      the text differs from the golden file \(shown):
      \(differences.joined(separator: "\n"))
      if the change is meant, record it with \(rerun) and review it with git diff
      """
  }

  /// The lines that differ, as `line N:` with the expected and actual text,
  /// at most `limit` of them (then a count of the rest); empty when equal.
  ///
  /// - Parameters:
  ///   - expected: The golden file's text.
  ///   - actual: The text the test produced.
  ///   - limit: The most differing lines to show.
  /// - Returns: One entry per differing line; a line one side lacks shows as `<missing>`.
  package static func differences(expected: String, actual: String, limit: Int = 6) -> [String] {
    guard expected != actual else { return [] }
    let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let got = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var report: [String] = []
    for index in 0..<max(want.count, got.count) {
      let a = index < want.count ? String(want[index]) : "<missing>"
      let b = index < got.count ? String(got[index]) : "<missing>"
      if a != b { report.append("line \(index + 1):\n  expected |\(a)|\n  actual   |\(b)|") }
    }
    guard report.count > limit else { return report }
    return Array(report.prefix(limit)) + ["(\(report.count - limit) more lines differ)"]
  }

  /// The `Snapshots/` folder of the test target that holds `filePath`:
  /// `<package>/Tests/<Target>/Snapshots`, wherever below the target the file
  /// sits; beside the file when it is not under a `Tests/` folder.
  ///
  /// - Parameter filePath: A test's source file, as `#filePath` gives it.
  /// - Returns: The folder, without a trailing slash.
  package static func folder(for filePath: String) -> String {
    var components = Array(
      filePath.split(separator: "/", omittingEmptySubsequences: false).dropLast())
    if let tests = components.lastIndex(of: "Tests"), tests + 1 < components.count {
      components = Array(components[...(tests + 1)])
    }
    return components.joined(separator: "/") + "/Snapshots"
  }

  /// `path` from its `Tests/` folder on (as the package root sees it), else whole.
  static func displayPath(_ path: String) -> String {
    let components = path.split(separator: "/", omittingEmptySubsequences: false)
    guard let tests = components.dropLast().lastIndex(of: "Tests") else { return path }
    return components[tests...].joined(separator: "/")
  }

  /// A `--filter` that selects the running test: its function's name.
  static var testFilter: String {
    guard let name = Test.current?.name else { return "<test>" }
    return String(name.prefix { $0 != "(" })
  }
}

/// Reading and writing golden files with the C library (the test targets
/// need no Foundation).
enum GoldenFile {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// The file's text, or nil when there is no such file.
  static func text(at path: String) throws(Failure) -> String? {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else {
      if errno == ENOENT { return nil }
      throw Failure(description: String(cString: strerror(errno)))
    }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      guard count >= 0 else { throw Failure(description: String(cString: strerror(errno))) }
      if count == 0 { break }
      bytes += buffer[0..<count]
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Writes `text` to `path` whole (a temporary file renamed over it),
  /// creating the folders it needs.
  static func save(_ text: String, to path: String) throws(Failure) {
    let components = path.split(separator: "/", omittingEmptySubsequences: false)
    for end in components.indices.dropLast() where !components[end].isEmpty {
      let folder = components[...end].joined(separator: "/")
      if mkdir(folder, 0o755) != 0, errno != EEXIST {
        throw Failure(description: "\(folder): \(String(cString: strerror(errno)))")
      }
    }
    let temporary = path + ".recording-\(getpid())"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else { throw Failure(description: String(cString: strerror(errno))) }
    let bytes = Array(text.utf8)
    var written = 0
    while written < bytes.count {
      let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      guard count > 0 else {
        let reason = String(cString: strerror(errno))
        close(descriptor)
        unlink(temporary)
        throw Failure(description: reason)
      }
      written += count
    }
    close(descriptor)
    guard rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw Failure(description: reason)
    }
  }
}
