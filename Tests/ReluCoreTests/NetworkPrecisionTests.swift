import Testing

@testable import ReluCore

/// A network trained by plain loops over points, in `T`: the reference the
/// trainer's buffered loops must match bit for bit, at every precision.
///
/// Every sum runs in the order the trainer's documentation states (over
/// points, and over units, from the first), so the two round alike. PReLU's
/// slopes are parameters here too; RReLU's training slopes are drawn, layer
/// by layer, unit by unit and point by point where z <= 0, from U(l, u) as
/// l + (u - l) k / 2^53 (k the top 53 bits of a draw of the network's noise
/// generator).
private struct ScalarNetwork<T: BinaryFloatingPoint> {
  var w: [[T]]
  var b: [[T]]
  var wOut: [T]
  var bOut: T
  /// PReLU's slopes per layer (one per unit, or one); empty otherwise.
  var slopes: [[T]]
  var noise: SplitMix64
  let bounds: ClosedRange<Double>
  let x: [T]
  let y: [T]
  let width: Int
  let depth: Int
  let f: Activation

  init(_ network: Network, activation f: Activation) {
    w = network.weights.map { $0.map { T($0) } }
    b = network.biases.map { $0.map { T($0) } }
    wOut = network.outputWeights.map { T($0) }
    bOut = T(network.outputBias)
    slopes = network.slopes.map { $0.map { T($0) } }
    noise = SplitMix64(seed: network.spec.seed ^ 0xD1B5_4A32_D192_ED03)
    bounds = network.spec.randomSlopes
    x = network.x.map { T($0) }
    y = network.y.map { T($0) }
    width = network.spec.width
    depth = network.spec.depth
    self.f = f
  }

  /// f(z) and f'(z) with f'(0) the left slope (relu'(0) = 0, leaky'(0) =
  /// alpha), for unit `j` of layer `l`; RReLU's slope drawn when `noisy`.
  mutating func activate(_ z: T, layer l: Int, unit j: Int, noisy: Bool) -> (T, T) {
    let p = f.parameter
    switch f.kind {
    case .relu:
      if z.isNaN { return (z, z) }
      return z > 0 ? (z, 1) : (0, 0)
    case .leaky:
      if z.isNaN { return (z, z) }
      return z > 0 ? (z, 1) : (T(p) * z + 0, T(p))
    case .prelu:
      if z.isNaN { return (z, z) }
      let a = slopes[l][slopes[l].count == 1 ? 0 : j]
      return z > 0 ? (z, 1) : (a * z + 0, a)
    case .rrelu:
      if z.isNaN { return (z, z) }
      if z > 0 { return (z, 1) }
      let lower = bounds.lowerBound
      let upper = bounds.upperBound
      let r =
        noisy
        ? T(lower + (upper - lower) * (Double(noise.next() >> 11) * 0x1p-53))
        : T((lower + upper) / 2)
      return (r * z + 0, r)
    case .sigmoid:
      let s = T(Self.logistic(Double(z)))
      return (s, s * (1 - s))
    case .tanh:
      let t = T(LibM.tanh(Double(z)))
      return (t, 1 - t * t)
    case .elu:
      if z > 0 { return (z, 1) }
      let a = T(p * LibM.expm1(Double(z)) + 0)
      return (a, a + T(p))
    case .softplus:
      let x = Double(z)
      let value = max(x, 0) + LibM.log1p(LibM.exp(-p * abs(x))) / p
      return (T(value), T(Self.logistic(p * x)))
    }
  }

  /// The logistic function 1 / (1 + e^-x), in the form that does not overflow.
  static func logistic(_ x: Double) -> Double {
    x >= 0 ? 1 / (1 + LibM.exp(-x)) : LibM.exp(x) / (1 + LibM.exp(x))
  }

  /// Per point: each layer's z, a and f'(z), and y_hat; computed layer by
  /// layer, unit by unit, point by point (the order RReLU's slopes are drawn).
  mutating func forward(noisy: Bool) -> [(z: [[T]], a: [[T]], slope: [[T]], yHat: T)] {
    let m = x.count
    let empty = Array(repeating: [T](repeating: 0, count: width), count: depth)
    var zs = Array(repeating: empty, count: m)
    var a = zs
    var slope = zs
    for l in 0..<depth {
      for j in 0..<width {
        for p in 0..<m {
          var z: T
          if l == 0 {
            z = w[0][j] * x[p] + b[0][j]
          } else {
            z = b[l][j]
            for k in 0..<width { z += w[l][j * width + k] * a[p][l - 1][k] }
          }
          let (value, d) = activate(z, layer: l, unit: j, noisy: noisy)
          zs[p][l][j] = z
          a[p][l][j] = value
          slope[p][l][j] = d
        }
      }
    }
    return (0..<m).map { p in
      var yHat = bOut
      for k in 0..<width { yHat += wOut[k] * a[p][depth - 1][k] }
      return (zs[p], a[p], slope[p], yHat)
    }
  }

  mutating func loss() -> T {
    var sum: T = 0
    let passes = forward(noisy: false)
    for p in x.indices {
      let error = passes[p].yHat - y[p]
      sum += error * error
    }
    return sum / T(Double(x.count))
  }

  /// dL/da of layer `l`'s slopes: sum of `upstream[j][i]` times z where z <= 0.
  func slopeGradient(
    _ l: Int, upstream: [[T]], passes: [(z: [[T]], a: [[T]], slope: [[T]], yHat: T)]
  ) -> [T] {
    let shared = slopes[l].count == 1
    var g = [T](repeating: 0, count: slopes[l].count)
    var sum: T = 0
    for j in 0..<width {
      if !shared { sum = 0 }
      for i in 0..<x.count {
        let z = passes[i].z[l][j]
        if z <= 0 { sum += upstream[j][i] * z }
      }
      if !shared { g[j] = sum }
    }
    if shared { g[0] = sum }
    return g
  }

  /// One full-batch step of `rate`; returns the loss after it.
  mutating func step(rate: Double) -> T {
    let m = x.count
    let scale = T(2) / T(Double(m))
    let passes = forward(noisy: f.kind == .rrelu)
    let dy = x.indices.map { scale * (passes[$0].yHat - y[$0]) }
    var gOutBias: T = 0
    for i in 0..<m { gOutBias += dy[i] }
    var gOut = [T](repeating: 0, count: width)
    // delta[j][i] of the layer being backpropagated.
    var delta = Array(repeating: [T](repeating: 0, count: m), count: width)
    var upstream = delta
    for k in 0..<width {
      var sum: T = 0
      for i in 0..<m {
        sum += dy[i] * passes[i].a[depth - 1][k]
        upstream[k][i] = dy[i] * wOut[k]
        delta[k][i] = upstream[k][i] * passes[i].slope[depth - 1][k]
      }
      gOut[k] = sum
    }
    var gW = w.map { [T](repeating: 0, count: $0.count) }
    var gB = b.map { [T](repeating: 0, count: $0.count) }
    var gA = slopes.map { [T](repeating: 0, count: $0.count) }
    if !slopes.isEmpty {
      gA[depth - 1] = slopeGradient(depth - 1, upstream: upstream, passes: passes)
    }
    for l in stride(from: depth - 1, through: 0, by: -1) {
      for j in 0..<width {
        var sum: T = 0
        for i in 0..<m { sum += delta[j][i] }
        gB[l][j] = sum
      }
      if l == 0 {
        for j in 0..<width {
          var sum: T = 0
          for i in 0..<m { sum += delta[j][i] * x[i] }
          gW[0][j] = sum
        }
      } else {
        for j in 0..<width {
          for k in 0..<width {
            var sum: T = 0
            for i in 0..<m { sum += delta[j][i] * passes[i].a[l - 1][k] }
            gW[l][j * width + k] = sum
          }
        }
        var back = Array(repeating: [T](repeating: 0, count: m), count: width)
        for j in 0..<width {
          for k in 0..<width {
            for i in 0..<m { back[k][i] += w[l][j * width + k] * delta[j][i] }
          }
        }
        if !slopes.isEmpty { gA[l - 1] = slopeGradient(l - 1, upstream: back, passes: passes) }
        for k in 0..<width {
          for i in 0..<m { back[k][i] *= passes[i].slope[l - 1][k] }
        }
        delta = back
      }
    }
    let eta = T(rate)
    for l in 0..<depth {
      for i in w[l].indices { w[l][i] = w[l][i] - eta * gW[l][i] }
      for j in b[l].indices { b[l][j] = b[l][j] - eta * gB[l][j] }
    }
    for k in 0..<width { wOut[k] = wOut[k] - eta * gOut[k] }
    bOut = bOut - eta * gOutBias
    for l in slopes.indices {
      for j in slopes[l].indices { slopes[l][j] = slopes[l][j] - eta * gA[l][j] }
    }
    return loss()
  }

  /// Every parameter in the trainer's order, exactly as `Double`.
  var parameters: [Double] {
    w.flatMap { $0 }.map { Double($0) } + b.flatMap { $0 }.map { Double($0) }
      + wOut.map { Double($0) } + [Double(bOut)] + slopes.flatMap { $0 }.map { Double($0) }
  }
}

@Suite struct NetworkPrecisionTests {
  private static func parameters(_ net: Network) -> [Double] {
    net.weights.flatMap { $0 } + net.biases.flatMap { $0 } + net.outputWeights + [net.outputBias]
      + net.slopes.flatMap { $0 }
  }

  private static func same(_ a: [Double], _ b: [Double]) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { $0.bitPattern == $1.bitPattern }
  }

  private static func check<T: BinaryFloatingPoint>(
    _: T.Type, _ precision: Precision, kind: ActivationKind, depth: Int,
    sharing: SlopeSharing = .unit
  ) {
    var spec = NetworkSpec(
      activation: kind, width: 5, depth: depth, target: .sin, points: 13, seed: 4)
    spec.slopeSharing = sharing
    spec.randomSlopes = 0.05...0.4
    var parameters = FunctionParameters(alpha: 0.1)
    parameters.eluAlpha = 0.7
    parameters.beta = 2
    let f = kind.activation(parameters)
    var net = Network(spec)
    var reference = ScalarNetwork<T>(net, activation: f)
    #expect(
      net.record(epoch: 0, activation: f, atZero: .left, precision: precision).loss
        .bitPattern == Double(reference.loss()).bitPattern)
    let records = net.train(
      epochs: 6, rate: 0.1, after: 0, activation: f, atZero: .left, precision: precision)
    let losses = (0..<6).map { _ in Double(reference.step(rate: 0.1)) }
    #expect(Self.same(records.map(\.loss), losses), "\(precision) \(kind) depth \(depth)")
    #expect(Self.same(Self.parameters(net), reference.parameters))
    // Every parameter the network keeps is a value of the format.
    #expect(Self.parameters(net).allSatisfy { precision.rounded($0).bitPattern == $0.bitPattern })
  }

  /// The trainer at each precision against plain loops in the same type,
  /// bit for bit: losses of every epoch and the parameters left.
  @Test(arguments: ActivationKind.allCases, [1, 2])
  func trainingMatchesTheScalarReferenceAtEachPrecision(kind: ActivationKind, depth: Int) {
    Self.check(Float16.self, .half, kind: kind, depth: depth)
    Self.check(Float.self, .single, kind: kind, depth: depth)
    Self.check(Double.self, .double, kind: kind, depth: depth)
  }

  /// PReLU with one slope per layer, against the reference too.
  @Test(arguments: [1, 2])
  func sharedPReLUSlopesMatchTheScalarReference(depth: Int) {
    Self.check(Float16.self, .half, kind: .prelu, depth: depth, sharing: .shared)
    Self.check(Float.self, .single, kind: .prelu, depth: depth, sharing: .shared)
    Self.check(Double.self, .double, kind: .prelu, depth: depth, sharing: .shared)
  }

  /// The precisions give different numbers from one draw: the same network
  /// rounded three ways.
  @Test func thePrecisionsDifferInTheirLastBits() {
    let spec = NetworkSpec(activation: .relu, width: 8, depth: 1, target: .sin, points: 20, seed: 2)
    let losses = Precision.allCases.map {
      Network(spec).record(epoch: 0, activation: .relu, atZero: .left, precision: $0).loss
    }
    #expect(Set(losses).count == 3)
    #expect(abs(losses[0] - losses[2]) < 1e-2 && abs(losses[1] - losses[2]) < 1e-5)
  }

  /// The vectorized rectifier in each type gives what its scalar form gives.
  @Test(arguments: [0.0, 0.01, 0.3])
  func theRectifierLoopMatchesItsScalarFormInEachType(slope: Double) {
    func check<T: TrainingScalar>(_: T.Type) {
      var generator = SplitMix64(seed: 3)
      let z: [T] =
        [0, -0.0, .nan, .infinity, -.infinity, .leastNonzeroMagnitude, -.leastNonzeroMagnitude]
        + generator.standardNormals(count: 30).map { T($0) }
      for atZero in SlopeAtZero.allCases {
        let rectifier = TrainingRectifier<T>(slope: slope, atZero: atZero)
        var values = [T](repeating: 7, count: z.count)
        var slopes = values
        NetworkTrainer<NativeFormat<T>>.rectify(
          z, count: z.count, with: rectifier, values: &values, slopes: &slopes)
        for (i, x) in z.enumerated() {
          let value = rectifier.value(x)
          let derivative = rectifier.derivative(x)
          #expect(values[i] == value || (values[i].isNaN && value.isNaN))
          #expect(values[i].sign == value.sign)
          #expect(slopes[i] == derivative || (slopes[i].isNaN && derivative.isNaN))
        }
        var tally = UnitTally(sloped: 0, positive: 0, unordered: 0)
        z.withUnsafeBufferPointer { zs in
          slopes.withUnsafeBufferPointer { ss in
            if let zp = zs.baseAddress, let sp = ss.baseAddress {
              tally = T.tally(slopes: sp, z: zp, count: z.count)
            }
          }
        }
        #expect(
          tally
            == UnitTally(
              sloped: slopes.count { $0 != 0 }, positive: z.count { $0 > 0 },
              unordered: z.count(where: \.isNaN)))
      }
    }
    check(Float.self)
    check(Double.self)
  }

  /// Half precision's rounding in `Float` is `Float16`'s, bit for bit: at
  /// the edges (subnormals, ties, the largest values, the infinities, NaN,
  /// -0.0) and for 200,000 products and sums of binary16 values.
  @Test func halfRoundingIsFloat16s() {
    func expectSame(_ x: Float) {
      let mine = HalfFormat.round(x)
      let theirs = Float(Float16(x))
      #expect(
        mine.bitPattern == theirs.bitPattern || (mine.isNaN && theirs.isNaN), "\(x)")
    }
    let edges: [Float] = [
      0, -0.0, 1, -1, 65504, 65519.99, 65520, -65520, 65536, 1e9, .infinity, -.infinity, .nan,
      .leastNonzeroMagnitude, 2.98e-8, 2.9802322e-8, 5.96e-8, 6.1035156e-5, 6.1e-5, 1 + 1 / 2048,
      1 + 3 / 2048, 2049, 2051, -2049, 1e-30, .greatestFiniteMagnitude,
    ]
    edges.forEach(expectSame)
    var generator = SplitMix64(seed: 9)
    for _ in 0..<200_000 {
      let bits = generator.next()
      let a = Float(Float16(bitPattern: UInt16(truncatingIfNeeded: bits)))
      let b = Float(Float16(bitPattern: UInt16(truncatingIfNeeded: bits >> 16)))
      if a.isNaN || b.isNaN { continue }
      expectSame(a * b)
      expectSame(a + b)
      expectSame(a - b)
      if b != 0 { expectSame(a / b) }
      expectSame(Float(bitPattern: UInt32(truncatingIfNeeded: bits >> 32)))
    }
  }

  /// `net`, `train` and `sweep` compute in the session's precision.
  @Test func theCommandsComputeInTheSessionsPrecision() throws {
    var lab = Interpreter()
    lab.settings.precision = .half
    let outputs = try lab.outputs("net relu width 8 seed 3; train 4; sweep lr 0.2 epochs 4")
    let spec = NetworkSpec(
      activation: .relu, width: 8, depth: 1, target: .sin, points: 200, seed: 3)
    var expected = Network(spec)
    let built = expected.record(epoch: 0, activation: .relu, atZero: .left, precision: .half)
    let trained = expected.train(
      epochs: 4, rate: 0.2, after: 0, activation: .relu, atZero: .left, precision: .half)
    guard case .network(let net) = outputs[0], case .training(let train) = outputs[1],
      case .sweep(let sweep) = outputs[2]
    else { throw TestFailure("net, train, sweep") }
    #expect(net.record == built && net.precision == .half)
    #expect(train.records == trained && train.precision == .half)
    #expect(sweep.rows.map(\.record) == [trained.last] && sweep.precision == .half)
    #expect(lab.network == expected)
    let text = try lab.printed("net relu width 8 seed 3")
    #expect(text.contains("  computed in half precision (Float16)"))
  }
}
