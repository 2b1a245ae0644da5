extension PlotSeries {
  /// The ASCII character that draws this series, distinct for all eight so
  /// curves stay apart without colour: relu `*`, leaky `#`, sigmoid `%`,
  /// tanh `&`, relu' `=`, leaky' `$`, sigmoid' `:`, tanh' `~`.
  ///
  /// None of them is used by the axes (`-`, `|`, `+`) or the markers
  /// (`o`, `@`, `X`, digits, `C`).
  package var glyph: Character {
    switch (kind, isDerivative) {
    case (.relu, false): "*"
    case (.leaky, false): "#"
    case (.sigmoid, false): "%"
    case (.tanh, false): "&"
    case (.relu, true): "="
    case (.leaky, true): "$"
    case (.sigmoid, true): ":"
    case (.tanh, true): "~"
    }
  }
}
