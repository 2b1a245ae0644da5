import Testing

@testable import ReluCore

@Suite struct DecayTests {
  private func simulation(
    _ f: Activation, from: Double = 0.9, to: Double = 0.5, lr: Double = 0.2,
    atZero: GradientAtZero = .left
  ) throws -> DecaySimulation {
    try DecaySimulation(activation: f, from: from, to: to, learningRate: lr, gradientAtZero: atZero)
  }

  // The seed: with eta = 0.2, relu goes 0.9 -> 0.7 -> 0.5 in 2 steps.
  @Test func reluTakesTwoSteps() throws {
    var sim = try simulation(.relu)
    #expect(sim.current.z == 0.9)
    let step9 = sim.advance()

    #expect(step9?.value == 0.7)
    #expect(sim.status == .running)
    let advanced = sim.advance()
    let second = try #require(advanced)
    #expect(second.value == 0.49999999999999994, "0.7 - 0.2 in binary64")
    #expect(sim.status == .reached)
    let step10 = sim.advance()

    #expect(step10 == nil)
    #expect(sim.steps.count == 3)
  }

  // The seed's sigmoid chapter: z0 = ln 9, first step 0.898368..., 67 steps.
  @Test func sigmoidTakesSixtySevenSteps() throws {
    var sim = try simulation(.sigmoid)
    #expect(abs(sim.current.z - LibM.log(9)) < 1e-12)
    let advanced = sim.advance()
    let first = try #require(advanced)
    #expect(abs(first.value - 0.898368) < 5e-7)
    let status1 = sim.run(maxSteps: 10_000)

    #expect(status1 == .reached)
    #expect(sim.current.index == 67)
    #expect(sim.steps[66].value > 0.5)
  }

  // Dying ReLU: a step that overshoots into z < 0 leaves gradient 0 for good.
  @Test func aLargeStepKillsReluButNotLeaky() throws {
    var relu = try simulation(.relu, lr: 1)
    let status2 = relu.run(maxSteps: 100)

    #expect(status2 == .dead)
    #expect(relu.current.index == 1)
    #expect(relu.current.z < 0 && relu.current.value == 0 && relu.current.gradient == 0)

    var leaky = try simulation(.leaky(alpha: 0.01), to: 0.05, lr: 1.5)
    let step11 = leaky.advance()

    #expect(step11?.z == 0.9 - 1.5)
    #expect(leaky.status == .reached)
    #expect(leaky.current.gradient == 0.01, "leaky's slope keeps the neuron learning")

    var deadRelu = try simulation(.relu, to: 0.05, lr: 1.5)
    let status3 = deadRelu.run(maxSteps: 100)

    #expect(status3 == .dead)
  }

  @Test func leakyKeepsMovingWhereReluStops() throws {
    // Aim below zero: relu cannot go there (range), leaky can and keeps moving.
    var leaky = try simulation(.leaky(alpha: 0.1), from: 0.9, to: -0.05, lr: 1)
    let status4 = leaky.run(maxSteps: 100)

    #expect(status4 == .reached)
    #expect(leaky.current.value <= -0.05)
    #expect(throws: DecayError.self) { _ = try simulation(.relu, from: 0.9, to: -0.05, lr: 1) }
  }

  @Test func startAndTargetMustBeInRange() throws {
    #expect(throws: DecayError.startOutsideRange(.sigmoid, 1.5)) {
      _ = try simulation(.sigmoid, from: 1.5)
    }
    #expect(throws: DecayError.startOutsideRange(.relu, -1)) { _ = try simulation(.relu, from: -1) }
    #expect(throws: DecayError.targetOutsideRange(.tanh, -2)) { _ = try simulation(.tanh, to: -2) }
    #expect(
      DecayError.startOutsideRange(.sigmoid, 1.5).description
        == "sigmoid never equals 1.5: its values lie in (0, 1), so there is no z to start from")
  }

  @Test func aRiseStepsUphill() throws {
    var sim = try simulation(.relu, from: 0.5, to: 0.9)
    #expect(!sim.isDescent)
    let status5 = sim.run(maxSteps: 10)

    #expect(status5 == .reached)
    #expect(sim.current.index == 2)
    #expect(abs(sim.current.value - 0.9) < 1e-12)
  }

  @Test func limitAndReset() throws {
    var sim = try simulation(.sigmoid)
    let status6 = sim.run(maxSteps: 10)

    #expect(status6 == .limit)
    #expect(sim.status == .running)
    #expect(sim.current.index == 10)
    sim.reset()
    #expect(sim.current.index == 0 && sim.steps.count == 1)
    let status7 = sim.run(maxSteps: 1000)

    #expect(status7 == .reached)
  }

  @Test func startingOnTheTargetTakesNoSteps() throws {
    let sim = try simulation(.relu, from: 0.5, to: 0.5)
    #expect(sim.status == .reached)
  }

  @Test func startingInTheFlatRegionIsDead() throws {
    // relu(0) = 0 and relu'(0) = 0 under the left convention.
    let left = try simulation(.relu, from: 0, to: 0.5)
    #expect(left.status == .dead)
    var right = try simulation(.relu, from: 0, to: 0.5, atZero: .right)
    #expect(right.status == .running)
    let status8 = right.run(maxSteps: 10)

    #expect(status8 == .reached)
  }
}
