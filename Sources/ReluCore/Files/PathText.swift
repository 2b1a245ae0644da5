/// Paths as text, the way the language takes them: no normalisation, no
/// expansion.
package enum PathText {
  /// The folder part of a path, or nil for a bare file name (`/` for a file
  /// at the root).
  package static func directory(of path: String) -> String? {
    guard let slash = path.lastIndex(of: "/") else { return nil }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }
}
