/// Telling a script (UTF-8 text) from a file that is not one, before any of
/// it is run or shown.
package enum ScriptBytes {
  /// The first byte that no script holds: a NUL byte, or a byte that is not
  /// valid UTF-8 where it stands.
  package struct Problem: Sendable, Equatable, CustomStringConvertible {
    /// The byte's offset in the file, from 0.
    package var offset: Int
    /// The 1-based line it is on.
    package var line: Int
    /// The byte itself.
    package var byte: UInt8

    /// `a NUL byte on line 3`, or `invalid UTF-8 (byte 0xFF) on line 2`; never
    /// the file's text.
    package var words: Words {
      let hex = String(byte, radix: 16, uppercase: true)
      let code = "0x\(hex.count == 1 ? "0" : "")\(hex)"
      return byte == 0
        ? Words(en: "a NUL byte on line \(line)", zh: "第 \(line) 行有 NUL 字节")
        : Words(
          en: "invalid UTF-8 (byte \(code)) on line \(line)",
          zh: "第 \(line) 行有无效的 UTF-8（字节 \(code)）")
    }

    /// The English form of ``words``.
    package var description: String { words.en }
  }

  /// The first NUL byte or invalid UTF-8 sequence in `bytes`, or nil for text.
  /// - Complexity: O(n) in the number of bytes.
  package static func firstProblem(in bytes: [UInt8]) -> Problem? {
    var line = 1
    var offset = 0
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        if scalar.value == 0 { return Problem(offset: offset, line: line, byte: 0) }
        if scalar == "\n" { line += 1 }
        offset += UTF8.width(scalar)
      case .emptyInput:
        return nil
      case .error:
        return Problem(offset: offset, line: line, byte: bytes[offset])
      }
    }
  }
}
