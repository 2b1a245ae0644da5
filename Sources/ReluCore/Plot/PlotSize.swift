/// The size of a text plot in character cells, legend and labels included.
///
/// Between ``minimum`` (20x8, the least that holds a legend line, four plot
/// rows, an axis and its labels) and ``maximum`` (1000x500, far beyond any
/// terminal; larger requests are almost certainly mistakes).
package struct PlotSize: Sendable, Equatable, CustomStringConvertible {
  /// Columns.
  package let width: Int
  /// Lines.
  package let height: Int

  /// Checks and stores a size.
  /// - Parameters:
  ///   - width: Columns, 20 to 1000.
  ///   - height: Lines, 8 to 500.
  /// - Throws: `PlotError.sizeOutOfRange` outside those limits.
  package init(width: Int, height: Int) throws(PlotError) {
    guard (Self.minimum.width...Self.maximum.width).contains(width),
      (Self.minimum.height...Self.maximum.height).contains(height)
    else { throw .sizeOutOfRange(width: width, height: height) }
    self.width = width
    self.height = height
  }

  private init(checkedWidth width: Int, height: Int) {
    self.width = width
    self.height = height
  }

  /// The smallest plot, 20x8.
  package static let minimum = PlotSize(checkedWidth: 20, height: 8)
  /// The largest plot, 1000x500.
  package static let maximum = PlotSize(checkedWidth: 1000, height: 500)
  /// The batch-mode default, 80x24.
  package static let standard = PlotSize(checkedWidth: 80, height: 24)

  /// `WxH`, such as `80x24`.
  package var description: String { "\(width)x\(height)" }
}
