extension Parser {
  /// A vector: numbers (`1 -2, 0.5`), brackets (`[1, -2]`, `[[1, 2], [3, 4]]`)
  /// or `random N [seed S]`.
  mutating func vector(_ what: Words) throws(ParseStop) -> Located<VectorSpec> {
    let expected =
      what
      + Words(
        en: ": numbers like 1 -2 0.5, [1, -2, 0.5] or random N",
        zh: "：数字，如 1 -2 0.5、[1, -2, 0.5] 或 random N")
    if atEnd { throw endOfCommand(expecting: expected, offering: ["random"]) }
    let start = peek
    if start.kind == .word, start.text.lowercased() == "random" {
      index += 1
      let count = try count(
        Words(en: "how many random values", zh: "随机值的个数"), in: Int.min...Int.max)
      guard (1...Limits.maxRandomCount).contains(count.value) else {
        throw fail(
          .randomCount(most: Limits.maxRandomCount, value: count.value), at: count.range)
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
      guard !scalars.isEmpty else { throw fail(.needsNumber(what), at: whole) }
      do {
        return Located(value: .literal(try Tensor(shape: shape, scalars: scalars)), range: whole)
      } catch {
        throw fail(error.words, at: whole)
      }
    }
    var scalars: [Double] = []
    var end = index
    while tokens[end].kind == .word || tokens[end].kind == .comma { end += 1 }
    scalars.reserveCapacity(end - index)
    while peek.kind == .word {
      scalars.append(try number(Slot.number.noun).value)
      if peek.kind == .comma { index += 1 }
    }
    guard !scalars.isEmpty else {
      throw fail(.expected(expected, found: found(peek)), at: peek.range)
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
    let deepest = 8
    guard depth < deepest else { throw fail(.nestedTooDeep(deepest), at: open.range) }
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
          throw fail(.mixesNumbersAndLists, at: token.range)
        }
        let shape = try bracketed(depth: depth + 1, scalars: &scalars)
        if let inner, inner != shape {
          throw fail(.rowsDiffer(shape, before: inner), at: token.range.union(lastRange))
        }
        inner = shape
      case .word:
        guard inner == nil else {
          throw fail(.mixesNumbersAndLists, at: token.range)
        }
        scalars.append(try number(Slot.number.noun).value)
      case .comma:
        throw fail(.numberBeforeComma, at: token.range)
      default:
        if completing, atEnd { throw .completion }
        let column = source.position(of: open.range.start).column
        throw fail(.unclosedBracket(column: column, found: found(token)), at: token.range)
      }
      count += 1
      if peek.kind == .comma { index += 1 }
    }
  }
}
