import ReluCore

/// What `relulab` itself says outside the lab: the plain prompt's greeting
/// and pause, batch mode's notes, and the command line's own errors.
///
/// The option parser's generated `--help` and its own parsing errors
/// (unknown option, missing value) stay in English: swift-argument-parser
/// has no way to localise them.
package enum CommandLineMessage: MessageCatalogue, Equatable {
  /// The plain prompt's first line.
  case plainGreeting(version: String)
  /// The plain prompt at a `pause`.
  case pausedPressEnter
  /// `--step` at a pause.
  case stepPaused
  /// `--lesson N --step` at pause `number`: the keys there.
  case lessonStepPaused(number: Int)
  /// `--lesson N --step` going back: the lesson replayed to pause `number`.
  case lessonSteppedBack(number: Int)
  /// Saving the plain prompt's history failed (said once).
  case historyNotSaved(reason: String)
  /// A line on standard input longer than a script may be.
  case lineTooLong(limit: String)
  /// Standard output cannot be written.
  case cannotWriteOutput(reason: String)
  /// Before a note in batch output.
  case notePrefix
  /// `-i` with script files or `-e`.
  case startupScriptAlone
  /// `--lang` with a tag it does not know.
  case unknownLanguage(String)
  /// `--lesson` with `-i`, files or `-e`.
  case lessonAlone
  /// `--lesson` with a lesson that does not exist.
  case noLesson(String, lessons: [String])
  /// The start-up file exists and cannot be read: the reason, with its path.
  case startupFileUnread(String)
  /// Commands of the start-up file at this path failed.
  case startupFileFailed(String, errors: Int)
  /// Ctrl-C stopped the start-up file at this path; the rest was not run.
  case startupFileStopped(String)

  package var words: Words {
    switch self {
    case .plainGreeting(let version):
      Words(
        en: "ReluLab \(version): type help for the commands, quit to leave.",
        zh: "ReluLab \(version)：输入 help 查看命令，quit 退出")
    case .pausedPressEnter:
      Words(en: "(paused: press Enter to go on) ", zh: "（暂停：按回车继续） ")
    case .stepPaused:
      Words(en: "-- paused: press Enter to go on --", zh: "-- 暂停：按回车继续 --")
    case .lessonStepPaused(let number):
      Words(
        en: "-- paused at \(number): Enter goes on, b and Enter goes back, q and Enter leaves --",
        zh: "-- 第 \(number) 处暂停：回车继续，b 加回车返回上一处，q 加回车退出本课 --")
    case .lessonSteppedBack(let number):
      Words(
        en: "-- back to pause \(number): what was said there --",
        zh: "-- 回到第 \(number) 处暂停：下面是这一段讲过的内容 --")
    case .historyNotSaved(let reason):
      Words(en: "(", zh: "（") + LabMessage.historyNotSaved(reason: reason).words
        + Words(en: ")", zh: "）")
    case .lineTooLong(let limit):
      Words(
        en: "this line is longer than \(limit), the most a line may hold",
        zh: "这一行超过了 \(limit)，一行最多只能这么长")
    case .cannotWriteOutput(let reason):
      Words(
        en: "relulab: cannot write standard output: \(reason)",
        zh: "relulab：无法写入标准输出：\(reason)")
    case .notePrefix: Words(en: "note: ", zh: "注：")
    case .startupScriptAlone:
      Words(
        en:
          "-i runs a script and then stays in the lab; to run scripts and exit, name them without -i",
        zh: "-i 运行脚本后留在实验界面里；要运行脚本后退出，请不带 -i 直接写出脚本名")
    case .unknownLanguage(let tag):
      Words(
        en: "--lang takes en or zh (or zh-CN, zh_CN, zh-Hans), not '\(tag)'",
        zh: "--lang 只接受 en 或 zh（也可写 zh-CN、zh_CN、zh-Hans），不接受 '\(tag)'")
    case .lessonAlone:
      Words(
        en: "--lesson runs one lesson; give it without -i, files or -e",
        zh: "--lesson 只运行一课；不要同时给出 -i、脚本文件或 -e")
    case .noLesson(let name, let lessons):
      Words(
        en: "no lesson '\(name)'; the lessons are " + lessons.joined(separator: ", "),
        zh: "没有课 '\(name)'；现有的课：" + lessons.joined(separator: "、"))
    case .startupFileUnread(let reason):
      Words(
        en: "relulab: start-up file not run: \(reason); going on without it",
        zh: "relulab：未运行启动文件（\(reason)），照常继续")
    case .startupFileFailed(let path, let errors):
      Words(
        en: "relulab: \(Plural.count(errors, "command")) of the start-up file \(path) failed"
          + " and \(errors == 1 ? "was" : "were") skipped; going on (--no-init skips the file)",
        zh: "relulab：启动文件 \(path) 中有 \(errors) 条命令出错，已跳过；照常继续"
          + "（加 --no-init 则不运行这个文件）")
    case .startupFileStopped(let path):
      Words(
        en: "relulab: Ctrl-C stopped the start-up file \(path); the rest of it was not run;"
          + " going on",
        zh: "relulab：已按 Ctrl-C 停止启动文件 \(path)，其余命令未运行；照常继续")
    }
  }

  package static var samples: [CommandLineMessage] {
    [
      .plainGreeting(version: "0.1.0"), .pausedPressEnter, .stepPaused,
      .lessonStepPaused(number: 2), .lessonSteppedBack(number: 1),
      .historyNotSaved(reason: "/x: disk full"), .lineTooLong(limit: "16 MiB"),
      .cannotWriteOutput(reason: "no space left on device"), .notePrefix,
      .startupScriptAlone, .unknownLanguage("fr"), .lessonAlone,
      .noLesson("9", lessons: ["1 relu", "2 fast"]),
      .startupFileUnread("cannot read /h/.config/relulab/init.relu: permission denied"),
      .startupFileFailed("/h/.config/relulab/init.relu", errors: 2),
      .startupFileStopped("/h/.config/relulab/init.relu"),
    ]
  }
}
