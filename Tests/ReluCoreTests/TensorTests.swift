import Testing

@testable import ReluCore

@Suite struct TensorTests {
  @Test func vectorAndMatrixDescriptions() throws {
    #expect(Tensor([1, -2, 0.5]).description == "[1, -2, 0.5]")
    let m = try Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])
    #expect(m.description == "[[1, 2, 3], [4, 5, 6]]")
    #expect(m.shapeDescription == "2x3")
    #expect(m[1, 2] == 6)
    #expect(m[0, 1] == 2)
    #expect(Tensor([]).description == "[]")
    #expect(
      Tensor([.nan, .infinity, -.infinity, 0.49999999999999994]).description
        == "[nan, inf, -inf, 0.49999999999999994]")
  }

  @Test func badShapesAreErrors() {
    #expect(throws: TensorError.invalidShape([2, 2], scalarCount: 3)) {
      _ = try Tensor(shape: [2, 2], scalars: [1, 2, 3])
    }
    #expect(throws: TensorError.self) { _ = try Tensor(shape: [-1, -3], scalars: [1, 2, 3]) }
    #expect(throws: TensorError.self) {
      _ = try Tensor(shape: [Int.max, 2], scalars: [])
    }
  }

  @Test func elementAccessChecksBounds() throws {
    let m = try Tensor(shape: [2, 2], scalars: [1, 2, 3, 4])
    #expect(try m.element(at: [1, 0]) == 3)
    #expect(throws: TensorError.indexOutOfRange([2, 0], shape: [2, 2])) {
      _ = try m.element(at: [2, 0])
    }
    #expect(throws: TensorError.self) { _ = try m.element(at: [0]) }
  }

  @Test func numberFormat() {
    #expect(NumberFormat.plain(2) == "2")
    #expect(NumberFormat.plain(-0.0) == "-0")
    #expect(NumberFormat.plain(0.7 - 0.2) == "0.49999999999999994")
    #expect(NumberFormat.plain(1e300) == "1e+300")
    #expect(NumberFormat.plain(-2.5) == "-2.5")
    #expect(NumberFormat.plain(.nan) == "nan")
    #expect(NumberFormat.plain(-.infinity) == "-inf")
  }

  @Test func shortNumbers() {
    #expect(NumberFormat.short(0.49999999999999994) == "0.5")
    #expect(NumberFormat.short(2.025272111807714) == "2.02527")
    #expect(NumberFormat.short(0.8834212345) == "0.883421")
    #expect(NumberFormat.short(-0.00363484341168855) == "-0.00363484")
    #expect(NumberFormat.short(1_234_567.8) == "1.23457e+06")
    #expect(NumberFormat.short(9_999_999.6) == "1e+07")
    #expect(NumberFormat.short(0.000012345678) == "1.23457e-05")
    #expect(NumberFormat.short(42) == "42")
    #expect(NumberFormat.short(0) == "0")
    #expect(NumberFormat.short(.nan) == "nan")
    #expect(NumberFormat.short(-.infinity) == "-inf")
  }
}
