/// How a framework computes one rectifier where the formula says nothing:
/// at -0.0, at NaN, and when backward meets an infinite or NaN upstream
/// gradient on a unit whose derivative is 0.
///
/// Every convention's forward is `max(x, 0)` for relu and `x > 0 ? x : x * slope`
/// for leaky, and its backward is `upstream * f'(x)` for ordinary numbers; the
/// rule holds the four choices the frameworks make differently (see
/// ``Convention/relu`` and ``Convention/leaky`` for who makes which):
///
/// - ``keepsNegativeZero``: relu(-0.0) is -0.0 (`std::max(x, 0)`, Eigen's max,
///   XLA's max) or +0.0 (`np.maximum`).
/// - ``gate``: a unit whose derivative is 0 either replaces the gradient by
///   +0 (``Gate/select``: PyTorch's `result <= 0 ? 0 : g`, JAX's
///   `select(x > 0, g, 0)`) or multiplies it by 0 (``Gate/product``:
///   TensorFlow's `g * (x > 0)`, so inf * 0 = NaN and -2 * 0 = -0.0).
/// - ``nanIsActive``: at x = NaN, backward treats the unit as active (f' = 1,
///   PyTorch's relu, whose test `result <= 0` is false for NaN) or as
///   inactive (f' = the slope: every `x > 0` test is false for NaN).
/// - ``addsZero``: JAX's leaky backward is the sum of two selects, so every
///   gradient has +0 added to it (-0.0 becomes +0.0).
///
/// The mask (what `feed` shows, and `forward F'`) is the backward of an
/// upstream gradient of 1, so it follows the same rule.
package struct RectifierRule: Sendable, Hashable {
  /// How backward applies a derivative of 0.
  package enum Gate: Sendable, Hashable {
    /// The gradient is replaced by +0: an infinite or NaN gradient gives +0.
    case select
    /// The gradient is multiplied by 0: inf and NaN give NaN, a negative gives -0.0.
    case product
  }

  /// Forward at -0.0 gives -0.0 (true) or +0.0 (false).
  package var keepsNegativeZero: Bool
  /// How backward applies a derivative of 0.
  package var gate: Gate
  /// At x = NaN, backward and the mask take f' = 1 (true) or the slope (false).
  package var nanIsActive: Bool
  /// Backward adds +0 to every gradient.
  package var addsZero: Bool

  package init(keepsNegativeZero: Bool, gate: Gate, nanIsActive: Bool, addsZero: Bool) {
    self.keepsNegativeZero = keepsNegativeZero
    self.gate = gate
    self.nanIsActive = nanIsActive
    self.addsZero = addsZero
  }
}
