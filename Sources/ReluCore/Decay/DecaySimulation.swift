/// One point of a decay run: after `index` steps, z, f(z) and f'(z).
package struct DecayStep: Sendable, Equatable {
  /// Steps taken so far; 0 is the start.
  package var index: Int
  package var z: Double
  /// f(z).
  package var value: Double
  /// f'(z), under the session's convention at 0.
  package var gradient: Double
}

/// Where a decay run stands.
package enum DecayStatus: String, Sendable, Equatable {
  /// Still going: f(z) has not reached the target.
  case running
  /// f(z) reached the target.
  case reached
  /// f(z) went past the target by more than 1% of |A - B| (``DecaySimulation/isNotable(overshoot:from:to:)``)
  /// and f'(z) is not 0 there: the step was too large, but the neuron is alive.
  case overshot
  /// f'(z) is 0, so z can never move again: a dead neuron.
  case dead
  /// A step limit stopped the run before either (only ``DecaySimulation/run(maxSteps:)`` reports it).
  case limit

  /// The status as tables and legends show it: `reached` or `已到达`.
  ///
  /// The English is the raw value, which JSON writes.
  package var words: Words {
    switch self {
    case .running: Words(en: rawValue, zh: "进行中")
    case .reached: Words(en: rawValue, zh: "已到达")
    case .overshot: Words(en: rawValue, zh: "已越过")
    case .dead: Words(en: rawValue, zh: "死亡")
    case .limit: Words(en: rawValue, zh: "步数用尽")
    }
  }
}

/// Gradient descent on a single activation's input, the course chapter's
/// "how many steps?" experiment.
///
/// Starts at z0 = f^-1(A) and repeats z <- z - eta * f'(z) while f(z) is above
/// the target B (for a rise, B above A, z <- z + eta * f'(z)). It ends when f(z)
/// reaches B (within 1e-12 times the larger of |A| and |B|, so that binary64 rounding
/// in 0.9 - 0.2 - 0.2 still counts), or when f'(z) = 0 short of B or past it:
/// the neuron is dead and no step can move it again. A step too large for relu
/// overshoots into z < 0 and dies there; leaky goes as far past B but its
/// slope alpha keeps it alive: it ends `overshot` (past B by more than 1% of
/// |A - B|, with f'(z) not 0), not `reached`. With eta = 0.2 from 0.9
/// to 0.5, relu takes 2 steps and sigmoid 67.
///
/// The run computes in a ``Precision``: A, B, eta and z0 are rounded to it,
/// f(z) and f'(z) are computed in it (``Activation/value(_:in:)``), and each
/// step, eta * f'(z) and z minus it, rounds to it, as a loop written in
/// `Float16`, `Float` or `Double` does. "Reaches B" then forgives the
/// larger of 1e-12 and one unit in the last place of 1 in the precision
/// (times max(|A|, |B|)): 2^-10 at half, 2^-23 at single, 1e-12 at double,
/// more than the rounding of A, of eta and of two steps in each.
package struct DecaySimulation: Sendable, Equatable {
  package let activation: Activation
  /// A, the value f starts at.
  package let start: Double
  /// B, the value f should reach.
  package let target: Double
  /// eta.
  package let learningRate: Double
  package let gradientAtZero: GradientAtZero
  /// The format every value and step of the run is held in.
  package let precision: Precision
  /// The most recent points, at most ``historyLimit`` (the start, index 0,
  /// until the run outgrows that), so memory stays bounded on long runs.
  package private(set) var steps: [DecayStep]
  /// z0 = f^-1(A), where ``reset()`` returns to.
  package let startZ: Double

  /// How many points ``steps`` keeps.
  package static let historyLimit = 1000
  /// A in the course chapter's experiment: where `compare` and the lab's decay
  /// keys start when not told.
  package static let chapterStart = 0.9
  /// B in the course chapter's experiment: the target `compare` and the lab's
  /// decay keys use when not told.
  package static let chapterTarget = 0.5
  /// eta in the course chapter's experiment, and the session's default.
  package static let chapterLearningRate = 0.2
  package private(set) var status: DecayStatus

  /// - Throws: `DecayError` when A or B is outside f's range.
  package init(
    activation: Activation, from start: Double, to target: Double, learningRate: Double,
    gradientAtZero: GradientAtZero, precision: Precision = .double
  ) throws(DecayError) {
    let held = precision.rounded(start)
    guard let z0 = activation.inverse(held) else {
      throw .startOutsideRange(activation, start)
    }
    try self.init(
      activation: activation, start: held, z0: precision.rounded(z0), to: target,
      learningRate: learningRate, gradientAtZero: gradientAtZero, precision: precision)
  }

  /// A run that starts at the input z0 itself, with A = f(z0): where another
  /// run stopped, continued with another function or rate.
  /// - Throws: `DecayError.targetOutsideRange` when B is outside f's range.
  package init(
    activation: Activation, fromZ z0: Double, to target: Double, learningRate: Double,
    gradientAtZero: GradientAtZero, precision: Precision = .double
  ) throws(DecayError) {
    let z0 = precision.rounded(z0)
    try self.init(
      activation: activation, start: activation.value(z0, in: precision), z0: z0, to: target,
      learningRate: learningRate, gradientAtZero: gradientAtZero, precision: precision)
  }

  /// The run from z0, whose value is `start` (as given, or f(z0)).
  ///
  /// `start` and `z0` are values of `precision` already.
  private init(
    activation: Activation, start: Double, z0: Double, to target: Double, learningRate: Double,
    gradientAtZero: GradientAtZero, precision: Precision
  ) throws(DecayError) {
    guard activation.range.contains(precision.rounded(target)) else {
      throw .targetOutsideRange(activation, target)
    }
    self.activation = activation
    self.start = start
    self.target = precision.rounded(target)
    self.learningRate = precision.rounded(learningRate)
    self.gradientAtZero = gradientAtZero
    self.precision = precision
    startZ = z0
    steps = []
    status = .running
    record(z: z0)
  }

  /// Whether f(z) must fall (B below A) rather than rise.
  package var isDescent: Bool { target <= start }

  /// The latest point.
  package var current: DecayStep { steps[steps.count - 1] }

  /// Whether the run can take another step.
  package var isFinished: Bool { status == .reached || status == .overshot || status == .dead }

  /// Takes one step, unless the run has finished.
  /// - Returns: the new point, or nil when finished.
  @discardableResult
  package mutating func advance() -> DecayStep? {
    guard !isFinished else { return nil }
    let now = current
    let z =
      switch precision {
      case .half:
        Double(Self.step(Float16(now.z), Float16(learningRate), Float16(now.gradient), isDescent))
      case .single:
        Double(Self.step(Float(now.z), Float(learningRate), Float(now.gradient), isDescent))
      case .double: Self.step(now.z, learningRate, now.gradient, isDescent)
      }
    record(z: z)
    return current
  }

  /// z - eta * f'(z) (z + eta * f'(z) for a rise), each operation in `T`.
  @inline(__always)
  static func step<T: KernelScalar>(
    _ z: T, _ rate: T, _ gradient: T, _ descent: Bool
  ) -> T {
    let move = rate * gradient
    return descent ? z - move : z + move
  }

  /// Takes steps until the run finishes or `maxSteps` more have been taken.
  /// - Returns: the status, `limit` if steps ran out first.
  /// - Complexity: O(maxSteps).
  @discardableResult
  package mutating func run(maxSteps: Int) -> DecayStatus {
    var taken = 0
    while !isFinished, taken < maxSteps {
      advance()
      taken += 1
    }
    return isFinished ? status : .limit
  }

  /// How far f(z) now lies past the target B in the run's direction (below
  /// B for a descent, above it for a rise); 0 short of B or exactly on it.
  package var overshoot: Double {
    Self.overshoot(of: current.value, from: start, to: target, precision: precision)
  }

  /// How far `value` lies past `target` on the way from `start`; 0 short of
  /// it, and 0 within the rounding the run forgives in reaching it
  /// (``tolerance(from:to:precision:)``), so relu's 0.49999999999999994
  /// lands exactly.
  package static func overshoot(
    of value: Double, from start: Double, to target: Double, precision: Precision = .double
  ) -> Double {
    let past = target <= start ? target - value : value - target
    return past > tolerance(from: start, to: target, precision: precision) ? past : 0
  }

  /// How close to B counts as on it: max(|A|, |B|) times the larger of
  /// 1e-12 and one unit in the last place of 1 in `precision` (2^-10 at
  /// half, 2^-23 at single; at double 1e-12, which is larger).
  package static func tolerance(
    from start: Double, to target: Double, precision: Precision
  ) -> Double {
    let ulp =
      switch precision {
      case .half: Double(Float16.ulpOfOne)
      case .single: Double(Float.ulpOfOne)
      case .double: Double.ulpOfOne
      }
    return max(1e-12, ulp) * max(abs(start), abs(target))
  }

  /// Whether an overshoot is worth saying: more than 1% of |A - B|.
  ///
  /// |A - B| is the distance from start to target. sigmoid's 67th step from 0.9 lands 0.0009
  /// below 0.5, which is not; relu's one step of lr 1 from 0.9 lands 0.5 past.
  package static func isNotable(overshoot: Double, from start: Double, to target: Double) -> Bool {
    overshoot > 0.01 * abs(start - target)
  }

  /// Returns to the start, z0 = f^-1(A).
  package mutating func reset() {
    steps = []
    status = .running
    record(z: startZ)
  }

  private mutating func record(z: Double) {
    let step = DecayStep(
      index: steps.last.map { $0.index + 1 } ?? 0, z: z,
      value: activation.value(z, in: precision),
      gradient: activation.derivative(z, atZero: gradientAtZero, in: precision))
    if steps.count == Self.historyLimit { steps.removeFirst(Self.historyLimit / 2) }
    steps.append(step)
    let tolerance = Self.tolerance(from: start, to: target, precision: precision)
    let reached = isDescent ? step.value <= target + tolerance : step.value >= target - tolerance
    let overshot = isDescent ? step.value < target - tolerance : step.value > target + tolerance
    if step.gradient == 0, !reached || overshot {
      status = .dead  // landed in a flat region past (or short of) the target: stuck for good
    } else if reached {
      let past = Self.overshoot(of: step.value, from: start, to: target, precision: precision)
      status = Self.isNotable(overshoot: past, from: start, to: target) ? .overshot : .reached
    }
  }
}

/// A decay that cannot start.
package enum DecayError: Error, Sendable, Equatable, CustomStringConvertible, MessageCatalogue {
  case startOutsideRange(Activation, Double)
  case targetOutsideRange(Activation, Double)

  package var words: Words {
    switch self {
    case .startOutsideRange(let f, let y):
      let value = NumberFormat.plain(y)
      return Words(
        en: "\(f.name) never equals \(value): its values lie in \(f.range),"
          + " so there is no z to start from",
        zh: "\(f.name) 的值永远不会等于 \(value)：它的值域是 \(f.range)，找不到起始的 z")
    case .targetOutsideRange(let f, let y):
      let value = NumberFormat.plain(y)
      return Words(
        en: "\(f.name) can never reach \(value): its values lie in \(f.range)",
        zh: "\(f.name) 永远到不了 \(value)：它的值域是 \(f.range)")
    }
  }

  /// The English message.
  package var description: String { words.en }

  package static var samples: [DecayError] {
    [
      .startOutsideRange(.sigmoid, 2), .targetOutsideRange(.relu, -1),
    ]
  }
}
