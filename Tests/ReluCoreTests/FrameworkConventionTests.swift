import Testing

@testable import ReluCore

/// Each convention against its framework's results, bit for bit: forward, the
/// mask, backward and the derivative at NaN, the infinities, both zeros,
/// subnormals and ordinary values, through the layers, `forward` and the
/// interpreter.
///
/// The expected values are written two ways, independently of ReluLab's code:
/// tables of literal results, and each framework's kernel transcribed as its
/// source spells it (``reference(_:_:leaky:slope:)``).
@Suite struct FrameworkConventionTests {
  static let tiny = Double.leastNonzeroMagnitude
  /// The inputs of every table, in this order.
  static let inputs: [Double] = [.nan, -.infinity, -1.5, -tiny, -0.0, 0, tiny, 2.5, .infinity]
  /// The upstream gradients of every backward table, in this order.
  static let upstreams: [Double] = [1, -2, .infinity, -.infinity, .nan, 0, -0.0]
  /// A slope whose products are exact, so the tables can be written out.
  static let alpha = 0.25

  /// The number a table token spells: `nan`, `inf`, `-inf`, `0`, `-0`, `t`
  /// (the least subnormal), `-t`, or a decimal.
  static func number(_ token: Substring) -> Double {
    switch token {
    case "nan": .nan
    case "inf": .infinity
    case "-inf": -.infinity
    case "t": tiny
    case "-t": -tiny
    case "-0": -0.0
    default: Double(String(token)) ?? .nan
    }
  }

  static func row(_ text: String) -> [Double] {
    text.split(separator: " ").map(number)
  }

  /// The same Double: bit for bit, so -0.0 does not match 0, and any NaN matches NaN.
  static func same(_ a: Double, _ b: Double) -> Bool {
    a.isNaN ? b.isNaN : a.bitPattern == b.bitPattern
  }

  static func same(_ a: [Double], _ b: [Double]) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { same($0, $1) }
  }

  /// The rectifier as the session's defaults for `convention` build it.
  static func rectifier(_ convention: Convention, leaky: Bool, slope: Double = alpha)
    -> ConventionRectifier
  {
    let atZero = convention.gradientAtZero
    return leaky
      ? .leaky(alpha: slope, atZero: atZero.leaky, rule: convention.leaky)
      : .relu(atZero: atZero.relu, rule: convention.relu)
  }

  // MARK: The tables: forward and the mask over `inputs`, alpha 0.25.

  static let reluForward: [Convention: String] = [
    .pytorch: "nan 0 0 0 -0 0 t 2.5 inf", .tensorflow: "nan 0 0 0 -0 0 t 2.5 inf",
    .keras: "nan 0 0 0 -0 0 t 2.5 inf", .jax: "nan 0 0 0 -0 0 t 2.5 inf",
    .formula: "nan 0 0 0 0 0 t 2.5 inf", .code: "nan 0 0 0 0 0 t 2.5 inf",
  ]
  /// Leaky's forward is the same bits in every convention (-t * 0.25 rounds to -0).
  static let leakyForward = "nan -inf -0.375 -0 -0 0 t 2.5 inf"
  static let leakyForwardSlopeZero = "nan nan -0 -0 -0 0 t 2.5 inf"
  static let reluMask: [Convention: String] = [
    .pytorch: "1 0 0 0 0 0 1 1 1", .tensorflow: "0 0 0 0 0 0 1 1 1",
    .keras: "0 0 0 0 0 0 1 1 1", .jax: "0 0 0 0 0 0 1 1 1",
    .formula: "0 0 0 0 1 1 1 1 1", .code: "0 0 0 0 0 0 1 1 1",
  ]
  static let leakyMask: [Convention: String] = [
    .pytorch: "0.25 0.25 0.25 0.25 0.25 0.25 1 1 1",
    .tensorflow: "0.25 0.25 0.25 0.25 0.25 0.25 1 1 1",
    .keras: "0.25 0.25 0.25 0.25 0.25 0.25 1 1 1", .jax: "0.25 0.25 0.25 0.25 1 1 1 1 1",
    .formula: "0.25 0.25 0.25 0.25 1 1 1 1 1", .code: "0.25 0.25 0.25 0.25 0.25 0.25 1 1 1",
  ]

  // MARK: Backward over `upstreams` at three inputs where the frameworks differ.

  /// relu's backward at x = -1.5, NaN and -0.0.
  static let reluBackward: [Convention: (below: String, nan: String, negativeZero: String)] = [
    .pytorch: ("0 0 0 0 0 0 0", "1 -2 inf -inf nan 0 -0", "0 0 0 0 0 0 0"),
    .tensorflow: ("0 -0 nan nan nan 0 -0", "0 -0 nan nan nan 0 -0", "0 -0 nan nan nan 0 -0"),
    .keras: ("0 -0 nan nan nan 0 -0", "0 -0 nan nan nan 0 -0", "0 -0 nan nan nan 0 -0"),
    .jax: ("0 0 0 0 0 0 0", "0 0 0 0 0 0 0", "0 0 0 0 0 0 0"),
    .formula: ("0 -0 nan nan nan 0 -0", "0 -0 nan nan nan 0 -0", "1 -2 inf -inf nan 0 -0"),
    .code: ("0 -0 nan nan nan 0 -0", "0 -0 nan nan nan 0 -0", "0 -0 nan nan nan 0 -0"),
  ]
  /// leaky's backward (alpha 0.25) at x = -1.5, NaN and -0.0.
  static let leakyBackward: [Convention: (below: String, nan: String, negativeZero: String)] = [
    .pytorch: (
      "0.25 -0.5 inf -inf nan 0 -0", "0.25 -0.5 inf -inf nan 0 -0", "0.25 -0.5 inf -inf nan 0 -0"
    ),
    .tensorflow: (
      "0.25 -0.5 inf -inf nan 0 -0", "0.25 -0.5 inf -inf nan 0 -0", "0.25 -0.5 inf -inf nan 0 -0"
    ),
    .keras: (
      "0.25 -0.5 inf -inf nan 0 -0", "0.25 -0.5 inf -inf nan 0 -0", "0.25 -0.5 inf -inf nan 0 -0"
    ),
    .jax: ("0.25 -0.5 inf -inf nan 0 0", "0.25 -0.5 inf -inf nan 0 0", "1 -2 inf -inf nan 0 0"),
    .formula: (
      "0.25 -0.5 inf -inf nan 0 -0", "0.25 -0.5 inf -inf nan 0 -0", "1 -2 inf -inf nan 0 -0"
    ),
    .code: (
      "0.25 -0.5 inf -inf nan 0 -0", "0.25 -0.5 inf -inf nan 0 -0", "0.25 -0.5 inf -inf nan 0 -0"
    ),
  ]

  /// Each framework's backward, transcribed from its kernel.
  ///
  /// - pytorch: relu `threshold_backward(grad, result, 0)`, `result <= 0 ? 0 : g`
  ///   with `result = std::max(x, 0)`; leaky `x > 0 ? g : g * negval`.
  /// - tensorflow, keras: relu `g * (features > 0)`; leaky
  ///   `(features > 0).select(g, g * alpha)`.
  /// - jax: relu `select(x > 0, g, 0)`; leaky, the transpose of
  ///   `where(x >= 0, x, slope * x)`: `select(x >= 0, g, 0) + slope * select(x >= 0, 0, g)`.
  /// - code: relu `mem * delta` with `mem[z > 0] = 1`; leaky
  ///   `np.multiply(delta, da)` with `da = 1 if a > 0 else alpha`, a the output.
  /// - formula: the code with f'(0) = 1 (`>=` where the code has `>`).
  static func reference(
    _ convention: Convention, _ g: Double, at x: Double, leaky: Bool, slope: Double
  ) -> Double {
    switch (convention, leaky) {
    case (.pytorch, false):
      let result = x < 0 ? 0 : x
      return result <= 0 ? 0 : g
    case (.pytorch, true), (.tensorflow, true), (.keras, true):
      return x > 0 ? g : g * slope
    case (.tensorflow, false), (.keras, false):
      return g * ((x < 0 ? 0 : x) > 0 ? 1 : 0)
    case (.jax, false):
      return x > 0 ? g : 0
    case (.jax, true):
      return (x >= 0 ? g : 0) + slope * (x >= 0 ? 0 : g)
    case (.code, false):
      return (x > 0 ? 1 : 0) * g
    case (.code, true):
      let a = x > 0 ? x : slope * x
      return g * (a > 0 ? 1 : slope)
    case (.formula, false):
      return (x >= 0 ? 1 : 0) * g
    case (.formula, true):
      return g * (x >= 0 ? 1 : slope)
    }
  }

  /// Each framework's forward, transcribed: relu `std::max(x, 0)` (ATen,
  /// Eigen) or `x >= 0 || x != x ? x : 0` (XLA), both `x < 0 ? 0 : x`, or
  /// NumPy's `np.maximum(x, 0)`, which gives +0.0 for -0.0; leaky
  /// `x > 0 ? x : x * slope` (JAX's `x >= 0 ? x : slope * x` is the same bits).
  static func reference(_ convention: Convention, at x: Double, leaky: Bool, slope: Double)
    -> Double
  {
    if leaky { return x > 0 ? x : x * slope }
    switch convention {
    case .pytorch, .tensorflow, .keras: return x < 0 ? 0 : x
    case .jax: return x >= 0 || x != x ? x : 0
    case .formula, .code: return x.isNaN ? x : (x > 0 ? x : 0)
    }
  }

  @Test(arguments: Convention.allCases)
  func forwardAndMaskMatchTheTables(convention: Convention) throws {
    let relu = Self.rectifier(convention, leaky: false)
    let leaky = Self.rectifier(convention, leaky: true)
    let leakyZero = Self.rectifier(convention, leaky: true, slope: 0)
    let x = Self.inputs
    let expected = try [
      (x.map(relu.value), Self.row(#require(Self.reluForward[convention])), "relu forward"),
      (x.map(leaky.value), Self.row(Self.leakyForward), "leaky forward"),
      (x.map(leakyZero.value), Self.row(Self.leakyForwardSlopeZero), "leaky alpha 0 forward"),
      (x.map(relu.derivative), Self.row(#require(Self.reluMask[convention])), "relu mask"),
      (x.map(leaky.derivative), Self.row(#require(Self.leakyMask[convention])), "leaky mask"),
    ]
    for (got, want, what) in expected {
      #expect(Self.same(got, want), "\(convention) \(what): \(got) instead of \(want)")
    }
    // The transcribed kernels agree with the tables.
    for isLeaky in [false, true] {
      let want = x.map { Self.reference(convention, at: $0, leaky: isLeaky, slope: Self.alpha) }
      #expect(Self.same(x.map(isLeaky ? leaky.value : relu.value), want), "\(convention)")
    }
  }

  @Test(arguments: Convention.allCases)
  func backwardMatchesTheTablesAndTheKernels(convention: Convention) throws {
    for isLeaky in [false, true] {
      let f = Self.rectifier(convention, leaky: isLeaky)
      let table = try #require((isLeaky ? Self.leakyBackward : Self.reluBackward)[convention])
      for (x, row) in [(-1.5, table.below), (.nan, table.nan), (-0.0, table.negativeZero)] {
        let got = Self.upstreams.map { f.backward($0, at: x) }
        #expect(
          Self.same(got, Self.row(row)),
          "\(convention) \(isLeaky ? "leaky" : "relu") at \(x): \(got) instead of \(row)")
      }
      // Every input and upstream gradient against the transcribed kernel.
      for x in Self.inputs {
        let got = Self.upstreams.map { f.backward($0, at: x) }
        let want = Self.upstreams.map {
          Self.reference(convention, $0, at: x, leaky: isLeaky, slope: Self.alpha)
        }
        #expect(Self.same(got, want), "\(convention) leaky \(isLeaky) at \(x): \(got), \(want)")
      }
    }
  }

  @Test(arguments: Convention.allCases)
  func aSlopeOfZeroMultipliesLikeTheFrameworks(convention: Convention) {
    // leaky with alpha 0 is not relu: every framework multiplies, so
    // -inf * 0 = NaN forward and inf * 0 = NaN backward.
    let f = Self.rectifier(convention, leaky: true, slope: 0)
    for x in Self.inputs {
      let got = Self.upstreams.map { f.backward($0, at: x) }
      let want = Self.upstreams.map {
        Self.reference(convention, $0, at: x, leaky: true, slope: 0)
      }
      #expect(Self.same(got, want), "\(convention) at \(x): \(got) instead of \(want)")
    }
    #expect(f.value(-Double.infinity).isNaN && f.value(-0.85).bitPattern == (-0.0).bitPattern)
  }

  @Test func theRulesAreWhatHelpSays() {
    #expect(Convention.keras.relu == Convention.tensorflow.relu)
    #expect(Convention.keras.leaky == Convention.tensorflow.leaky)
    #expect(Convention.formula.relu == Convention.code.relu)
    #expect(Convention.pytorch.edges.en.contains("relu'(nan) = 1"))
    #expect(Convention.code.edges.en.contains("relu(-0) = 0,"))
    #expect(Convention.jax.edges.en.contains("g * alpha + 0"))
    #expect(Convention.tensorflow.edges.zh.contains("inf * 0 = nan"))
  }

  // MARK: Through the interpreter.

  /// The inputs as the command language writes them.
  static let typedInputs = "[nan, -inf, -1.5, -5e-324, -0, 0, 5e-324, 2.5, inf]"

  @Test(arguments: Convention.allCases)
  func theCommandsGiveTheFrameworksResults(convention: Convention) throws {
    var lab = Interpreter()
    _ = try lab.outputs("set convention \(convention.rawValue); set alpha 0.25")
    for (kind, isLeaky) in [("relu", false), ("leaky", true)] {
      let outputs = try lab.outputs(
        "forward \(kind) \(Self.typedInputs); forward \(kind)' \(Self.typedInputs)")
      guard case .forward(let value) = outputs[0], case .forward(let slope) = outputs[1] else {
        throw TestFailure("forward")
      }
      let x = value.input.scalars
      #expect(Self.same(x, Self.inputs), "the inputs as typed: \(x)")
      let want = x.map { Self.reference(convention, at: $0, leaky: isLeaky, slope: 0.25) }
      let mask = x.map { Self.reference(convention, 1, at: $0, leaky: isLeaky, slope: 0.25) }
      #expect(Self.same(value.output.scalars, want), "\(convention) forward \(kind)")
      #expect(Self.same(slope.output.scalars, mask), "\(convention) forward \(kind)'")
      for g in Self.upstreams {
        let fed = try lab.outputs(
          "use \(kind); feed \(Self.typedInputs); backward \(Array(repeating: g, count: 9))")
        guard case .feed(let feed) = fed[1], case .backward(let back) = fed[2] else {
          throw TestFailure("feed and backward")
        }
        #expect(Self.same(feed.output.scalars, want), "\(convention) feed \(kind)")
        #expect(Self.same(feed.mask.scalars, mask), "\(convention) feed \(kind) mask")
        let gradient = x.map {
          Self.reference(convention, g, at: $0, leaky: isLeaky, slope: 0.25)
        }
        #expect(Self.same(back.gradient.scalars, gradient), "\(convention) \(kind) g \(g)")
      }
    }
  }

  @Test func negativeZeroPrintsAsMinusZeroAndJSONWritesIt() throws {
    var lab = Interpreter()
    let printed = try lab.printed("set alpha 0; forward leaky [-0.85]")
    #expect(printed.contains { $0.hasSuffix("-0") && $0.contains("-0.85") }, "\(printed)")
    var json = Interpreter()
    let lines = try json.outputs("set alpha 0; forward leaky [-0.85, nan]")
      .flatMap(JSONReport.lines(for:))
    #expect(lines.last?.contains("[-0,\"nan\"]") == true, "\(lines)")
  }

  @Test func grad0ByHandKeepsTheConventionsArithmetic() throws {
    var lab = Interpreter()
    _ = try lab.outputs("set convention pytorch; set grad0 right")
    #expect(lab.settings.convention == .pytorch && lab.settings.gradientAtZeroByHand)
    let outputs = try lab.outputs("forward relu' [nan, -0, -1]")
    guard case .forward(let report) = outputs[0] else { throw TestFailure("forward") }
    // PyTorch's NaN rule stays (1); relu'(-0) is the hand-set 1.
    #expect(Self.same(report.output.scalars, [1, 1, 0]))
    let shown = try lab.printed("show")
    #expect(shown.contains { $0.contains("PyTorch at nan, inf and -0; grad0 set by hand") })
    _ = try lab.outputs("set convention jax")
    #expect(!lab.settings.gradientAtZeroByHand)
    #expect(try lab.printed("show").contains { $0.contains("JAX: alpha 0.01") })
  }

  @Test func aRecordingRestoresTheConventionThenAHandSetGrad0() throws {
    var lab = Interpreter()
    _ = try lab.outputs("set convention jax")
    #expect(!lab.recordingHeader().contains { $0.hasPrefix("set grad0") })
    _ = try lab.outputs("set grad0 mid")
    let header = lab.recordingHeader()
    let convention = try #require(header.firstIndex(of: "set convention jax"))
    let grad0 = try #require(header.firstIndex(of: "set grad0 mid"))
    #expect(convention < grad0)
    var replay = Interpreter()
    _ = try replay.outputs(header.joined(separator: "\n"))
    #expect(replay.settings == lab.settings)
  }
}
