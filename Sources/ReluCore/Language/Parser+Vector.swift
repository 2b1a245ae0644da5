extension Parser {
  /// A vector: numbers (`1 -2, 0.5`), brackets (`[1, -2]`, `[[1, 2], [3, 4]]`)
  /// or `random N [seed S]`.
  mutating func vector(_ what: String) throws(ParseStop) -> Located<VectorSpec> {
    if atEnd {
      throw endOfCommand(
        expecting: "\(what): numbers like 1 -2 0.5, [1, -2, 0.5] or random N",
        offering: ["random"])
    }
    let start = peek
    if start.kind == .word, start.text.lowercased() == "random" {
      index += 1
      let count = try count("how many random values", in: Int.min...Int.max)
      guard (1...Limits.maxRandomCount).contains(count.value) else {
        throw fail(
          "random takes 1 to \(Limits.maxRandomCount) values (each command is bounded in"
            + " time and memory), not \(count.value)", at: count.range)
      }
      var seed: UInt64?
      if optionalKeyword("seed") { seed = try self.seed().value }
      return Located(
        value: .random(count: count.value, seed: seed), range: start.range.union(lastRange))
    }
    if start.kind == .leftBracket {
      var scalars: [Double] = []
      let shape = try bracketed(depth: 0, scalars: &scalars)
      let whole = start.range.union(lastRange)
      guard !scalars.isEmpty else { throw fail("\(what) needs at least one number", at: whole) }
      do {
        return Located(value: .literal(try Tensor(shape: shape, scalars: scalars)), range: whole)
      } catch {
        throw fail(error.description, at: whole)
      }
    }
    var scalars: [Double] = []
    var end = index
    while tokens[end].kind == .word || tokens[end].kind == .comma { end += 1 }
    scalars.reserveCapacity(end - index)
    while peek.kind == .word {
      scalars.append(try number("a number").value)
      if peek.kind == .comma { index += 1 }
    }
    guard !scalars.isEmpty else {
      throw fail(
        "expected \(what): numbers like 1 -2 0.5, [1, -2, 0.5] or random N, found \(describe(peek))",
        at: peek.range)
    }
    return Located(value: .literal(Tensor(scalars)), range: start.range.union(lastRange))
  }

  /// A bracketed list: its numbers appended in row-major order, its shape returned.
  ///
  /// Sibling lists must share one shape; numbers and lists do not mix.
  private mutating func bracketed(depth: Int, scalars: inout [Double]) throws(ParseStop)
    -> [Int]
  {
    let open = advance()
    guard depth < 8 else { throw fail("tensors nest at most 8 levels deep", at: open.range) }
    var count = 0
    var inner: [Int]?  // nil: numbers so far (or nothing); else the rows' shape
    while true {
      let token = peek
      switch token.kind {
      case .rightBracket:
        index += 1
        return [count] + (inner ?? [])
      case .leftBracket:
        guard count == 0 || inner != nil else {
          throw fail("a vector mixes numbers and lists here", at: token.range)
        }
        let shape = try bracketed(depth: depth + 1, scalars: &scalars)
        if let inner, inner != shape {
          throw fail(
            "rows differ in shape: \(Self.text(shape)) here, \(Self.text(inner)) before;"
              + " a matrix must be rectangular", at: token.range.union(lastRange))
        }
        inner = shape
      case .word:
        guard inner == nil else {
          throw fail("a vector mixes numbers and lists here", at: token.range)
        }
        scalars.append(try number("a number").value)
      case .comma:
        throw fail("expected a number before ','", at: token.range)
      default:
        if completing, atEnd { throw .completion }
        let column = source.position(of: open.range.start).column
        throw fail(
          "expected ']' to close the '[' at column \(column), found \(describe(token))",
          at: token.range)
      }
      count += 1
      if peek.kind == .comma { index += 1 }
    }
  }

  private static func text(_ shape: [Int]) -> String {
    shape.map(String.init).joined(separator: "x")
  }
}
