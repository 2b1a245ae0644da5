/// Every command of the language, by its canonical name.
///
/// The enum is the one list of commands: ``CommandName/spec`` gives each its
/// description (aliases, syntax, help), and every switch over commands is
/// exhaustive, so a new command is a new case plus what the compiler then asks
/// for (its spec, how it is built, run and rendered).
package enum CommandName: String, Sendable, Hashable, CaseIterable, VocabularyName {
  case set
  case show
  case use
  case feed
  case backward
  case forward
  case plot
  case decay
  case step
  case run
  case reset
  case compare
  case net
  case train
  case sweep
  case twin
  case born
  case clear
  case view
  case trace
  case toggle
  case export
  case load
  case say
  case title
  case pause
  case lesson
  case record
  case save
  case help
  case quit

  /// Other words for it (the spec's aliases).
  package var aliases: [String] { spec.aliases }
}
