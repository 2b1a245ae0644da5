import Testing

@testable import ReluCore

@Suite struct LayerTests {
  // The seed's reference: forward = max(x, 0), mask = (x > 0), gradient = upstream * mask.
  @Test func reluForwardBackwardMatchesTheSeed() throws {
    var layer = ReLULayer()
    let y = layer.forward(Tensor([1, -2, 0, 0.5, -0.0]))
    #expect(y.scalars == [1, 0, 0, 0.5, 0])
    #expect(layer.mask?.scalars == [1, 0, 0, 1, 0])
    let g = try layer.backward(Tensor([10, 10, 10, 10, 10]))
    #expect(g.scalars == [10, 0, 0, 10, 0])
  }

  @Test func reluRightConventionAtZero() throws {
    var layer = ReLULayer(gradientAtZero: .right)
    _ = layer.forward(Tensor([0, -0.0, -1]))
    #expect(layer.mask?.scalars == [1, 1, 0])
    #expect(try layer.backward(Tensor([2, 3, 4])).scalars == [2, 3, 0])
  }

  // The seed's leaky reference: mask = 1 where x > 0, alpha where x <= 0; forward = x * mask.
  @Test(arguments: [0.0, 0.01, 0.3, 1.0])
  func leakyForwardBackwardMatchesTheSeed(alpha: Double) throws {
    var layer = try LeakyReLULayer(alpha: alpha)
    let x: [Double] = [2, -3, 0, -0.5]
    let y = layer.forward(Tensor(x))
    let mask = x.map { $0 > 0 ? 1 : alpha }
    #expect(layer.mask?.scalars == mask)
    for (got, (xi, mi)) in zip(y.scalars, zip(x, mask)) { #expect(got == xi * mi + 0) }
    let up: [Double] = [1, 2, 3, 4]
    #expect(try layer.backward(Tensor(up)).scalars == zip(up, mask).map { $0 * $1 })
  }

  @Test func leakyRightConvention() throws {
    var layer = try LeakyReLULayer(alpha: 0.3, gradientAtZero: .right)
    _ = layer.forward(Tensor([0, -1]))
    #expect(layer.mask?.scalars == [1, 0.3])
  }

  @Test func nanAndInfinities() throws {
    var relu = ReLULayer()
    let y = relu.forward(Tensor([.nan, .infinity, -.infinity]))
    #expect(y.scalars[0].isNaN)
    #expect(y.scalars[1] == .infinity)
    #expect(y.scalars[2] == 0)
    var leaky = try LeakyReLULayer(alpha: 0.5)
    let z = leaky.forward(Tensor([.nan, -.infinity]))
    #expect(z.scalars[0].isNaN)
    #expect(z.scalars[1] == -.infinity)
    #expect(leaky.mask?.scalars[1] == 0.5)
  }

  @Test func shapeComesFromEachInput() throws {
    var layer = ReLULayer()
    _ = layer.forward(Tensor([1, 2, 3]))
    let m = try Tensor(shape: [2, 2], scalars: [-1, 2, -3, 4])
    let y = layer.forward(m)
    #expect(y.shape == [2, 2])
    #expect(y.scalars == [0, 2, 0, 4])
    #expect(
      try layer.backward(Tensor(shape: [2, 2], scalars: [1, 1, 1, 1])).scalars == [0, 1, 0, 1])
  }

  @Test func backwardErrors() throws {
    let layer = ReLULayer()
    #expect(throws: LayerError.backwardBeforeForward) { _ = try layer.backward(Tensor([1])) }
    var fed = try LeakyReLULayer()
    _ = fed.forward(Tensor([1, 2, 3]))
    #expect(throws: LayerError.shapeMismatch(expected: [3], got: [2])) {
      _ = try fed.backward(Tensor([1, 2]))
    }
    #expect(
      LayerError.shapeMismatch(expected: [3], got: [2]).description
        == "gradient has shape 2, but the last feed had shape 3")
  }

  @Test func aBadAlphaIsRefusedAndLeavesTheSettingAlone() throws {
    var lab = Interpreter()
    _ = try lab.outputs("set alpha 0.2")
    #expect(try lab.failure("set alpha nan").message == "alpha must be a finite number, not nan")
    #expect(lab.settings.alpha == 0.2)
    #expect(try LeakyReLULayer(alpha: 0.3).alpha == 0.3)
  }

  @Test func feedStatistics() {
    let x = Tensor([1, -2, 0, 3])
    var layer = ReLULayer()
    let stats = FeedStatistics(input: x, output: layer.forward(x))
    #expect(stats.count == 4)
    #expect(stats.active == 2)
    #expect(stats.activeFraction == 0.5)
    #expect(stats.input == .init(min: -2, max: 3, mean: 0.5))
    #expect(stats.output == .init(min: 0, max: 3, mean: 1))
  }

  @Test func feedStatisticsEdgeCases() {
    let empty = FeedStatistics(input: Tensor([]), output: Tensor([]))
    #expect(empty.count == 0 && empty.activeFraction == 0 && empty.input == nil)
    let withNaN = FeedStatistics(input: Tensor([.nan, 2, -1]), output: Tensor([.nan, 2, 0]))
    #expect(withNaN.active == 1)
    #expect(withNaN.input?.min == -1)
    #expect(withNaN.input?.max == 2)
    #expect(withNaN.input?.mean.isNaN == true)
  }
}
