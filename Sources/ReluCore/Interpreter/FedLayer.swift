/// The layer a feed went through, built from the session's settings at that
/// moment (alpha and grad0 live in the settings only); it remembers the mask
/// that backward multiplies by.
enum FedLayer: Sendable {
  case relu(ReLULayer)
  case leaky(LeakyReLULayer)

  /// A fresh layer of `kind` with the settings' alpha and grad0, fed `input`.
  /// - Returns: The layer, holding its mask, and the output and mask.
  static func feeding(
    _ input: Tensor, through kind: ActivationKind, settings: SessionSettings
  ) -> (layer: FedLayer, output: Tensor, mask: Tensor) {
    if kind == .leaky {
      do {
        var layer = try LeakyReLULayer(
          alpha: settings.alpha, gradientAtZero: settings.gradientAtZero)
        let (output, mask) = layer.forwardWithMask(input)
        return (.leaky(layer), output, mask)
      } catch {
        preconditionFailure("alpha \(settings.alpha) was checked when it was set")
      }
    }
    var layer = ReLULayer(gradientAtZero: settings.gradientAtZero)
    let (output, mask) = layer.forwardWithMask(input)
    return (.relu(layer), output, mask)
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
