/// A lesson that ships with ReluLab: one idea of the course chapter, as a
/// script of commands, `say`, `title` and `pause`.
package struct Lesson: Sendable, Equatable {
  /// Its place in the chapter, from 1.
  package var number: Int
  /// The short name from its file name: `relu` for `01-relu.relu`.
  package var name: String
  package var language: InterfaceLanguage
  /// Its path under `Scripts/lessons/`: `en/01-relu.relu`.
  package var path: String
  /// The script.
  package var text: String

  /// The text of its first `title` line, or its name.
  package var title: String {
    for line in text.split(separator: "\n") {
      let trimmed = line.drop(while: { $0 == " " })
      if trimmed.lowercased().hasPrefix("title ") {
        return String(trimmed.dropFirst("title ".count)).trimmingSpaces()
      }
    }
    return name
  }

  /// The script as a source for the interpreter, named by its path.
  package var source: Source { Source(name: "lessons/" + path, text: text) }
}

/// The lessons that ship with ReluLab, embedded in the binary (see
/// ``EmbeddedLessons``) so they run from any folder.
package enum LessonCatalog {
  /// Every lesson, by language then number.
  package static let all: [Lesson] = EmbeddedLessons.files.compactMap {
    lesson(path: $0.path, text: $0.text)
  }

  /// The lessons in `language`, by number.
  package static func lessons(in language: InterfaceLanguage) -> [Lesson] {
    all.filter { $0.language == language }.sorted { $0.number < $1.number }
  }

  /// The lesson `word` names in `language`: its number (`2`, `02`) or its name.
  package static func find(_ word: String, in language: InterfaceLanguage) -> Lesson? {
    let lowered = word.lowercased()
    return lessons(in: language).first {
      Int(lowered) == $0.number || $0.name == lowered
    }
  }

  /// The names completion offers.
  package static var names: [String] { lessons(in: .en).map(\.name) }

  /// A lesson from its path `LANG/NN-NAME.relu`, or nil for another file.
  static func lesson(path: String, text: String) -> Lesson? {
    let parts = path.split(separator: "/")
    guard parts.count == 2, let language = InterfaceLanguage(rawValue: String(parts[0])),
      parts[1].hasSuffix(".relu")
    else { return nil }
    let stem = parts[1].dropLast(".relu".count)
    guard let dash = stem.firstIndex(of: "-"), let number = Int(stem[..<dash]) else { return nil }
    return Lesson(
      number: number, name: String(stem[stem.index(after: dash)...]), language: language,
      path: path, text: text)
  }
}

extension String {
  fileprivate func trimmingSpaces() -> String {
    var text = Substring(self)
    while text.last == " " || text.last == "\r" { text = text.dropLast() }
    return String(text)
  }
}
