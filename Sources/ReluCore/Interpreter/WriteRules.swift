/// What `export` and `record` may write, so that no file a script writes can
/// become a weapon (a shell start-up file, a hook, a program).
///
/// - Every writer, typed or scripted, writes only files of its own kind: a
///   name ending in the format's extension (`.svg`, `.csv`, `.txt` for
///   `export`, `.relu` for `record`), with something before the dot. A typed
///   `export svg plot.txt` is refused too: it is almost always a slip, and a
///   file named for another format misleads whatever opens it.
/// - A script (a file: a script argument, `-i`, `load`, a lesson, standard
///   input that is not a terminal) may not write a hidden file or anything in
///   a hidden folder: no component of the path as written may start with `.`,
///   other than `.` and `..` themselves (`.bashrc.relu`, `.config/x.relu`,
///   `a/.git/hooks/x.relu` are refused). What the person types may: they
///   chose the name themselves.
///
/// The rules look at the path as written; `load` and `export` never expand
/// `~` or variables, so the path is exactly the file that would be written.
package enum WriteRules {
  /// Why `path` may not be written as a file ending in `.\(fileExtension)`
  /// by a command from `origin`, or nil when it may.
  /// - Parameters:
  ///   - path: The path as written.
  ///   - fileExtension: The writer's extension, without its dot: `svg`, `relu`.
  ///   - what: The writer, for the message: `an svg export`, `a recording`
  ///     (in Chinese `svg 导出`, `录制`).
  ///   - origin: Who wrote the command.
  /// - Returns: The reason, such as `a recording is written only to a name
  ///   ending in .relu`, or nil.
  package static func refusal(
    of path: String, fileExtension: String, what: Words, origin: SourceOrigin
  ) -> Words? {
    let components = path.split(separator: "/", omittingEmptySubsequences: false)
    let name = components.last.map(String.init) ?? ""
    let suffix = "." + fileExtension
    guard name.utf8.count > suffix.utf8.count, name.lowercased().hasSuffix(suffix) else {
      return Words(
        en: "\(what.en) is written only to a name ending in \(suffix)",
        zh: "\(what.zh)只能写入以 \(suffix) 结尾的文件名")
    }
    if origin == .script,
      let hidden = components.first(where: { $0.hasPrefix(".") && $0 != "." && $0 != ".." })
    {
      let shown = VisibleText.escaped(String(hidden))
      return Words(
        en: "a script may not write a hidden file or into a hidden folder ('\(shown)')",
        zh: "脚本不能写隐藏文件，也不能写进隐藏文件夹（'\(shown)'）")
    }
    return nil
  }
}
