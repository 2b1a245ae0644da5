/// Turns the bytes a terminal in raw mode sends into keys and pastes, for the
/// plain prompt's line editor (the lab reads keys through ncurses instead).
///
/// It knows UTF-8, control characters, xterm's cursor and function-key
/// sequences (`ESC [ A`, `ESC O P`, `ESC [ 3 ~`, `ESC [ 1 ; 3 A` for Alt),
/// ESC and a character as Alt, and bracketed paste (`ESC [ 200 ~` ...
/// `ESC [ 201 ~`), whose contents are never taken as keys. Bytes that end in
/// the middle of a sequence are kept for the next call; ``waitMilliseconds``
/// says how long to wait for the rest before calling with `flush`.
package struct ByteKeyDecoder: Sendable {
  private var pending: [UInt8] = []
  /// The bytes of a paste under way, or nil outside one.
  private var pasted: [UInt8]?
  /// The most bytes of one paste kept.
  private let pasteLimit = 100_000

  package init() {}

  /// How long to wait for more bytes before calling ``decode(_:flush:)`` with
  /// `flush`: 25 ms after an unfinished sequence (a lone ESC is the Escape
  /// key), a second inside a paste that has not ended; nil when nothing waits.
  package var waitMilliseconds: Int? {
    if pasted != nil { return 1000 }
    return pending.isEmpty ? nil : 25
  }

  /// Decodes `bytes` after what was kept from before.
  /// - Parameters:
  ///   - bytes: What the terminal sent.
  ///   - flush: No more bytes came in time: an unfinished sequence ends here
  ///     (a lone ESC is Escape, a paste without its end marker is the paste).
  /// - Returns: The keys and pastes, in order.
  /// - Complexity: O(bytes).
  package mutating func decode(_ bytes: [UInt8], flush: Bool = false) -> [TerminalInput] {
    pending += bytes
    var events: [TerminalInput] = []
    var index = 0
    while index < pending.count {
      if pasted != nil {
        let (next, waiting) = takePaste(from: index, flush: flush, into: &events)
        index = next
        if waiting { break }
        continue
      }
      guard let (event, length) = next(at: index, flush: flush) else { break }
      if let event { events.append(event) }
      index += length
    }
    pending.removeFirst(index)
    if flush, let bytes = pasted {
      events.append(.paste(String(decoding: bytes, as: UTF8.self)))
      pasted = nil
    }
    return events
  }

  private static let pasteEnd: [UInt8] = Array("\u{1B}[201~".utf8)

  /// Paste bytes from `index` up to the end marker.
  /// - Returns: Where to go on, and whether the bytes end inside what may be
  ///   the end marker (then wait for more).
  private mutating func takePaste(
    from index: Int, flush: Bool, into events: inout [TerminalInput]
  ) -> (Int, Bool) {
    let end = Self.pasteEnd
    var position = index
    while position < pending.count {
      if pending[position] == end[0] {
        let available = min(end.count, pending.count - position)
        guard Array(pending[position..<position + available]) == Array(end.prefix(available))
        else {
          append(pending[position])
          position += 1
          continue
        }
        guard available == end.count else {
          if !flush { return (position, true) }  // wait for the rest of the marker
          append(pending[position])
          position += 1
          continue
        }
        events.append(.paste(String(decoding: pasted ?? [], as: UTF8.self)))
        pasted = nil
        return (position + end.count, false)
      }
      append(pending[position])
      position += 1
    }
    return (position, false)
  }

  private mutating func append(_ byte: UInt8) {
    if let count = pasted?.count, count < pasteLimit { pasted?.append(byte) }
  }

  /// The event at `index` and how many bytes it took (a nil event for bytes
  /// that stand for nothing), or nil when the bytes end too soon.
  private mutating func next(at index: Int, flush: Bool) -> (TerminalInput?, Int)? {
    let byte = pending[index]
    switch byte {
    case 0x1B: return escape(at: index, flush: flush)
    case 0x80...:
      guard let length = Self.utf8Length(byte) else { return (nil, 1) }  // a stray byte
      var end = index + 1
      while end < pending.count, end < index + length, Self.isContinuation(pending[end]) {
        end += 1
      }
      if end == index + length, let scalar = Self.scalar(pending[index..<end]) {
        return (.key(KeyDecoder.character(scalar.value)), length)
      }
      // Not UTF-8 (a Latin-1 or GB18030 terminal, a cut sequence): only the
      // lead byte goes, and what follows it is read as it is.
      if end == pending.count, end < index + length, !flush { return nil }  // wait for the rest
      return (nil, 1)
    default:
      return (.key(KeyDecoder.character(UInt32(byte))), 1)
    }
  }

  /// How many bytes a UTF-8 sequence starting with `lead` has (2 to 4), or
  /// nil when `lead` cannot start one.
  package static func utf8Length(_ lead: UInt8) -> Int? {
    switch lead {
    case 0xC2...0xDF: 2
    case 0xE0...0xEF: 3
    case 0xF0...0xF4: 4
    default: nil
    }
  }

  /// Whether `byte` continues a UTF-8 sequence (10xxxxxx).
  package static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

  /// The one scalar `bytes` encode in UTF-8, or nil when they are not exactly
  /// one well-formed scalar (overlong forms and surrogates are not).
  package static func scalar(_ bytes: some Collection<UInt8>) -> Unicode.Scalar? {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    guard case .scalarValue(let scalar) = decoder.decode(&iterator), iterator.next() == nil
    else { return nil }
    return scalar
  }

  private mutating func escape(at index: Int, flush: Bool) -> (TerminalInput?, Int)? {
    guard index + 1 < pending.count else { return flush ? (.key(.escape), 1) : nil }
    let introducer = pending[index + 1]
    switch introducer {
    case UInt8(ascii: "["):
      // CSI: parameters up to a final byte in 0x40...0x7E.
      var end = index + 2
      while end < pending.count, !(0x40...0x7E).contains(pending[end]) { end += 1 }
      guard end < pending.count else { return flush ? (.key(.escape), pending.count - index) : nil }
      let parameters = String(decoding: pending[(index + 2)..<end], as: UTF8.self)
      let length = end - index + 1
      if pending[end] == UInt8(ascii: "~"), parameters == "200" {
        pasted = []
        return (nil, length)
      }
      return (.key(Self.csi(parameters, final: pending[end])), length)
    case UInt8(ascii: "O"):
      guard index + 2 < pending.count else { return flush ? (.key(.alt("O")), 2) : nil }
      return (.key(Self.ss3(pending[index + 2])), 3)
    case 0x20..<0x7F:
      return (.key(.alt(Character(Unicode.Scalar(introducer)))), 2)
    default:
      return (.key(.escape), 1)
    }
  }

  /// `ESC [ parameters final`.
  private static func csi(_ parameters: String, final: UInt8) -> Key {
    let alt = parameters == "1;3"
    switch (Character(Unicode.Scalar(final)), parameters.isEmpty || parameters == "1" || alt) {
    case ("A", true): return alt ? .altUp : .up
    case ("B", true): return alt ? .altDown : .down
    case ("C", true): return alt ? .altRight : .right
    case ("D", true): return alt ? .altLeft : .left
    case ("H", true): return .home
    case ("F", true): return .end
    case ("Z", _): return .backTab
    case ("~", _):
      switch parameters {
      case "1", "7": return .home
      case "4", "8": return .end
      case "2": return .insert
      case "3": return .delete
      case "5": return .pageUp
      case "6": return .pageDown
      case "11", "12", "13", "14", "15": return .function((Int(parameters) ?? 11) - 10)
      case "17", "18", "19", "20", "21": return .function((Int(parameters) ?? 17) - 11)
      case "23", "24": return .function((Int(parameters) ?? 23) - 12)
      default: return .unknown(Int(final))
      }
    default: return .unknown(Int(final))
    }
  }

  /// `ESC O x`: cursor keys in application mode, F1 to F4.
  private static func ss3(_ byte: UInt8) -> Key {
    switch byte {
    case UInt8(ascii: "A"): .up
    case UInt8(ascii: "B"): .down
    case UInt8(ascii: "C"): .right
    case UInt8(ascii: "D"): .left
    case UInt8(ascii: "H"): .home
    case UInt8(ascii: "F"): .end
    case UInt8(ascii: "P")...UInt8(ascii: "S"): .function(Int(byte) - Int(UInt8(ascii: "P")) + 1)
    default: .unknown(Int(byte))
    }
  }
}
