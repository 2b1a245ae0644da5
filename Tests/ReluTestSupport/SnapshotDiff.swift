/// Comparing rendered text with a golden file, for every test target.
package enum SnapshotDiff {
  /// Whether golden files should be rewritten instead of compared: set
  /// `RELULAB_RECORD_SNAPSHOTS=1` to re-record them on purpose.
  package static let environmentVariable = "RELULAB_RECORD_SNAPSHOTS"

  /// The lines that differ, as `line N:` with the expected and actual text,
  /// at most `limit` of them (then a count of the rest); empty when equal.
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
}
