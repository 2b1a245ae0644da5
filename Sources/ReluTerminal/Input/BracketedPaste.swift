/// Bracketed paste, xterm's mode 2004.
///
/// With it on, the terminal wraps pasted text in `ESC [ 200 ~` ...
/// `ESC [ 201 ~`, so a paste can be told from typing.
package enum BracketedPaste {
  /// Turns the mode on.
  package static let enable: StaticString = "\u{1B}[?2004h"
  /// Turns it off again.
  package static let disable: StaticString = "\u{1B}[?2004l"
  /// What follows ESC at the start of a paste.
  package static let startAfterEscape: [Key] = "[200~".map { .character($0) }
  /// The end marker, as text.
  package static let end = "\u{1B}[201~"
}

/// Gathers the keys of a bracketed paste until its end marker, as raw text.
///
/// Characters, Enter and Tab are kept as text (ESC too, so the end marker can
/// be seen; ``PastedText`` removes escape sequences later); keys the terminal
/// decoded into key codes (an arrow inside the paste) are dropped. Nothing in
/// it is ever taken as a key. Beyond ``limit`` characters the text is no
/// longer kept, only watched for the end marker.
package struct PasteCollector: Sendable, Equatable {
  /// The text pasted so far, without the end marker.
  package private(set) var text = ""
  /// The most characters kept.
  package let limit: Int
  /// The last few characters, for spotting the end marker past the limit.
  private var tail = ""
  private var count = 0

  package init(limit: Int = 100_000) {
    self.limit = max(0, limit)
  }

  /// Adds a key of the paste.
  /// - Returns: true when the key completed the end marker: the paste is over.
  package mutating func add(_ key: Key) -> Bool {
    let character: Character
    switch key {
    case .character(let typed): character = typed
    case .enter: character = "\n"
    case .tab: character = "\t"
    case .escape: character = "\u{1B}"
    default: return false
    }
    tail.append(character)
    if tail.count > BracketedPaste.end.count { tail.removeFirst() }
    if count < limit {
      text.append(character)
      count += 1
    }
    guard tail == BracketedPaste.end else { return false }
    // Past the limit only part of the marker may be in the text: what is left
    // of it is an unfinished escape sequence, which PastedText drops.
    if text.hasSuffix(BracketedPaste.end) { text.removeLast(BracketedPaste.end.count) }
    return true
  }
}

/// A bracketed paste read in blocks of bytes (UTF-8) straight from the
/// terminal, rather than a key per `read`: a megabyte arrives in a few
/// reads instead of a million.
///
/// Each block's complete characters go through ``KeyDecoder/character(_:)``
/// into a ``PasteCollector``, as keys read one by one would; a character
/// split between blocks waits for the rest. What comes after the end marker
/// is kept as keys, for the lab to read next.
package struct PasteBytes: Sendable {
  /// The paste so far.
  package private(set) var collector: PasteCollector
  /// Whether the end marker has come.
  package private(set) var finished = false
  /// The keys after the end marker.
  package private(set) var after: [Key] = []
  /// The start of a character the block cut.
  private var partial: [UInt8] = []

  package init(limit: Int = 100_000) {
    collector = PasteCollector(limit: limit)
  }

  /// Adds a block of bytes.
  package mutating func add(_ block: some Collection<UInt8>) {
    partial.append(contentsOf: block)
    let complete = Self.completeLength(partial)
    let text = String(decoding: partial[..<complete], as: UTF8.self)
    partial.removeFirst(complete)
    for scalar in text.unicodeScalars {
      let key = KeyDecoder.character(scalar.value)
      if finished {
        after.append(key)
      } else if collector.add(key) {
        finished = true
      }
    }
  }

  /// How many of `bytes` make whole UTF-8 characters: all but the start of
  /// one the block cut (an invalid byte counts as whole: it decodes to U+FFFD).
  static func completeLength(_ bytes: [UInt8]) -> Int {
    var start = bytes.count
    // Back over at most three continuation bytes to the last lead byte.
    while start > 0, bytes.count - start < 3, bytes[start - 1] & 0xC0 == 0x80 { start -= 1 }
    guard start > 0 else { return bytes.count }
    let lead = bytes[start - 1]
    let length =
      lead & 0x80 == 0
      ? 1 : lead & 0xE0 == 0xC0 ? 2 : lead & 0xF0 == 0xE0 ? 3 : lead & 0xF8 == 0xF0 ? 4 : 1
    return bytes.count - (start - 1) < length ? start - 1 : bytes.count
  }
}
