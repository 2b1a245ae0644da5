import Testing

@testable import ReluCore

@Suite struct ActivationTests {
  // relu: f(z) = z for z >= 0, 0 for z < 0.
  @Test(arguments: [
    (-3.0, 0.0), (-0.5, 0.0), (0.0, 0.0), (-0.0, 0.0), (0.25, 0.25), (7.0, 7.0),
    (Double.infinity, Double.infinity), (-Double.infinity, 0.0),
  ])
  func reluValue(z: Double, expected: Double) {
    let y = Activation.relu.value(z)
    #expect(y == expected)
    #expect(y.sign == .plus, "relu never returns -0.0")
  }

  @Test(arguments: [
    (-3.0, 0.0), (0.0, 0.0), (-0.0, 0.0), (2.0, 1.0), (Double.infinity, 1.0),
    (-Double.infinity, 0.0),
  ])
  func reluDerivativeLeft(z: Double, expected: Double) {
    #expect(Activation.relu.derivative(z, atZero: .left) == expected)
  }

  @Test(arguments: [(-3.0, 0.0), (0.0, 1.0), (-0.0, 1.0), (2.0, 1.0)])
  func reluDerivativeRight(z: Double, expected: Double) {
    #expect(Activation.relu.derivative(z, atZero: .right) == expected)
  }

  // leaky: f(z) = z for z >= 0, alpha z for z < 0; f'(z) = 1 or alpha.
  @Test(arguments: [0.0, 0.01, 0.3, 1.0])
  func leakyAcrossAlphas(alpha: Double) throws {
    let f = Activation.leaky(alpha: try Activation.validateAlpha(alpha))
    #expect(f.value(-2) == alpha * -2 || (alpha == 0 && f.value(-2) == 0))
    #expect(f.value(3) == 3)
    #expect(f.value(0) == 0)
    #expect(f.value(-0.0) == 0)
    #expect(f.derivative(-2) == alpha)
    #expect(f.derivative(5) == 1)
    #expect(f.derivative(0, atZero: .left) == alpha)
    #expect(f.derivative(0, atZero: .right) == 1)
    #expect(f.derivative(-0.0, atZero: .right) == 1)
  }

  @Test func leakyHandComputedValues() {
    let f = Activation.leaky(alpha: 0.3)
    #expect(f.value(-10) == -3)
    #expect(f.value(-1) == -0.3)
    #expect(f.value(-.infinity) == -.infinity)
    #expect(f.derivative(-.infinity) == 0.3)
    #expect(Activation.leaky(alpha: 0).value(-.infinity) == 0)
    #expect(Activation.leaky(alpha: 1).value(-4.5) == -4.5, "alpha = 1 is the identity")
  }

  @Test(arguments: [Activation.relu, .leaky(alpha: 0.01), .sigmoid, .tanh])
  func nanPropagates(f: Activation) {
    #expect(f.value(.nan).isNaN)
    #expect(f.derivative(.nan, atZero: .left).isNaN)
    #expect(f.derivative(.nan, atZero: .right).isNaN)
  }

  @Test func sigmoidValues() {
    let f = Activation.sigmoid
    #expect(f.value(0) == 0.5)
    #expect(f.derivative(0) == 0.25)
    #expect(f.value(.infinity) == 1)
    #expect(f.value(-.infinity) == 0)
    #expect(f.value(-800) >= 0, "no overflow to NaN for large negative z")
    #expect(f.derivative(40) >= 0)
    // f(ln 9) = 9 / 10.
    #expect(abs(f.value(LibM.log(9)) - 0.9) < 1e-15)
    #expect(f.derivative(0, atZero: .right) == f.derivative(0, atZero: .left))
  }

  @Test func tanhValues() {
    let f = Activation.tanh
    #expect(f.value(0) == 0)
    #expect(f.derivative(0) == 1)
    #expect(f.value(.infinity) == 1)
    #expect(f.derivative(.infinity) == 0)
    #expect(abs(f.value(0.5) - 0.46211715726000974) < 1e-15)
  }

  @Test func inverses() throws {
    #expect(Activation.relu.inverse(0.9) == 0.9)
    #expect(Activation.relu.inverse(0) == 0)
    #expect(Activation.relu.inverse(-1) == nil)
    #expect(Activation.leaky(alpha: 0.1).inverse(-0.5) == -5)
    #expect(Activation.leaky(alpha: 0).inverse(-0.5) == nil)
    #expect(Activation.sigmoid.inverse(1.5) == nil)
    #expect(Activation.sigmoid.inverse(1) == nil)
    #expect(Activation.sigmoid.inverse(0) == nil)
    #expect(Activation.tanh.inverse(-1) == nil)
    #expect(Activation.relu.inverse(.nan) == nil)
    for f in [Activation.sigmoid, .tanh, .leaky(alpha: 0.2), .relu] {
      for y in [0.9, 0.5, 0.1] {
        let z = try #require(f.inverse(y))
        #expect(abs(f.value(z) - y) < 1e-12, "\(f.name) inverse at \(y)")
      }
    }
  }

  @Test func ranges() {
    #expect(Activation.relu.range.description == "[0, inf)")
    #expect(Activation.sigmoid.range.description == "(0, 1)")
    #expect(Activation.tanh.range.description == "(-1, 1)")
    #expect(Activation.leaky(alpha: 0.01).range.description == "(-inf, inf)")
    #expect(Activation.leaky(alpha: 0).range.description == "[0, inf)")
    #expect(!Activation.sigmoid.range.contains(1))
  }

  @Test(arguments: [Double.nan, .infinity, -.infinity, -0.1])
  func invalidAlphaIsAnErrorNotATrap(alpha: Double) {
    #expect(throws: ActivationError.self) {
      _ = try Activation.validateAlpha(alpha)
    }
    #expect(throws: ActivationError.self) { _ = try LeakyReLULayer(alpha: alpha) }
  }

  @Test func alphaErrorMessages() {
    #expect(
      ActivationError.invalidAlpha(.nan).description == "alpha must be a finite number, not nan")
    #expect(ActivationError.invalidAlpha(-1).description.contains(">= 0"))
  }

  @Test func labels() {
    #expect(Activation.leaky(alpha: 0.1).label == "leaky (alpha=0.1)")
    #expect(Activation.relu.label == "relu")
    #expect(Activation.defaultAlpha == 0.01)
  }
}
