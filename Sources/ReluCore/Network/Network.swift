/// A small fully connected network and its data: the experiment of `net`.
///
/// Layer l (0-based) maps the previous layer's outputs a_{l-1} (the input x
/// for l = 0) to z_l = W_l a_{l-1} + b_l and a_l = f(z_l); the output is
/// y_hat = w_out . a_{D-1} + b_out. Weights start He-normal, N(0, 2 / fan_in),
/// the output weights N(0, 1 / width), every bias 0, drawn in that order from
/// the seeded generator, so a seed always gives the same network. With
/// `init asym` (``NetworkInitialization/asym``) each hidden unit then gets one
/// positive weight or bias.
package struct Network: Sendable, Equatable {
  package let spec: NetworkSpec
  /// The inputs, evenly spaced on [-1, 1].
  package let x: [Double]
  /// The targets at `x`.
  package let y: [Double]
  /// W_l, row-major: `width` rows of fan_in (1 for the first layer, else `width`).
  package internal(set) var weights: [[Double]]
  /// b_l, `width` each.
  package internal(set) var biases: [[Double]]
  /// w_out, `width`.
  package internal(set) var outputWeights: [Double]
  package internal(set) var outputBias: Double = 0
  /// PReLU's learned slopes a_l: per hidden layer, one per unit or one for
  /// the layer (``NetworkSpec/slopeSharing``), all ``NetworkSpec/startingSlope``
  /// as built; empty for every other function.
  package internal(set) var slopes: [[Double]]
  /// The generator of RReLU's slopes in training: seeded by the network's
  /// seed XOR ``noiseSeedMask`` (a stream apart from the weights'), and
  /// carried on from one `train` to the next, so a seed gives the same run.
  package internal(set) var noise: SplitMix64

  /// What the noise generator's seed differs from the weights' by.
  static let noiseSeedMask: UInt64 = 0xD1B5_4A32_D192_ED03

  /// A fresh network for `spec`.
  package init(_ spec: NetworkSpec) {
    self.spec = spec
    let slopeCount = spec.slopeSharing == .unit ? spec.width : 1
    slopes =
      spec.activation == .prelu
      ? Array(
        repeating: Array(repeating: spec.startingSlope, count: slopeCount), count: spec.depth)
      : []
    noise = SplitMix64(seed: spec.seed ^ Self.noiseSeedMask)
    x = NetworkSpec.inputs(count: spec.points)
    y = x.map(spec.target.value)
    var generator = SplitMix64(seed: spec.seed)
    var weights: [[Double]] = []
    var biases = Array(repeating: [Double](repeating: 0, count: spec.width), count: spec.depth)
    for layer in 0..<spec.depth {
      let fanIn = layer == 0 ? 1 : spec.width
      let scale = LibM.sqrt(2 / Double(fanIn))
      weights.append(generator.standardNormals(count: spec.width * fanIn).map { $0 * scale })
      if spec.initialization == .asym {
        let entries = UInt64(fanIn + 1)
        let picks = (0..<spec.width).map { _ in Int(generator.next() % entries) }
        let sizes = generator.standardNormals(count: spec.width)
        for j in 0..<spec.width {
          let positive = Swift.abs(sizes[j]) * scale
          if picks[j] == fanIn {
            biases[layer][j] = positive
          } else {
            weights[layer][j * fanIn + picks[j]] = positive
          }
        }
      }
    }
    self.weights = weights
    self.biases = biases
    let outScale = LibM.sqrt(1 / Double(spec.width))
    outputWeights = generator.standardNormals(count: spec.width).map { $0 * outScale }
  }

  /// The fan-in of hidden layer `layer`.
  func fanIn(_ layer: Int) -> Int { layer == 0 ? 1 : spec.width }
}
