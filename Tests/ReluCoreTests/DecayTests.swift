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
    let first = sim.advance()
    #expect(first?.value == 0.7)
    #expect(sim.status == .running)
    let advanced = sim.advance()
    let second = try #require(advanced)
    #expect(second.value == 0.49999999999999994, "0.7 - 0.2 in binary64")
    #expect(sim.status == .reached)
    let afterTheEnd = sim.advance()
    #expect(afterTheEnd == nil)
    #expect(sim.steps.count == 3)
  }

  // The seed's sigmoid chapter: z0 = ln 9, first step 0.898368..., 67 steps.
  @Test func sigmoidTakesSixtySevenSteps() throws {
    var sim = try simulation(.sigmoid)
    #expect(abs(sim.current.z - LibM.log(9)) < 1e-12)
    let advanced = sim.advance()
    let first = try #require(advanced)
    #expect(abs(first.value - 0.898368) < 5e-7)
    let status = sim.run(maxSteps: 10_000)
    #expect(status == .reached)
    #expect(sim.current.index == 67)
    #expect(sim.steps[66].value > 0.5)
  }

  // Dying ReLU: a step that overshoots into z < 0 leaves gradient 0 for good.
  @Test func aLargeStepKillsReluButNotLeaky() throws {
    var relu = try simulation(.relu, lr: 1)
    let reluStatus = relu.run(maxSteps: 100)
    #expect(reluStatus == .dead)
    #expect(relu.current.index == 1)
    #expect(relu.current.z < 0 && relu.current.value == 0 && relu.current.gradient == 0)

    var leaky = try simulation(.leaky(alpha: 0.01), lr: 1)
    let leakyStatus = leaky.run(maxSteps: 100)
    #expect(leakyStatus == .overshot, "as far past 0.5 as relu, but alive")
    #expect(leaky.current.index == 1)
    #expect(leaky.current.z == relu.current.z)
    #expect(abs(leaky.overshoot - 0.501) < 1e-12)
    #expect(leaky.current.gradient == 0.01, "leaky's slope keeps the neuron learning")
    #expect(leaky.isFinished)
    #expect(leaky.advance() == nil)
  }

  // Overshot is a notable overshoot (more than 1% of |A - B|) with a
  // gradient: sigmoid's last step lands 0.0009 past 0.5 and has reached it.
  @Test func overshotIsANotableOvershootWithAGradient() throws {
    var sigmoid = try simulation(.sigmoid)
    #expect(sigmoid.run(maxSteps: 100) == .reached)
    #expect(sigmoid.overshoot > 0)
    var tanh = try simulation(.tanh, lr: 3)
    #expect(tanh.run(maxSteps: 100) == .overshot)
    #expect(tanh.current.gradient > 0)
    #expect(DecayStatus.overshot.words == Words(en: "overshot", zh: "越过目标"))
    #expect(DecayStatus.dead.words == Words(en: "dead", zh: "死亡"))
    #expect(DecayStatus.reached.words == Words(en: "reached", zh: "已到达"))
  }

  // After the big step, can the neuron climb back up to 0.5? A dead relu sits
  // at 0 with gradient 0 and never moves; leaky climbs with slope alpha.
  @Test func leakyClimbsBackWhereReluCannot() throws {
    let relu = try simulation(.relu, from: 0, to: 0.5, lr: 1)
    #expect(relu.status == .dead)
    var leaky = try simulation(.leaky(alpha: 0.01), from: -0.001, to: 0.5, lr: 1)
    #expect(leaky.current.z == -0.1)
    let status = leaky.run(maxSteps: 100)
    #expect(status == .overshot, "its last step of 1 lands at 1, 0.5 past the target")
    // Ten steps of 0.01 leave z at -1e-17 in binary64 (not 0), so it takes an
    // eleventh small step to cross 0, then one of 1.
    #expect(leaky.current.index == 12)
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

  // An open end of the range can be approached but never reached.
  @Test(arguments: [(Activation.sigmoid, 1.0), (.sigmoid, 0), (.tanh, -1), (.relu, .infinity)])
  func unreachableEndsAreErrors(f: Activation, target: Double) {
    #expect(throws: DecayError.targetOutsideRange(f, target)) {
      _ = try simulation(f, from: 0.5, to: target)
    }
  }

  @Test func reluCanAimAtItsClosedEnd() throws {
    var sim = try simulation(.relu, from: 0.4, to: 0)
    let status = sim.run(maxSteps: 10)
    #expect(status == .reached)
  }

  @Test func toleranceIsRelativeToTheValues() throws {
    let tiny = try simulation(.relu, from: 1e-12, to: 1e-13)
    #expect(tiny.status == .running)
  }

  @Test func aRiseStepsUphill() throws {
    var sim = try simulation(.relu, from: 0.5, to: 0.9)
    #expect(!sim.isDescent)
    let status = sim.run(maxSteps: 10)
    #expect(status == .reached)
    #expect(sim.current.index == 2)
    #expect(abs(sim.current.value - 0.9) < 1e-12)
  }

  @Test func limitAndReset() throws {
    var sim = try simulation(.sigmoid)
    let limited = sim.run(maxSteps: 10)
    #expect(limited == .limit)
    #expect(sim.status == .running)
    #expect(sim.current.index == 10)
    sim.reset()
    #expect(sim.current.index == 0 && sim.steps.count == 1)
    let finished = sim.run(maxSteps: 1000)
    #expect(finished == .reached)
  }

  @Test func historyStaysBounded() throws {
    var sim = try simulation(.sigmoid, from: 0.9, to: 0.01, lr: 0.001)
    let status = sim.run(maxSteps: 5000)
    #expect(status == .limit)
    #expect(sim.steps.count <= DecaySimulation.historyLimit)
    #expect(sim.current.index == 5000)
    #expect(sim.steps.map(\.index) == Array((5001 - sim.steps.count)...5000))
    sim.reset()
    #expect(sim.current.z == sim.startZ)
    #expect(abs(sim.current.value - 0.9) < 1e-12)
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
    let status = right.run(maxSteps: 10)
    #expect(status == .overshot, "0.2, 0.4, then 0.6: 0.1 past 0.5, with relu' = 1")
    #expect(abs(right.overshoot - 0.1) < 1e-12)
  }
}
