import Testing

@testable import ReluCore

/// The one table of functions (``ActivationKind/entry``): names, values at
/// special points in each precision, and every command taking every function
/// it allows, or refusing with a reason.
@Suite struct FunctionTableTests {
  // MARK: Names

  @Test(arguments: [
    ("relu", ActivationKind.relu), ("ReLU", .relu), ("LeakyReLU", .leaky),
    ("leaky_relu", .leaky), ("lrelu", .leaky), ("Logistic", .sigmoid), ("TANH", .tanh),
    ("ELU", .elu), ("Softplus", .softplus),
  ])
  func namesAndAliasesInAnyCase(name: String, kind: ActivationKind) throws {
    #expect(ActivationKind(named: name) == kind)
    #expect(PlotSeries(name + "'") == PlotSeries(kind, derivative: true))
    var lab = Interpreter()
    guard case .plot(let series) = try lab.outputs("plot \(name) \(name)'").last else {
      throw TestFailure("plot \(name)")
    }
    #expect(series == [PlotSeries(kind), PlotSeries(kind, derivative: true)])
  }

  @Test func unknownNamesAreNotFunctions() throws {
    for name in ["softmax", "elu_", "leaky relu", ""] {
      #expect(ActivationKind(named: name) == nil, "\(name)")
    }
    var lab = Interpreter()
    let error = try lab.failure("plot softmax")
    #expect(error.message.hasPrefix("unknown function 'softmax'; expected one of: relu, leaky"))
    #expect(error.column == 6)
  }

  /// Every alias belongs to one function and is no other function's name.
  @Test func aliasesAreUnique() {
    let names = ActivationKind.allCases.flatMap { [$0.rawValue] + $0.entry.aliases }
    #expect(Set(names).count == names.count)
    #expect(names.allSatisfy { $0 == $0.lowercased() })
  }

  // MARK: Values

  /// ELU against its definition written out, special values too.
  @Test(arguments: [0.0, 0.5, 1, 2])
  func eluValuesAndDerivatives(alpha: Double) {
    let f = Activation.elu(alpha: alpha)
    for z in [-1000, -5, -1, -1e-300, 0, 1e-300, 0.5, 3, 1000] as [Double] {
      let value = z > 0 ? z : alpha * LibM.expm1(z)
      let slope = z > 0 ? 1 : alpha * LibM.exp(z)
      #expect(f.value(z) == value, "elu(\(z)) alpha \(alpha)")
      #expect(f.derivative(z) == slope, "elu'(\(z)) alpha \(alpha)")
    }
    #expect(f.value(-.infinity) == -alpha + 0)
    #expect(f.value(.infinity) == .infinity)
    #expect(f.value(.nan).isNaN && f.derivative(.nan).isNaN)
    #expect(f.value(-0.0).sign == .plus)
    #expect(f.derivative(0) == alpha, "the left slope at 0")
    #expect(f.derivative(-.infinity) == 0)
    #expect((f.jumpAtZero == nil) == (alpha == 1))
  }

  /// Softplus against ln(1 + e^(beta z)) / beta where that does not
  /// overflow, and its limits where it does.
  @Test(arguments: [0.5, 1, 5])
  func softplusValuesAndDerivatives(beta: Double) {
    let f = Activation.softplus(beta: beta)
    for z in [-30, -2, -0.1, 0, 0.1, 2, 30] as [Double] {
      let value = LibM.log(1 + LibM.exp(beta * z)) / beta
      let slope = 1 / (1 + LibM.exp(-beta * z))
      #expect(abs(f.value(z) - value) <= 1e-15 * max(1, abs(value)), "softplus(\(z))")
      #expect(abs(f.derivative(z) - slope) <= 1e-15, "softplus'(\(z))")
    }
    #expect(f.value(0) == LibM.log(2) / beta)
    #expect(f.derivative(0) == 0.5)
    #expect(f.value(1000) == 1000, "no overflow: e^(1000 beta) is inf")
    #expect(f.value(-1e5) == 0 && f.value(-.infinity) == 0)
    #expect(f.value(.infinity) == .infinity)
    #expect(f.value(.nan).isNaN && f.derivative(.nan).isNaN)
    #expect(f.jumpAtZero == nil)
    #expect(f.range.contains(1e-300) && !f.range.contains(0))
  }

  /// In single and half precision each function computes in the type: ELU
  /// and softplus against their definitions written in Float and Float16.
  @Test func eluAndSoftplusComputeInTheType() {
    let elu = Activation.elu(alpha: 0.5)
    let softplus = Activation.softplus(beta: 2)
    for z in [-3, -0.25, -1e-3, 0, 0.7, 4] as [Double] {
      let x = Float(z)
      let eluFloat: Float = x > 0 ? x : 0.5 * LibM.expm1(x) + 0
      #expect(elu.value(z, in: .single) == Double(eluFloat), "\(z)")
      let tail = Float16(LibM.log1p(Float(Float16(LibM.exp(Float(-(2 * Float16(z).magnitude)))))))
      let softHalf = (Float16(z) > 0 ? Float16(z) : 0) + tail / 2
      #expect(softplus.value(z, in: .half) == Double(softHalf), "\(z)")
    }
  }

  /// Each function's inverse undoes it inside its range, so the decay can
  /// start from a value.
  @Test func inversesUndoTheFunctions() throws {
    var parameters = FunctionParameters(alpha: 0.1)
    parameters.eluAlpha = 0.5
    parameters.beta = 3
    for kind in ActivationKind.allCases {
      let f = kind.activation(parameters)
      for z in [-2, -0.3, 0.4, 1.5] as [Double] {
        let y = f.value(z)
        let back = try #require(f.inverse(y), "\(kind) at \(z)")
        #expect(abs(f.value(back) - y) <= 1e-12 * max(1, abs(y)), "\(kind) at \(z)")
      }
      #expect(f.inverse(.nan) == nil)
    }
  }

  // MARK: Every command, every function

  /// The commands that take a function, each with every function of the table.
  ///
  /// Each runs, or refuses with a message naming the function and why. Only
  /// the refusals listed here are allowed.
  @Test(arguments: ActivationKind.allCases)
  func everyCommandTakesEveryFunctionOrSaysWhy(kind: ActivationKind) throws {
    let name = kind.rawValue
    let commands = [
      "plot \(name) \(name)'", "forward \(name) -1 0 2", "forward \(name)' -1 0 2",
      "decay \(name) from 0.9 to 0.5", "compare \(name)", "compare \(name) relu precision half",
      "net \(name) width 4 seed 1; train 3",
      "net \(name) width 4 seed 1; sweep lr 0.1 0.2 epochs 2",
      "use \(name)", "born \(name) width 2 depth 2 trials 10 seed 1",
      "net \(name) width 4 seed 1; twin epochs 2", "help \(name)", "trace 0.5; plot \(name)",
    ]
    let refused: Set<String> =
      kind.isRectifier
      ? []
      : [
        "use \(name)", "born \(name) width 2 depth 2 trials 10 seed 1",
        "net \(name) width 4 seed 1; twin epochs 2",
      ]
    for command in commands {
      var lab = Interpreter()
      let events = lab.typed(command)
      let failures = Interpreter.failures(events)
      if refused.contains(command) {
        #expect(failures.count == 1, "\(command) must refuse \(name)")
        #expect(failures.allSatisfy { $0.contains(name) }, "\(command): \(failures)")
        #expect(failures.allSatisfy { !$0.contains("unknown function") }, "\(command)")
      } else {
        #expect(failures.isEmpty, "\(command): \(failures)")
      }
    }
  }

  /// A network trains each function as itself: the same network, trained
  /// with each function, gives a different loss with each.
  @Test func eachFunctionTrainsAsItself() throws {
    var losses: [Double] = []
    for kind in ActivationKind.allCases {
      var lab = Interpreter()
      guard case .training(let report) = try lab.outputs("net \(kind) width 8 seed 3; train 5").last
      else { throw TestFailure("train \(kind)") }
      losses.append(try #require(report.records.last?.loss))
    }
    #expect(Set(losses).count == ActivationKind.allCases.count, "\(losses)")
  }

  // MARK: Parameters

  @Test func parametersAreSettingsWithChecks() throws {
    var lab = Interpreter()
    _ = try lab.outputs("set elu-alpha 0.5; set beta 4")
    #expect(lab.settings.parameters.eluAlpha == 0.5 && lab.settings.parameters.beta == 4)
    let printed = try lab.printed("forward elu -1; forward softplus 0")
    #expect(printed.contains { $0.contains("elu (alpha=0.5)") }, "\(printed)")
    #expect(printed.contains { $0.contains("softplus (beta=4)") }, "\(printed)")
    let beta = try lab.failure("set beta 0")
    #expect(beta.message == "beta must be a finite number > 0, not 0")
    #expect(beta.column == 10)
    let alpha = try lab.failure("set elu-alpha -1")
    #expect(alpha.message.hasPrefix("elu-alpha must be a finite number >= 0"))
    #expect(alpha.column == 15)
    #expect(lab.settings.parameters.eluAlpha == 0.5 && lab.settings.parameters.beta == 4)
    let json = try lab.outputs("forward elu 1; forward softplus 1").flatMap(JSONReport.lines(for:))
    #expect(json[0].contains(#""alpha":0.5"#) && json[1].contains(#""beta":4"#), "\(json)")
  }

  /// The decay takes every function: ELU is relu above 0, so it takes relu's
  /// 2 steps from 0.9 to 0.5 at lr 0.2.
  @Test func eluDecaysAsReluAboveZero() throws {
    var lab = Interpreter()
    guard case .compare(let report) = try lab.outputs("compare relu elu").last else {
      throw TestFailure("compare")
    }
    #expect(report.rows.map(\.final.index) == [2, 2])
  }
}
