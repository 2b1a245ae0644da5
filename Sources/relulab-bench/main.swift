// Benchmarks of ReluCore's hot loops, reported as ratios against a reference
// measured in the same run (the machine is shared and noisy, so absolute
// times mean little). Run with Scripts/bench.sh (a release build).
import ReluCore

/// The median time of each body in nanoseconds, measured round-robin (one
/// run of each in turn, `rounds` times) so that no body gains or loses from
/// running first, after a warm-up round.
func medians(rounds: Int = 21, _ bodies: [() -> Void]) -> [Double] {
  let clock = ContinuousClock()
  var samples = [[Double]](repeating: [], count: bodies.count)
  for round in 0...rounds {
    for (i, body) in bodies.enumerated() {
      let elapsed = clock.measure(body)
      guard round > 0 else { continue }
      samples[i].append(
        Double(elapsed.components.seconds) * 1e9 + Double(elapsed.components.attoseconds) / 1e9)
    }
  }
  return samples.map { $0.sorted()[$0.count / 2] }
}

/// Keeps the optimizer from discarding a result.
@inline(never) func consume(_ value: Double) {
  if value == 0x1p1000 { print("") }
}

func format3(_ x: Double) -> String { NumberFormat.plain((x * 1000).rounded() / 1000) }

extension String {
  func padding(_ width: Int) -> String {
    self + String(repeating: " ", count: max(0, width - count))
  }
}

func row(_ name: String, _ nanoseconds: Double, _ against: Double, count: Int) {
  let ratio = nanoseconds / against
  let perElement = nanoseconds / Double(count)
  print(
    name.padding(28) + "ratio \(String(format3(ratio)))   (\(format3(perElement)) ns per element)")
}

/// Runs every benchmark; in a function, not top-level code, so that its
/// variables are locals the optimizer can keep in registers.
func runBenchmarks() throws {
  let count = 1_000_000
  var generator = SplitMix64(seed: 1)
  let input = Tensor(generator.standardNormals(count: count))
  let upstream = Tensor(generator.standardNormals(count: count))

  // The reference: the obvious Swift, two `map`s over the array (as the seed's
  // NumPy code computes the output and the mask).
  let referenceBody: () -> Void = {
    let output = input.scalars.map { max($0, 0) }
    let mask = input.scalars.map { $0 > 0 ? 1.0 : 0.0 }
    consume(output[count / 2] + mask[count / 3])
  }

  var relu = ReLULayer()
  let forwardBody: () -> Void = {
    let (output, mask) = relu.forwardWithMask(input)
    consume(output.scalars[count / 2] + mask.scalars[count / 3])
  }
  let backwardBody: () -> Void = {
    do {
      consume(try relu.backward(upstream).scalars[count / 2])
    } catch {
      fatalError("\(error)")
    }
  }
  let referenceBackwardBody: () -> Void = {
    guard let mask = relu.mask else { return }
    consume(zip(upstream.scalars, mask.scalars).map { $0 * $1 }[count / 2])
  }

  var leaky = try LeakyReLULayer(alpha: 0.01)
  let leakyForwardBody: () -> Void = {
    let (output, mask) = leaky.forwardWithMask(input)
    consume(output.scalars[count / 2] + mask.scalars[count / 3])
  }

  let times = medians([
    referenceBody, forwardBody, leakyForwardBody, referenceBackwardBody, backwardBody,
  ])
  let (reference, forward, leakyForward, referenceBackward, backward) = (
    times[0], times[1], times[2], times[3], times[4]
  )
  print("ReluCore kernels over \(count) elements; ratio = time / reference time in this run")
  row("reference forward (2 maps)", reference, reference, count: count)
  row("relu forward + mask", forward, reference, count: count)
  row("leaky forward + mask", leakyForward, reference, count: count)
  row("reference backward (zip)", referenceBackward, referenceBackward, count: count)
  row("relu backward", backward, referenceBackward, count: count)

  let peakMiB = Double(Platform.peakResidentBytes()) / 1_048_576
  let dataMiB = Double(count * 8) / 1_048_576
  print(
    "peak memory \(format3(peakMiB)) MiB = \(format3(peakMiB / dataMiB)) x one 1M-element tensor")
}

try runBenchmarks()
