/// Who wrote a ``Source``'s commands, which decides what they may write.
package enum SourceOrigin: Sendable, Equatable {
  /// The person at the keyboard: a line typed at the lab or the plain
  /// prompt, a key's command, an `-e` argument.
  case typed
  /// A file: a script argument, `-i`, `load`, a lesson, standard input that
  /// is not a terminal. Its `export` and `record` may not name a hidden file
  /// or anything in a hidden folder (see ``WriteRules``).
  case script
}

/// A named text of commands: a script file, an `-e` argument, a typed line.
///
/// Positions inside it are UTF-8 byte offsets; line and column are worked out
/// from a line table only when a diagnostic is shown.
package struct Source: Sendable {
  /// What diagnostics call it: a file path, `-e`, `<stdin>` or `<input>`.
  package let name: String
  /// The commands.
  ///
  /// Invalid UTF-8 was repaired (U+FFFD) on the way in.
  package let text: String
  /// The UTF-8 bytes of `text`, which the lexer scans.
  let bytes: [UInt8]
  /// The folder that relative paths in `load` are resolved against, or nil
  /// for the current directory.
  package let directory: String?
  /// The line number of the text's first line (more than 1 when a front end
  /// feeds a stream to the interpreter line by line).
  package let firstLine: Int
  /// Who wrote it: a script unless a front end says the person typed it.
  package let origin: SourceOrigin
  private let lineStarts: [Int]

  /// A UTF-8 byte-order mark at the start of `text` is dropped (editors on
  /// some systems write one), so columns count from the first real character.
  package init(
    name: String, text: String, directory: String? = nil, firstLine: Int = 1,
    origin: SourceOrigin = .script
  ) {
    var text = text
    if text.utf8.starts(with: [0xEF, 0xBB, 0xBF]) {
      text = String(decoding: text.utf8.dropFirst(3), as: UTF8.self)
    }
    self.name = name
    self.text = text
    self.directory = directory
    self.firstLine = firstLine
    self.origin = origin
    bytes = Array(text.utf8)
    var starts = [0]
    for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
      starts.append(offset + 1)
    }
    lineStarts = starts
  }

  /// A source read from raw bytes, repairing invalid UTF-8.
  package init(
    name: String, bytes: [UInt8], directory: String? = nil, firstLine: Int = 1,
    origin: SourceOrigin = .script
  ) {
    self.init(
      name: name, text: String(decoding: bytes, as: UTF8.self), directory: directory,
      firstLine: firstLine, origin: origin)
  }

  /// The line (numbered from ``firstLine``) and 1-based column of a byte offset.
  ///
  /// The column counts
  /// characters (grapheme clusters), as editors do.
  package func position(of offset: Int) -> (line: Int, column: Int) {
    let clamped = max(0, min(offset, bytes.count))
    let line = lineIndex(containing: clamped)
    let prefix = bytes[lineStarts[line]..<clamped]
    let column = String(decoding: prefix, as: UTF8.self).count + 1
    return (line + firstLine, column)
  }

  /// The text of line `line` (numbered from ``firstLine``), without its line break.
  package func lineText(_ line: Int) -> String {
    let index = max(0, min(line - firstLine, lineStarts.count - 1))
    let start = lineStarts[index]
    var end = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : bytes.count
    if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
  }

  /// The source text between two byte offsets.
  package func slice(_ range: SourceRange) -> String {
    let lower = max(0, min(range.start, bytes.count))
    let upper = max(lower, min(range.end, bytes.count))
    return String(decoding: bytes[lower..<upper], as: UTF8.self)
  }

  private func lineIndex(containing offset: Int) -> Int {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
    }
    return low
  }
}

/// A span of a ``Source`` as UTF-8 byte offsets, `start` inclusive, `end` exclusive.
package struct SourceRange: Sendable, Hashable {
  package var start: Int
  package var end: Int

  package init(start: Int, end: Int) {
    self.start = start
    self.end = max(start, end)
  }

  /// The smallest range covering both.
  package func union(_ other: SourceRange) -> SourceRange {
    SourceRange(start: min(start, other.start), end: max(end, other.end))
  }
}
