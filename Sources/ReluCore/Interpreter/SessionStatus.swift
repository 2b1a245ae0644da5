/// What a status line shows about the session: the layer, the settings the
/// math depends on, and where the decay simulation stands.
package struct SessionStatus: Sendable, Equatable {
  /// The layer feed and backward go through, with alpha for leaky.
  package var layer: Activation
  package var alpha: Double
  package var learningRate: Double
  package var gradientAtZero: GradientAtZero
  /// The floating-point format the layers and the decay compute in.
  package var precision: Precision = .double
  /// The view on screen.
  package var view: ViewName = .plot
  /// The other activities there is a view for, in the order F7 goes to them.
  package var otherViews: [ViewName] = []
  /// The decay simulation, when it is set up and its view or the function
  /// plot is shown.
  package var decay: Decay?
  /// The network, when its view is shown.
  package var network: NetworkStatus? = nil
  /// The section the last `title` named.
  package var title: String? = nil

  /// A network's state for the status line.
  package struct NetworkStatus: Sendable, Equatable {
    package var activation: Activation
    package var epoch: Int
    package var dead: Int
    package var units: Int
  }

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
      gradientAtZero: settings.gradientAtZero, precision: settings.precision, view: scene.shown,
      otherViews: scene.families.rotated(after: scene.shown.family).filter { $0 != scene.shown },
      decay: [.plot, .decay].contains(scene.shown.family) && scene.decay != nil
        ? decay.map {
          SessionStatus.Decay(
            activation: $0.activation, step: $0.current.index, z: $0.current.z,
            value: $0.current.value, status: $0.status)
        } : nil,
      network: scene.shown.family == .net
        ? network.flatMap { network in
          trainingHistory.last.map {
            SessionStatus.NetworkStatus(
              activation: network.spec.activation.activation(settings.parameters),
              epoch: $0.epoch, dead: $0.totalDead, units: network.spec.width * network.spec.depth)
          }
        } : nil, title: title)
  }
}

extension Array where Element: Equatable {
  /// The elements after `element`, then those up to and including it (all of
  /// them in order when it is absent): the order a cycle visits them from it.
  func rotated(after element: Element) -> [Element] {
    guard let at = firstIndex(of: element) else { return self }
    return Array(self[(at + 1)...] + self[...at])
  }
}

/// The words a status line shows about the session, short for its width.
///
/// Setting names (`alpha`, `lr`, `grad0`), function names and numbers stay as
/// typed; a decay's status is ``DecayStatus/words``.
package enum StatusWord: MessageCatalogue, Equatable {
  /// Before the layer's name: `layer relu`.
  case layer
  /// A decay's step: `step 3`.
  case step(Int)
  /// A network's epoch: `epoch 12`.
  case epoch(Int)
  /// A network's dead units: `3/8 dead`.
  case dead(Int, of: Int)
  /// Before the view's name: `view plot`.
  case view

  package var words: Words {
    switch self {
    case .layer: Words(en: "layer", zh: "层")
    case .step(let step): Words(en: "step \(step)", zh: "第 \(step) 步")
    case .epoch(let epoch): Words(en: "epoch \(epoch)", zh: "第 \(epoch) 轮")
    case .dead(let dead, let units): Words(en: "\(dead)/\(units) dead", zh: "死亡 \(dead)/\(units)")
    case .view: Words(en: "view", zh: "视图")
    }
  }

  package static var samples: [StatusWord] {
    [.layer, .step(3), .epoch(12), .dead(3, of: 8), .view]
  }
}
