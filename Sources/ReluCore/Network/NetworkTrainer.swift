/// Full-batch gradient descent on a ``Network``, with every buffer allocated
/// once, so an epoch allocates nothing.
///
/// The loss is L = (1 / M) sum_p (y_hat_p - y_p)^2 and its gradient is exactly
/// that of L: dL/dy_hat_p = 2 (y_hat_p - y_p) / M, backpropagated through the
/// output unit and each hidden layer (delta_l = (W_{l+1}^T delta_{l+1}) * f'(z_l)).
/// Arrays of a layer are unit-major: element (unit j, point p) is at j * M + p,
/// so the inner loops run over points and vectorize.
struct NetworkTrainer {
  /// The parameters trained, and a second set the next step is written into,
  /// so a step that diverges leaves the last finite state untouched.
  private(set) var current: Network
  private var next: Network
  private let rectifier: Rectifier?
  private let smooth: Activation
  private var z: [[Double]]
  private var a: [[Double]]
  /// f'(z), per layer.
  private var slope: [[Double]]
  private var yHat: [Double]
  private var delta: [Double]
  private var deltaPrevious: [Double]
  private(set) var gradientW: [[Double]]
  private(set) var gradientB: [[Double]]
  private(set) var gradientOut: [Double]
  private(set) var gradientOutBias = 0.0
  /// Looked at once per unit of a hidden layer (a row of width x points
  /// multiply-adds): when it asks, the pass ends early and ``stopped`` is set;
  /// what it computed is then to be thrown away.
  private let cancellation: Cancellation?
  /// Whether ``cancellation`` stopped a pass.
  private(set) var stopped = false

  init(
    _ network: Network, activation f: Activation, atZero: GradientAtZero,
    cancellation: Cancellation? = nil
  ) {
    self.cancellation = cancellation
    current = network
    next = network
    switch f {
    case .relu: rectifier = Rectifier(slope: 0, atZero: atZero.relu)
    case .leaky(let alpha): rectifier = Rectifier(slope: alpha, atZero: atZero.leaky)
    case .sigmoid, .tanh: rectifier = nil
    }
    smooth = f
    let spec = network.spec
    let size = spec.width * spec.points
    let layer = [Double](repeating: 0, count: size)
    z = Array(repeating: layer, count: spec.depth)
    a = z
    slope = z
    yHat = Array(repeating: 0, count: spec.points)
    delta = layer
    deltaPrevious = layer
    gradientW = network.weights.map { Array(repeating: 0, count: $0.count) }
    gradientB = network.biases.map { Array(repeating: 0, count: $0.count) }
    gradientOut = Array(repeating: 0, count: spec.width)
  }

  /// Whether to stop now: once asked, every later look says so too.
  private mutating func stopNow() -> Bool {
    if !stopped, cancellation.shouldStop() { stopped = true }
    return stopped
  }

  private var width: Int { current.spec.width }
  private var points: Int { current.spec.points }
  private var depth: Int { current.spec.depth }

  // MARK: - Forward

  /// Runs the data through `current` and returns its loss.
  /// - Complexity: O(points * (width + (depth - 1) * width^2)).
  mutating func forwardCurrent() -> Double {
    forward(useNext: false)
  }

  /// Runs the data through `next` (or `current`), keeping the activations.
  ///
  /// Buffers are moved out of `self` while a loop writes them, so each stays
  /// uniquely referenced and is written in place.
  /// - Returns: The loss.
  private mutating func forward(useNext: Bool) -> Double {
    let m = points
    let n = width
    let parameters = useNext ? next : current
    let x = current.x
    for l in 0..<depth {
      let w = parameters.weights[l]
      let b = parameters.biases[l]
      var zs = z[l]
      z[l] = []
      if l == 0 {
        x.withUnsafeBufferPointer { xs in
          zs.withUnsafeMutableBufferPointer { out in
            for j in 0..<n {
              let weight = w[j]
              let bias = b[j]
              let row = out.baseAddress.map { $0 + j * m }
              for i in 0..<m { row?[i] = weight * xs[i] + bias }
            }
          }
        }
      } else {
        let previous = a[l - 1]
        for j in 0..<n {
          if stopNow() { break }
          let row = j * m
          for i in 0..<m { zs[row + i] = b[j] }
          for k in 0..<n {
            let weight = w[j * n + k]
            let column = k * m
            for i in 0..<m { zs[row + i] += weight * previous[column + i] }
          }
        }
      }
      z[l] = zs
      if stopped { return .nan }
      activate(l)
    }
    let wOut = parameters.outputWeights
    let top = a[depth - 1]
    let y = current.y
    var out = yHat
    yHat = []
    top.withUnsafeBufferPointer { tops in
      out.withUnsafeMutableBufferPointer { sums in
        for i in 0..<m { sums[i] = parameters.outputBias }
        for k in 0..<n {
          let weight = wOut[k]
          let row = k * m
          for i in 0..<m { sums[i] += weight * tops[row + i] }
        }
      }
    }
    var loss = 0.0
    for i in 0..<m {
      let error = out[i] - y[i]
      loss += error * error
    }
    yHat = out
    return loss / Double(m)
  }

  /// a = f(z) and f'(z) for layer `l`.
  private mutating func activate(_ l: Int) {
    let zs = z[l]
    var values = a[l]
    var slopes = slope[l]
    a[l] = []
    slope[l] = []
    if let rectifier {
      Self.rectify(zs, with: rectifier, values: &values, slopes: &slopes)
    } else if smooth == .sigmoid {
      for i in 0..<zs.count {
        let s = Activation.sigmoidValue(zs[i])
        values[i] = s
        slopes[i] = s * (1 - s)
      }
    } else {
      for i in 0..<zs.count {
        let t = LibM.tanh(zs[i])
        values[i] = t
        slopes[i] = 1 - t * t
      }
    }
    a[l] = values
    slope[l] = slopes
  }

  /// f(z) and f'(z) of a rectifier for every z, into `values` and `slopes`
  /// (as long as `z`).
  ///
  /// Eight elements at a time as SIMD lanes, then the rest one by one: the
  /// same arithmetic as ``Rectifier/value(_:)`` and
  /// ``Rectifier/derivative(_:)``, which a test compares it with.
  /// - Complexity: O(z.count).
  static func rectify(
    _ z: [Double], with rectifier: Rectifier, values: inout [Double], slopes: inout [Double]
  ) {
    let below = rectifier.slope
    z.withUnsafeBufferPointer { z in
      values.withUnsafeMutableBufferPointer { value in
        slopes.withUnsafeMutableBufferPointer { slope in
          guard let zs = z.baseAddress, let ys = value.baseAddress, let ds = slope.baseAddress
          else { return }
          let whole = z.count - z.count % 8
          var i = 0
          while i < whole {
            let x = UnsafeRawPointer(zs + i).loadUnaligned(as: SIMD8<Double>.self)
            let y = below == 0 ? Rectifier.relu(x) : Rectifier.leaky(x, slope: below)
            UnsafeMutableRawPointer(ys + i).storeBytes(of: y, as: SIMD8<Double>.self)
            UnsafeMutableRawPointer(ds + i).storeBytes(
              of: rectifier.derivative(x), as: SIMD8<Double>.self)
            i += 8
          }
          while i < z.count {
            value[i] = rectifier.value(z[i])
            slope[i] = rectifier.derivative(z[i])
            i += 1
          }
        }
      }
    }
  }

  // MARK: - Backward and step

  /// The gradient of the loss at `current`, from the last forward of `current`.
  mutating func backward() {
    let m = points
    let n = width
    let scale = 2 / Double(m)
    let y = current.y
    let top = a[depth - 1]
    let topSlope = slope[depth - 1]
    let wOut = current.outputWeights
    var out = yHat
    var d = delta
    var back = deltaPrevious
    var gOut = gradientOut
    yHat = []
    delta = []
    deltaPrevious = []
    gradientOut = []
    var gOutBias = 0.0
    for i in 0..<m {
      out[i] = scale * (out[i] - y[i])  // dL/dy_hat
      gOutBias += out[i]
    }
    out.withUnsafeBufferPointer { dy in
      top.withUnsafeBufferPointer { tops in
        topSlope.withUnsafeBufferPointer { slopes in
          d.withUnsafeMutableBufferPointer { deltas in
            for k in 0..<n {
              var sum = 0.0
              let weight = wOut[k]
              let row = k * m
              for i in 0..<m {
                sum += dy[i] * tops[row + i]
                deltas[row + i] = dy[i] * weight * slopes[row + i]
              }
              gOut[k] = sum
            }
          }
        }
      }
    }
    for l in stride(from: depth - 1, through: 0, by: -1) {
      var gB = gradientB[l]
      var gW = gradientW[l]
      gradientB[l] = []
      gradientW[l] = []
      if l == 0 {
        // The bias's and the weight's gradients in one pass over the deltas.
        current.x.withUnsafeBufferPointer { xs in
          d.withUnsafeBufferPointer { deltas in
            for j in 0..<n {
              var sum = 0.0
              var weighted = 0.0
              let row = j * m
              for i in 0..<m {
                sum += deltas[row + i]
                weighted += deltas[row + i] * xs[i]
              }
              gB[j] = sum
              gW[j] = weighted
            }
          }
        }
      } else {
        for j in 0..<n {
          var sum = 0.0
          for i in 0..<m { sum += d[j * m + i] }
          gB[j] = sum
        }
        let previous = a[l - 1]
        let previousSlope = slope[l - 1]
        let w = current.weights[l]
        for j in 0..<n {
          if stopNow() { break }
          for k in 0..<n {
            var sum = 0.0
            for i in 0..<m { sum += d[j * m + i] * previous[k * m + i] }
            gW[j * n + k] = sum
          }
        }
        for i in 0..<(n * m) { back[i] = 0 }
        for j in 0..<n {
          if stopNow() { break }
          for k in 0..<n {
            let weight = w[j * n + k]
            for i in 0..<m { back[k * m + i] += weight * d[j * m + i] }
          }
        }
        for i in 0..<(n * m) { back[i] *= previousSlope[i] }
        swap(&d, &back)
      }
      gradientB[l] = gB
      gradientW[l] = gW
    }
    yHat = out
    delta = d
    deltaPrevious = back
    gradientOut = gOut
    gradientOutBias = gOutBias
  }

  /// One epoch: the gradient at `current`, a step of `rate`, the loss there.
  ///
  /// A finite loss makes the stepped parameters current; a non-finite one
  /// leaves `current` as it was (and its activations restored).
  /// - Returns: The new loss, which may be non-finite.
  mutating func epoch(rate: Double) -> Double {
    backward()
    if stopped { return .nan }
    var stepped = next
    next = current  // shares storage for the moment; `stepped` is written below
    for l in 0..<depth {
      for i in 0..<stepped.weights[l].count {
        stepped.weights[l][i] = current.weights[l][i] - rate * gradientW[l][i]
      }
      for j in 0..<width {
        stepped.biases[l][j] = current.biases[l][j] - rate * gradientB[l][j]
      }
    }
    for k in 0..<width {
      stepped.outputWeights[k] = current.outputWeights[k] - rate * gradientOut[k]
    }
    stepped.outputBias = current.outputBias - rate * gradientOutBias
    next = stepped
    let loss = forward(useNext: true)
    if loss.isFinite {
      swap(&current, &next)
    } else {
      _ = forward(useNext: false)
    }
    return loss
  }

  // MARK: - Counting

  /// y_hat at each data point, from the last forward.
  var outputs: [Double] { yHat }

  /// Whether each unit of the first hidden layer is dead (f'(z) = 0 at every
  /// data point), from the last forward.
  var deadFirstLayerUnits: [Bool] {
    let m = points
    return (0..<width).map { j in (0..<m).allSatisfy { slope[0][j * m + $0] == 0 } }
  }

  /// The epoch's record from the last forward: dead, inactive and active units.
  func record(epoch: Int, loss: Double, status: TrainingStatus) -> EpochRecord {
    let m = points
    var dead: [Int] = []
    var inactive: [Int] = []
    var active = 0
    for l in 0..<depth {
      var deadHere = 0
      var inactiveHere = 0
      z[l].withUnsafeBufferPointer { zs in
        slope[l].withUnsafeBufferPointer { slopes in
          for j in 0..<width {
            let unit = UnitTally(
              slopes: UnsafeBufferPointer(rebasing: slopes[(j * m)..<(j * m + m)]),
              z: UnsafeBufferPointer(rebasing: zs[(j * m)..<(j * m + m)]))
            active &+= unit.positive
            deadHere &+= unit.sloped == 0 ? 1 : 0
            inactiveHere &+= unit.positive == 0 && unit.unordered == 0 ? 1 : 0
          }
        }
      }
      dead.append(deadHere)
      inactive.append(inactiveHere)
    }
    let pairs = Double(depth * width * m)
    return EpochRecord(
      epoch: epoch, loss: loss, dead: dead, inactive: inactive,
      activeFraction: Double(active) / pairs, status: status)
  }
}
