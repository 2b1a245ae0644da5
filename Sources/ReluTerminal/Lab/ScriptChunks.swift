import ReluCore

/// A source cut into pieces that end at each top-level `pause` and `load`, so
/// the lab can show the session's plot as it stands when a script pauses.
///
/// The interpreter reports `pause` from inside its run, while the session is
/// being changed and cannot be read; running the source piece by piece lets the
/// lab wait for the key between pieces instead, with the plot up to date.
/// Each piece is the whole source with every other statement blanked out
/// (line breaks kept), so line and column numbers in errors stay those of the
/// original text.
package struct ScriptChunks: Sendable {
  /// One piece.
  package struct Chunk: Sendable {
    package var source: Source
    /// Whether the piece ends with a top-level `pause`.
    package var endsWithPause: Bool
  }

  /// The pieces, in order.
  package let chunks: [Chunk]

  /// Cuts a source into pieces.
  ///
  /// A source that does not parse, or has no `pause`, is one piece.
  package init(_ source: Source) {
    let parsed = Parser.parse(source)
    var statements: [Statement] = []
    for item in parsed {
      guard case .success(let statement) = item else {
        chunks = [Chunk(source: source, endsWithPause: false)]
        return
      }
      statements.append(statement)
    }
    guard statements.contains(where: { $0.command == .pause }) else {
      chunks = [Chunk(source: source, endsWithPause: false)]
      return
    }
    var pieces: [Chunk] = []
    var first = 0
    for (index, statement) in statements.enumerated() {
      let isPause = statement.command == .pause
      let isLoad = if case .load = statement.command { true } else { false }
      guard isPause || isLoad || index == statements.count - 1 else { continue }
      let range = statements[first].range.start..<statement.range.end
      pieces.append(
        Chunk(source: Self.keeping(range, of: source), endsWithPause: isPause))
      first = index + 1
    }
    chunks = pieces
  }

  /// `source` with every byte outside `range` turned into a space, except line breaks.
  private static func keeping(_ range: Range<Int>, of source: Source) -> Source {
    var bytes = Array(source.text.utf8)
    for offset in bytes.indices where !range.contains(offset) && bytes[offset] != 0x0A {
      bytes[offset] = 0x20
    }
    return Source(
      name: source.name, text: String(decoding: bytes, as: UTF8.self),
      directory: source.directory, firstLine: source.firstLine)
  }
}
