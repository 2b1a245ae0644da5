/// ReLU (slope 0) and Leaky ReLU (slope alpha) in a ``TrainingScalar``: the
/// arithmetic of ReluLab's scalar rectifier, in the network's type.
///
/// f(z) = z for z > 0, slope * z + 0 for z <= 0 (relu: 0, keeping NaN);
/// f'(z) = 1 for z > 0, slope for z < 0, ``slopeAtZero`` at z = 0 (and at
/// -0.0), NaN at NaN. The slope and f'(0) are rounded to the format; in half
/// precision the trainer rounds alpha * z after.
struct TrainingRectifier<T: TrainingScalar>: Sendable {
  let slope: T
  let slopeAtZero: T
  /// The rule that gave ``slopeAtZero``.
  let rule: SlopeAtZero

  /// The rectifier with `slope` below 0 and f'(0) by `atZero`, both
  /// rounded by `converting` to the format computed in.
  init(slope: Double, atZero: SlopeAtZero, converting: (Double) -> T = { T($0) }) {
    self.slope = converting(slope)
    slopeAtZero = converting(atZero.derivative(slope: slope))
    rule = atZero
  }

  /// The rectifier of `f` with f'(0) by `atZero`, or nil for a function
  /// that is not a rectifier.
  init?(_ f: Activation, atZero: GradientAtZero, converting: (Double) -> T) {
    guard let rectifier = f.entry.rectifier, let slope = f.slopeBelowZero else { return nil }
    self.init(slope: slope, atZero: rectifier.rule(atZero), converting: converting)
  }

  @inline(__always)
  func value(_ z: T) -> T {
    if slope == 0 {
      let y = z > 0 ? z : 0
      return z != z ? z : y
    }
    return z > 0 ? z : slope * z + 0
  }

  @inline(__always)
  func derivative(_ z: T) -> T {
    let d = z > 0 ? 1 : slope
    let atZero = z == 0 ? slopeAtZero : d
    return z != z ? z : atZero
  }
}
