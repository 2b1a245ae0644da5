/// What a played lesson reported, kept as text: the lines its output pane
/// shows, not the results themselves, so a frame of a lesson that feeds 10^7
/// values holds a few lines for that feed, not its 160 MB of numbers.
///
/// It is bounded like the lab's output pane: the newest ``lineLimit`` lines
/// and ``byteLimit`` bytes of text; older entries go first.
package struct LessonTranscript: Sendable, Equatable {
  /// One thing the lesson reported.
  package enum Entry: Sendable, Equatable {
    /// A command about to run, as written.
    case echo(String)
    /// The lesson's words: the output of `say`, `pause` or `title`.
    case words(CommandOutput)
    /// A bare `view`, which changed nothing: its lines (the lab leaves it
    /// and its echo out, as the plot pane shows the picture already).
    case bareView([ReportLine])
    /// Any other output, a note or a failure, as lines (numbers written
    /// with the digits in force then; pictures left to the screen).
    case lines([ReportLine])

    /// The entry for one event.
    init(_ event: InterpreterEvent) {
      switch event {
      case .echo(let text): self = .echo(text)
      case .output(let output, let context):
        switch output {
        case .say, .pause, .title: self = .words(output)
        case .view(_, switched: false, _):
          self = .bareView(
            TextReport.lines(for: output, digits: context.digits, language: context.language))
        default:
          self = .lines(
            TextReport.lines(for: output, digits: context.digits, language: context.language))
        }
      case .note(let text): self = .lines([ReportLine(text, role: .note)])
      case .failure(let diagnostic): self = .lines(TextReport.lines(for: diagnostic))
      }
    }

    /// Its lines and bytes of text, for the bounds.
    fileprivate var size: (lines: Int, bytes: Int) {
      switch self {
      case .echo(let text): (1, text.utf8.count)
      case .words(.say(let text)), .words(.pause(let text)), .words(.title(let text)):
        (1, text.utf8.count)
      case .words: (1, 0)
      case .bareView(let lines), .lines(let lines):
        (lines.count, lines.reduce(0) { $0 + $1.text.utf8.count })
      }
    }

    /// Whether it is a `pause`.
    package var isPause: Bool {
      if case .words(.pause) = self { return true }
      return false
    }
  }

  /// The most lines kept, as in the output pane.
  package static let lineLimit = 5000
  /// The most bytes of text kept, as in the output pane.
  package static let byteLimit = 8 << 20

  /// The entries, dropped ones first (up to ``head``).
  private var storage: [Entry] = []
  /// Where the kept entries start in ``storage``.
  private var head = 0
  /// The lines and bytes the kept entries hold.
  private var lineCount = 0
  private var byteCount = 0

  package init() {}

  /// The entries kept, oldest first.
  package var entries: ArraySlice<Entry> { storage[head...] }

  /// Adds the entry for `event`, dropping the oldest past the bounds.
  /// - Complexity: Amortized O(1) but for rendering the event's lines.
  package mutating func append(_ event: InterpreterEvent) {
    let entry = Entry(event)
    let size = entry.size
    storage.append(entry)
    lineCount += size.lines
    byteCount += size.bytes
    while lineCount > Self.lineLimit || byteCount > Self.byteLimit, head < storage.count - 1 {
      let dropped = storage[head].size
      lineCount -= dropped.lines
      byteCount -= dropped.bytes
      head += 1
    }
    // Dropped entries are released in one move, once they are half of it.
    if head >= 64, head * 2 >= storage.count {
      storage.removeFirst(head)
      head = 0
    }
  }

  package static func == (lhs: LessonTranscript, rhs: LessonTranscript) -> Bool {
    lhs.entries == rhs.entries
  }
}
