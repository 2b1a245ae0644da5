/// A summary of one pass through a layer: how many units are active
/// (input z > 0) and the spread of inputs and outputs.
///
/// NaN elements are counted in `count` but skipped by min and max; they make
/// the mean NaN, as the arithmetic says.
package struct FeedStatistics: Sendable, Hashable {
  /// The number of elements.
  package var count: Int
  /// The number of units whose input is > 0.
  package var active: Int
  /// The smallest, largest and mean input; nil for an empty input.
  package var input: Summary?
  /// The smallest, largest and mean output; nil for an empty input.
  package var output: Summary?

  /// Minimum, maximum and arithmetic mean of some numbers.
  package struct Summary: Sendable, Hashable {
    package var min: Double
    package var max: Double
    package var mean: Double
  }

  /// The share of active units, `active / count`; 0 for an empty input.
  package var activeFraction: Double {
    count == 0 ? 0 : Double(active) / Double(count)
  }

  /// The statistics of `input` and of `output`, which must have as many
  /// elements (an internal invariant), read together in one pass.
  ///
  /// The plain definition, three passes (count the active, then summarize
  /// each): min is the first element that no later one is `<` (skipping
  /// NaN; NaN when every element is), max likewise with `>`, and mean is
  /// the sum in element order divided by the count. Starting min at +inf
  /// and max at -inf gives the same bits without a NaN test per element:
  /// NaN compares false, a tie keeps the earlier element (so -0.0 and 0.0
  /// come out as in the plain definition), and min > max at the end means
  /// no element was a number. A test checks the two agree bit for bit.
  ///
  /// In a narrower `precision` min and max are the same (the elements are
  /// values of it already); the mean is summed in binary64 and rounded to
  /// the precision once, as NumPy's and PyTorch's float16 means sum in a
  /// wider type: a float16 running sum soon stops growing (2048 + 1 is 2048).
  /// - Complexity: O(n), one pass over both buffers.
  package init(input: Tensor, output: Tensor, precision: Precision = .double) {
    precondition(input.count == output.count, "a layer's output is shaped like its input")
    let n = input.count
    count = n
    guard n > 0 else {
      active = 0
      self.input = nil
      self.output = nil
      return
    }
    var active = 0
    var x = Accumulator()
    var y = Accumulator()
    input.scalars.withUnsafeBufferPointer { inputs in
      output.scalars.withUnsafeBufferPointer { outputs in
        for i in 0..<n {
          let z = inputs[i]
          active &+= z > 0 ? 1 : 0
          x.add(z)
          y.add(outputs[i])
        }
      }
    }
    self.active = active
    self.input = x.summary(count: n, precision: precision)
    self.output = y.summary(count: n, precision: precision)
  }
}

/// Running min, max and sum for ``FeedStatistics``.
private struct Accumulator {
  var low = Double.infinity
  var high = -Double.infinity
  var sum = 0.0

  @inline(__always)
  mutating func add(_ value: Double) {
    sum += value
    low = value < low ? value : low
    high = value > high ? value : high
  }

  /// The summary of `count` (> 0) values added, the mean rounded to
  /// `precision`; min and max NaN when none was a number.
  func summary(count: Int, precision: Precision) -> FeedStatistics.Summary {
    let noNumbers = low > high
    return FeedStatistics.Summary(
      min: noNumbers ? .nan : low, max: noNumbers ? .nan : high,
      mean: precision.rounded(sum / Double(count)))
  }
}
