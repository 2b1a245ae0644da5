import Testing

@testable import ReluCore

/// `set precision`: the values feed, forward and backward hold and compute
/// in each precision, the one note a command gives about rounding, the
/// decay against a loop written in the same type, compare's precision
/// column, JSON and the setting itself.
@Suite struct PrecisionCommandTests {
  static func bits(_ values: [Double]) -> [UInt64] { values.map(\.bitPattern) }

  /// The notes `text` gives, command by command.
  static func notes(_ lab: inout Interpreter, _ text: String) -> [String] {
    lab.typed(text).compactMap {
      if case .note(let note) = $0 { return note }
      return nil
    }
  }

  @Test func feedRoundsOverflowsAndKeepsSubnormalsAsHalfDoes() throws {
    var lab = Interpreter()
    let outputs = try lab.outputs(
      "set precision half; feed [0.1, 70000, 65520, 65504, 1e-7, -3e-8, 2e-8]")
    guard case .feed(let feed) = outputs[1] else { throw TestFailure("feed") }
    // 65520 is halfway to 65536 and rounds to even: past 65504, so inf.
    // 1e-7 is a subnormal (2 x 2^-24); 3e-8 rounds up to the least one, 2e-8 to 0.
    let held: [Double] = [0.0999755859375, .infinity, .infinity, 65504, 0x1p-23, -0x1p-24, 0]
    #expect(Self.bits(feed.input.scalars) == Self.bits(held))
    #expect(
      Self.bits(feed.output.scalars)
        == Self.bits([held[0], .infinity, .infinity, 65504, 0x1p-23, 0, 0]))
    #expect(feed.mask.scalars == [1, 1, 1, 1, 1, 0, 0])
    #expect(feed.statistics.active == 5)
    // The mean is rounded to half: inf here, as one of the values is.
    #expect(feed.statistics.input?.mean == .infinity)
    let back = try lab.outputs("backward [70000, 1e-7, -2, 0.1, 3, 5, 7]")
    guard case .backward(let backward) = back[0] else { throw TestFailure("backward") }
    #expect(backward.upstream.scalars[0] == .infinity && backward.upstream.scalars[1] == 0x1p-23)
    #expect(
      Self.bits(backward.gradient.scalars)
        == Self.bits([.infinity, 0x1p-23, -2, 0.0999755859375, 3, 0, 0]))
  }

  /// born computes in double whatever the precision, and says so then (only then).
  @Test func bornSaysItComputesInDouble() {
    var lab = Interpreter()
    let born = "born relu width 2 depth 2 trials 5 seed 1"
    #expect(Self.notes(&lab, born).isEmpty)
    #expect(
      Self.notes(&lab, "set precision half; " + born) == [
        "born counts and trains in double precision, not in half: twin and sweep precision"
          + " show what the precision changes"
      ])
    #expect(
      Self.notes(&lab, "set lang zh; set precision f32; " + born) == [
        "born 的统计和训练都用双精度，不用单精度：精度带来的差别请用 twin 或 sweep precision 查看"
      ])
  }

  @Test func singleKeepsItsSubnormalsAndLeakyMultipliesInFloat() throws {
    var lab = Interpreter()
    let outputs = try lab.outputs(
      "set precision single; set alpha 0.01; use leaky; feed [-1e-40, -1, 3e38, 4e38]")
    guard case .feed(let feed) = outputs[3] else { throw TestFailure("feed") }
    let x: [Float] = [Float(-1e-40 as Double), -1, 3e38, .infinity]
    let alpha = Float(0.01)
    let want = x.map { $0 > 0 ? $0 : $0 * alpha }
    #expect(Self.bits(feed.output.scalars) == Self.bits(want.map(Double.init)))
    // -1e-40 * 0.01 is a subnormal of Float, not flushed to zero.
    #expect(feed.output.scalars[0] != 0 && Float(feed.output.scalars[0]).isSubnormal)
    // In Double the same product differs: the precision really is Float's.
    #expect(feed.output.scalars[1] == Double(Float(-1) * alpha))
    #expect(feed.output.scalars[1] != -0.01)
    let back = try lab.outputs("backward [1e-30, 1, 1, 1]")
    guard case .backward(let backward) = back[0] else { throw TestFailure("backward") }
    #expect(backward.gradient.scalars[0] == Double(Float(1e-30) * alpha))
  }

  @Test func forwardComputesSigmoidAndTanhInTheType() throws {
    var lab = Interpreter()
    let x: [Float16] = [0.1, -3, 8, -0.5]
    let typed = x.map { NumberFormat.plain(Double($0)) }.joined(separator: " ")
    let outputs = try lab.outputs(
      "set precision half; forward sigmoid \(typed); forward sigmoid' \(typed); forward tanh' \(typed)"
    )
    guard case .forward(let sigmoid) = outputs[1], case .forward(let slope) = outputs[2],
      case .forward(let tanh) = outputs[3]
    else { throw TestFailure("forward") }
    // The scalar formulas written in Float16, exp and tanh through Float.
    func s(_ z: Float16) -> Float16 {
      if z >= 0 { return 1 / (1 + Float16(LibM.exp(Float(-z)))) }
      let e = Float16(LibM.exp(Float(z)))
      return e / (1 + e)
    }
    #expect(sigmoid.output.scalars == x.map { Double(s($0)) })
    #expect(slope.output.scalars == x.map { Double(s($0) * (1 - s($0))) })
    #expect(
      tanh.output.scalars
        == x.map {
          let t = Float16(LibM.tanh(Float($0)))
          return Double(1 - t * t)
        })
    // Double's results are unchanged.
    var double = Interpreter()
    let plain = try double.outputs("forward sigmoid 0.1 -3; forward tanh' 0.5")
    guard case .forward(let d) = plain[0], case .forward(let t) = plain[1] else {
      throw TestFailure("forward")
    }
    #expect(d.output.scalars == [Activation.sigmoid.value(0.1), Activation.sigmoid.value(-3)])
    #expect(t.output.scalars == [Activation.tanh.derivative(0.5)])
  }

  @Test func theGenericActivationsInDoubleAreTheDoubleOnes() {
    let zs: [Double] = [-745, -40, -3, -0.5, -0.0, 0, 1e-300, 0.7, 20, 710, .nan, .infinity]
    for f in [Activation.relu, .leaky(alpha: 0.3), .sigmoid, .tanh] {
      for z in zs {
        let (a, b) = (f.value(z, in: .double), f.value(z))
        #expect(a.bitPattern == b.bitPattern || (a.isNaN && b.isNaN), "\(f) \(z)")
        for atZero in [GradientAtZero.left, .right, GradientAtZero(relu: .mid, leaky: .mid)] {
          let (c, d) = (
            f.derivative(z, atZero: atZero, in: .double), f.derivative(z, atZero: atZero)
          )
          #expect(c.bitPattern == d.bitPattern || (c.isNaN && d.isNaN), "\(f)' \(z)")
        }
      }
    }
  }

  // MARK: The note

  @Test func oneNotePerCommandOnlyWhenATypedValueChanges() {
    var lab = Interpreter()
    #expect(Self.notes(&lab, "set precision half; feed [0.5, -0.25, 3]").isEmpty)
    #expect(
      Self.notes(&lab, "feed [0.1]") == ["half precision holds 0.1 as 0.0999755859375"])
    #expect(
      Self.notes(&lab, "feed [0.1, 0.2, 0.5, 70000]") == [
        "half precision holds 0.1 as 0.0999755859375 (2 more values rounded too)"
      ])
    // Drawn values are not typed: no note.
    #expect(Self.notes(&lab, "feed random 100 seed 3").isEmpty)
    #expect(Self.notes(&lab, "decay relu from 0.9 to 0.5 lr 0.25").count == 1)
    #expect(Self.notes(&lab, "decay relu from 0.75 to 0.5 lr 0.25").isEmpty)
    #expect(Self.notes(&lab, "forward relu 0.3; forward relu 0.5").count == 1)
    var double = Interpreter()
    #expect(Self.notes(&double, "feed [0.1, 1e-320]; decay relu from 0.9 to 0.5 lr 0.3").isEmpty)
    var chinese = Interpreter()
    #expect(
      Self.notes(&chinese, "set lang zh; set precision single; feed 0.1") == [
        "单精度下 0.1 存为 0.10000000149011612"
      ])
  }

  // MARK: The decay

  /// The decay written as a plain loop in T: the same start, the same steps,
  /// the same stopping rule (reached within one ulp of 1, times max(|A|, |B|)).
  static func reference<T: KernelScalar>(
    _ f: Activation, from a: Double, to b: Double, rate: Double, as _: T.Type
  ) -> (steps: Int, z: T) {
    let start = T(a)
    let target = T(b)
    let eta = T(rate)
    let inverse = f.inverse(Double(start)) ?? .nan
    var z = T(inverse)
    let tolerance = Double(max(T(1e-12), T.ulpOfOne)) * max(abs(Double(start)), abs(b))
    func value(_ z: T) -> T {
      switch f {
      case .relu: return z > 0 ? z : 0
      case .sigmoid:
        if z >= 0 { return 1 / (1 + T.exponential(-z)) }
        let e = T.exponential(z)
        return e / (1 + e)
      default: return .nan
      }
    }
    func slope(_ z: T) -> T {
      switch f {
      case .relu: return z > 0 ? 1 : 0
      default:
        let a = value(z)
        return a * (1 - a)
      }
    }
    var steps = 0
    while Double(value(z)) > Double(target) + tolerance, slope(z) != 0, steps < 10_000 {
      z = z - eta * slope(z)
      steps += 1
    }
    return (steps, z)
  }

  func checkDecay<T: KernelScalar>(_ f: Activation, rate: Double, as _: T.Type) throws {
    var run = try DecaySimulation(
      activation: f, from: 0.9, to: 0.5, learningRate: rate, gradientAtZero: .left,
      precision: T.precision)
    run.run(maxSteps: 10_000)
    let want = Self.reference(f, from: 0.9, to: 0.5, rate: rate, as: T.self)
    #expect(run.current.index == want.steps, "\(f) \(T.self) lr \(rate)")
    #expect(run.current.z == Double(want.z), "\(f) \(T.self) lr \(rate)")
    #expect(run.current.z == Double(T(run.current.z)), "z is a value of \(T.self)")
    #expect(run.learningRate == Double(T(rate)))
  }

  @Test(arguments: [0.2, 0.05, 0.7])
  func theDecayIsTheLoopWrittenInEachType(rate: Double) throws {
    for f in [Activation.relu, .sigmoid] {
      try checkDecay(f, rate: rate, as: Float16.self)
      try checkDecay(f, rate: rate, as: Float.self)
      try checkDecay(f, rate: rate, as: Double.self)
    }
  }

  @Test func theChaptersDecayTakesTheSameStepsInEachPrecision() throws {
    var lab = Interpreter()
    let outputs = try lab.outputs("compare relu sigmoid precision half single double")
    guard case .compare(let report) = outputs[0] else { throw TestFailure("compare") }
    #expect(report.rows.map(\.precision) == [.half, .single, .double, .half, .single, .double])
    #expect(report.rows.map(\.final.index) == [2, 2, 2, 67, 67, 67])
    // Each row's final point is a value of its precision, and they differ.
    let sigmoid = report.rows.suffix(3).map(\.final.z)
    #expect(sigmoid[0] == Double(Float16(sigmoid[0])) && sigmoid[1] == Double(Float(sigmoid[1])))
    #expect(Set(sigmoid).count == 3)
  }

  @Test func compareShowsAPrecisionColumnOnlyWhenAsked() throws {
    var lab = Interpreter()
    let plain = try lab.printed("set precision half; compare relu sigmoid")
    #expect(!plain.contains { $0.contains("precision") && $0.contains("function") })
    let asked = try lab.printed("compare relu sigmoid precision f16 float64 half")
    let header = try #require(asked.first { $0.hasPrefix("function") })
    #expect(header.contains("function  precision  status"))
    #expect(asked.filter { $0.hasPrefix("relu ") || $0.hasPrefix("sigmoid ") }.count == 4)
    let json = try lab.outputs("compare relu precision half double").flatMap(JSONReport.lines(for:))
    #expect(json[0].contains("{\"fn\":\"relu\",\"precision\":\"half\",\"status\":\"reached\""))
    #expect(json[0].contains("{\"fn\":\"sigmoid\",\"precision\":\"double\""))
    let unasked = try lab.outputs("compare relu").flatMap(JSONReport.lines(for:))
    #expect(!unasked[0].contains("precision"))
    var zh = Interpreter()
    let chinese = try zh.printed("set lang zh; compare relu precision half")
    #expect(chinese.contains { $0.hasPrefix("函数") && $0.contains("精度") })
  }

  // MARK: JSON, the setting, save

  @Test func jsonWritesTheValueTheTypeHoldsInFull() throws {
    var lab = Interpreter()
    let lines = try lab.outputs(
      "set precision single; feed [0.1, -1e-40]; set precision half; forward relu 0.1"
    )
    .flatMap(JSONReport.lines(for:))
    #expect(
      lines[1].contains("\"input\":[0.10000000149011612,-9.99994610111476e-41]"), "\(lines[1])")
    #expect(lines[3].contains("\"output\":[0.0999755859375]"), "\(lines[3])")
    #expect(
      lines[0]
        == #"{"cmd":"set","name":"precision","value":"single","meaning":"single (Float): 24 significant bits, largest 3.4e38"}"#
    )
  }

  @Test(arguments: [
    ("half", Precision.half), ("f16", .half), ("FLOAT16", .half), ("single", .single),
    ("f32", .single), ("float32", .single), ("double", .double), ("f64", .double),
    ("float64", .double),
  ])
  func setPrecisionTakesEachNameAndAlias(name: String, precision: Precision) throws {
    var lab = Interpreter()
    _ = try lab.outputs("set precision double; set precision \(name)")
    #expect(lab.settings.precision == precision)
    #expect(lab.status.precision == precision)
    _ = try lab.outputs("set precision=\(name)")
    #expect(lab.settings.precision == precision)
  }

  @Test func aWrongPrecisionIsAnErrorAtTheWord() throws {
    var lab = Interpreter()
    let d = try lab.failure("set precision quad")
    #expect(d.column == 15 && d.markerLength == 4)
    #expect(d.message.contains("half") && d.message.contains("float64"))
    let near = try lab.failure("set precision hlaf")
    #expect(near.message.contains("half"))
    let missing = try lab.failure("set precision")
    #expect(missing.message.contains("precision"))
    let compare = try lab.failure("compare relu precision 16")
    #expect(compare.column == 24)
    #expect(lab.settings.precision == .double)
  }

  @Test func showAndHelpNameThePrecision() throws {
    var lab = Interpreter()
    let shown = try lab.printed("set precision f16; show")
    #expect(shown.contains { $0.hasPrefix("precision   half") && $0.contains("Float16") })
    let help = try lab.printed("help set precision")
    #expect(help.contains { $0.contains("0.0999755859375") })
    var zh = Interpreter()
    let chinese = try zh.printed("set lang zh; set precision single; show")
    #expect(chinese.contains { $0.hasPrefix("precision") && $0.contains("单精度") })
  }

  @Test func aSavedSessionKeepsItsPrecision() throws {
    var lab = Interpreter()
    _ = try lab.outputs("set precision half; feed 0.1 -2; set precision single")
    let script = lab.sessionScript()
    let half = try #require(script.firstIndex(of: "set precision half"))
    let feed = try #require(script.firstIndex { $0.hasPrefix("feed") })
    let single = try #require(script.firstIndex(of: "set precision single"))
    #expect(half < feed && feed < single)
    var replay = Interpreter()
    _ = try replay.outputs(script.joined(separator: "\n"))
    #expect(replay.settings == lab.settings)
    #expect(replay.lastFeed?.input == lab.lastFeed?.input)
    var plain = Interpreter()
    _ = try plain.outputs("feed 1")
    #expect(!plain.sessionScript().contains { $0.contains("precision") })
  }
}
