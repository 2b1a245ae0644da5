import ReluCore

/// The text of the lab's status line, made from the session's typed status.
package enum StatusLine {
  /// One line, numbers to 6 significant digits so it fits a status bar:
  /// `layer relu | alpha 0.01 | lr 0.2 | grad0 left | decay relu step 2 z=0.5 f=0.5 reached`.
  package static func text(_ status: SessionStatus) -> String {
    var parts = [
      "layer \(status.layer.name)", "alpha \(NumberFormat.plain(status.alpha))",
      "lr \(NumberFormat.plain(status.learningRate))", "grad0 \(status.gradientAtZero.name)",
    ]
    if let title = status.title { parts.insert(VisibleText.escaped(title), at: 0) }
    if let decay = status.decay {
      parts.append(
        "decay \(decay.activation.name) step \(decay.step) z=\(NumberFormat.short(decay.z))"
          + " f=\(NumberFormat.short(decay.value)) \(decay.status.rawValue)")
    }
    if let network = status.network { parts.append(networkText(network)) }
    parts.append(viewText(status))
    return parts.joined(separator: " | ")
  }

  /// A shorter line for when the full one leaves no room for the key hints:
  /// the lesson's title first, grad0 only when it is not the default, the
  /// decay without its word and with 4 significant digits, the view left to
  /// the plot's own legend:
  /// `layer relu | alpha 0.01 | lr 0.2 | sigmoid step 67 z=-0.003635 f=0.4991 reached`.
  package static func compact(_ status: SessionStatus) -> String {
    var parts = [
      "layer \(status.layer.name)", "alpha \(NumberFormat.plain(status.alpha))",
      "lr \(NumberFormat.plain(status.learningRate))",
    ]
    if let title = status.title { parts.insert(VisibleText.escaped(title), at: 0) }
    if status.gradientAtZero != GradientAtZero.left {
      parts.append("grad0 \(status.gradientAtZero.name)")
    }
    if let decay = status.decay {
      parts.append(
        "\(decay.activation.name) step \(decay.step) z=\(NumberFormat.short(decay.z, digits: 4))"
          + " f=\(NumberFormat.short(decay.value, digits: 4)) \(decay.status.rawValue)")
    }
    if let network = status.network { parts.append(networkText(network)) }
    return parts.joined(separator: " | ")
  }

  /// The network's epoch and dead units: `net relu epoch 20: 64/64 dead`.
  private static func networkText(_ network: SessionStatus.NetworkStatus) -> String {
    "net \(network.activation.name) epoch \(network.epoch): \(network.dead)/\(network.units) dead"
  }

  /// The view on screen and where F7 goes, for the rule above the output
  /// pane: `view decay · F7: race, plot`; nil when there is nothing else to show.
  package static func viewLabel(_ status: SessionStatus) -> String? {
    guard !status.otherViews.isEmpty else { return nil }
    return "view \(status.view.rawValue) · F7: "
      + status.otherViews.map(\.rawValue).joined(separator: ", ")
  }

  /// The view on screen, and F7 when it has others to cycle to: `view decay (F7)`.
  private static func viewText(_ status: SessionStatus) -> String {
    "view \(status.view.rawValue)" + (status.otherViews.isEmpty ? "" : " (F7)")
  }
}
