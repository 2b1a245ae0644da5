import Foundation
import Testing

/// Whether `localedef` and what it builds en_US.ISO-8859-1 from are here.
private let canBuildLocales: Bool = {
  let files = FileManager.default
  return TmuxPane.executable(named: "localedef") != nil
    && files.fileExists(atPath: "/usr/share/i18n/locales/en_US")
    && (files.fileExists(atPath: "/usr/share/i18n/charmaps/ISO-8859-1.gz")
      || files.fileExists(atPath: "/usr/share/i18n/charmaps/ISO-8859-1"))
}()

/// The lab in a real locale whose character set is not UTF-8 (ISO-8859-1),
/// built with `localedef` into a private folder used through LOCPATH,
/// changing nothing on the machine, and driven in tmux.
///
/// The lab adopts the locale; when its character set is not UTF-8 it takes
/// C.UTF-8's character set instead, and only when that cannot be set either
/// does it show ASCII only, English lessons and a note saying why. glibc
/// ships C.UTF-8 (here as /usr/lib/locale/C.utf8, found even with LOCPATH
/// set), so the second case is made as a machine without it behaves: a
/// `C.UTF-8` in the private folder built from ISO-8859-1, which glibc finds
/// first and refuses (its character set is not the name's), so setting
/// C.UTF-8 fails as where it is missing.
@Suite(
  .enabled(
    if: TmuxPane.isAvailable && canBuildLocales,
    "needs tmux, localedef and the en_US source and ISO-8859-1 charmap (the locales package)"))
struct NonUTF8LocaleTests {
  /// Builds `locale` from the source `input` and the character set
  /// `charmap` into `folder`.
  private func buildLocale(_ locale: String, input: String, charmap: String, in folder: URL)
    throws
  {
    guard let localedef = TmuxPane.executable(named: "localedef") else {
      throw TmuxError(message: "localedef is not installed")
    }
    let built = try command(
      localedef, ["-i", input, "-f", charmap, folder.appendingPathComponent(locale).path],
      stdin: "")
    #expect(built.status == 0, "localedef \(locale): \(built.stderr)")
  }

  /// Starts `relulab ARGUMENTS` with LC_ALL=en_US.ISO-8859-1 from a private
  /// LOCPATH, where C.UTF-8 cannot be set when `hidingCUTF8`.
  private func startLab(_ arguments: [String], hidingCUTF8: Bool) throws -> TmuxPane {
    let binary = productsDirectory.appendingPathComponent("relulab").path
    let locales = FileManager.default.temporaryDirectory.appendingPathComponent(
      "relulab-locales-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: locales, withIntermediateDirectories: true)
    do {
      try buildLocale("en_US.ISO-8859-1", input: "en_US", charmap: "ISO-8859-1", in: locales)
      if hidingCUTF8 {
        try buildLocale("C.UTF-8", input: "C", charmap: "ISO-8859-1", in: locales)
      }
      let pane = try TmuxPane(
        width: 100, height: 30,
        environment: ["LC_ALL": "en_US.ISO-8859-1", "LOCPATH": locales.path],
        command: ([binary] + arguments).map(TmuxPane.quoted).joined(separator: " "))
      pane.leftovers.append(locales)
      return pane
    } catch {
      try? FileManager.default.removeItem(at: locales)
      throw error
    }
  }

  /// Types `say caf`, a Latin-1 é (the byte 0xE9, not UTF-8), ` abc` and
  /// Enter; the echo shows everything after the byte.
  private func typeLatin1(into pane: TmuxPane, echo: String) throws {
    try pane.type("say caf")
    try pane.send(bytes: [0xE9])
    try pane.type(" abc")
    try pane.press("Enter")
    #expect(pane.wait(for: echo), "nothing after the byte is lost: \(pane.screen())")
  }

  /// An ISO-8859-1 locale that exists: the lab takes C.UTF-8's character set,
  /// so the Chinese lesson and braille show, with no note and no `?`.
  @Test func aLatin1LocaleTakesCUTF8sCharacterSet() throws {
    let pane = try startLab(["--lesson", "1", "--lang", "zh"], hidingCUTF8: false)
    defer { pane.close() }
    try #require(pane.wait(for: "第 1/"), "the pause line in Chinese: \(pane.screen())")
    #expect(pane.wait(for: "第 1 课"), "the lesson in Chinese: \(pane.screen())")
    let shown = pane.unwrappedScreen()
    #expect(!shown.contains("not UTF-8"), "\(shown)")
    #expect(!shown.contains("??"), "\(shown)")
    try pane.press("q")
    #expect(pane.wait(for: "退出本课"), "\(pane.screen())")
    try pane.type("set lang en")
    try pane.press("Enter")
    #expect(pane.wait(for: "lang = en"), "\(pane.screen())")
    try pane.type("set canvas braille")
    try pane.press("Enter")
    #expect(pane.wait(for: "canvas = braille"), "\(pane.screen())")
    #expect(
      pane.wait { $0.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) } },
      "braille on screen: \(pane.screen())")
    try typeLatin1(into: pane, echo: "» caf abc")
    try pane.type("quit")
    try pane.press("Enter")
    #expect(pane.wait(for: TmuxPane.exitMarker + "0"), "\(pane.screen())")
  }

  /// No UTF-8 locale to be had: ASCII only (no braille, line drawing for
  /// the rules), the lesson asked for in Chinese shown in English, a note
  /// for each, and no rows of `?`.
  @Test func withoutAUTF8LocaleTheLabIsASCIIAndEnglish() throws {
    let pane = try startLab(["--lesson", "1", "--lang", "zh"], hidingCUTF8: true)
    defer { pane.close() }
    try #require(pane.wait(for: "paused at 1 of "), "\(pane.screen())")
    #expect(pane.wait(for: "Lesson 1: what ReLU is"), "the lesson in English: \(pane.screen())")
    let shown = pane.unwrappedScreen()
    #expect(shown.contains("is not UTF-8") && shown.contains("ASCII only"), "\(shown)")
    #expect(shown.contains("cannot show Chinese"), "\(shown)")
    #expect(shown.unicodeScalars.allSatisfy { $0.isASCII }, "only ASCII on screen: \(shown)")
    #expect(!shown.contains("??"), "\(shown)")
    try pane.press("q")
    #expect(pane.wait(for: "(left the lesson"), "\(pane.screen())")
    try pane.type("set canvas braille")
    try pane.press("Enter")
    #expect(pane.wait(for: "braille needs a UTF-8 locale"), "\(pane.screen())")
    #expect(pane.screen().contains("canvas = ascii"))
    try typeLatin1(into: pane, echo: "> caf abc")
    try pane.type("quit")
    try pane.press("Enter")
    #expect(pane.wait(for: TmuxPane.exitMarker + "0"), "\(pane.screen())")
  }
}
