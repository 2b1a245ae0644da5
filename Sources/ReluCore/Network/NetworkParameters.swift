/// A network's weights and biases in a ``TrainingScalar``: what a trainer
/// steps.
struct NetworkParameters<T: TrainingScalar>: Equatable {
  /// W_l, row-major: `width` rows of fan_in.
  var weights: [[T]]
  /// b_l, `width` each.
  var biases: [[T]]
  /// w_out, `width`.
  var outputWeights: [T]
  var outputBias: T
  /// PReLU's slopes per hidden layer (one per unit, or one per layer); empty
  /// for the other functions.
  var slopes: [[T]]

  /// The network's parameters, each rounded by `converting` to the format
  /// computed in.
  init(_ network: Network, converting: (Double) -> T) {
    weights = network.weights.map { $0.map(converting) }
    biases = network.biases.map { $0.map(converting) }
    outputWeights = network.outputWeights.map(converting)
    outputBias = converting(network.outputBias)
    slopes = network.slopes.map { $0.map(converting) }
  }

  /// `network` with these parameters, exactly (every `T` is a `Double`).
  func written(into network: Network) -> Network {
    var result = network
    result.weights = weights.map { $0.map(\.double) }
    result.biases = biases.map { $0.map(\.double) }
    result.outputWeights = outputWeights.map(\.double)
    result.outputBias = outputBias.double
    result.slopes = slopes.map { $0.map(\.double) }
    return result
  }

  /// The largest |p - q| over every pair of matching parameters, in `Double`
  /// (NaN when a pair holds a NaN).
  func largestDifference(from other: Self) -> Double {
    var largest = 0.0
    func visit(_ a: [T], _ b: [T]) {
      for (p, q) in zip(a, b) {
        let d = Swift.abs(p.double - q.double)
        if d.isNaN || d > largest { largest = d }
        if largest.isNaN { return }
      }
    }
    for l in weights.indices {
      visit(weights[l], other.weights[l])
      visit(biases[l], other.biases[l])
    }
    visit(outputWeights, other.outputWeights)
    visit([outputBias], [other.outputBias])
    for l in slopes.indices { visit(slopes[l], other.slopes[l]) }
    return largest
  }
}

extension NetworkParameters {
  /// Takes `other`'s values into this set's own storage, element by element
  /// (the same shapes), so nothing is allocated.
  mutating func assign(_ other: Self) {
    for l in weights.indices {
      for i in weights[l].indices { weights[l][i] = other.weights[l][i] }
      for j in biases[l].indices { biases[l][j] = other.biases[l][j] }
    }
    for k in outputWeights.indices { outputWeights[k] = other.outputWeights[k] }
    outputBias = other.outputBias
    for l in slopes.indices {
      for j in slopes[l].indices { slopes[l][j] = other.slopes[l][j] }
    }
  }
}
