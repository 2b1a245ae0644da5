import Testing

@testable import ReluTerminal

@Suite struct PasteTests {
  @Test func linesBecomeOneLineOfCommands() {
    #expect(PastedText.line(from: "set alpha 0.3\nplot leaky\n") == "set alpha 0.3; plot leaky")
    #expect(PastedText.line(from: "a\r\nb\rc\n\n  d  ") == "a; b; c; d")
  }

  @Test func commentsAndBlankLinesGoButQuotedHashesStay() {
    let script = "# a lesson\nsay \"step #1\"  # the first\n\n   \nstep 2 # two\n"
    #expect(PastedText.line(from: script) == "say \"step #1\"; step 2")
  }

  @Test func aTranscriptKeepsOnlyItsCommands() {
    let transcript = """
      relulab> set alpha 0.3
      alpha = 0.3
      relulab> compare
      decay from 0.9 to 0.5, lr 0.2
      relulab>
      """
    #expect(PastedText.line(from: transcript) == "set alpha 0.3; compare")
  }

  @Test func escapeSequencesAndControlCharactersNeverReachTheLine() {
    let text = "feed 1\u{1B}[A 2\u{7}\u{1B}[31m 3\u{9B}2J\u{1B}x\tend\u{85}"
    #expect(PastedText.line(from: text) == "feed 1 2 3 end")
  }

  @Test func theCollectorStopsAtTheEndMarkerAndDropsKeyCodes() {
    var collector = PasteCollector()
    let keys: [Key] =
      "ab".map { .character($0) } + [.enter, .up, .tab, .escape, .character("[")]
      + "201~".map { .character($0) }
    let ends = keys.map { collector.add($0) }
    #expect(ends == Array(repeating: false, count: keys.count - 1) + [true])
    #expect(collector.text == "ab\n\t")
  }

  @Test func theCollectorKeepsAtMostItsLimitButStillSeesTheEnd() {
    var collector = PasteCollector(limit: 3)
    var ended = false
    for key in "abcdef".map(Key.character) + [.escape] + "[201~".map(Key.character) {
      ended = collector.add(key)
    }
    #expect(ended)
    #expect(collector.text == "abc")
  }
}

/// A paste read in blocks (D28): a megabyte in 64 KiB reads, characters cut
/// between blocks kept whole, the end marker found, keys after it kept.
@Suite struct PasteBytesTests {
  @Test func aLargePasteIsReadInBlocks() {
    let line = "say héllo » 世界\r"
    let body = String(repeating: line, count: 50_000)  // about a megabyte
    let bytes = Array((body + BracketedPaste.end + "ab").utf8)
    var paste = PasteBytes(limit: 2_000_000)
    var reads = 0
    var offset = 0
    while offset < bytes.count, !paste.finished {
      let end = min(bytes.count, offset + 65_536 - 1)  // odd blocks cut characters
      paste.add(bytes[offset..<end])
      offset = end
      reads += 1
    }
    #expect(paste.finished && reads < 20)
    #expect(paste.collector.text == String(repeating: "say héllo » 世界\n", count: 50_000))
    #expect(paste.after == [.character("a"), .character("b")])
  }

  @Test func aCharacterCutBetweenBlocksWaitsForItsRest() {
    var paste = PasteBytes()
    let bytes = Array("é世".utf8)
    paste.add(bytes[0..<1])
    #expect(paste.collector.text == "")
    paste.add(bytes[1..<3])
    #expect(paste.collector.text == "é")
    paste.add(bytes[3...])
    #expect(paste.collector.text == "é世")
    #expect(PasteBytes.completeLength([0x41, 0xFF]) == 2, "an invalid byte is whole")
  }
}
