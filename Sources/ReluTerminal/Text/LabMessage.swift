import ReluCore

/// What the lab says in its output pane and on its status line while it
/// waits or animates: notes, banners and the greeting.
package enum LabMessage: MessageCatalogue, Equatable {
  /// The first line of the output pane.
  case greeting(version: String)
  /// A startup script (`-i FILE`, `--lesson`) begins.
  case runningScript(name: String)
  /// F2/F3 changed alpha while no leaky curve is plotted.
  case alphaNotShown
  /// F7 with only the function plot.
  case onlyFunctionPlot
  /// Saving the history failed (said once).
  case historyNotSaved(reason: String)
  /// F5 begins an animated decay.
  case decayAnimationStarts
  /// The banner while the decay animates.
  case decayRunning(speed: String, keyStops: Bool)
  /// The banner while the decay animates, on a narrow screen.
  case decayRunningShort(speed: String, keyStops: Bool)
  /// An animation or script was stopped by a key.
  case stopped
  /// F2 at the bottom of alpha's ladder.
  case alphaAtBottom(value: String)
  /// F3 at the top of alpha's ladder.
  case alphaAtTop(value: String)
  /// F3 with alpha above the ladder's top notch.
  case alphaAboveTop(value: String, top: String)
  /// F5 after the decay died.
  case decayDied(steps: Int)
  /// F5 after the decay reached its target.
  /// F5 after a decay that went past its target and is still alive.
  case decayOvershot(target: String, steps: Int)
  case decayReached(target: String, steps: Int)
  /// `help` opened the viewer.
  case helpOpened
  /// The banner at a script's `pause`.
  case scriptPaused
  /// Ctrl-C or Esc at a script's `pause`.
  case scriptStopped
  /// F5 begins training the network.
  case trainingStarts
  /// The banner while the network trains.
  case trainingRunning
  /// A lesson ended at a failing command.
  case lessonStoppedAtError
  /// A lesson played to its end.
  case lessonEnded(name: String)
  /// `q` at a lesson's pause.
  case lessonLeft(pause: Int, count: Int)
  /// The banner at a lesson's pause.
  case lessonPaused(pause: Int, count: Int)
  /// The banner at a lesson's pause on a narrow screen.
  case lessonPausedShort(pause: Int, count: Int)
  /// No UTF-8 locale could be had.
  case asciiOnly(locale: String)
  /// The plot pane is smaller than a plot can be.
  case plotNeeds(size: String)
  /// A long line was cut.
  case moreBytes(count: Int)
  /// The trace readout under the plot shows fewer curves than it reads.
  case moreReadings(count: Int)
  /// The same, shorter, for a narrow plot.
  case moreReadingsShort(count: Int)

  package var words: Words {
    switch self {
    case .greeting(let version):
      Words(
        en: "ReluLab \(version): type a command (help lists them), F1 for the keys.",
        zh: "ReluLab \(version)：输入命令（help 列出全部），F1 查看按键")
    case .runningScript(let name):
      Words(en: "running \(name)", zh: "正在运行 \(name)")
    case .alphaNotShown:
      Words(
        en: "alpha shapes leaky relu, which the plot does not show: plot leaky shows it",
        zh: "alpha 只影响 leaky relu，图上没有它：plot leaky 可显示")
    case .onlyFunctionPlot:
      Words(
        en: "F7: only the function plot has something to show",
        zh: "F7：目前只有函数图可看")
    case .historyNotSaved(let reason):
      Words(en: "history is not being saved: \(reason)", zh: "历史记录没有保存：\(reason)")
    case .decayAnimationStarts:
      Words(
        en: "F5: step after step, animated (+ faster, - slower, any other key stops)",
        zh: "F5：逐步动画演示（+ 加快，- 减慢，其他键停止）")
    case .decayRunning(let speed, let keyStops):
      Words(
        en: "running the decay, \(speed) steps/s: + faster, - slower, "
          + (keyStops ? "any other key stops" : "any other key skips to the end"),
        zh: "梯度下降模拟运行中，每秒 \(speed) 步：+ 加快，- 减慢，"
          + (keyStops ? "其他键停止" : "其他键跳到结尾"))
    case .decayRunningShort(let speed, let keyStops):
      Words(
        en: "\(speed) steps/s: + faster, - slower, " + (keyStops ? "a key stops" : "a key skips"),
        zh: "每秒 \(speed) 步：+ 加快，- 减慢，" + (keyStops ? "其他键停止" : "其他键跳到结尾"))
    case .stopped:
      Words(en: "(stopped)", zh: "（已停止）")
    case .alphaAtBottom(let value):
      Words(
        en: "F2: alpha is already \(value), the bottom (leaky is relu there)",
        zh: "F2：alpha 已是 \(value)，最低一档（此时 leaky 就是 relu）")
    case .alphaAtTop(let value):
      Words(
        en: "F3: alpha is already \(value), the top (leaky is the identity there);"
          + " set alpha A goes higher",
        zh: "F3：alpha 已是 \(value)，最高一档（此时 leaky 是恒等函数）；set alpha A 可设得更高")
    case .alphaAboveTop(let value, let top):
      Words(
        en: "F3: alpha is \(value), above the top notch (\(top)); set alpha A sets any value",
        zh: "F3：alpha 是 \(value)，已高于最高一档（\(top)）；set alpha A 可设任意值")
    case .decayDied(let steps):
      Words(
        en: "F5: the decay already died after \(Plural.count(steps, "step"))"
          + " (f' = 0: no step can move it); F6 resets it",
        zh: "F5：梯度下降模拟在 \(steps) 步后已死亡（f' = 0：再走也不会动）；F6 重置")
    case .decayReached(let target, let steps):
      Words(
        en: "F5: the decay already reached \(target) after \(Plural.count(steps, "step"));"
          + " F6 resets it",
        zh: "F5：梯度下降模拟在 \(steps) 步后已到达 \(target)；F6 重置")
    case .decayOvershot(let target, let steps):
      Words(
        en: "F5: the decay already overshot \(target) after \(Plural.count(steps, "step"))"
          + " (alive: f' is not 0); F6 resets it",
        zh: "F5：梯度下降模拟在 \(steps) 步后已越过 \(target)（仍存活：f' 不为 0）；F6 重置")
    case .helpOpened:
      Words(en: "(help is open above: q or Esc closes it)", zh: "（帮助已在上方打开：q 或 Esc 关闭）")
    case .scriptPaused:
      Words(
        en: "paused: press any key to go on (Ctrl-C stops the script)",
        zh: "暂停：按任意键继续（Ctrl-C 停止脚本）")
    case .scriptStopped:
      Words(en: "(script stopped)", zh: "（脚本已停止）")
    case .trainingStarts:
      Words(
        en: "F5: epoch after epoch, animated (any key stops)",
        zh: "F5：逐轮动画演示（任意键停止）")
    case .trainingRunning:
      Words(en: "training the network: any key stops", zh: "正在训练网络：任意键停止")
    case .lessonStoppedAtError:
      Words(en: "the lesson stopped at the error", zh: "本课在出错处停止")
    case .lessonEnded(let name):
      Words(en: "end of \(name)", zh: "\(name) 结束")
    case .lessonLeft(let pause, let count):
      Words(
        en: "(left the lesson at pause \(pause) of \(count); the session stays as it is there)",
        zh: "（已在第 \(pause)/\(count) 处暂停退出本课；会话保持当时的状态）")
    case .lessonPaused(let pause, let count):
      Words(
        en: "paused at \(pause) of \(count): Space/Enter go on, b back, q leave the lesson",
        zh: "第 \(pause)/\(count) 处暂停：空格/回车 继续，b 返回，q 退出本课")
    case .lessonPausedShort(let pause, let count):
      Words(
        en: "pause \(pause)/\(count): Space on, b back, q leave",
        zh: "暂停 \(pause)/\(count)：空格 继续，b 返回，q 退出")
    case .asciiOnly(let locale):
      Words(
        en: "the locale (\(locale)) is not UTF-8 and no UTF-8 locale is installed: "
          + "ASCII only here (no braille, ? for other characters)",
        zh: "区域设置 (\(locale)) 不是 UTF-8，也没有安装 UTF-8 区域设置："
          + "这里只能显示 ASCII（没有盲文点阵，其他字符显示为 ?）")
    case .plotNeeds(let size):
      Words(en: "(the plot needs \(size))", zh: "（图至少需要 \(size)）")
    case .moreBytes(let count):
      Words(en: " ... (\(count) more bytes not shown)", zh: " ...（另有 \(count) 字节未显示）")
    case .moreReadings(let count):
      Words(en: "(+\(count) more: trace prints all)", zh: "（另有 \(count) 条：trace 可全部打印）")
    case .moreReadingsShort(let count):
      Words(en: "(+\(count): trace)", zh: "（另 \(count) 条：trace）")
    }
  }

  /// A shorter form for a narrow status line, when there is one.
  package var shortForm: LabMessage? {
    switch self {
    case .lessonPaused(let pause, let count): .lessonPausedShort(pause: pause, count: count)
    case .decayRunning(let speed, let keyStops):
      .decayRunningShort(speed: speed, keyStops: keyStops)
    default: nil
    }
  }

  package static var samples: [LabMessage] {
    [
      .greeting(version: "0.1.0"), .runningScript(name: "demo.relu"), .alphaNotShown,
      .onlyFunctionPlot, .historyNotSaved(reason: "/x: disk full"), .decayAnimationStarts,
      .decayRunning(speed: "10", keyStops: true), .decayRunning(speed: "10", keyStops: false),
      .decayRunningShort(speed: "10", keyStops: true),
      .decayRunningShort(speed: "10", keyStops: false),
      .stopped, .alphaAtBottom(value: "0"), .alphaAtTop(value: "1"),
      .alphaAboveTop(value: "2", top: "1"), .decayDied(steps: 3),
      .decayReached(target: "0.5", steps: 1), .decayOvershot(target: "0.5", steps: 1), .helpOpened,
      .scriptPaused, .scriptStopped,
      .trainingStarts, .trainingRunning, .lessonStoppedAtError, .lessonEnded(name: "lesson-1"),
      .lessonLeft(pause: 2, count: 5), .lessonPaused(pause: 1, count: 5),
      .lessonPausedShort(pause: 1, count: 5), .asciiOnly(locale: "C"),
      .plotNeeds(size: "20x5"), .moreBytes(count: 1000), .moreReadings(count: 2),
      .moreReadingsShort(count: 2),
    ]
  }
}
