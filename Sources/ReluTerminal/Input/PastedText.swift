import ReluCore

/// What a bracketed paste puts on the input line: one line of commands, never
/// run until Enter.
///
/// Line breaks become `; `, so a pasted script reads as the same commands on
/// one line. Comments go (a `#` would otherwise swallow the commands joined
/// after it), blank lines go, and escape sequences and control characters are
/// dropped, so nothing in a paste acts as a key. A pasted transcript, with
/// lines that start with the prompt `relulab> `, keeps only those lines,
/// without the prompt: the others are the output the transcript showed.
package enum PastedText {
  /// The input-line text for a pasted block.
  /// - Complexity: O(n) in the length of `text`.
  package static func line(from text: String) -> String {
    let lines = withoutEscapes(text)
      .split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      .map { String($0).trimmingLeadingBlanks() }
    let prompt = LabRenderer.prompt.trimmingTrailingBlanks()
    let transcript = lines.contains { $0.hasPrefix(prompt) }
    let commands = lines.compactMap { line -> String? in
      guard transcript else { return line }
      guard line.hasPrefix(prompt) else { return nil }
      return String(line.dropFirst(prompt.count)).trimmingLeadingBlanks()
    }
    return commands.map(withoutComment).filter { !$0.isEmpty }.joined(separator: "; ")
  }

  /// `line` up to the end of its last token: a trailing `#` comment and blanks go.
  /// (The lexer decides what is a comment, so a `#` inside quotes stays.)
  private static func withoutComment(_ line: String) -> String {
    var lexer = Lexer(Source(name: "<paste>", text: line))
    let end =
      lexer.tokenize().last { $0.kind != .end && $0.kind != .separator }?.range.end ?? 0
    return String(decoding: Array(line.utf8).prefix(end), as: UTF8.self)
  }

  /// `text` without escape sequences (`ESC [ ... final`, or ESC and one
  /// character) and without control characters other than line breaks;
  /// tabs become spaces.
  private static func withoutEscapes(_ text: String) -> String {
    var result = ""
    var scalars = text.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      switch scalar.value {
      case 0x1B:
        // CSI: parameters and intermediates up to a final byte in 0x40...0x7E.
        guard let next = scalars.next(), next == "[" else { continue }
        while let byte = scalars.next(), !(0x40...0x7E).contains(byte.value) {}
      case 0x9B:
        while let byte = scalars.next(), !(0x40...0x7E).contains(byte.value) {}
      case 0x09: result.unicodeScalars.append(" ")
      case 0x0A, 0x0D: result.unicodeScalars.append(scalar)
      case 0..<0x20, 0x7F..<0xA0: continue
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}

extension String {
  fileprivate func trimmingLeadingBlanks() -> String {
    String(drop { $0 == " " })
  }

  fileprivate func trimmingTrailingBlanks() -> String {
    var copy = self
    while copy.last == " " { copy.removeLast() }
    return copy
  }
}
