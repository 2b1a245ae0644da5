import ReluCore
import ReluTestSupport
import Testing

@testable import ReluTerminal

/// Every shipped lesson played in the lab, in both languages, at a projector's
/// 120x36 and a laptop's 80x24: the screen at each pause, as a student reads
/// it, against one golden file per lesson, language and size
/// (`Snapshots/lessons/LANG/NN-NAME-WxH.txt`).
///
/// Read a re-recorded file as a student would before committing it: at each
/// pause the words on screen must be true of the picture and the output
/// beside them. Re-record with
/// `RELULAB_RECORD_SNAPSHOTS=1 swift test --filter LessonScreenTests`.
@Suite struct LessonScreenTests {
  /// The two sizes every lesson is read at.
  static let sizes = [(width: 120, height: 36), (width: 80, height: 24)]

  /// One case per lesson and language, so they run side by side.
  @Test(arguments: LessonCatalog.all.map(\.path))
  func everyPauseOfEveryLesson(path: String) throws {
    let lesson = try #require(LessonCatalog.all.first { $0.path == path })
    for size in Self.sizes {
      let screens = Self.screens(of: lesson, width: size.width, height: size.height)
      #expect(screens.count > 1, "\(path) pauses at least once")
      let name = lesson.path.dropLast(".relu".count)
      Golden.check(
        Self.document(screens), file: "lessons/\(name)-\(size.width)x\(size.height).txt")
    }
  }

  /// The screens at each pause of `lesson` played with Space, then the screen
  /// after its end.
  static func screens(of lesson: Lesson, width: Int, height: Int) -> [[String]] {
    let terminal = PauseCamera(width: width, height: height)
    var interpreter = Interpreter()
    interpreter.language = lesson.language
    let loop = LabLoop(terminal: terminal, interpreter: interpreter, history: History(), file: nil)
    _ = loop.run(startupScripts: [lesson.source])
    return terminal.screens
  }

  /// The screens one after another, each under a header line
  /// `--- pause N of M ---` (the last: `--- end ---`), rows with their
  /// trailing spaces.
  static func document(_ screens: [[String]]) -> String {
    let pauses = screens.count - 1
    return screens.enumerated().map { index, rows in
      let header = index < pauses ? "--- pause \(index + 1) of \(pauses) ---" : "--- end ---"
      return ([header] + rows).map { $0 + "\n" }.joined()
    }.joined()
  }
}

/// An in-memory terminal that answers every wait with Space, keeping the
/// screen it showed while it waited, until the lesson is over; then it ends
/// the input, keeping the last screen.
final class PauseCamera: LabTerminal {
  let size: (width: Int, height: Int)
  let supportsUnicode = true
  let colorDepth = ColorDepth.monochrome
  /// The screen at each wait, in order.
  private(set) var screens: [[String]] = []
  private var last: ScreenBuffer?
  private var ended = false

  init(width: Int, height: Int) {
    size = (width, height)
  }

  /// Whether a status row is a lesson's pause banner, in either language,
  /// full or short.
  static func isPause(_ row: String) -> Bool {
    row.contains("paused at") || row.hasPrefix(" pause ") || row.contains("暂停")
  }

  func draw(_ frame: ScreenBuffer) { last = frame }
  func repaintAll() {}
  func bell() {}

  func read(timeoutMilliseconds: Int) -> TerminalInput {
    guard timeoutMilliseconds > 0, !ended else { return ended ? .endOfInput : .timeout }
    screens.append(last?.lines ?? [])
    // The lab's own prompt after the lesson: the lesson is over.
    if let last, last.lines[size.height - 1].hasPrefix("relulab>"),
      !Self.isPause(last.lines[size.height - 2])
    {
      ended = true
      return .endOfInput
    }
    return .key(.character(" "))
  }
}
