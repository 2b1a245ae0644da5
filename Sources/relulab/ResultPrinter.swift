import ReluCore
import ReluTerminal

/// Prints the interpreter's events for batch mode and the plain REPL: results
/// to standard output as text or JSON Lines, diagnostics to standard error as
/// `FILE:LINE:COLUMN: error: ...` with the source line and a caret.
struct ResultPrinter {
  var json: Bool
  /// The language of the printer's own words (the note prefix): the
  /// session's as the run began.
  var language = InterfaceLanguage.en

  func print(_ event: InterpreterEvent) {
    switch event {
    case .output(let output, let context):
      let pictures = TextReport.Pictures(context)
      if json {
        var writer = StandardStreams.jsonWriter()
        JSONReport.write(output, pictures: pictures, into: &writer)
        writer.flush()
      } else {
        StandardStreams.out { pending in
          var sink = ReportSink.bytes(&pending, sayMarker: Self.sayMarker(context.language))
          TextReport.write(
            output, digits: context.digits, pictures: pictures, language: context.language,
            into: &sink)
          sink.take(into: &pending)
        }
      }
    case .note(let text):
      if json {
        var writer = StandardStreams.jsonWriter()
        JSONReport.write(note: text, into: &writer)
        writer.flush()
      } else {
        StandardStreams.out(
          CommandLineMessage.notePrefix.words(language) + VisibleText.escaped(text) + "\n")
      }
    case .echo(let text):
      if !json { StandardStreams.out(Self.echoPrompt + text + "\n") }
    case .failure(let diagnostic):
      if json {
        var writer = StandardStreams.jsonWriter()
        JSONReport.write(diagnostic, into: &writer)
        writer.flush()
      }
      StandardStreams.err(
        TextReport.lines(for: diagnostic).map(\.text).joined(separator: "\n") + "\n")
    }
  }

  /// What sets `say` apart from results, as the lab marks it: `» `, or
  /// `> ` in Chinese, where » is ambiguous width (two columns in a terminal
  /// set up for Chinese).
  static func sayMarker(_ language: InterfaceLanguage) -> String {
    language == .zh ? "> " : "» "
  }
  /// What an echoed lesson command follows: the prompt it is typed at.
  static let echoPrompt = "relulab> "

  /// A problem with the command line itself, such as a script that cannot be read.
  func printInvocationError(_ message: String, file: String) {
    if json {
      var writer = StandardStreams.jsonWriter()
      writer.beginObject()
      writer.member("error", message)
      writer.member("file", file)
      writer.endObject()
      writer.endLine()
      writer.flush()
    }
    StandardStreams.err("relulab: \(VisibleText.escaped(message))\n")
  }
}
