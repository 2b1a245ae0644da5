/// What a status line shows about the session: the layer, the settings the
/// math depends on, and where the decay simulation stands.
package struct SessionStatus: Sendable, Equatable {
  /// The layer feed and backward go through, with alpha for leaky.
  package var layer: Activation
  package var alpha: Double
  package var learningRate: Double
  package var gradientAtZero: GradientAtZero
  /// The decay simulation, if one is set up.
  package var decay: Decay?

  /// A decay simulation's state for the status line.
  package struct Decay: Sendable, Equatable {
    package var activation: Activation
    package var step: Int
    package var z: Double
    package var value: Double
    package var status: DecayStatus
  }

  /// One line, numbers to 6 significant digits so it fits a status bar:
  /// `layer relu | alpha 0.01 | lr 0.2 | grad0 left | decay relu step 2 z=0.5 f=0.5 reached`.
  package var summary: String {
    var parts = [
      "layer \(layer.name)", "alpha \(NumberFormat.plain(alpha))",
      "lr \(NumberFormat.plain(learningRate))", "grad0 \(gradientAtZero.rawValue)",
    ]
    if let decay {
      parts.append(
        "decay \(decay.activation.name) step \(decay.step) z=\(NumberFormat.short(decay.z))"
          + " f=\(NumberFormat.short(decay.value)) \(decay.status.rawValue)")
    }
    return parts.joined(separator: " | ")
  }
}

extension Interpreter {
  /// The session as a status line sees it.
  package var status: SessionStatus {
    SessionStatus(
      layer: layerActivation, alpha: settings.alpha, learningRate: settings.learningRate,
      gradientAtZero: settings.gradientAtZero,
      decay: decay.map {
        SessionStatus.Decay(
          activation: $0.activation, step: $0.current.index, z: $0.current.z,
          value: $0.current.value, status: $0.status)
      })
  }
}
