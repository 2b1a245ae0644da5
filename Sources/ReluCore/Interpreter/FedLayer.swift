/// The layer a feed went through, built from the session's settings at that
/// moment (alpha, grad0, the convention and the precision live in the settings only); it
/// remembers the mask that backward multiplies by, two bits per element, and
/// backward follows the convention of that moment.
enum FedLayer: Sendable {
  case relu(ReLULayer)
  case leaky(LeakyReLULayer)

  /// A fresh layer of `kind` with the settings' alpha and grad0, fed `input`.
  /// - Returns: The layer, holding the mask of `input`, and the output.
  /// - Complexity: O(n); two allocations, the output and the packed mask.
  static func feeding(
    _ input: Tensor, through kind: ActivationKind, settings: SessionSettings
  ) -> (layer: FedLayer, output: Tensor) {
    if kind == .leaky {
      do {
        var layer = try LeakyReLULayer(
          alpha: settings.alpha, gradientAtZero: settings.gradientAtZero,
          convention: settings.convention, precision: settings.precision)
        let output = layer.forward(input)
        return (.leaky(layer), output)
      } catch {
        preconditionFailure("alpha \(settings.alpha) was checked when it was set")
      }
    }
    var layer = ReLULayer(
      gradientAtZero: settings.gradientAtZero, convention: settings.convention,
      precision: settings.precision)
    let output = layer.forward(input)
    return (.relu(layer), output)
  }

  /// f'(z) for every z of the feed: the mask backward multiplies by.
  /// - Complexity: O(n): computed on each call; one allocation.
  var mask: Tensor { packedMask.derivatives }

  /// The mask as the layer keeps it, two bits per element.
  var packedMask: RectifierMask {
    let mask =
      switch self {
      case .relu(let layer): layer.packedMask
      case .leaky(let layer): layer.packedMask
      }
    guard let mask else { preconditionFailure("a fed layer remembers its mask") }
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
