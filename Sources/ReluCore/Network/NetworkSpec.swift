/// What `net` builds: a network of 1 input, `depth` hidden layers of `width`
/// units with activation `activation`, and one linear output unit, fitted to
/// `points` evenly spaced points of a target on [-1, 1].
package struct NetworkSpec: Sendable, Equatable {
  /// The hidden layers' activation.
  package var activation: ActivationKind
  /// Units per hidden layer, 1 to ``NetworkSpec/maxWidth``.
  package var width: Int
  /// Hidden layers, 1 to ``NetworkSpec/maxDepth``.
  package var depth: Int
  /// What the network learns.
  package var target: NetworkTarget
  /// Data points, 2 to ``NetworkSpec/maxPoints``.
  package var points: Int
  /// The seed of the weights: the same seed gives the same network and run.
  package var seed: UInt64
  /// How the weights and biases are drawn (see ``NetworkInitialization``).
  package var initialization: NetworkInitialization = .he
  /// PReLU's learned slopes: one per hidden unit or one per hidden layer
  /// (`slope unit|shared`); read for prelu alone.
  package var slopeSharing: SlopeSharing = .unit
  /// PReLU's slopes before training (`alpha0 A`); read for prelu alone.
  package var startingSlope: Double = PReLUFormula.startingSlope
  /// RReLU's bounds l and u (`lower L upper U`, l <= u): in training each
  /// slope below 0 is drawn from U(l, u); read for rrelu alone.
  package var randomSlopes: ClosedRange<Double> =
    RReLUFormula.defaultLower...RReLUFormula.defaultUpper

  /// RReLU's slope outside training: the mean (l + u) / 2 of ``randomSlopes``.
  package var meanRandomSlope: Double { (randomSlopes.lowerBound + randomSlopes.upperBound) / 2 }

  package static let defaultWidth = 64
  package static let maxWidth = 1024
  package static let defaultDepth = 1
  package static let maxDepth = 64
  package static let defaultPoints = 200
  package static let maxPoints = 10_000

  /// The data's inputs: `count` points evenly spaced on [-1, 1], ends
  /// included (x_i = -1 + 2 i / (count - 1)).
  package static func inputs(count: Int) -> [Double] {
    (0..<count).map { -1 + 2 * Double($0) / Double(count - 1) }
  }

  /// Multiply-adds of one epoch: forward and backward, about three per weight
  /// and data point.
  package var workPerEpoch: Double {
    let weights = Double(width) + Double(depth - 1) * Double(width * width) + Double(width)
    return 3 * weights * Double(points)
  }

  /// About the bytes a network's building or training holds at once, with
  /// room to spare: the weights of the network kept and of the one trained,
  /// their gradients, and each layer's values and gradients for every data
  /// point.
  package var memoryBytes: Double {
    let weights = Double(width) + Double(depth - 1) * Double(width * width) + Double(width)
    return 8 * (4 * weights + 4 * Double(points) * Double(width) * Double(depth))
  }

  /// The most multiply-adds one `train` or `sweep` runs, so no command runs
  /// for minutes (width 1024, depth 1, 200 points: about 8,000 epochs).
  package static let maxWork = 5e9
}

/// How many slopes a PReLU network learns (`slope unit|shared`): He et al.'s
/// channel-wise and channel-shared variants.
package enum SlopeSharing: String, Sendable, Hashable, CaseIterable {
  /// One slope per hidden unit (a unit is a channel here).
  case unit
  /// One slope per hidden layer, shared by its units.
  case shared
}

/// How `net` draws a network's weights and biases (`init he|asym`).
///
/// Both draw, layer by layer from the seeded generator, the hidden weights
/// He-normal, N(0, 2 / fan_in), then the output weights N(0, 1 / width); every
/// bias starts at 0. `asym` then changes one entry per hidden unit.
package enum NetworkInitialization: String, Sendable, Hashable, CaseIterable {
  /// He-normal weights, zero biases: what `net` always drew before `init`.
  case he
  /// A randomized asymmetric initialization in the spirit of the RAI of Lu,
  /// Shin, Su and Karniadakis, "Dying ReLU and Initialization: Theory and
  /// Numerical Examples", Commun. Comput. Phys. 28(5), 2020
  /// (arXiv:1903.06733); not their exact scheme (their positive entry is
  /// drawn from a Beta distribution, with a rescaled variance).
  ///
  /// After each hidden layer's He-normal weights, two more draws for the
  /// layer: for each unit j an index k_j uniform over its fan_in weights and
  /// its bias (the next 64-bit draw modulo fan_in + 1; k_j = fan_in is the
  /// bias), then `width` standard normals n_j; entry k_j of unit j becomes
  /// |n_j| * sqrt(2 / fan_in), positive. So every unit starts active on a
  /// half-space not symmetric about 0, and a layer is less often inactive
  /// for every input.
  case asym
}

/// The function a network is trained to fit on [-1, 1].
package enum NetworkTarget: String, Sendable, Hashable, CaseIterable {
  /// sin(pi x): one period.
  case sin
  /// |x|, which two ReLU units represent exactly.
  case abs

  /// y at x.
  package func value(_ x: Double) -> Double {
    switch self {
    case .sin: LibM.sin(Double.pi * x)
    case .abs: Swift.abs(x)
    }
  }

  /// How help and reports write it: `sin(pi x)`, `|x|`.
  package var formula: String {
    switch self {
    case .sin: "sin(pi x)"
    case .abs: "|x|"
    }
  }
}
