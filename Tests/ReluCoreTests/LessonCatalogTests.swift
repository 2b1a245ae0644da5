import Foundation
import ReluTestSupport
import Testing

@testable import ReluCore

@Suite struct LessonCatalogTests {
  /// Scripts/lessons/ is where lessons are edited; the binary's copies must match it.
  @Test func embeddedLessonsAreTheFilesInScriptsLessons() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Scripts/lessons")
    var onDisk: [String: String] = [:]
    for language in InterfaceLanguage.allCases {
      let folder = root.appendingPathComponent(language.rawValue)
      for name in try FileManager.default.contentsOfDirectory(atPath: folder.path)
      where name.hasSuffix(".relu") {
        onDisk["\(language.rawValue)/\(name)"] = try String(
          contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      }
    }
    let embedded = Dictionary(
      EmbeddedLessons.files.map { ($0.path, $0.text + "\n") }, uniquingKeysWith: { a, _ in a })
    let fix = "run Scripts/embed-lessons.sh"
    #expect(embedded.keys.sorted() == onDisk.keys.sorted(), "\(fix)")
    for (path, text) in onDisk {
      #expect(embedded[path] == text, "\(path) differs from its embedded copy: \(fix)")
    }
  }

  @Test func everyLessonShipsInEveryLanguageUnderOneNumberAndName() {
    let english = LessonCatalog.lessons(in: .en)
    #expect(english.map(\.number) == [1, 2, 3, 4, 5, 6, 7, 8, 9])
    #expect(
      english.map(\.name) == [
        "relu", "fast", "dying", "leaky", "sparsity", "network", "born", "twin", "learned",
      ])
    let chinese = LessonCatalog.lessons(in: .zh)
    #expect(chinese.map(\.name) == english.map(\.name))
    #expect(english.allSatisfy { $0.title.hasPrefix("Lesson \($0.number):") })
    #expect(chinese.allSatisfy { $0.title.hasPrefix("第 \($0.number) 课") })
    #expect(LessonCatalog.find("02", in: .zh)?.name == "fast")
    #expect(LessonCatalog.find("Dying", in: .en)?.number == 3)
    #expect(LessonCatalog.find("network", in: .zh)?.number == 6)
    #expect(LessonCatalog.find("born", in: .zh)?.number == 7)
    #expect(LessonCatalog.find("twin", in: .zh)?.number == 8)
    #expect(LessonCatalog.find("learned", in: .zh)?.number == 9)
    #expect(LessonCatalog.find("10", in: .en) == nil)
  }

  /// Every lesson runs without an error, in both languages.
  @Test(arguments: LessonCatalog.all)
  func lessonRunsClean(lesson: Lesson) throws {
    var interpreter = Interpreter(fileSystem: MemoryScripts(files: [:]))
    var failures: [String] = []
    interpreter.run(lesson.source, echo: true) { event in
      if case .failure(let diagnostic) = event { failures.append(diagnostic.message) }
      return .proceed
    }
    #expect(failures == [])
  }

  @Test func theLocaleChoosesTheLanguage() {
    #expect(InterfaceLanguage.from(environment: [:]) == .en)
    #expect(InterfaceLanguage.from(environment: ["LANG": "zh_CN.UTF-8"]) == .zh)
    #expect(InterfaceLanguage.from(environment: ["LANG": "zh_TW.UTF-8", "LC_ALL": "C"]) == .en)
    #expect(InterfaceLanguage.from(environment: ["LANG": "en_US", "LC_MESSAGES": "zh_CN"]) == .zh)
    #expect(InterfaceLanguage.from(environment: ["LC_ALL": "", "LANG": "zh"]) == .zh)
    #expect(InterfaceLanguage.from(environment: ["LANG": "zhx"]) == .en)
  }

  /// Quotes, dashes and ellipses whose width a terminal set up for Chinese
  /// draws as two columns while the lab counts one: none in words a lesson
  /// shows (but the chapter's Greek letters, which a lesson names).
  @Test func shownWordsHaveNoAmbiguousWidthCharacters() {
    for lesson in LessonCatalog.all {
      for line in lesson.text.split(separator: "\n") {
        let word = line.prefix(while: { $0 != " " }).lowercased()
        guard ["say", "title", "pause"].contains(word) else { continue }
        #expect(
          !line.unicodeScalars.contains {
            // The chapter's own α is shown on purpose: a lesson names it.
            WordsCheck.isAmbiguousWidth($0) && !(0x0391...0x03C9).contains($0.value)
          }, "\(lesson.path): \(line)")
      }
    }
  }

  @Test func languageTagsOfTheCommandLineAndTheLocale() {
    for tag in ["zh", "zh-CN", "zh_CN", "zh-Hans", "zh-SG", "cn", "ZH_cn.UTF-8", "zh_CN.utf8@x"] {
      #expect(InterfaceLanguage.named(tag)?.language == .zh, "\(tag)")
      #expect(InterfaceLanguage.named(tag)?.note == nil, "\(tag)")
    }
    for tag in ["zh-TW", "zh_HK.UTF-8", "zh-Hant", "zh-MO"] {
      #expect(InterfaceLanguage.named(tag)?.language == .zh, "\(tag)")
      #expect(InterfaceLanguage.named(tag)?.note == InterfaceLanguage.traditionalNote, "\(tag)")
    }
    for tag in ["en", "en_US.UTF-8", "C", "POSIX", "C.UTF-8"] {
      #expect(InterfaceLanguage.named(tag)?.language == .en, "\(tag)")
    }
    for tag in ["fr", "", "zhx", "cn-x", "english"] {
      #expect(InterfaceLanguage.named(tag) == nil, "\(tag)")
    }
  }
}
