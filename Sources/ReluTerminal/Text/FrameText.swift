import ReluCore

/// The words on the lab's frame: the rules' titles, the help viewer's and the
/// keys box's hints, the input line's prompts and the too-small message.
package enum FrameText: MessageCatalogue, Equatable {
  /// The rule above the output pane.
  case output
  /// The same rule when the pane is scrolled back.
  case outputScrolledBack
  /// The view on screen and where F7 goes: `view decay, F7: race, plot`
  /// (no middle dot: it is ambiguous width).
  case viewLabel(view: String, others: [String])
  /// The narration box has earlier words.
  case earlier
  /// The narration box has later words.
  case later
  /// Before Tab's candidates.
  case completions
  /// The prompt while Ctrl-R searches.
  case searchPrompt(query: String, failed: Bool)
  /// The help viewer's hint row.
  case viewerHint(first: Int, end: Int, total: Int, fits: Bool)
  /// The help viewer's hint row when the full one does not fit.
  case viewerHintShort(first: Int, end: Int, total: Int)
  /// The keys box's title.
  case keysTitle
  /// The keys box's last line.
  case keysFooter
  /// The screen is too small.
  case tooSmall(needed: String, now: String)
  /// The screen is too small, shorter.
  case tooSmallShort(needed: String)
  /// The screen is too small, shortest.
  case tooSmallShortest

  package var words: Words {
    switch self {
    case .output: Words(en: " output ", zh: " 输出 ")
    case .outputScrolledBack:
      Words(en: " output (scrolled back: PgDn for newer) ", zh: " 输出（已向上翻：PgDn 看新的） ")
    case .viewLabel(let view, let others):
      Words(
        en: "view \(view), F7: " + others.joined(separator: ", "),
        zh: "视图 \(view)，F7：" + others.joined(separator: "、"))
    case .earlier: Words(en: "PgUp: earlier", zh: "PgUp：前文")
    case .later: Words(en: "PgDn: later", zh: "PgDn：后文")
    case .completions: Words(en: "Tab: ", zh: "Tab：")
    case .searchPrompt(let query, let failed):
      Words(
        en: "history search \"\(query)\"\(failed ? " (none)" : ""): ",
        zh: "搜索历史 \"\(query)\"\(failed ? "（无）" : "")：")
    case .viewerHint(let first, let end, let total, let fits):
      Words(
        en: "help, "
          + (fits
            ? "all \(Plural.count(total, "line")) shown" : "lines \(first)-\(end) of \(total)")
          + ": " + (end < total ? "more below: Space or PgDn, " : "")
          + (first > 1 ? "PgUp back, " : "") + "q or Esc closes",
        zh: "帮助，"
          + (fits ? "共 \(total) 行" : "第 \(first)-\(end) 行，共 \(total) 行") + "："
          + (end < total ? "空格或 PgDn 看下文，" : "")
          + (first > 1 ? "PgUp 看上文，" : "") + "q 或 Esc 关闭")
    case .viewerHintShort(let first, let end, let total):
      Words(
        en: "help \(first)-\(end)/\(total): \(end < total ? "Space more, " : "")q closes",
        zh: "帮助 \(first)-\(end)/\(total)：\(end < total ? "空格 下文，" : "")q 关闭")
    case .keysTitle: Words(en: " ReluLab keys ", zh: " ReluLab 按键 ")
    case .keysFooter:
      Words(
        en: "Type help for the commands, help NAME for one. Any key closes this.",
        zh: "help 看全部命令，help 命令名 看一个；任意键关闭")
    case .tooSmall(let needed, let now):
      Words(
        en: "ReluLab needs a window of at least \(needed) (now \(now)): please enlarge it",
        zh: "ReluLab 的窗口至少要 \(needed)（现在 \(now)）：请放大窗口")
    case .tooSmallShort(let needed):
      Words(en: "Enlarge window: \(needed) needed", zh: "请放大窗口：至少 \(needed)")
    case .tooSmallShortest: Words(en: "Too small", zh: "窗口太小")
    }
  }

  package static var samples: [FrameText] {
    [
      .output, .outputScrolledBack, .viewLabel(view: "decay", others: ["race", "plot"]),
      .earlier, .later, .completions, .searchPrompt(query: "al", failed: false),
      .searchPrompt(query: "zz", failed: true),
      .viewerHint(first: 1, end: 10, total: 10, fits: true),
      .viewerHint(first: 5, end: 10, total: 30, fits: false),
      .viewerHintShort(first: 5, end: 10, total: 30), .keysTitle, .keysFooter,
      .tooSmall(needed: "40x12", now: "30x10"), .tooSmallShort(needed: "40x12"),
      .tooSmallShortest,
    ]
  }
}
