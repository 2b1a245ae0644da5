// libFuzzer entry point for the lab's key handling: every input is bytes from
// a terminal, read in pieces as they might arrive, decoded by ByteKeyDecoder
// into keys and pastes, bound by KeyMap and applied to the input line (the
// line editor, history, Ctrl-R search, Tab) and to PastedText. A trap, a
// cursor off the line or a raw control character in what would be painted
// is a bug. Built by Scripts/fuzz.sh together with ReluCore's sources and
// ReluTerminal's input and editing files.

/// Whether `text` holds a C0 or C1 control or DEL, which must never be painted.
private func hasControl(_ text: String) -> Bool {
  text.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }
}

private func check(_ line: InputLine) {
  let editor = line.editor
  precondition(editor.cursor >= 0 && editor.cursor <= editor.characters.count, "cursor off the line")
  precondition(!hasControl(editor.text), "a control character on the input line")
  for columns in [1, 2, 9, 80] {
    let view = editor.view(columns: columns)
    precondition(!hasControl(view.text), "a control character painted")
    precondition(view.cursorColumn >= 0 && view.cursorColumn < max(1, columns), "cursor off screen")
    precondition(DisplayWidth.of(view.text) <= columns, "the input line wider than its pane")
  }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzKeys(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  guard let first = bytes.first else { return 0 }
  // The first byte picks how the rest arrives: in reads of 1 to 16 bytes.
  let piece = Int(first % 16) + 1
  var decoder = ByteKeyDecoder()
  var events: [TerminalInput] = []
  var index = 1
  while index < bytes.count {
    let end = min(bytes.count, index + piece)
    events += decoder.decode(Array(bytes[index..<end]))
    index = end
  }
  events += decoder.decode([], flush: true)
  var line = InputLine(history: History(entries: ["feed 1 2", "set alpha 0.3", "plot relu"]))
  for event in events {
    switch event {
    case .paste(let text):
      let pasted = PastedText.line(from: text)
      precondition(!hasControl(pasted), "a control character in a paste's line")
      line.apply(.insert(pasted))
    case .key(let key):
      if line.search != nil {
        if case .submit = line.handleSearch(key) { _ = line.submit() }
        break
      }
      guard let action = KeyMap.action(for: key, lineIsEmpty: line.text.isEmpty) else { break }
      switch action {
      case .edit(let edit): line.apply(edit)
      case .submit: _ = line.submit()
      case .complete:
        for candidate in line.complete() { precondition(!hasControl(candidate), "raw candidate") }
      case .historyPrevious: line.historyPrevious()
      case .historyNext: line.historyNext()
      case .historySearch: line.searchHistory()
      case .cancel: line.clear()
      default: break
      }
    default: break
    }
    check(line)
  }
  return 0
}
