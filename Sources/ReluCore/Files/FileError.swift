/// A file that could not be read or written, with the reason.
package struct FileError: Error, Sendable, Equatable, CustomStringConvertible, MessageCatalogue {
  /// What was being done to the file.
  package enum Operation: String, Sendable, Equatable {
    case read
    case write
  }

  /// The path as given.
  package var path: String
  /// Why: the system's error, or ReluLab's own refusal.
  package var reason: FileReason
  package var operation: Operation

  package init(path: String, reason: FileReason, operation: Operation = .write) {
    self.path = path
    self.reason = reason
    self.operation = operation
  }

  /// The error for the call that just failed on `path`: its reason is the
  /// system's, for the current `errno`.
  package static func lastError(path: String, operation: Operation) -> FileError {
    FileError(path: path, reason: .system(Platform.errorNumber), operation: operation)
  }

  /// `cannot read PATH: REASON` or `cannot write PATH: REASON`.
  package var words: Words {
    let reason = reason.words
    switch operation {
    case .read:
      return Words(en: "cannot read \(path): \(reason.en)", zh: "无法读取 \(path)：\(reason.zh)")
    case .write:
      return Words(en: "cannot write \(path): \(reason.en)", zh: "无法写入 \(path)：\(reason.zh)")
    }
  }

  /// The English message.
  package var description: String { words.en }

  package static var samples: [FileError] {
    [
      FileError(path: "a.relu", reason: .system(Platform.ErrorNumber.noSuchFile), operation: .read),
      FileError(path: "plot.svg", reason: .isFolder),
    ]
  }
}

/// Why a file could not be read or written.
package enum FileReason: Sendable, Equatable, MessageCatalogue {
  /// A system call failed with this `errno`.
  case system(Int32)
  case emptyName
  /// A path ending in `/`.
  case namesFolder
  case isFolder
  case notRegularFile
  /// An existing file of this kind where a file would be replaced.
  case notReplaceable(Platform.FileKind)
  /// A recording's file exists and neither replace nor append was given.
  case recordingExists
  /// The same, found only as the file was made.
  case recordingExistsNow
  /// A recording to an existing file that is not a regular file.
  case recordingNotRegular(Platform.FileKind)
  /// `append` to a file that is not a ReluLab recording (its first line is
  /// not a recording's, or it is not UTF-8 text).
  case appendNotRecording
  /// `append` to a file with this many names (hard links): another name
  /// would change too.
  case appendLinked(links: Int)
  /// Appending a header to a file of `holds` bytes would pass the limit.
  case appendWouldPass(holds: Int, limit: Int)
  case headerTooLarge(limit: Int)
  case changedSinceRecordingBegan
  /// A file read as a script that is not UTF-8 text.
  case notScript(ScriptBytes.Problem)
  case replacedWhileOpening
  case largerThan(bytes: Int)
  /// A history file's path that is not absolute.
  case notAbsolute
  /// A history file another ReluLab holds locked.
  case locked
  /// A path where a folder should be that is something else.
  case notAFolder
  /// What a writer may not write (``WriteRules``).
  case refused(Words)

  package var words: Words {
    switch self {
    case .system(let number):
      let en = Platform.errorText(number)
      return Words(
        en: en, zh: Self.systemChinese[Platform.errorName(number) ?? ""] ?? "系统错误（\(en)）")
    case .emptyName:
      return Words(en: "the file name is empty", zh: "文件名是空的")
    case .namesFolder:
      return Words(en: "the path names a folder", zh: "这个路径指向文件夹")
    case .isFolder:
      return Words(en: "it is a folder", zh: "这是一个文件夹")
    case .notRegularFile:
      return Words(en: "it is not a regular file", zh: "这不是普通文件")
    case .notReplaceable(let kind):
      let kind = Self.kind(kind)
      return Words(
        en: "it is \(kind.en), and only a regular file is replaced",
        zh: "这是\(kind.zh)，只有普通文件才能被替换")
    case .recordingExists:
      return Words(
        en: "it already exists (add replace to start it afresh, or append to add to it)",
        zh: "文件已存在（加 replace 重新开始，或加 append 接着写）")
    case .recordingExistsNow:
      return Words(
        en: "it already exists (add replace or append)", zh: "文件已存在（加 replace 或 append）")
    case .recordingNotRegular(let kind):
      let kind = Self.kind(kind)
      return Words(
        en: "it is \(kind.en), and a recording goes only to a regular file",
        zh: "这是\(kind.zh)，录制只能写入普通文件")
    case .appendNotRecording:
      return Words(
        en: "append adds only to a ReluLab recording (first line '# ReluLab ... session,"
          + " recorded ...'), and it is not one: record to another name, or add replace",
        zh: "append 只能接在 ReluLab 录制的文件后面（第一行是 '# ReluLab ... session,"
          + " recorded ...'），它不是：换个文件名录制，或加 replace")
    case .appendLinked(let links):
      return Words(
        en: "it has \(links) names (hard links), and append writes only to a file with one,"
          + " so that no other file changes",
        zh: "它有 \(links) 个名字（硬链接），append 只写只有一个名字的文件，以免改动别的文件")
    case .appendWouldPass(let holds, let limit):
      return Words(
        en: "it holds \(holds) bytes, and with this recording's header it would pass "
          + "\(limit >> 20) MiB, the most a script may hold",
        zh: "它已有 \(holds) 字节，加上这次录制的开头会超过 \(limit >> 20) MiB，即脚本的上限")
    case .headerTooLarge(let limit):
      return Words(
        en: "its header alone would pass \(limit >> 20) MiB",
        zh: "光是开头就会超过 \(limit >> 20) MiB")
    case .changedSinceRecordingBegan:
      return Words(
        en: "it was replaced or cut short since the recording began",
        zh: "录制开始后，它被替换或截短了")
    case .notScript(let problem):
      return Words(en: "it is not a script: \(problem.words.en)", zh: "这不是脚本（\(problem.words.zh)）")
    case .replacedWhileOpening:
      return Words(
        en: "it was replaced while it was being opened", zh: "打开的过程中它被替换了")
    case .largerThan(let bytes):
      let size = Self.size(bytes)
      return Words(en: "it is larger than \(size.en)", zh: "它大于 \(size.zh)")
    case .notAbsolute:
      return Words(en: "the path is not absolute", zh: "这不是绝对路径")
    case .locked:
      return Words(en: "another ReluLab kept it locked", zh: "另一个 ReluLab 锁住了它")
    case .notAFolder:
      return Words(en: "it is not a folder", zh: "这不是文件夹")
    case .refused(let words):
      return words
    }
  }

  /// A file kind for a message: `a FIFO` / `FIFO`.
  private static func kind(_ kind: Platform.FileKind) -> Words {
    switch kind {
    case .fifo: Words(en: "a FIFO", zh: "命名管道（FIFO）")
    case .characterDevice, .blockDevice: Words(en: "a device", zh: "设备")
    case .socket: Words(en: "a socket", zh: "套接字")
    case .regular: Words(en: "a regular file", zh: "普通文件")
    case .folder: Words(en: "a folder", zh: "文件夹")
    case .symbolicLink: Words(en: "a symbolic link", zh: "符号链接")
    case .other: Words(en: "a special file", zh: "特殊文件")
    }
  }

  /// The Chinese of the system's common file errors, by ``Platform/errorName(_:)``.
  private static let systemChinese: [String: String] = [
    "ENOENT": "没有这个文件或文件夹",
    "EACCES": "没有权限",
    "EPERM": "不允许这样操作",
    "EISDIR": "这是一个文件夹",
    "ENOTDIR": "路径中有一段不是文件夹",
    "ENOSPC": "磁盘空间不足",
    "EROFS": "文件系统是只读的",
    "EEXIST": "文件已存在",
    "ENAMETOOLONG": "文件名太长",
    "ELOOP": "符号链接太多",
    "EMFILE": "打开的文件太多",
    "EFBIG": "文件太大",
    "EIO": "输入输出错误",
    "EDQUOT": "超出磁盘配额",
    "EBUSY": "设备或资源正忙",
    "EINVAL": "参数无效",
  ]

  /// A size for a person: `4 MiB`, `16 KiB`, or `10 bytes` when it is not a
  /// whole number of either.
  static func size(_ bytes: Int) -> Words {
    if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return Words.same("\(bytes >> 20) MiB") }
    if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return Words.same("\(bytes >> 10) KiB") }
    return Words(en: bytes == 1 ? "1 byte" : "\(bytes) bytes", zh: "\(bytes) 字节")
  }

  package static var samples: [FileReason] {
    [
      .system(Platform.ErrorNumber.noSuchFile), .emptyName, .namesFolder, .isFolder,
      .notRegularFile, .notReplaceable(.fifo), .recordingExists, .recordingExistsNow,
      .recordingNotRegular(.symbolicLink), .appendNotRecording, .appendLinked(links: 2),
      .appendWouldPass(holds: 10, limit: 4 << 20),
      .headerTooLarge(limit: 4 << 20), .changedSinceRecordingBegan,
      .notScript(ScriptBytes.Problem(offset: 0, line: 1, byte: 0)), .replacedWhileOpening,
      .largerThan(bytes: 4 << 20), .notAbsolute, .locked, .notAFolder,
      .refused(
        Words(
          en: "a recording is written only to a name ending in .relu", zh: "录制只能写入以 .relu 结尾的文件")),
    ]
  }
}
