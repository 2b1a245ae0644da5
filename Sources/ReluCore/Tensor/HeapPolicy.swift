/// How the benchmark asks the C library's heap to treat large arrays.
///
/// Applied once at its start-up. `relulab` does not apply it: measured as a whole
/// process (three 10^7 feeds, release build) it kept 78 MB more at its peak
/// and gained no time (README, Performance).
///
/// A 10^7-element feed makes arrays of 80 MB. By default glibc maps each such
/// array afresh and unmaps it when freed, so every new result faults in pages
/// that the kernel must zero first: measured here, that made relu forward
/// about 2x the time of copying the same bytes. Under this policy large
/// arrays come from the heap and freed memory stays with the process (up to
/// ``retainedBytes``), so the next result reuses pages already in memory.
/// The cost: after a large computation the process keeps up to that much
/// memory mapped until it exits.
package enum HeapPolicy {
  /// Free memory the heap keeps for reuse instead of returning it: room for
  /// the input, output and mask of a 10^7-element feed and more.
  package static let retainedBytes = 512 << 20

  /// Applies the policy; false where the C library has no such settings.
  @discardableResult
  package static func apply() -> Bool {
    Platform.keepFreedMemory(retainedBytes: retainedBytes)
  }
}
