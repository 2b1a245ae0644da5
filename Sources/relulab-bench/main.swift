// The in-process half of Scripts/bench.sh: ReluCore's kernels and plot frames
// timed against references run in the same process, round-robin. Prints one
// `name nanoseconds` line per figure; Scripts/bench.py turns them into the
// table. No heap tunables from outside; the kernels run with HeapPolicy (freed
// memory kept for reuse), which relulab itself does not apply: measured as a
// whole process it cost users memory and gained no time (README, Performance),
// so these kernel figures are the warm-heap case.
import ReluCore

/// The median time of each body in nanoseconds, measured round-robin (one
/// run of each in turn, `rounds` times) so that no body gains or loses from
/// running first, after a warm-up round.
func medians(rounds: Int, _ bodies: [() -> Void]) -> [Double] {
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

/// The course chapter's reference layer, written the same way in Swift: a
/// Double mask made by filling zeros, then setting 1 where x > 0, then the
/// output max(x, 0) — three passes and two fresh arrays per forward.
struct ChapterReLU {
  var mask: [Double] = []

  mutating func forward(_ x: [Double]) -> [Double] {
    mask = [Double](repeating: 0, count: x.count)
    for i in x.indices where x[i] > 0 { mask[i] = 1 }
    return x.map { max($0, 0) }
  }

  func backward(_ upstream: [Double]) -> [Double] {
    zip(upstream, mask).map { $0 * $1 }
  }
}

/// Runs every benchmark; in a function, not top-level code, so that its
/// variables are locals the optimizer can keep in registers.
func runKernels(count: Int, rounds: Int) {
  var generator = SplitMix64(seed: 1)
  let input = Tensor(generator.standardNormals(count: count))
  let upstream = Tensor(generator.standardNormals(count: count))
  // memcpy of the same bytes into a buffer that stays mapped: the machine's
  // bandwidth for reading n doubles and writing n doubles.
  var target = [Double](repeating: 0, count: count)
  let memcpyBody: () -> Void = {
    input.scalars.withUnsafeBytes { source in
      target.withUnsafeMutableBytes { $0.copyMemory(from: source) }
    }
    consume(target[count / 2])
  }
  var relu = ReLULayer()
  let forwardBody: () -> Void = {
    // The layer keeps the kind of each x (below, above or at 0, or NaN), two
    // bits per element, for backward: that is its mask.
    consume(relu.forward(input).scalars[count / 2])
  }
  let backwardBody: () -> Void = {
    do {
      consume(try relu.backward(upstream).scalars[count / 2])
    } catch {
      fatalError("\(error)")
    }
  }
  // The same kernels in binary32, against memcpy of the same (half as many) bytes.
  let input32 = input.scalars.map(Float.init)
  let upstream32 = upstream.scalars.map(Float.init)
  var target32 = [Float](repeating: 0, count: count)
  let memcpy32Body: () -> Void = {
    input32.withUnsafeBytes { source in
      target32.withUnsafeMutableBytes { $0.copyMemory(from: source) }
    }
    consume(Double(target32[count / 2]))
  }
  var relu32 = ReLULayer()
  let forward32Body: () -> Void = {
    consume(Double(relu32.forward(input32)[count / 2]))
  }
  let backward32Body: () -> Void = {
    do {
      consume(Double(try relu32.backward(upstream32)[count / 2]))
    } catch {
      fatalError("\(error)")
    }
  }
  var chapter = ChapterReLU()
  let chapterForwardBody: () -> Void = {
    consume(chapter.forward(input.scalars)[count / 2] + chapter.mask[count / 3])
  }
  let chapterBackwardBody: () -> Void = {
    consume(chapter.backward(upstream.scalars)[count / 2])
  }
  // Each forward before its backward, so both see the mask of the same input.
  let times = medians(
    rounds: rounds,
    [
      memcpyBody, forwardBody, backwardBody, chapterForwardBody, chapterBackwardBody,
      memcpy32Body, forward32Body, backward32Body,
    ])
  let names = [
    "memcpy", "relu_forward", "relu_backward", "chapter_forward", "chapter_backward",
    "memcpy32", "relu32_forward", "relu32_backward",
  ]
  for (name, time) in zip(names, times) { print(name, time) }
}

/// One plot of relu, relu' and leaky at each size and rendering, drawn to
/// text as `plot` prints it.
func runFrames(rounds: Int) throws {
  let series = [PlotSeries(.relu), PlotSeries(.relu, derivative: true), PlotSeries(.leaky)]
  var bodies: [() -> Void] = []
  var names: [String] = []
  for (width, height) in [(80, 24), (200, 60)] {
    let size = try PlotSize(width: width, height: height)
    for rendering in [PlotRendering.ascii, .braille] {
      let scene = PlotScene(series: series, rendering: rendering)
      names.append("frame_\(rendering)_\(width)x\(height)")
      bodies.append {
        // 100 frames per sample, so the clock's resolution does not matter.
        var total = 0
        for _ in 0..<100 {
          total += PlotRenderer.render(scene, size: size).lines.reduce(0) { $0 + $1.utf8.count }
        }
        consume(Double(total))
      }
    }
  }
  let times = medians(rounds: rounds, bodies)
  for (name, time) in zip(names, times) { print(name, time / 100) }
}

// relulab-bench kernels [COUNT] | frames
// The warm-heap case (relulab does not apply it: see the header).
HeapPolicy.apply()
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "kernels":
  runKernels(count: arguments.dropFirst().first.flatMap { Int($0) } ?? 10_000_000, rounds: 11)
case "frames":
  try runFrames(rounds: 11)
default:
  print("usage: relulab-bench kernels [COUNT] | frames")
  Platform.exit(2)
}
