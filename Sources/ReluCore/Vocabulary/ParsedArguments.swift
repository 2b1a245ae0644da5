/// A value the parser read for a ``Slot``.
package enum ParsedValue: Sendable, Equatable {
  case number(Located<Double>)
  case decayStart(Located<DecayStart>)
  /// A lesson's number, checked against the catalog.
  case lesson(Located<Int>)
  case count(Located<Int>)
  case vector(Located<VectorSpec>)
  case function(Located<PlotSeries>)
  case seriesList([PlotSeries])
  /// The index of the word among the choice's options.
  case choice(Located<Int>)
  case path(Located<String>)
  case text(String)
  case setting(Located<Setting>)
  case topic(HelpTopic)
  case bounds(BoundsSpec)
  case seed(Located<UInt64>)
  case digits(Located<NumberDigits>)
}

/// A range as written: `auto`, or its two ends (checked when the setting is built).
package enum BoundsSpec: Sendable, Equatable {
  case auto
  case between(Located<Double>, Located<Double>)
}

/// The values a command's syntax matched, by slot, in source order.
///
/// The grammar decides which slots are filled; a command's builder reads them
/// back with the typed accessors. A required slot is always filled when the
/// parse succeeded (the syntax made sure of it), so the accessors for required
/// slots trap only on a mistake in the vocabulary, which the tests of every
/// command's examples would show.
package struct ParsedArguments: Sendable {
  private var entries: [(slot: Slot, value: ParsedValue)] = []
  /// Where the command ends: what defaulted values point at.
  var end = SourceRange(start: 0, end: 0)

  package init() {}

  mutating func append(_ value: ParsedValue, for slot: Slot) {
    entries.append((slot, value))
  }

  /// Every value kept under `slot`, in source order.
  func all(_ slot: Slot) -> [ParsedValue] {
    entries.filter { $0.slot == slot }.map(\.value)
  }

  func first(_ slot: Slot) -> ParsedValue? {
    entries.first { $0.slot == slot }?.value
  }

  // MARK: - Typed reads

  func number(_ slot: Slot) -> Located<Double>? {
    if case .number(let value) = first(slot) { return value }
    return nil
  }

  func decayStart(_ slot: Slot) -> Located<DecayStart>? {
    if case .decayStart(let value) = first(slot) { return value }
    return nil
  }

  func lesson(_ slot: Slot) -> Located<Int>? {
    if case .lesson(let value) = first(slot) { return value }
    return nil
  }

  func count(_ slot: Slot) -> Located<Int>? {
    if case .count(let value) = first(slot) { return value }
    return nil
  }

  func vector(_ slot: Slot) -> Located<VectorSpec> {
    if case .vector(let value) = first(slot) { return value }
    preconditionFailure("the syntax has no vector for \(slot)")
  }

  func function(_ slot: Slot) -> Located<PlotSeries> {
    if case .function(let value) = first(slot) { return value }
    preconditionFailure("the syntax has no function for \(slot)")
  }

  func functions(_ slot: Slot) -> [Located<PlotSeries>] {
    all(slot).compactMap { if case .function(let value) = $0 { value } else { nil } }
  }

  func seriesList(_ slot: Slot) -> [PlotSeries] {
    if case .seriesList(let value) = first(slot) { return value }
    return []
  }

  func choice(_ slot: Slot) -> Located<Int> {
    if case .choice(let value) = first(slot) { return value }
    preconditionFailure("the syntax has no choice for \(slot)")
  }

  func path(_ slot: Slot) -> Located<String> {
    if case .path(let value) = first(slot) { return value }
    preconditionFailure("the syntax has no path for \(slot)")
  }

  func text(_ slot: Slot) -> String {
    if case .text(let value) = first(slot) { return value }
    return ""
  }

  func setting(_ slot: Slot) -> Located<Setting>? {
    if case .setting(let value) = first(slot) { return value }
    return nil
  }

  func topic(_ slot: Slot) -> HelpTopic? {
    if case .topic(let value) = first(slot) { return value }
    return nil
  }

  func seed(_ slot: Slot) -> Located<UInt64>? {
    if case .seed(let value) = first(slot) { return value }
    return nil
  }

  func bounds(_ slot: Slot) -> BoundsSpec {
    if case .bounds(let value) = first(slot) { return value }
    preconditionFailure("the syntax has no bounds for \(slot)")
  }

  func digits(_ slot: Slot) -> Located<NumberDigits>? {
    if case .digits(let value) = first(slot) { return value }
    return nil
  }
}
