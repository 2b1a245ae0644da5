/// "Did you mean ...?": the known name nearest to a mistyped word.
package enum NameSuggestion {
  /// The name in `names` closest to `word` by edit distance (in any letter
  /// case), if it is close enough to be a likely typo.
  package static func nearest(to word: String, among names: [String]) -> String? {
    // The distance is at least the difference in length, so long words (a
    // pasted paragraph) are not compared at all; one-letter aliases would match
    // every one-letter typo, so they are not suggested.
    let word = word.lowercased()
    let limit = max(1, min(2, word.count / 2))
    let candidates = names.filter { $0.count > 1 && abs($0.count - word.count) <= limit }
    let scored = candidates.map { (name: $0, distance: EditDistance.between(word, $0)) }
    guard let best = scored.min(by: { $0.distance < $1.distance }) else { return nil }
    return best.distance <= limit ? best.name : nil
  }
}
