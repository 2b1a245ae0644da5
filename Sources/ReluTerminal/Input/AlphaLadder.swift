/// The notches alpha steps through with F2 and F3: a list of stops for the
/// keys, not mathematics.
///
/// The lab only picks the next stop and sends `set alpha` with it; the
/// interpreter validates the value and redraws with it, as if it were typed.
package enum AlphaLadder {
  /// From ReLU (0) through PyTorch's default (0.01) to the identity (1).
  package static let notches: [Double] = [0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1]

  /// The first notch above `alpha`, or nil at the top; a typed alpha between
  /// notches (or a hair off one) goes to the nearest notch that way.
  package static func above(_ alpha: Double) -> Double? {
    notches.first { $0 > alpha + 1e-12 }
  }

  /// The last notch below `alpha`, or nil at the bottom.
  package static func below(_ alpha: Double) -> Double? {
    notches.last { $0 < alpha - 1e-12 }
  }
}
