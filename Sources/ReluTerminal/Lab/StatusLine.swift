import ReluCore

/// The text of the lab's status line, made from the session's typed status.
package enum StatusLine {
  /// One line, numbers to 6 significant digits so it fits a status bar:
  /// `layer relu | alpha 0.01 | lr 0.2 | grad0 left | decay relu step 2 z=0.5 f=0.5 reached`,
  /// with `precision half` (or `single`) after grad0 when it is not the default.
  package static func text(_ status: SessionStatus, in language: InterfaceLanguage = .en)
    -> String
  {
    var parts = [
      StatusWords.layer(status.layer.name).words(language),
      "alpha \(NumberFormat.plain(status.alpha))",
      "lr \(NumberFormat.plain(status.learningRate))", "grad0 \(status.gradientAtZero.name)",
    ]
    if status.precision != .double { parts.append("precision \(status.precision.rawValue)") }
    if let title = status.title { parts.insert(VisibleText.escaped(title), at: 0) }
    if let decay = status.decay {
      parts.append(
        StatusWords.decay(function: decay.activation.name, step: decay.step, compact: false)
          .words(language) + " z=\(NumberFormat.short(decay.z))"
          + " f=\(NumberFormat.short(decay.value)) "
          + StatusWords.decayStatus(decay.status).words(language))
    }
    if let network = status.network { parts.append(networkText(network, language)) }
    parts.append(viewText(status, language))
    return parts.joined(separator: " | ")
  }

  /// A shorter line for when the full one leaves no room for the key hints:
  /// the lesson's title last (the narration's rule shows it too, and
  /// ``fitted(_:to:cut:)`` drops it first), grad0 and the precision only when
  /// they are not the default, the
  /// decay without its word and with 4 significant digits, the view left to
  /// the plot's own legend:
  /// `layer relu | alpha 0.01 | lr 0.2 | sigmoid step 67 z=-0.003635 f=0.4991 reached`.
  package static func compact(
    _ status: SessionStatus, in language: InterfaceLanguage = .en, withTitle: Bool = true
  ) -> String {
    var parts = [
      StatusWords.layer(status.layer.name).words(language),
      "alpha \(NumberFormat.plain(status.alpha))",
      "lr \(NumberFormat.plain(status.learningRate))",
    ]
    if status.gradientAtZero != GradientAtZero.left {
      parts.append("grad0 \(status.gradientAtZero.name)")
    }
    if status.precision != .double { parts.append(status.precision.rawValue) }
    if let decay = status.decay {
      parts.append(
        StatusWords.decay(function: decay.activation.name, step: decay.step, compact: true)
          .words(language) + " z=\(NumberFormat.short(decay.z, digits: 4))"
          + " f=\(NumberFormat.short(decay.value, digits: 4)) "
          + StatusWords.decayStatus(decay.status).words(language))
    }
    if let network = status.network { parts.append(networkText(network, language)) }
    if withTitle, let title = status.title { parts.append(VisibleText.escaped(title)) }
    return parts.joined(separator: Self.separator)
  }

  /// What stands between two of a status line's fields.
  static let separator = " | "

  /// `line` in at most `columns`: whole words from the end go first (a
  /// field whose words are all gone takes its ` | ` with it), so that no
  /// number is cut (`z=-0...` would read as -0); only a first word wider
  /// than the line itself is cut, by `cut`.
  package static func fitted(
    _ line: String, to columns: Int, cut: (String, Int) -> String
  ) -> String {
    var fitting = Substring(line)
    while DisplayWidth.of(String(fitting)) > columns, let space = fitting.lastIndex(of: " ") {
      fitting = fitting[..<space]
      if fitting.hasSuffix(" |") { fitting = fitting.dropLast(2) }
    }
    let text = String(fitting)
    return DisplayWidth.of(text) > columns ? cut(text, columns) : text
  }

  /// The network's epoch and dead units: `net relu epoch 20: 64/64 dead`.
  private static func networkText(
    _ network: SessionStatus.NetworkStatus, _ language: InterfaceLanguage
  ) -> String {
    StatusWords.network(
      function: network.activation.name, epoch: network.epoch, dead: network.dead,
      units: network.units
    ).words(language)
  }

  /// The view on screen and where F7 goes, for the rule above the output
  /// pane: `view decay, F7: race, plot`; nil when there is nothing else to show.
  package static func viewLabel(_ status: SessionStatus, in language: InterfaceLanguage = .en)
    -> String?
  {
    guard !status.otherViews.isEmpty else { return nil }
    return FrameText.viewLabel(
      view: status.view.rawValue, others: status.otherViews.map(\.rawValue)
    ).words(language)
  }

  /// The view on screen, and F7 when it has others to cycle to: `view decay (F7)`.
  private static func viewText(_ status: SessionStatus, _ language: InterfaceLanguage) -> String {
    StatusWords.view(status.view.rawValue, cycles: !status.otherViews.isEmpty).words(language)
  }
}
