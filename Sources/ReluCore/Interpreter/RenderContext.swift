/// What a renderer needs besides a command's output: the settings it follows
/// and the session as it stands after the command.
///
/// Every output event carries one, so a front end keeps no copy of session
/// state: `set digits` in a lesson reaches the lab, batch output and the plain
/// prompt alike, and a `pause` shows the scene of its moment.
package struct RenderContext: Sendable, Equatable {
  /// Significant digits of numbers in text.
  package var digits: NumberDigits
  /// The size of printed plots (batch output, `export txt`).
  package var plotSize: PlotSize
  /// What is shown.
  package var scene: Scene
  /// What a status line says.
  package var status: SessionStatus
  /// The language of the words.
  package var language: InterfaceLanguage

  package init(
    digits: NumberDigits = .standard, plotSize: PlotSize = .standard, scene: Scene = Scene(),
    status: SessionStatus, language: InterfaceLanguage = .en
  ) {
    self.language = language
    self.digits = digits
    self.plotSize = plotSize
    self.scene = scene
    self.status = status
  }
}
