/// What a network looks like after an epoch (epoch 0: as built).
package struct EpochRecord: Sendable, Equatable {
  package var epoch: Int
  /// The mean over the data points of (y_hat - y)^2.
  package var loss: Double
  /// Per hidden layer, the units whose derivative is 0 at every data point:
  /// they get no gradient, so they cannot learn (dead).
  package var dead: [Int]
  /// Per hidden layer, the units with z <= 0 at every data point (inactive);
  /// a dead relu unit is inactive, an inactive leaky unit still learns.
  package var inactive: [Int]
  /// The fraction of unit-point pairs with z > 0, over every hidden layer.
  package var activeFraction: Double
  package var status: TrainingStatus
  /// PReLU's learned slopes at this epoch; nil for the other functions.
  package var slopes: SlopeSummary? = nil

  /// Dead units in all layers.
  package var totalDead: Int { dead.reduce(0, +) }
  /// Inactive units in all layers.
  package var totalInactive: Int { inactive.reduce(0, +) }
}

/// How training stands.
package enum TrainingStatus: String, Sendable, Equatable {
  /// Every loss so far is finite.
  case running
  /// The loss became infinite or NaN; training stopped and the network stays
  /// as it was after the last finite epoch.
  case diverged
}

/// The learned slopes of a PReLU network: their mean, least and greatest,
/// over every hidden layer's slopes.
package struct SlopeSummary: Sendable, Equatable {
  package var mean: Double
  package var min: Double
  package var max: Double

  /// The summary of `slopes` (per layer), nil when there are none.
  package init?(_ slopes: [[Double]]) {
    let all = slopes.joined()
    guard let least = all.min(), let greatest = all.max() else { return nil }
    mean = all.reduce(0, +) / Double(all.count)
    min = least
    max = greatest
  }
}
