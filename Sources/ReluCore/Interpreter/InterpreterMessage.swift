/// The interpreter's errors: commands that parse but cannot run in this
/// session (no decay yet, a load cycle, a recording that cannot go on...).
package enum InterpreterMessage: MessageCatalogue, Equatable {
  case noDecayToContinue
  case noDecay
  case notRecording
  case alreadyRecording(String)
  /// A recording that would pass `limit` bytes with the next command.
  case recordingFull(String, limit: Int)
  case recordingFailed(FileError)
  case noNetwork
  case trainingDiverged(epoch: Int)
  case noMemory(command: String, megabytes: Double)
  case tooMuchWork(Double, most: Double)
  case loadTooDeep(Int)
  case loadCycle(String)
  /// `save` to a file that exists, without replace.
  case saveExists
  /// A saved session that would pass `limit` bytes.
  case saveTooLarge(limit: Int)
  /// A typed value the session's precision holds as another (and how many
  /// more values of the command changed).
  case roundedInput(typed: Double, held: Double, precision: Precision, others: Int)

  package var words: Words {
    switch self {
    case .noDecayToContinue:
      return Words(
        en: "no decay ran yet: from last continues where the last decay stopped",
        zh: "还没有运行过梯度下降模拟：from last 会从上一次模拟停下的地方接着走")
    case .noDecay:
      return Words(
        en: "no decay is set up; start one, e.g. decay relu from 0.9 to 0.5",
        zh: "还没有梯度下降模拟；先开始一个，例如 decay relu from 0.9 to 0.5")
    case .notRecording:
      return Words(
        en: "nothing is being recorded; record FILE starts",
        zh: "现在没有在录制；用 record FILE 开始录制")
    case .alreadyRecording(let path):
      return Words(
        en: "already recording to \(path); record stop first",
        zh: "已经在录制到 \(path)；请先 record stop")
    case .recordingFull(let path, let limit):
      return Words(
        en: "recording stopped: with this command \(path) would pass "
          + "\(limit >> 20) MiB, the most a script may hold; it replays every "
          + "command before this one",
        zh: "录制已停止：加上这条命令，\(path) 会超过 \(limit >> 20) MiB（脚本的上限）；"
          + "它能重放这条命令之前的所有命令")
    case .recordingFailed(let error):
      return error.words + Words(en: "; recording stopped", zh: "；录制已停止")
    case .noNetwork:
      return Words(
        en: "no network is built; build one, e.g. net relu",
        zh: "还没有建立网络；先建一个，例如 net relu")
    case .trainingDiverged(let epoch):
      return Words(
        en: "training diverged at epoch \(epoch); build the network again with net",
        zh: "训练在第 \(epoch) 轮发散了；请用 net 重新建立网络")
    case .noMemory(let command, let megabytes):
      let size = NumberFormat.short(megabytes)
      return Words(
        en: "\(command) cannot get the memory it needs (about \(size) MB);"
          + " the system refused it",
        zh: "\(command) 得不到所需的内存（约 \(size) MB）：系统拒绝了")
    case .tooMuchWork(let work, let most):
      let (work, most) = (NumberFormat.short(work), NumberFormat.short(most))
      return Words(
        en: "that is about \(work) multiply-adds, more than one command runs"
          + " (\(most)); train fewer epochs or a smaller net",
        zh: "这大约要做 \(work) 次乘加，超过一条命令的上限（\(most)）；请减少轮数或用更小的网络")
    case .loadTooDeep(let depth):
      return Words(
        en: "scripts load each other more than \(depth) deep",
        zh: "脚本之间的 load 嵌套超过了 \(depth) 层")
    case .loadCycle(let chain):
      return Words(en: "load cycle: \(chain)", zh: "load 形成了循环：\(chain)")
    case .saveExists:
      return Words(
        en: "it already exists (add replace to write over it)",
        zh: "文件已存在（加 replace 覆盖它）")
    case .saveTooLarge(let limit):
      return Words(
        en: "the session's script would pass \(limit >> 20) MiB, the most a script may hold",
        zh: "会话的脚本会超过 \(limit >> 20) MiB 的上限")
    case .roundedInput(let typed, let held, let precision, let others):
      let (typed, held) = (NumberFormat.plain(typed), NumberFormat.plain(held))
      let zhName =
        switch precision {
        case .half: "半精度"
        case .single: "单精度"
        case .double: "双精度"
        }
      return Words(
        en: "\(precision.rawValue) precision holds \(typed) as \(held)"
          + (others > 0 ? " (\(Plural.count(others, "more value")) rounded too)" : ""),
        zh: "\(zhName)下 \(typed) 存为 \(held)"
          + (others > 0 ? "（另有 \(others) 个值也被舍入）" : ""))
    }
  }

  package static var samples: [InterpreterMessage] {
    [
      .noDecayToContinue, .noDecay, .notRecording, .alreadyRecording("a.relu"),
      .recordingFull("a.relu", limit: 4 << 20),
      .recordingFailed(FileError(path: "a.relu", reason: .changedSinceRecordingBegan)),
      .noNetwork, .trainingDiverged(epoch: 3), .noMemory(command: "train", megabytes: 900),
      .tooMuchWork(2e10, most: 1e9), .loadTooDeep(16), .loadCycle("a.relu -> a.relu"),
      .saveExists, .saveTooLarge(limit: 4 << 20),
      .roundedInput(typed: 0.1, held: 0.0999755859375, precision: .half, others: 0),
      .roundedInput(typed: 70000, held: .infinity, precision: .half, others: 2),
    ]
  }
}
