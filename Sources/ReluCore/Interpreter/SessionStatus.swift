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
  /// The section the last `title` named.
  package var title: String? = nil

  /// A decay simulation's state for the status line.
  package struct Decay: Sendable, Equatable {
    package var activation: Activation
    package var step: Int
    package var z: Double
    package var value: Double
    package var status: DecayStatus
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
      }, title: title)
  }
}
