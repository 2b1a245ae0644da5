// libFuzzer entry point: every input is a command script run by a fresh
// interpreter. A trap, a sanitizer report or a hang is a bug. Built by
// Scripts/fuzz.sh together with ReluCore's sources (SwiftPM cannot link
// libFuzzer's main into a package executable).

/// A file system with one script and no writes, so fuzzing touches no files.
struct FuzzFiles: FileSystem {
  func read(path: String) throws(FileError) -> ScriptFile {
    guard path.hasSuffix("a.relu") else {
      throw FileError(
        path: path, reason: .system(Platform.ErrorNumber.noSuchFile), operation: .read)
    }
    return ScriptFile(canonicalPath: "a.relu", bytes: Array("feed 1 -1\nload a.relu\n".utf8))
  }

  func write(_ contents: String, to path: String) throws(FileError) {
    throw FileError(path: path, reason: .system(Platform.ErrorNumber.readOnly))
  }

  func exists(_ path: String) -> Bool { path.hasSuffix("a.relu") }

  func startRecording(_ header: String, at path: String, mode: RecordMode, limit: Int)
    throws(FileError) -> RecordingFile
  {
    throw FileError(path: path, reason: .system(Platform.ErrorNumber.readOnly))
  }

  func continueRecording(_ file: RecordingFile, with text: String)
    throws(FileError) -> RecordingFile
  {
    throw FileError(path: file.path, reason: .system(Platform.ErrorNumber.readOnly))
  }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  // What load checks first: a NUL or bad UTF-8 must be found, never trap.
  if let problem = ScriptBytes.firstProblem(in: bytes) {
    precondition(problem.offset < size && problem.line >= 1, "a problem outside the input")
  }
  var interpreter = Interpreter(fileSystem: FuzzFiles())
  for event in interpreter.run(Source(name: "fuzz", bytes: bytes), keepGoing: true) {
    if case .output(let output, let context) = event {
      _ = TextReport.lines(for: output, in: context)
      // JSON streams through a writer whose chunks go nowhere.
      var json = JSONWriter(sink: { _ in })
      JSONReport.write(output, pictures: TextReport.Pictures(context), into: &json)
      json.flush()
    } else if case .failure(let diagnostic) = event {
      precondition(diagnostic.line >= 1 && diagnostic.column >= 1, "diagnostic without a place")
      // Nothing raw from the input reaches a terminal through an error.
      for line in TextReport.lines(for: diagnostic) {
        precondition(
          !line.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) },
          "a raw control character in an error")
      }
    }
  }
  // The view on screen, as printed and as a small pane arranges it.
  _ = interpreter.scene.view.textLines(size: .standard)
  _ = ViewArrangement.arrange(interpreter.scene.view, width: 58, height: 11)
  return 0
}
