/// The layer a feed went through, built from the session's settings at that
/// moment (alpha and grad0 live in the settings only); it remembers the input,
/// from which the mask that backward multiplies by follows.
enum FedLayer: Sendable {
  case relu(ReLULayer)
  case leaky(LeakyReLULayer)

  /// A fresh layer of `kind` with the settings' alpha and grad0, fed `input`.
  /// - Returns: The layer, holding the input (shared, not copied), and the output.
  /// - Complexity: O(n); one allocation, the output.
  static func feeding(
    _ input: Tensor, through kind: ActivationKind, settings: SessionSettings
  ) -> (layer: FedLayer, output: Tensor) {
    if kind == .leaky {
      do {
        var layer = try LeakyReLULayer(
          alpha: settings.alpha, gradientAtZero: settings.gradientAtZero)
        let output = layer.forward(input)
        return (.leaky(layer), output)
      } catch {
        preconditionFailure("alpha \(settings.alpha) was checked when it was set")
      }
    }
    var layer = ReLULayer(gradientAtZero: settings.gradientAtZero)
    let output = layer.forward(input)
    return (.relu(layer), output)
  }

  /// f'(z) for every z of the feed: the mask backward multiplies by.
  /// - Complexity: O(n): computed on each call; one allocation.
  var mask: Tensor {
    let mask =
      switch self {
      case .relu(let layer): layer.mask
      case .leaky(let layer): layer.mask
      }
    guard let mask else { preconditionFailure("a fed layer remembers its input") }
    return mask
  }

  /// upstream times the mask of the feed.
  /// - Throws: `LayerError.shapeMismatch` when the shapes differ.
  func backward(_ upstream: Tensor) throws(LayerError) -> Tensor {
    switch self {
    case .relu(let layer): try layer.backward(upstream)
    case .leaky(let layer): try layer.backward(upstream)
    }
  }
}
