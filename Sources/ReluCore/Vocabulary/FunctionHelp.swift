extension ActivationKind {
  /// What `help F` says of a function: formula, derivative, the convention
  /// at 0 where there is one, range, and commands to try.
  package var help: [String] {
    switch self {
    case .relu:
      [
        "relu(z) = max(0, z): z for z >= 0, 0 for z < 0.",
        "relu'(z) = 1 for z > 0, 0 for z < 0. At z = 0 it is a convention: the course",
        "  chapter's formula says 1, its code 0, as PyTorch, TensorFlow and JAX do (set grad0).",
        "Range [0, inf): no ceiling, so the gradient stays 1 however large z grows.",
        "A unit with z < 0 outputs 0 and gets gradient 0: pushed there for good, it is dead.",
      ]
    case .leaky:
      [
        "leaky(z) = z for z >= 0, alpha * z for z < 0 (set alpha; 0.01 by default).",
        "leaky'(z) = 1 for z > 0, alpha for z < 0. At z = 0: alpha with grad0 left (the",
        "  chapter's code, PyTorch), 1 with grad0 right (the chapter's formula, JAX).",
        "Range (-inf, inf) for alpha > 0. Where relu's gradient is 0, leaky's is alpha, so a",
        "unit pushed below 0 still learns.",
      ]
    case .sigmoid:
      [
        "sigmoid(z) = 1 / (1 + e^-z).",
        "sigmoid'(z) = a (1 - a) with a = sigmoid(z): at most 0.25, at z = 0.",
        "Range (0, 1). The small gradient is why the chapter's decay from 0.9 to 0.5 at",
        "lr 0.2 takes sigmoid 67 steps and relu 2.",
      ]
    case .tanh:
      [
        "tanh(z) = (e^z - e^-z) / (e^z + e^-z).",
        "tanh'(z) = 1 - tanh(z)^2: at most 1, at z = 0.",
        "Range (-1, 1); it saturates for large |z| as sigmoid does.",
      ]
    }
  }

  /// Commands to copy and try after `help F`.
  package var helpExamples: [String] {
    switch self {
    case .relu: ["plot relu relu'", "forward relu' -1 0 2", "compare relu sigmoid"]
    case .leaky: ["set alpha 0.1; plot leaky leaky'", "forward leaky -5 5"]
    case .sigmoid: ["plot sigmoid sigmoid'", "decay sigmoid from 0.9 to 0.5"]
    case .tanh: ["plot tanh tanh'", "forward tanh -2 0 2"]
    }
  }
}
