import Testing

@testable import ReluCore

/// ``FrameworkConventionTests``'s tables in each precision: the frameworks'
/// float32 and float16 kernels are the same rules, so forward, the mask and
/// backward give the same table in Float16, Float and Double, with `t` the
/// least subnormal of the type, and agree with each kernel transcribed in the
/// type; through the scalar rules, the layers' loops and the commands.
@Suite struct FrameworkPrecisionTests {
  typealias Tables = FrameworkConventionTests

  /// A table row in `T`: `t` is T's least subnormal.
  static func row<T: KernelScalar>(_ text: String, as _: T.Type) -> [T] {
    text.split(separator: " ").map { token in
      switch token {
      case "t": T.leastNonzeroMagnitude
      case "-t": -T.leastNonzeroMagnitude
      default: T(Tables.number(token))
      }
    }
  }

  /// The table's inputs in `T`, and a larger subnormal of T on each side,
  /// whose product with 0.25 is a smaller subnormal.
  static func inputs<T: KernelScalar>(_: T.Type) -> [T] {
    row("nan -inf -1.5 -t -0 0 t 2.5 inf", as: T.self)
  }

  static func subnormals<T: KernelScalar>(_: T.Type) -> [T] {
    let big = T.leastNormalMagnitude / 2
    return [-big, big, -T.leastNormalMagnitude, T.leastNormalMagnitude]
  }

  /// The same value of T: bit for bit, and any NaN matches NaN.
  static func same<T: KernelScalar>(_ a: [T], _ b: [T]) -> Bool {
    a.count == b.count
      && zip(a, b).allSatisfy { $0.isNaN ? $1.isNaN : $0.bitPattern == $1.bitPattern }
  }

  /// Each framework's backward transcribed in T (as
  /// ``FrameworkConventionTests/reference(_:_:at:leaky:slope:)``).
  static func reference<T: KernelScalar>(
    _ convention: Convention, _ g: T, at x: T, leaky: Bool, slope: T
  ) -> T {
    switch (convention, leaky) {
    case (.pytorch, false):
      let result = x < 0 ? 0 : x
      return result <= 0 ? 0 : g
    case (.pytorch, true), (.tensorflow, true), (.keras, true): return x > 0 ? g : g * slope
    case (.tensorflow, false), (.keras, false): return g * ((x < 0 ? 0 : x) > 0 ? 1 : 0)
    case (.jax, false): return x > 0 ? g : 0
    case (.jax, true): return (x >= 0 ? g : 0) + slope * (x >= 0 ? 0 : g)
    case (.code, false): return (x > 0 ? 1 : 0) * g
    case (.code, true):
      let a = x > 0 ? x : slope * x
      return g * (a > 0 ? 1 : slope)
    case (.formula, false): return (x >= 0 ? 1 : 0) * g
    case (.formula, true): return g * (x >= 0 ? 1 : slope)
    }
  }

  /// Each framework's forward transcribed in T.
  static func reference<T: KernelScalar>(
    _ convention: Convention, at x: T, leaky: Bool, slope: T
  ) -> T {
    if leaky { return x > 0 ? x : x * slope }
    switch convention {
    case .pytorch, .tensorflow, .keras: return x < 0 ? 0 : x
    case .jax: return x >= 0 || x != x ? x : 0
    case .formula, .code: return x.isNaN ? x : (x > 0 ? x : 0)
    }
  }

  func checkTables<T: KernelScalar>(_ convention: Convention, as _: T.Type) throws {
    let relu = Tables.rectifier(convention, leaky: false)
    let leaky = Tables.rectifier(convention, leaky: true)
    let leakyZero = Tables.rectifier(convention, leaky: true, slope: 0)
    let x = Self.inputs(T.self)
    let v: (ConventionRectifier) -> [T] = { f in x.map { f.value($0) } }
    let d: (ConventionRectifier) -> [T] = { f in x.map { f.derivative($0) } }
    let expected: [([T], [T], String)] = try [
      (v(relu), Self.row(#require(Tables.reluForward[convention]), as: T.self), "relu forward"),
      (v(leaky), Self.row(Tables.leakyForward, as: T.self), "leaky forward"),
      (v(leakyZero), Self.row(Tables.leakyForwardSlopeZero, as: T.self), "leaky alpha 0"),
      (d(relu), Self.row(#require(Tables.reluMask[convention]), as: T.self), "relu mask"),
      (d(leaky), Self.row(#require(Tables.leakyMask[convention]), as: T.self), "leaky mask"),
    ]
    for (got, want, what) in expected {
      #expect(Self.same(got, want), "\(T.self) \(convention) \(what): \(got) instead of \(want)")
    }
    let upstreams = Tables.upstreams.map { T($0) }
    for isLeaky in [false, true] {
      let f = isLeaky ? leaky : relu
      let table = try #require((isLeaky ? Tables.leakyBackward : Tables.reluBackward)[convention])
      for (at, row) in [(T(-1.5), table.below), (T.nan, table.nan), (T(-0.0), table.negativeZero)] {
        let got = upstreams.map { f.backward($0, at: at) }
        #expect(Self.same(got, Self.row(row, as: T.self)), "\(T.self) \(convention) at \(at)")
      }
      // Every input, subnormals of T included, against the transcribed kernel.
      for at in x + Self.subnormals(T.self) {
        let got = upstreams.map { f.backward($0, at: at) }
        let want = upstreams.map {
          Self.reference(convention, $0, at: at, leaky: isLeaky, slope: T(Tables.alpha))
        }
        #expect(Self.same(got, want), "\(T.self) \(convention) leaky \(isLeaky) at \(at)")
        #expect(
          Self.same(
            [f.value(at)],
            [Self.reference(convention, at: at, leaky: isLeaky, slope: T(Tables.alpha))]),
          "\(T.self) \(convention) forward at \(at)")
      }
    }
  }

  @Test(arguments: Convention.allCases)
  func theTablesHoldInEachPrecision(convention: Convention) throws {
    try checkTables(convention, as: Float16.self)
    try checkTables(convention, as: Float.self)
    try checkTables(convention, as: Double.self)
  }

  /// The layers' loops (eight lanes at a time, then one by one) against the
  /// scalar rules in T, for 3 x 13 elements: forward, the mask, backward.
  func checkLayers<T: KernelScalar>(_ convention: Convention, as _: T.Type) throws {
    let x = Array(repeating: Self.inputs(T.self) + Self.subnormals(T.self), count: 3).flatMap {
      $0
    }
    let wide = Tensor(x.map(Double.init))
    let precision = T.precision
    for isLeaky in [false, true] {
      let f = Tables.rectifier(convention, leaky: isLeaky, slope: 0.01)
      for g in Tables.upstreams {
        let upstream = Tensor(Array(repeating: g, count: x.count))
        let (output, mask, gradient): (Tensor, Tensor, Tensor)
        if isLeaky {
          var layer = try LeakyReLULayer(
            alpha: 0.01, gradientAtZero: convention.gradientAtZero, convention: convention,
            precision: precision)
          (output, mask) = layer.forwardWithMask(wide)
          gradient = try layer.backward(upstream)
        } else {
          var layer = ReLULayer(
            gradientAtZero: convention.gradientAtZero, convention: convention,
            precision: precision)
          (output, mask) = layer.forwardWithMask(wide)
          gradient = try layer.backward(upstream)
        }
        #expect(Self.same(output.scalars.map { T($0) }, x.map { f.value($0) }), "\(T.self)")
        #expect(Self.same(mask.scalars.map { T($0) }, x.map { f.derivative($0) }), "\(T.self)")
        #expect(
          Self.same(gradient.scalars.map { T($0) }, x.map { f.backward(T(g), at: $0) }),
          "\(T.self) \(convention) leaky \(isLeaky) g \(g)")
      }
    }
  }

  @Test(arguments: Convention.allCases)
  func theLayersFollowTheRulesInEachPrecision(convention: Convention) throws {
    try checkLayers(convention, as: Float16.self)
    try checkLayers(convention, as: Float.self)
    try checkLayers(convention, as: Double.self)
  }

  /// The commands at each precision, with the type's own subnormals typed.
  func checkCommands<T: KernelScalar>(_ convention: Convention, as _: T.Type) throws {
    let x = Self.inputs(T.self) + Self.subnormals(T.self)
    let typed = "[" + x.map { NumberFormat.plain(Double($0)) }.joined(separator: ", ") + "]"
    var lab = Interpreter()
    _ = try lab.outputs(
      "set precision \(T.precision.rawValue); set convention \(convention.rawValue)"
        + "; set alpha 0.25")
    for (kind, isLeaky) in [("relu", false), ("leaky", true)] {
      let outputs = try lab.outputs(
        "forward \(kind) \(typed); forward \(kind)' \(typed); use \(kind); feed \(typed)"
          + "; backward \(Array(repeating: -2.0, count: x.count))")
      guard case .forward(let value) = outputs[0], case .forward(let slope) = outputs[1],
        case .feed(let feed) = outputs[3], case .backward(let back) = outputs[4]
      else { throw TestFailure("forward, feed and backward") }
      let want = x.map { Self.reference(convention, at: $0, leaky: isLeaky, slope: 0.25) }
      let mask = x.map { Self.reference(convention, 1, at: $0, leaky: isLeaky, slope: 0.25) }
      let grad = x.map { Self.reference(convention, -2, at: $0, leaky: isLeaky, slope: 0.25) }
      #expect(Self.same(value.output.scalars.map { T($0) }, want), "\(T.self) forward \(kind)")
      #expect(Self.same(slope.output.scalars.map { T($0) }, mask), "\(T.self) forward \(kind)'")
      #expect(Self.same(feed.output.scalars.map { T($0) }, want), "\(T.self) feed \(kind)")
      #expect(Self.same(feed.mask.scalars.map { T($0) }, mask), "\(T.self) mask \(kind)")
      #expect(Self.same(back.gradient.scalars.map { T($0) }, grad), "\(T.self) backward \(kind)")
    }
  }

  @Test(arguments: Convention.allCases)
  func theCommandsGiveTheFrameworksResultsInEachPrecision(convention: Convention) throws {
    try checkCommands(convention, as: Float16.self)
    try checkCommands(convention, as: Float.self)
    try checkCommands(convention, as: Double.self)
  }
}
