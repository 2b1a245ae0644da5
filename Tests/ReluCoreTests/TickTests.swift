import Testing

@testable import ReluCore

@Suite struct TickTests {
  @Test func stepTwoOnTheDefaultRangeGivesEvenNumbers() throws {
    let ticks = TickStep(mantissa: 2, exponent: 0).ticks(in: .defaultX)
    #expect(ticks.map(\.label) == ["-4", "-2", "0", "2", "4"])
    #expect(ticks.map(\.value) == [-4, -2, 0, 2, 4])
  }

  @Test func theDefaultPlotTicksMinusFourToFourAndLabelsItsEnds() throws {
    let scene = PlotScene(series: [PlotSeries(.relu)])
    let frame = PlotFrame(scene: scene, size: .standard)
    #expect(frame.xTicks.map(\.tick.label) == ["-4", "-2", "0", "2", "4"])
    #expect(frame.xEnds.map(\.tick.label) == ["-5", "5"])
    let lastLine = try #require(PlotRenderer.render(scene, size: .standard).lines.last)
    #expect(lastLine.split(separator: " ") == ["-5", "-4", "-2", "0", "2", "4", "5"])
    #expect(frame.yTicks.map(\.tick.label) == ["0", "1", "2", "3", "4", "5"])
  }

  @Test func decimalStepsAreExactDecimals() {
    let step = TickStep(mantissa: 1, exponent: -1)
    let bounds = (try? PlotBounds(lower: 0, upper: 1)) ?? .defaultX
    #expect(
      step.ticks(in: bounds).map(\.label)
        == ["0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9", "1"])
    #expect(TickStep(mantissa: 5, exponent: -7).value == 5e-7)
  }

  @Test(arguments: [
    (0.0, "0"), (-0.0, "0"), (-4.0, "-4"), (0.5, "0.5"), (1e-6, "1e-06"), (2.5e-7, "2.5e-07"),
    (200_000.0, "200000"), (-1_000_000.0, "-1000000"), (1e16, "1e+16"), (1.0000002, "1.0000002"),
  ])
  func labelsHaveNoNeedlessDecimals(value: Double, label: String) {
    #expect(TickFormat.label(value) == label)
  }

  /// Beyond 10^22, where powers of ten are no longer exact doubles, a tick
  /// is still the nearest double to its decimal, so its label is short.
  @Test func hugeTicksHaveShortLabels() throws {
    for (lower, upper) in [(0.0, 7e29), (-3e25, 1e26), (0, 2.5e200)] {
      let step = try #require(
        TickStep.candidates(for: try PlotBounds(lower: lower, upper: upper), maxCount: 10).first)
      for tick in step.ticks(in: try PlotBounds(lower: lower, upper: upper)) {
        #expect(tick.label.count <= 8, "\(tick.label)")  // -2.5e+25
        #expect(Double(tick.label) == tick.value)
      }
    }
  }

  static let ranges: [(Double, Double)] = [
    (-5, 5), (0, 1), (-1, 1), (-0.3, 0.7), (2, 9), (-1e-6, 1e-6), (0, 1e-6), (1, 1.000001),
    (-5e5, 5e5), (0, 1e6), (-123.4, 5678.9), (1e6, 1e6 + 1e-3), (-1e300, 1e300), (3, 3.2),
  ]

  /// Every chosen step is 1, 2 or 5 times a power of ten, ticks lie in range,
  /// and labels read back as their values.
  @Test(arguments: ranges)
  func ticksAreNiceAndInRange(lower: Double, upper: Double) throws {
    let bounds = try PlotBounds(lower: lower, upper: upper)
    for width in [20, 33, 80, 200] {
      let scene = PlotScene(series: [PlotSeries(.tanh)], xRange: bounds, yRange: bounds)
      let frame = PlotFrame(scene: scene, size: try PlotSize(width: width, height: 24))
      for ticks in [frame.xTicks, frame.yTicks] {
        #expect(!ticks.isEmpty, "\(bounds) at width \(width)")
        let values = ticks.map(\.tick.value).sorted()
        for value in values {
          #expect(bounds.contains(value) || abs(value - bounds.lower) < 1e-9 * bounds.width)
        }
        for tick in ticks {
          let read = try #require(Double(tick.tick.label))
          #expect(abs(read - tick.tick.value) <= 1e-12 * max(1, abs(read)))
        }
        if values.count >= 2 {
          let gaps = zip(values, values.dropFirst()).map { $1 - $0 }
          let step = try #require(gaps.min())
          let power = LibM.pow(10, LibM.log10(step).rounded(.down))
          let mantissa = step / power
          #expect([1, 2, 5, 10].contains { abs(mantissa - Double($0)) < 1e-4 }, "step \(step)")
        }
      }
    }
  }

  /// x labels never overlap or leave the canvas; y labels fit their margin.
  @Test(arguments: ranges)
  func labelsNeverOverlapOrLeaveTheCanvas(lower: Double, upper: Double) throws {
    let bounds = try PlotBounds(lower: lower, upper: upper)
    for width in [20, 21, 25, 30, 40, 57, 80, 131] {
      for rendering in PlotRendering.allCases {
        let scene = PlotScene(
          series: [PlotSeries(.relu)], xRange: bounds, rendering: rendering)
        let size = try PlotSize(width: width, height: 10)
        let frame = PlotFrame(scene: scene, size: size)
        let canvas = PlotRenderer.render(scene, size: size)
        var end = -1
        let ends = Set(frame.xEnds.map(\.position))
        for placed in (frame.xTicks + frame.xEnds).sorted(by: { $0.labelColumn < $1.labelColumn }) {
          #expect(placed.labelColumn > end, "labels of \(bounds) overlap at width \(width)")
          end = placed.labelColumn + placed.tick.label.count
          #expect(placed.labelColumn >= 0 && end <= width)
          if !ends.contains(placed.position) {
            #expect(placed.position > frame.left && placed.position < width, "mark by the corner")
          }
          let printed = String(
            (placed.labelColumn..<end).map { canvas[size.height - 1, $0].character })
          #expect(printed == placed.tick.label)
        }
        for placed in frame.yTicks {
          #expect(placed.labelColumn >= 0)
          #expect(placed.labelColumn + placed.tick.label.count < frame.left)
        }
        let rows = frame.yTicks.map(\.position).sorted()
        #expect(Set(rows).count == rows.count, "two y labels on one row")
        let border = Array(canvas.lines[size.height - 2])
        #expect(border[frame.left - 1] == "+" && border[frame.left] == "-", "\(bounds) at \(width)")
      }
    }
  }

  /// The corner stays a lone `+`: a tick that would sit in the plot's first
  /// column, against it, is dropped and the other labels keep their places;
  /// the range's lower end is labelled under the corner instead.
  @Test func noTickMarkAgainstTheCorner() throws {
    let cases: [(PlotBounds, PlotSize, [String])] = [
      (.defaultX, try PlotSize(width: 40, height: 14), ["-5", "0", "5"]),
      (
        try PlotBounds(lower: -1e-6, upper: 1e-6), try PlotSize(width: 60, height: 14),
        ["-1e-06", "-5e-07", "0", "5e-07", "1e-06"]
      ),
    ]
    for (bounds, size, labels) in cases {
      let scene = PlotScene(series: [PlotSeries(.relu)], xRange: bounds)
      let lines = PlotRenderer.render(scene, size: size).lines
      let border = lines[size.height - 2].drop { $0 == " " }
      #expect(border.hasPrefix("+-"), "\(lines[size.height - 2])")
      #expect(lines[size.height - 1].split(separator: " ").map(String.init) == labels)
      let frame = PlotFrame(scene: scene, size: size)
      for placed in frame.xTicks {
        #expect(Array(lines[size.height - 2])[placed.position] == "+")
      }
    }
  }

  @Test func tinyAndHugeRangesGetReadableLabels() throws {
    let tiny = PlotScene(series: [], xRange: try PlotBounds(lower: 0, upper: 1e-6))
    let tinyFrame = PlotFrame(scene: tiny, size: .standard)
    #expect(tinyFrame.xTicks.map(\.tick.label).contains("1e-06"))
    let huge = PlotScene(series: [], xRange: try PlotBounds(lower: -5e5, upper: 5e5))
    let hugeFrame = PlotFrame(scene: huge, size: .standard)
    #expect(hugeFrame.xTicks.map(\.tick.label) == ["-400000", "-200000", "0", "200000", "400000"])
  }
}

/// The rules that make axes readable at a projector: both ends of x
/// labelled, y ticks evenly spaced or off by one row, braille labelled densely.
@Suite struct AxisLabelTests {
  static let four = [
    PlotSeries(.relu), PlotSeries(.leaky), PlotSeries(.sigmoid), PlotSeries(.tanh),
  ]

  @Test func theDefaultRangeIsLabelledFromMinusFiveToFive() throws {
    for rendering in PlotRendering.allCases {
      for width in [20, 40, 80, 100] {
        let scene = PlotScene(series: [PlotSeries(.relu)], rendering: rendering)
        let size = try PlotSize(width: width, height: 12)
        let labels = try #require(PlotRenderer.render(scene, size: size).lines.last)
          .split(separator: " ")
        #expect(labels.first == "-5" && labels.last == "5", "\(rendering) at \(width): \(labels)")
        let frame = PlotFrame(scene: scene, size: size)
        // -5 is always an end label (a tick there would touch the corner); 5
        // is a tick when the step divides it, else an end label.
        #expect(frame.xEnds.first?.tick.value == -5)
        #expect(frame.xEnds.first?.position == frame.left - 1, "the corner marks the lower end")
        let upper = try #require((frame.xTicks + frame.xEnds).first { $0.tick.value == 5 })
        #expect(upper.position == width - 1)
      }
    }
  }

  /// An end whose exact label is long (a computed bound) is not labelled, and
  /// one that would touch its neighbour's label is left out.
  @Test func endsAreLabelledOnlyWhenShortAndClear() throws {
    let computed = try PlotBounds(lower: 0.1, upper: 0.1 + 0.2)
    let frame = PlotFrame(
      scene: PlotScene(series: [PlotSeries(.relu)], xRange: computed), size: .standard)
    #expect(frame.xEnds.map(\.tick.label) == ["0.1"])
    let crowded = PlotFrame(
      scene: PlotScene(series: [PlotSeries(.relu)], xRange: try PlotBounds(lower: -5, upper: 4.9)),
      size: .standard)
    let last = try #require(crowded.xTicks.last)
    for end in crowded.xEnds where end.tick.value == 4.9 {
      #expect(end.labelColumn >= last.labelColumn + last.tick.label.count + 2)
    }
  }

  /// Over many heights and ranges: y gaps differ by at most one row, and an
  /// uneven choice is only kept when no larger step with even gaps keeps at
  /// least four ticks (or as many).
  @Test(arguments: PlotRendering.allCases)
  func yTicksAreEvenlySpacedOrOffByOne(rendering: PlotRendering) throws {
    var evenChosenOverUneven = 0
    for height in 8...40 {
      for upper in [1.0, 1.3, 2, 2.7, 5.2, 6.6, 10, 37] {
        let bounds = try PlotBounds(lower: -upper / 4, upper: upper)
        let size = try PlotSize(width: 60, height: height)
        let frame = PlotFrame(
          scene: PlotScene(series: [], yRange: bounds, rendering: rendering), size: size)
        let rows = frame.yTicks.map(\.position).sorted()
        let gaps = zip(rows, rows.dropFirst()).map { $1 - $0 }
        let context = "\(rendering) \(bounds) at height \(height): rows \(rows)"
        #expect((gaps.max() ?? 0) - (gaps.min() ?? 0) <= 1, "\(context)")
        let gap = PlotFrame.yTickGap(rows: frame.rows, rendering: rendering)
        if frame.yTicks.count >= 2 { #expect(gaps.allSatisfy { $0 >= min(gap, 1) }, "\(context)") }
        let smallest = TickStep.candidates(for: bounds, maxCount: frame.rows).map {
          $0.ticks(in: bounds)
        }.first { ticks in
          ticks.count >= 2
            && zip(ticks, ticks.dropFirst()).allSatisfy {
              frame.yScale.cell(of: $0.value) - frame.yScale.cell(of: $1.value) >= gap
            }
        }
        if let smallest, smallest.count > frame.yTicks.count, Set(gaps).count == 1 {
          evenChosenOverUneven += 1
          #expect(frame.yTicks.count >= min(PlotFrame.evenTickMinimum, smallest.count))
        }
      }
    }
    #expect(evenChosenOverUneven > 0, "the sweep never met the evenness rule")
  }

  /// A braille plot the size of the lab's pane labels every whole number from
  /// -1 to 5 where ascii, with its wider gaps, labels every other.
  @Test func brailleLabelsMoreTicks() throws {
    let size = try PlotSize(width: 100, height: 19)
    let braille = PlotFrame(
      scene: PlotScene(series: Self.four, rendering: .braille), size: size)
    #expect(braille.yTicks.map(\.tick.label) == ["-1", "0", "1", "2", "3", "4", "5"])
    let ascii = PlotFrame(scene: PlotScene(series: Self.four), size: size)
    #expect(ascii.yTicks.map(\.tick.label) == ["0", "2", "4"])
  }
}
