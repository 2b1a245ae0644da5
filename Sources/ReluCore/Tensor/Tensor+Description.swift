extension Tensor: CustomStringConvertible {
  /// Nested brackets by rank with numbers in ``NumberFormat/plain(_:)`` form:
  /// `[1, -2, 0.5]` for a vector, `[[1, 2], [3, 4]]` for a 2x2 matrix.
  package var description: String {
    guard !shape.isEmpty else { return scalars.first.map(NumberFormat.plain) ?? "[]" }
    var text = ""
    var offset = 0
    describe(dimension: 0, offset: &offset, into: &text)
    return text
  }

  private func describe(dimension: Int, offset: inout Int, into text: inout String) {
    text += "["
    for i in 0..<shape[dimension] {
      if i > 0 { text += ", " }
      if dimension == shape.count - 1 {
        text += NumberFormat.plain(scalars[offset])
        offset += 1
      } else {
        describe(dimension: dimension + 1, offset: &offset, into: &text)
      }
    }
    text += "]"
  }
}
