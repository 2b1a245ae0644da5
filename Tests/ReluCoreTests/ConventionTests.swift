import Testing

@testable import ReluCore

@Suite struct ConventionTests {
  /// The table: relu'(0), the leaky slope (nil: kept), leaky'(0) with alpha 0.05 kept.
  static let table: [(Convention, Double, Double?, Double)] = [
    (.pytorch, 0, 0.01, 0.01), (.tensorflow, 0, 0.2, 0.2), (.keras, 0, 0.3, 0.3),
    (.jax, 0, 0.01, 1), (.formula, 1, nil, 1), (.code, 0, nil, 0.05),
  ]

  @Test(arguments: table.indices)
  func eachConventionDoesWhatItsFrameworkDoes(row: Int) throws {
    let (convention, reluAtZero, slope, leakyAtZero) = Self.table[row]
    var lab = Interpreter()
    _ = try lab.outputs("set alpha 0.05; set convention \(convention.rawValue)")
    #expect(lab.settings.alpha == (slope ?? 0.05))
    #expect(lab.settings.convention == convention)
    let outputs = try lab.outputs("forward relu' 0; forward leaky' 0")
    guard case .forward(let relu) = outputs[0], case .forward(let leaky) = outputs[1] else {
      throw TestFailure("forward")
    }
    #expect(relu.output.scalars == [reluAtZero])
    #expect(leaky.output.scalars == [leakyAtZero])
    // The layers and the decay follow the same rules.
    _ = try lab.outputs("use leaky")
    let fed = try lab.outputs("feed 0")
    guard case .feed(let report) = fed[0] else { throw TestFailure("feed") }
    #expect(report.mask.scalars == [leakyAtZero])
  }

  @Test func grad0ByHandKeepsTheConventionAndMidIsTheMean() throws {
    var lab = Interpreter()
    #expect(lab.settings.convention == .pytorch && !lab.settings.gradientAtZeroByHand)
    _ = try lab.outputs("set alpha 0.2; set grad0 mid")
    #expect(lab.settings.convention == .pytorch && lab.settings.gradientAtZeroByHand)
    #expect(lab.settings.value(of: .convention) == .word("pytorch"))
    #expect(lab.settings.meaning(of: .convention) == Convention.pytorch.handSetExplanation)
    #expect(Activation.relu.derivative(0, atZero: lab.settings.gradientAtZero) == 0.5)
    #expect(Activation.leaky(alpha: 0.2).derivative(0, atZero: lab.settings.gradientAtZero) == 0.6)
    #expect(Activation.leaky(alpha: 0.2).derivative(-1, atZero: .mid) == 0.2)
    #expect(GradientAtZero(name: "relu left, leaky right") == Convention.jax.gradientAtZero)
    #expect(
      GradientAtZero(name: Convention.jax.gradientAtZero.name) == Convention.jax.gradientAtZero)
    #expect(GradientAtZero(name: "sideways") == nil)
  }
}
