/// A script `record FILE` is writing: a header that restores the session's
/// settings, then every command that succeeded since, one a line.
///
/// It is a value inside the interpreter, so a lesson replayed in the lab
/// records what the replay ran; the file is rewritten whole (atomically)
/// after each command, so it always holds every command run so far.
package struct Recording: Sendable, Equatable {
  package var path: String
  /// Comment lines, then the commands that set the session up.
  package var header: [String]
  /// The commands recorded, as written.
  package var commands: [String] = []

  /// The file's contents.
  package var text: String { (header + commands).map { $0 + "\n" }.joined() }
}

extension Interpreter {
  /// The header of a new recording: who wrote it and when, then the settings,
  /// layer and plot in force as commands (the convention first, as it sets alpha).
  var recordingHeader: [String] {
    var lines = [
      "# ReluLab \(ReluLabVersion.current) session, recorded \(Platform.utcMinute()).",
      "# Replay it with: relulab FILE. The settings in force when it began:",
    ]
    var names = SettingName.allCases
    if settings.convention != nil {
      names.removeAll { $0 == .convention }
      lines.append(Self.setCommand(.convention, settings.value(of: .convention)))
      names.removeAll { $0 == .grad0 }
    } else {
      names.removeAll { $0 == .convention }
    }
    lines += names.map { Self.setCommand($0, settings.value(of: $0)) }
    lines.append("use \(layerKind.rawValue)")
    if let chosenSeries {
      lines.append("plot " + chosenSeries.map(\.description).joined(separator: " "))
    }
    lines.append("# The commands:")
    return lines
  }

  private static func setCommand(_ name: SettingName, _ value: SettingValue) -> String {
    "set \(name.rawValue) \(value.text)"
  }

  /// Adds a command that succeeded to the recording and saves the file.
  /// - Throws: `CommandError` when the file cannot be written; recording stops.
  mutating func keep(_ command: String, at range: SourceRange) throws(CommandError) {
    guard var recording else { return }
    recording.commands.append(command)
    do {
      try write(recording.text, to: recording.path)
      self.recording = recording
    } catch {
      self.recording = nil
      throw CommandError("\(error.description); recording stopped", at: range)
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
