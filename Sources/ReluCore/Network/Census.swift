/// How `born` draws the hidden biases (`bias zero|he`).
package enum CensusBias: String, Sendable, Hashable, CaseIterable {
  /// Every bias 0, as `net` draws them: the network is positively
  /// homogeneous, so x = -1 and x = 1 decide it.
  case zero
  /// Each hidden layer's biases drawn like its weights, N(0, 2 / fan_in),
  /// right after them: the check runs on the data points.
  case he
}

/// What `born` counts: T random networks for each width and depth, and how
/// many are born dead (relu) or born inactive (leaky).
package struct CensusSpec: Sendable, Equatable {
  /// relu, or leaky (with `alpha`).
  package var activation: ActivationKind
  /// leaky's slope for z < 0 (the session's alpha), 0 for relu.
  ///
  /// A leaky with alpha 0 is a relu: its networks are counted as dead.
  package var alpha: Double
  package var widths: [Int]
  package var depths: [Int]
  package var trials: Int
  package var initialization: NetworkInitialization
  package var bias: CensusBias
  package var seed: UInt64
  /// `train E`: each network also trained, and counted when it ends constant
  /// (see ``CensusTraining``); nil counts births only.
  package var training: CensusTraining? = nil

  package static let defaultWidths = [2, 3, 5, 10]
  package static let defaultDepths = [2, 5, 10, 20, 50]
  package static let defaultTrials = 1000
  package static let maxTrials = 100_000

  /// Whether an inactive layer is dead: relu, or leaky with alpha 0.
  package var countsDead: Bool { activation == .relu || alpha == 0 }

  /// Whether x = -1 and x = 1 decide a network exactly: zero biases and
  /// `init he`, so the network is positively homogeneous (`init asym` may
  /// make a bias positive).
  package var twoPoint: Bool { bias == .zero && initialization == .he }

  /// The inputs checked: -1 and 1, or `net`'s data points on [-1, 1].
  package var points: [Double] {
    if twoPoint { return [-1, 1] }
    return NetworkSpec.inputs(count: NetworkSpec.defaultPoints)
  }

  /// About the multiply-adds of the census, at most.
  ///
  /// Every hidden weight (and bias) of each network drawn, counted as 2, and
  /// used once at each point checked. Each width's networks are drawn once,
  /// at the deepest depth (see ``run(shouldStop:)``).
  package var work: Double {
    let perPoint = Double(points.count + 2)
    let depth = Double(depths.max() ?? 1)
    var weights = 0.0
    for width in widths {
      weights += Double(width) * (2 + (depth - 1) * Double(width + 1))
    }
    return weights * perPoint * Double(trials)
  }

  /// The generator of the networks' seeds, the same for every cell.
  ///
  /// Network i's seed is its draw i + 1, so `net F width N depth D seed S_i`
  /// (with the same init) rebuilds network i of a `bias zero` census.
  package static func networkSeeds(_ seed: UInt64) -> SplitMix64 { SplitMix64(seed: seed) }

  /// 1 - (1 - 2^-N)^L: the chance that one fixed input x != 0 meets a layer all inactive.
  ///
  /// With zero biases and symmetric weights each layer is inactive with
  /// chance 2^-N while none before it was. Summed as
  /// 2^-N (1 + q + ... + q^(L-1)), q = 1 - 2^-N, so it stays accurate for a
  /// wide layer where q rounds to 1.
  package static func closedForm(width: Int, depth: Int) -> Double {
    let epsilon = Double(sign: .plus, exponent: -width, significand: 1)
    let q = 1 - epsilon
    var sum = 0.0
    var term = epsilon
    for _ in 0..<depth {
      sum += term
      term *= q
    }
    return sum
  }
}

/// One cell of the census: `dead` of `trials` networks of `width` x `depth`.
package struct CensusCell: Sendable, Equatable {
  package var width: Int
  package var depth: Int
  package var trials: Int
  /// Born dead (relu), or born inactive (leaky).
  package var dead: Int
  /// With `train E`: how many of the `trials` end as a constant after
  /// training (see ``CensusTraining``); nil without.
  package var trainedConstant: Int? = nil

  package var fraction: Double { Double(dead) / Double(trials) }
  /// sqrt(p (1 - p) / T).
  package var standardError: Double { Self.standardError(fraction, trials) }
  /// The fraction that ends constant after training, nil without.
  package var trainedFraction: Double? {
    trainedConstant.map { Double($0) / Double(trials) }
  }
  /// Its standard error, sqrt(p (1 - p) / T), nil without.
  package var trainedStandardError: Double? {
    trainedFraction.map { Self.standardError($0, trials) }
  }

  private static func standardError(_ p: Double, _ trials: Int) -> Double {
    (p * (1 - p) / Double(trials)).squareRoot()
  }
  package var closedForm: Double { CensusSpec.closedForm(width: width, depth: depth) }
}

/// Draws networks as `net` does and checks whether each is born with a
/// hidden layer inactive at every point, in buffers made once.
package struct CensusCounter: ~Copyable {
  private let maxWidth: Int
  private let points: [Double]
  private let weights: UnsafeMutablePointer<Double>
  private let biases: UnsafeMutablePointer<Double>
  private let picks: UnsafeMutablePointer<Int>
  private let sizes: UnsafeMutablePointer<Double>
  /// The previous layer's outputs, point-major: `points.count` rows of width.
  private let a: UnsafeMutablePointer<Double>
  private let next: UnsafeMutablePointer<Double>

  package init(maxWidth: Int, points: [Double]) {
    self.maxWidth = maxWidth
    self.points = points
    let n = max(1, maxWidth)
    weights = .allocate(capacity: n * n)
    biases = .allocate(capacity: n)
    picks = .allocate(capacity: n)
    sizes = .allocate(capacity: n)
    a = .allocate(capacity: n * max(1, points.count))
    next = .allocate(capacity: n * max(1, points.count))
  }

  deinit {
    weights.deallocate()
    biases.deallocate()
    picks.deallocate()
    sizes.deallocate()
    a.deallocate()
    next.deallocate()
  }

  /// Whether the network of `seed` has a hidden layer with z <= 0 for every
  /// unit at every point (born dead for relu, born inactive for leaky).
  package func bornInactive(
    width: Int, depth: Int, seed: UInt64, initialization: NetworkInitialization,
    bias: CensusBias, alpha: Double
  ) -> Bool {
    firstInactiveLayer(
      width: width, depth: depth, seed: seed, initialization: initialization, bias: bias,
      alpha: alpha) != nil
  }

  /// The first hidden layer (from 1) of the network of `seed` whose every
  /// unit has z <= 0 at every point, or nil when none of the `depth` has.
  ///
  /// Draws layer by layer as ``Network/init(_:)`` does (He-normal weights,
  /// then with `init asym` the positive entries), with `bias he` each layer's
  /// biases right after its weights; stops at the first such layer, whose
  /// later draws do not matter. So a shallower network of the same seed is
  /// this one's first layers: its answer is whether this layer is within it.
  /// - Complexity: O(depth * width^2 * points).
  package func firstInactiveLayer(
    width: Int, depth: Int, seed: UInt64, initialization: NetworkInitialization,
    bias: CensusBias, alpha: Double
  ) -> Int? {
    precondition(width <= maxWidth)
    var generator = SplitMix64(seed: seed)
    let m = points.count
    for p in 0..<m { a[p] = points[p] }
    for layer in 0..<depth {
      let fanIn = layer == 0 ? 1 : width
      let scale = LibM.sqrt(2 / Double(fanIn))
      generator.standardNormals(into: weights, count: width * fanIn)
      for k in 0..<(width * fanIn) { weights[k] *= scale }
      if bias == .he {
        generator.standardNormals(into: biases, count: width)
        for j in 0..<width { biases[j] *= scale }
      } else {
        biases.update(repeating: 0, count: width)
      }
      if initialization == .asym {
        let entries = UInt64(fanIn + 1)
        for j in 0..<width { picks[j] = Int(generator.next() % entries) }
        generator.standardNormals(into: sizes, count: width)
        for j in 0..<width {
          let positive = Swift.abs(sizes[j]) * scale
          if picks[j] == fanIn {
            biases[j] = positive
          } else {
            weights[j * fanIn + picks[j]] = positive
          }
        }
      }
      var inactive = true
      for p in 0..<m {
        let input = a + p * fanIn
        let output = next + p * width
        for j in 0..<width {
          let row = weights + j * fanIn
          var z = biases[j]
          for k in 0..<fanIn { z += row[k] * input[k] }
          // NaN cannot arise from finite draws; z > 0 is active.
          if z > 0 {
            inactive = false
            output[j] = z
          } else {
            output[j] = alpha * z
          }
        }
      }
      if inactive { return layer + 1 }
      a.update(from: next, count: m * width)
    }
    return nil
  }
}

extension CensusSpec {
  /// Every cell, widths down and depths across (row-major), or nil when
  /// `shouldStop` said so between networks: the births only, even with
  /// ``training`` (``run(cancellation:)`` trains too).
  /// - Complexity: O(trials * max depth * sum of width^2 * points), less
  ///   for networks found early.
  package func run(shouldStop: () -> Bool = { false }) -> [CensusCell]? {
    let counter = CensusCounter(maxWidth: widths.max() ?? 1, points: points)
    let slope = countsDead ? 0 : alpha
    var cells: [CensusCell] = []
    cells.reserveCapacity(widths.count * depths.count)
    let deepest = depths.max() ?? 0
    var dead = [Int](repeating: 0, count: depths.count)
    for width in widths {
      // Each network once, at the deepest depth: network i of a shallower
      // cell has the same seed and is its first layers.
      var seeds = Self.networkSeeds(seed)
      for i in dead.indices { dead[i] = 0 }
      for index in 0..<trials {
        if index % 64 == 0, shouldStop() { return nil }
        guard
          let layer = counter.firstInactiveLayer(
            width: width, depth: deepest, seed: seeds.next(), initialization: initialization,
            bias: bias, alpha: slope)
        else { continue }
        for (i, depth) in depths.enumerated() where layer <= depth { dead[i] += 1 }
      }
      for (i, depth) in depths.enumerated() {
        cells.append(CensusCell(width: width, depth: depth, trials: trials, dead: dead[i]))
      }
    }
    return cells
  }
}
