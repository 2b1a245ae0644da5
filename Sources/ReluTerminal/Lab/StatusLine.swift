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
    return parts.joined(separator: " | ")
  }
}
