import Testing

@testable import ReluCore

/// ``AxisScale/rounded(_:)`` against its definition `Int(x.rounded())`.
@Suite struct AxisScaleRoundingTests {
  @Test func roundsAsTheStandardLibraryDoes() {
    var values: [Double] = [
      0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994,
      1, -1, 440, 440.5, 0x1p51, -0x1p51, 0x1p51 + 0.5, 0x1p52 - 0.5, -(0x1p52 - 0.5),
      .leastNonzeroMagnitude, -.leastNonzeroMagnitude,
    ]
    var generator = SplitMix64(seed: 41)
    for _ in 0..<20_000 {
      let half = Double(Int.random(in: -2000...2000, using: &generator)) + 0.5
      values += [half, half.nextUp, half.nextDown, Double.random(in: -1...2000, using: &generator)]
      values.append(Double.random(in: -0x1p52...0x1p52, using: &generator).nextDown)
    }
    for x in values where abs(x) < 0x1p52 {
      #expect(AxisScale.rounded(x) == Int(x.rounded()), "\(x)")
    }
  }

  @Test func nearestSamplesKeepTheirClampAndNaN() throws {
    let scale = AxisScale(bounds: try PlotBounds(lower: -5, upper: 5), samples: 11, perCell: 1)
    #expect(scale.nearestSample(of: .nan) == nil)
    #expect(scale.nearestSample(of: .infinity) == 11)
    #expect(scale.nearestSample(of: -.infinity) == -1)
    #expect(scale.nearestSample(of: 0.5) == 6)
    #expect(scale.nearestSample(of: -0.5) == 5)
    #expect(scale.nearestSample(of: 0.49) == 5)
  }
}
