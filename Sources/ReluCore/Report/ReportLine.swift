/// How a line of a report should stand out on a screen.
package enum ReportRole: Sendable, Equatable {
  case plain
  /// A title line (a table's header, a help heading).
  case heading
  /// A `say` line from a lesson script.
  case say
  /// Advice or a remark, not a failure.
  case note
  /// A line of a drawn plot.
  case plot
  /// A diagnostic.
  case error
}

/// One line of text a front end shows, with its role.
package struct ReportLine: Sendable, Equatable {
  package var text: String
  package var role: ReportRole

  package init(_ text: String, role: ReportRole = .plain) {
    self.text = text
    self.role = role
  }
}
