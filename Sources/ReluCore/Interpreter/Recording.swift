/// A script `record FILE` is writing: a header that restores the session's
/// settings, then every command that succeeded since, one a line.
///
/// It is a value inside the interpreter, so a lesson replayed in the lab
/// records what the replay ran: each command is written at the end of what
/// this value knows the file holds (``RecordingFile/size``), and anything a
/// later, abandoned run wrote past it is cut off. A command costs its own
/// bytes and one `fsync`, never a rewrite of the whole file.
package struct Recording: Sendable, Equatable {
  package var path: String
  /// Comment lines, then the commands that set the session up.
  package var header: [String]
  /// The commands recorded, as written.
  package var commands: [String] = []
  /// The file: which one it is and how far it is written.
  package var file: RecordingFile

  /// What this recording wrote (after the file's earlier contents, for `append`).
  package var text: String { (header + commands).map { $0 + "\n" }.joined() }
}

extension Interpreter {
  /// The header of a new recording.
  ///
  /// Who wrote it and when, then the settings, layer and plot in force as
  /// commands (the convention first, as it sets alpha). An appended recording starts with one comment line saying so instead.
  func recordingHeader(appending: Bool = false) -> [String] {
    var lines =
      appending
      ? [
        "# Appended by ReluLab \(ReluLabVersion.current), \(Platform.utcMinute()); the settings in force then:"
      ]
      : [
        RecordingWriter.firstLinePrefix + "\(ReluLabVersion.current)"
          + RecordingWriter.firstLineMark + "\(Platform.utcMinute()).",
        "# Replay it with: relulab FILE. The settings in force when it began:",
      ]
    // The language belongs to whoever replays it, not to the session's math.
    // The convention comes first, as it sets alpha and grad0; grad0 follows
    // only when it was set by hand after it.
    var names = SettingName.allCases.filter { $0 != .lang && $0 != .convention }
    lines.append(Self.setCommand(.convention, settings.value(of: .convention)))
    if !settings.gradientAtZeroByHand { names.removeAll { $0 == .grad0 } }
    lines += names.map { Self.setCommand($0, settings.value(of: $0)) }
    lines.append("use \(layerKind.rawValue)")
    if let chosenSeries {
      lines.append("plot " + chosenSeries.map(\.description).joined(separator: " "))
    }
    lines.append("# The commands:")
    return lines
  }

  static func setCommand(_ name: SettingName, _ value: SettingValue) -> String {
    "set \(name.rawValue) \(value.text)"
  }

  /// Starts `record FILE [replace|append]` from a source of `origin`.
  /// - Throws: `CommandError` at the path: a name refused by ``WriteRules``,
  ///   an existing file without replace or append, or the write's error.
  mutating func startRecording(
    _ target: RecordTarget, origin: SourceOrigin
  ) throws(CommandError) -> CommandOutput {
    let path = target.path.value
    if let recording {
      throw CommandError(
        InterpreterMessage.alreadyRecording(VisibleText.escaped(recording.path)).words,
        at: target.path.range)
    }
    if let reason = WriteRules.refusal(
      of: path, fileExtension: "relu", what: Words(en: "a recording", zh: "录制"), origin: origin)
    {
      throw CommandError(
        FileError(path: path, reason: .refused(reason)).words, at: target.path.range)
    }
    let header = recordingHeader(appending: target.mode == .append && fileSystem.exists(path))
    do {
      let file = try fileSystem.startRecording(
        header.map { $0 + "\n" }.joined(), at: path, mode: target.mode,
        limit: RealFileSystem.maxBytes)
      recording = Recording(path: path, header: header, file: file)
    } catch {
      throw CommandError(error.words, at: target.path.range)
    }
    return .recording(path: path, started: true, commands: 0)
  }

  /// Adds a command that succeeded to the recording: written at the end of
  /// the file and synced.
  /// - Throws: `CommandError` when the file cannot be written, or when the
  ///   command would take it past the most a script may hold (4 MiB, so
  ///   every recording replays); recording stops, the file keeps every
  ///   command before this one.
  mutating func keep(_ command: String, at range: SourceRange) throws(CommandError) {
    guard var recording else { return }
    let line = command + "\n"
    guard recording.file.size + line.utf8.count <= RealFileSystem.maxBytes else {
      self.recording = nil
      throw CommandError(
        InterpreterMessage.recordingFull(
          VisibleText.escaped(recording.path), limit: RealFileSystem.maxBytes
        ).words,
        at: range)
    }
    do {
      recording.file = try fileSystem.continueRecording(recording.file, with: line)
      recording.commands.append(command)
      self.recording = recording
    } catch {
      self.recording = nil
      throw CommandError(InterpreterMessage.recordingFailed(error).words, at: range)
    }
  }

  /// This session with no recording: for runs that must not write (a
  /// lesson's trial run).
  package var unrecorded: Interpreter {
    var copy = self
    copy.recording = nil
    return copy
  }
}
