/// Gradient descent on a ``Network`` in a ``TrainingFormat`` (half, single
/// or double precision), with every buffer allocated once, so an epoch
/// allocates nothing.
///
/// The data and the parameters are rounded to the format once, at the
/// start; every later operation's result is rounded to it (`F.round`, which
/// single and double need not do). The loss of a pass over m points is
/// L = (1 / m) sum_p (y_hat_p - y_p)^2 and its gradient is exactly that of L:
/// dL/dy_hat_p = (2 / m) (y_hat_p - y_p), backpropagated through the output
/// unit and each hidden layer (delta_l = (W_{l+1}^T delta_{l+1}) * f'(z_l)).
/// Sums run over points (and over units) in their order, from the first.
/// Arrays of a layer are unit-major: element (unit j, point p) is at j * m + p,
/// so the inner loops run over points and vectorize.
///
/// An epoch either steps once on the gradient of every data point (full
/// batch), or steps once per mini-batch of points (``gradient(points:)`` then
/// ``stepNext(rate:)`` for each, between ``beginEpoch()`` and
/// ``finishEpoch()``).
///
/// PReLU (``ActivationKind/prelu``): each hidden unit's (or layer's) slope a
/// is a parameter too, f(z) = a z for z <= 0 (f'(0) = a, PyTorch's), and its
/// gradient is dL/da = sum over points (and, shared, units) of dL/df * z where
/// z <= 0. RReLU (``ActivationKind/rrelu``): a training step's forward pass
/// draws each slope below 0 from U(l, u) (l + (u - l) k / 2^53, k the top 53
/// bits of the network's next noise draw, rounded to the format), for each
/// unit and point with z <= 0 in order; every other pass (the loss reported,
/// the fit, the records) uses the mean (l + u) / 2.
struct NetworkTrainer<F: TrainingFormat> {
  typealias T = F.Value

  /// The network as given: its spec and data (its parameters are not read again).
  let network: Network
  /// The parameters trained, and a second set the next step is written into,
  /// so a step that diverges leaves the last finite state untouched.
  private(set) var current: NetworkParameters<T>
  private var next: NetworkParameters<T>
  private let rectifier: TrainingRectifier<T>?
  private let smooth: Activation
  /// Whether the slopes below 0 are learned parameters (PReLU).
  private let learnsSlopes: Bool
  /// RReLU's bounds l and u of the slopes drawn in training; nil otherwise.
  private let noiseBounds: ClosedRange<Double>?
  /// The generator RReLU's slopes are drawn from.
  private var noise: SplitMix64
  /// The data, rounded to `T`.
  private let xs: [T]
  private let ys: [T]
  /// A mini-batch's data, gathered.
  private var batchX: [T]
  private var batchY: [T]
  /// Points in the last forward pass: the data's, or a mini-batch's.
  private var m: Int
  /// Whether the last forward ran over the mini-batch buffers.
  private var overBatch = false
  /// Whether the buffers hold a forward of `current` over every data point.
  private var freshCurrent = false
  /// Whether `next` holds `current`'s values (no step since ``beginEpoch()``).
  private var nextEqualsCurrent = true
  private(set) var z: [[T]]
  private var a: [[T]]
  /// f'(z), per layer.
  private(set) var slope: [[T]]
  private var yHat: [T]
  private var delta: [T]
  private var deltaPrevious: [T]
  private(set) var gradientW: [[T]]
  private(set) var gradientB: [[T]]
  private(set) var gradientOut: [T]
  private(set) var gradientOutBias: T = 0
  /// dL/da of PReLU's slopes, shaped as ``NetworkParameters/slopes``.
  private(set) var gradientSlopes: [[T]]
  /// Looked at once per unit of a hidden layer (a row of width x points
  /// multiply-adds): when it asks, the pass ends early and ``stopped`` is set;
  /// what it computed is then to be thrown away.
  private let cancellation: Cancellation?
  /// Whether ``cancellation`` stopped a pass.
  private(set) var stopped = false

  // The entry points the other files call are prespecialized for the three
  // formats (@_specialize): a debug build compiles file by file and cannot
  // specialize this type for a caller in another file, so its arithmetic
  // went through protocol witnesses and the lessons' networks trained four
  // times slower in the tests. A release build specializes them anyway (see
  // also where the formats are declared, below).
  @_specialize(where F == NativeFormat<Double>)
  @_specialize(where F == NativeFormat<Float>)
  @_specialize(where F == HalfFormat)
  init(
    _ network: Network, activation f: Activation, atZero: GradientAtZero,
    cancellation: Cancellation? = nil
  ) {
    self.network = network
    self.cancellation = cancellation
    current = NetworkParameters(network, converting: F.value)
    next = current
    let spec = network.spec
    learnsSlopes = f.kind == .prelu && network.slopes.count == spec.depth
    noiseBounds = f.kind == .rrelu ? spec.randomSlopes : nil
    noise = network.noise
    if noiseBounds != nil {
      rectifier = TrainingRectifier(
        slope: spec.meanRandomSlope, atZero: .left, converting: F.value)
    } else {
      rectifier = TrainingRectifier(f, atZero: atZero, converting: F.value)
    }
    smooth = f
    xs = network.x.map(F.value)
    ys = network.y.map(F.value)
    batchX = xs
    batchY = ys
    m = spec.points
    let layer = [T](repeating: 0, count: spec.width * spec.points)
    z = Array(repeating: layer, count: spec.depth)
    a = z
    slope = z
    yHat = Array(repeating: 0, count: spec.points)
    delta = layer
    deltaPrevious = layer
    gradientW = current.weights.map { Array(repeating: 0, count: $0.count) }
    gradientB = current.biases.map { Array(repeating: 0, count: $0.count) }
    gradientOut = Array(repeating: 0, count: spec.width)
    gradientSlopes = current.slopes.map { Array(repeating: 0, count: $0.count) }
  }

  /// Whether to stop now: once asked, every later look says so too.
  private mutating func stopNow() -> Bool {
    if !stopped, cancellation.shouldStop() { stopped = true }
    return stopped
  }

  private var width: Int { network.spec.width }
  private var points: Int { network.spec.points }
  private var depth: Int { network.spec.depth }

  /// The network with the current parameters, in `Double`, exactly, and
  /// the noise generator where training left it.
  var trained: Network {
    var result = current.written(into: network)
    result.noise = noise
    return result
  }

  // MARK: - Forward

  /// Runs the data through `current` and returns its loss.
  /// - Complexity: O(points * (width + (depth - 1) * width^2)).
  @_specialize(where F == NativeFormat<Double>)
  @_specialize(where F == NativeFormat<Float>)
  @_specialize(where F == HalfFormat)
  mutating func forwardCurrent() -> Double {
    let loss = forward(useNext: false, overBatch: false)
    freshCurrent = !stopped
    return loss.double
  }

  /// Runs the data through `current` as a training step does: RReLU's
  /// slopes drawn afresh (for the other functions, as ``forwardCurrent()``).
  /// - Returns: The loss of that pass.
  @_specialize(where F == NativeFormat<Double>)
  @_specialize(where F == NativeFormat<Float>)
  @_specialize(where F == HalfFormat)
  mutating func trainingForward() -> Double {
    let loss = forward(useNext: false, overBatch: false, noisy: noiseBounds != nil)
    freshCurrent = !stopped && noiseBounds == nil
    return loss.double
  }

  /// Runs the data (or the mini-batch gathered) through `next` (or
  /// `current`), keeping the activations.
  ///
  /// Buffers are moved out of `self` while a loop writes them, so each stays
  /// uniquely referenced and is written in place.
  /// - Returns: The loss.
  private mutating func forward(useNext: Bool, overBatch batch: Bool, noisy: Bool = false) -> T {
    overBatch = batch
    freshCurrent = false
    m = batch ? batchX.count : points
    let m = m
    let n = width
    let parameters = useNext ? next : current
    let x = batch ? batchX : xs
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
              for i in 0..<m { row?[i] = F.round(F.round(weight * xs[i]) + bias) }
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
            for i in 0..<m {
              zs[row + i] = F.round(zs[row + i] + F.round(weight * previous[column + i]))
            }
          }
        }
      }
      z[l] = zs
      if stopped { return .nan }
      activate(l, slopes: parameters.slopes, noisy: noisy)
    }
    let wOut = parameters.outputWeights
    let top = a[depth - 1]
    let y = batch ? batchY : ys
    var out = yHat
    yHat = []
    top.withUnsafeBufferPointer { tops in
      out.withUnsafeMutableBufferPointer { sums in
        for i in 0..<m { sums[i] = parameters.outputBias }
        for k in 0..<n {
          let weight = wOut[k]
          let row = k * m
          for i in 0..<m { sums[i] = F.round(sums[i] + F.round(weight * tops[row + i])) }
        }
      }
    }
    var loss: T = 0
    for i in 0..<m {
      let error = F.round(out[i] - y[i])
      loss = F.round(loss + F.round(error * error))
    }
    yHat = out
    return F.round(loss / F.value(Double(m)))
  }

  /// a = f(z) and f'(z) for layer `l`, over the last pass's points; PReLU's
  /// slopes from `learned`, RReLU's drawn when `noisy`.
  private mutating func activate(_ l: Int, slopes learned: [[T]], noisy: Bool) {
    let count = width * m
    let zs = z[l]
    var values = a[l]
    var slopes = slope[l]
    a[l] = []
    slope[l] = []
    if learnsSlopes {
      let layer = learned[l]
      for j in 0..<width {
        let alpha = layer[layer.count == 1 ? 0 : j]
        let unit = TrainingRectifier<T>(slope: alpha.double, atZero: .left, converting: F.value)
        Self.rectify(
          zs, from: j * m, count: m, with: unit, values: &values, slopes: &slopes)
        if F.rounds, alpha != 0 {
          for i in (j * m)..<(j * m + m) { values[i] = F.round(values[i]) }
        }
      }
    } else if noisy, let bounds = noiseBounds {
      let lower = bounds.lowerBound
      let spread = bounds.upperBound - bounds.lowerBound
      for i in 0..<count {
        let zi = zs[i]
        guard zi <= 0 else {
          values[i] = zi
          slopes[i] = zi > 0 ? 1 : zi  // NaN stays NaN
          continue
        }
        let r = F.value(lower + spread * noise.nextUnit())
        values[i] = F.round(r * zi) + 0
        slopes[i] = r
      }
    } else if let rectifier {
      Self.rectify(zs, count: count, with: rectifier, values: &values, slopes: &slopes)
      // leaky's alpha * z, rounded (relu's values and every slope are
      // values of the format already).
      if F.rounds, rectifier.slope != 0 {
        for i in 0..<count { values[i] = F.round(values[i]) }
      }
    } else {
      // f(z) in Double, rounded once to the format; f'(z) by the formula's
      // training form, from z and that value, each operation rounded.
      let formula = smooth.entry.formula
      let parameter = F.value(smooth.parameter)
      let p = smooth.parameter
      for i in 0..<count {
        let value = F.value(formula.value(zs[i].double, p))
        values[i] = value
        slopes[i] = formula.trainingDerivative(
          zs[i], value: value, parameter, round: F.round, converting: F.value)
      }
    }
    a[l] = values
    slope[l] = slopes
  }

  /// f(z) and f'(z) of a rectifier for the first `count` z, into `values`
  /// and `slopes` (at least as long): the type's kernel
  /// (``TrainingScalar/rectify(_:count:with:values:slopes:)``), the same
  /// arithmetic as ``TrainingRectifier/value(_:)`` and
  /// ``TrainingRectifier/derivative(_:)``, which a test compares it with.
  /// - Complexity: O(count).
  static func rectify(
    _ z: [T], from start: Int = 0, count: Int, with rectifier: TrainingRectifier<T>,
    values: inout [T], slopes: inout [T]
  ) {
    let start = max(0, start)
    let count = min(count, z.count - start, values.count - start, slopes.count - start)
    guard count > 0 else { return }
    z.withUnsafeBufferPointer { z in
      values.withUnsafeMutableBufferPointer { value in
        slopes.withUnsafeMutableBufferPointer { slope in
          guard let zs = z.baseAddress, let ys = value.baseAddress, let ds = slope.baseAddress
          else { return }
          T.rectify(
            zs + start, count: count, with: rectifier, values: ys + start, slopes: ds + start)
        }
      }
    }
  }

  // MARK: - Backward and step

  /// The gradient of the loss of the last pass, at the parameters it ran
  /// (`next`, or `current`: the two are equal when it is called so).
  @_specialize(where F == NativeFormat<Double>)
  @_specialize(where F == NativeFormat<Float>)
  @_specialize(where F == HalfFormat)
  mutating func backward() {
    backward(useNext: false)
  }

  private mutating func backward(useNext: Bool) {
    let m = m
    let n = width
    let scale = F.round(F.value(2) / F.value(Double(m)))
    let parameters = useNext ? next : current
    let y = overBatch ? batchY : ys
    let x = overBatch ? batchX : xs
    let top = a[depth - 1]
    let topSlope = slope[depth - 1]
    let wOut = parameters.outputWeights
    var out = yHat
    var d = delta
    var back = deltaPrevious
    var gOut = gradientOut
    yHat = []
    delta = []
    deltaPrevious = []
    gradientOut = []
    var gOutBias: T = 0
    for i in 0..<m {
      out[i] = F.round(scale * F.round(out[i] - y[i]))  // dL/dy_hat
      gOutBias = F.round(gOutBias + out[i])
    }
    out.withUnsafeBufferPointer { dy in
      top.withUnsafeBufferPointer { tops in
        topSlope.withUnsafeBufferPointer { slopes in
          d.withUnsafeMutableBufferPointer { deltas in
            for k in 0..<n {
              var sum: T = 0
              let weight = wOut[k]
              let row = k * m
              for i in 0..<m {
                sum = F.round(sum + F.round(dy[i] * tops[row + i]))
                deltas[row + i] = F.round(F.round(dy[i] * weight) * slopes[row + i])
              }
              gOut[k] = sum
            }
          }
        }
      }
    }
    if learnsSlopes {
      let zTop = z[depth - 1]
      slopeGradient(depth - 1, z: zTop) { F.round(out[$0 % m] * wOut[$0 / m]) }
    }
    for l in stride(from: depth - 1, through: 0, by: -1) {
      var gB = gradientB[l]
      var gW = gradientW[l]
      gradientB[l] = []
      gradientW[l] = []
      if l == 0 {
        // The bias's and the weight's gradients in one pass over the deltas.
        x.withUnsafeBufferPointer { xs in
          d.withUnsafeBufferPointer { deltas in
            for j in 0..<n {
              var sum: T = 0
              var weighted: T = 0
              let row = j * m
              for i in 0..<m {
                sum = F.round(sum + deltas[row + i])
                weighted = F.round(weighted + F.round(deltas[row + i] * xs[i]))
              }
              gB[j] = sum
              gW[j] = weighted
            }
          }
        }
      } else {
        for j in 0..<n {
          var sum: T = 0
          for i in 0..<m { sum = F.round(sum + d[j * m + i]) }
          gB[j] = sum
        }
        let previous = a[l - 1]
        let previousSlope = slope[l - 1]
        let w = parameters.weights[l]
        for j in 0..<n {
          if stopNow() { break }
          for k in 0..<n {
            var sum: T = 0
            for i in 0..<m { sum = F.round(sum + F.round(d[j * m + i] * previous[k * m + i])) }
            gW[j * n + k] = sum
          }
        }
        for i in 0..<(n * m) { back[i] = 0 }
        for j in 0..<n {
          if stopNow() { break }
          for k in 0..<n {
            let weight = w[j * n + k]
            for i in 0..<m {
              back[k * m + i] = F.round(back[k * m + i] + F.round(weight * d[j * m + i]))
            }
          }
        }
        if learnsSlopes {
          let below = back
          slopeGradient(l - 1, z: z[l - 1]) { below[$0] }
        }
        for i in 0..<(n * m) { back[i] = F.round(back[i] * previousSlope[i]) }
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

  /// dL/da of layer `l`'s PReLU slopes into ``gradientSlopes``: over its
  /// units and points in order, the sum of dL/df (`upstream` of the
  /// element's index j m + i) times z where z <= 0; one sum per unit, or one
  /// for the layer when it shares a slope.
  private mutating func slopeGradient(_ l: Int, z zs: [T], upstream: (Int) -> T) {
    let m = m
    var g = gradientSlopes[l]
    gradientSlopes[l] = []
    let shared = g.count == 1
    var sum: T = 0
    for j in 0..<width {
      if !shared { sum = 0 }
      for i in 0..<m {
        let zi = zs[j * m + i]
        if zi <= 0 { sum = F.round(sum + F.round(upstream(j * m + i) * zi)) }
      }
      if !shared { g[j] = sum }
    }
    if shared { g[0] = sum }
    gradientSlopes[l] = g
  }

  /// One full-batch epoch: the gradient at `current` (from the last forward
  /// of `current`), a step of `rate`, the loss there.
  ///
  /// A finite loss makes the stepped parameters current; a non-finite one
  /// leaves `current` as it was (and its activations restored).
  /// - Returns: The new loss, which may be non-finite.
  @_specialize(where F == NativeFormat<Double>)
  @_specialize(where F == NativeFormat<Float>)
  @_specialize(where F == HalfFormat)
  mutating func epoch(rate: Double) -> Double {
    if noiseBounds != nil {
      _ = trainingForward()
      if stopped { return .nan }
    }
    backward(useNext: false)
    if stopped { return .nan }
    step(rate: rate, fromCurrent: true)
    return finishEpoch()
  }

  /// Starts an epoch of steps from `current`: `next` takes its values (in
  /// place).
  @_specialize(where F == NativeFormat<Double>)
  @_specialize(where F == NativeFormat<Float>)
  @_specialize(where F == HalfFormat)
  mutating func beginEpoch() {
    next.assign(current)
    nextEqualsCurrent = true
  }

  /// The gradient at `next` of the loss over `points` (indices into the
  /// data), or over every point when nil.
  ///
  /// Over every point right after ``beginEpoch()``, a forward pass of
  /// `current` still in the buffers is used again (it ran at those
  /// parameters).
  @_specialize(where F == NativeFormat<Double>)
  @_specialize(where F == NativeFormat<Float>)
  @_specialize(where F == HalfFormat)
  mutating func gradient(points indices: ArraySlice<Int>?) {
    if let indices {
      batchX.removeAll(keepingCapacity: true)
      batchY.removeAll(keepingCapacity: true)
      for p in indices {
        batchX.append(xs[p])
        batchY.append(ys[p])
      }
      _ = forward(useNext: true, overBatch: true, noisy: noiseBounds != nil)
    } else if noiseBounds != nil || !(freshCurrent && nextEqualsCurrent) {
      _ = forward(useNext: true, overBatch: false, noisy: noiseBounds != nil)
    }
    if stopped { return }
    backward(useNext: true)
  }

  /// `next` moves by -rate times the last gradient, in the format: p - eta g.
  @_specialize(where F == NativeFormat<Double>)
  @_specialize(where F == NativeFormat<Float>)
  @_specialize(where F == HalfFormat)
  mutating func stepNext(rate: Double) {
    step(rate: rate, fromCurrent: false)
  }

  /// next = base - eta * gradient (eta: `rate` in the format), base `current` or `next`, written
  /// into `next`'s own storage.
  private mutating func step(rate: Double, fromCurrent: Bool) {
    let eta = F.value(rate)
    var stepped = next
    next = current  // releases `next`'s storage, so `stepped` is written in place
    if fromCurrent { stepped.assign(current) }
    for l in 0..<depth {
      for i in 0..<stepped.weights[l].count {
        stepped.weights[l][i] = F.round(stepped.weights[l][i] - F.round(eta * gradientW[l][i]))
      }
      for j in 0..<width {
        stepped.biases[l][j] = F.round(stepped.biases[l][j] - F.round(eta * gradientB[l][j]))
      }
    }
    for k in 0..<width {
      stepped.outputWeights[k] = F.round(stepped.outputWeights[k] - F.round(eta * gradientOut[k]))
    }
    stepped.outputBias = F.round(stepped.outputBias - F.round(eta * gradientOutBias))
    for l in stepped.slopes.indices {
      for j in stepped.slopes[l].indices {
        stepped.slopes[l][j] = F.round(
          stepped.slopes[l][j] - F.round(eta * gradientSlopes[l][j]))
      }
    }
    next = stepped
    nextEqualsCurrent = false
  }

  /// Ends an epoch: the loss of `next` over every data point; finite, `next`
  /// becomes current, else `current` stays (its activations restored).
  /// - Returns: That loss, which may be non-finite.
  @_specialize(where F == NativeFormat<Double>)
  @_specialize(where F == NativeFormat<Float>)
  @_specialize(where F == HalfFormat)
  mutating func finishEpoch() -> Double {
    let loss = forward(useNext: true, overBatch: false)
    if stopped { return .nan }
    if loss.isFinite {
      swap(&current, &next)
    } else {
      _ = forward(useNext: false, overBatch: false)
    }
    freshCurrent = !stopped
    return loss.double
  }

  // MARK: - Looking

  /// Whether this trainer's last gradient equals `other`'s bit for bit, in
  /// every parameter.
  @_specialize(where F == NativeFormat<Double>)
  @_specialize(where F == NativeFormat<Float>)
  @_specialize(where F == HalfFormat)
  func hasSameGradient(as other: Self) -> Bool {
    func same(_ p: [T], _ q: [T]) -> Bool {
      p.withUnsafeBytes { a in q.withUnsafeBytes { b in a.elementsEqual(b) } }
    }
    let biasSame = withUnsafeBytes(of: gradientOutBias) { a in
      withUnsafeBytes(of: other.gradientOutBias) { b in a.elementsEqual(b) }
    }
    guard biasSame, same(gradientOut, other.gradientOut) else { return false }
    for l in gradientSlopes.indices where !same(gradientSlopes[l], other.gradientSlopes[l]) {
      return false
    }
    for l in 0..<depth {
      guard same(gradientW[l], other.gradientW[l]), same(gradientB[l], other.gradientB[l])
      else { return false }
    }
    return true
  }

  /// How many pre-activations z of the last pass are exactly 0 (or -0.0),
  /// over every hidden layer, unit and point.
  var zerosInLastPass: Int {
    let count = width * m
    var zeros = 0
    for l in 0..<depth {
      z[l].withUnsafeBufferPointer { zs in
        for i in 0..<count where zs[i] == 0 { zeros &+= 1 }
      }
    }
    return zeros
  }

  /// y_hat at each data point, from the last forward over every point.
  var outputs: [Double] { yHat[0..<m].map(\.double) }

  /// Whether each unit of the first hidden layer is dead (f'(z) = 0 at every
  /// data point), from the last forward.
  var deadFirstLayerUnits: [Bool] {
    let m = m
    return (0..<width).map { j in (0..<m).allSatisfy { slope[0][j * m + $0] == 0 } }
  }

  /// The epoch's record from the last forward: dead, inactive and active units.
  @_specialize(where F == NativeFormat<Double>)
  @_specialize(where F == NativeFormat<Float>)
  @_specialize(where F == HalfFormat)
  func record(epoch: Int, loss: Double, status: TrainingStatus) -> EpochRecord {
    let m = m
    var dead: [Int] = []
    var inactive: [Int] = []
    var active = 0
    for l in 0..<depth {
      var deadHere = 0
      var inactiveHere = 0
      z[l].withUnsafeBufferPointer { zs in
        slope[l].withUnsafeBufferPointer { slopes in
          for j in 0..<width {
            guard let s = slopes.baseAddress, let z = zs.baseAddress else { return }
            let unit = T.tally(slopes: s + j * m, z: z + j * m, count: m)
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
      activeFraction: Double(active) / pairs, status: status,
      slopes: SlopeSummary(current.slopes.map { $0.map(\.double) }))
  }
}

// MARK: - Formats

// The formats live in the trainer's file, not one of their own: a debug build
// compiles file by file, and only here can it inline `F.round` into the
// trainer's loops. From another file every rounding was a call through the
// protocol's witness, and the lessons' networks trained seven times slower
// in the tests.

/// The floating-point format a trainer computes in, and the ``TrainingScalar``
/// that holds its values.
///
/// single and double are held in `Float` and `Double` and need nothing more.
/// half is held in `Float` with every result rounded to binary16 by
/// ``round(_:)``: the product, sum, difference or quotient of two binary16
/// values computed in binary32 and then rounded to binary16 is exactly the
/// binary16 result (24 >= 2 * 11 + 2 bits, so the double rounding is
/// innocuous), which is also how Swift's `Float16` arithmetic runs on a CPU
/// without half-precision instructions, there through a library call per
/// conversion. Rounding in registers is several times faster, and a test
/// compares it with `Float16`, bit for bit.
protocol TrainingFormat {
  associatedtype Value: TrainingScalar
  /// Whether ``round(_:)`` does anything.
  static var rounds: Bool { get }
  /// `x`, the exact result of one operation on values of the format,
  /// rounded to the format.
  static func round(_ x: Value) -> Value
  /// `x` rounded to the format, once, correctly.
  static func value(_ x: Double) -> Value
}

/// Single or double precision: the type's own arithmetic.
enum NativeFormat<Value: TrainingScalar>: TrainingFormat {
  static var rounds: Bool { false }

  @inline(__always)
  static func round(_ x: Value) -> Value { x }

  @inline(__always)
  static func value(_ x: Double) -> Value { Value(x) }
}

/// Half precision, IEEE binary16, held in `Float`.
enum HalfFormat: TrainingFormat {
  static var rounds: Bool { true }

  /// `x` rounded to binary16 (to nearest, ties to even), as a `Float`.
  ///
  /// For |x| below 65520: s = 1.5 * 2^(e + 13), e the exponent of |x| but at
  /// least -14 (binary16's least normal exponent); |x| + s lies in
  /// [2^(e+13), 2^(e+14)), whose spacing of `Float`s is 2^(e-10), binary16's
  /// at |x| (subnormals included), and s is an even multiple of it, so the
  /// sum rounds |x| to binary16 with ties to even, and subtracting s is
  /// exact. The sign is put back (a value rounded to 0 keeps it). From
  /// 65520 on it is infinite; NaN stays NaN.
  @inline(__always)
  static func round(_ x: Float) -> Float {
    let magnitude = x.magnitude
    guard magnitude < 65520 else {
      return magnitude.isNaN ? x : Float(sign: x.sign, exponent: 0, significand: .infinity)
    }
    let exponent = max(magnitude.bitPattern >> 23, 127 - 14) + 13
    let shifter = Float(bitPattern: exponent << 23 | 0x0040_0000)
    let rounded = (magnitude + shifter) - shifter
    return Float(bitPattern: rounded.bitPattern | x.bitPattern & 0x8000_0000)
  }

  static func value(_ x: Double) -> Float { Float(Float16(x)) }
}
