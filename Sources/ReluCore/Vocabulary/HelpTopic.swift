/// What `help` explains.
package enum HelpTopic: Sendable, Equatable {
  /// The list of commands.
  case index
  case command(CommandName)
  /// `help set alpha`, or `help alpha`.
  case setting(SettingName)
  /// `help relu`: formula, derivative, the convention at 0, range.
  case function(ActivationKind)
}
