/// Which series light which cells of a plot area, and which one each cell
/// goes to when several do.
///
/// A cell lit by one series goes to it. A cell several series light (relu and
/// leaky for z > 0, relu' and leaky' along y = 1, two curves crossing) goes to
/// the one shown longest ago: columns are visited left to right, and in each
/// the cells one series has to itself come first, then the shared ones, each
/// to its claimant whose last cell lies furthest to the left (never shown
/// counts as furthest; ties go to the earlier series). Along a run shared by
/// m series each so shows every m-th cell, and no series vanishes under the
/// others.
struct CellClaims {
  /// The plot area's size in cells.
  let columns: Int
  let rows: Int
  /// For each cell (row-major), the series that light it in the order they
  /// first did, with the braille dots each lights there (0 in ascii).
  private var claims: [[(series: Int, dots: UInt8)]]

  init(columns: Int, rows: Int) {
    self.columns = max(0, columns)
    self.rows = max(0, rows)
    claims = Array(repeating: [], count: self.columns * self.rows)
  }

  /// Records that `series` lights a cell (row and column in the plot area),
  /// with braille `dots` there; cells outside the area are ignored.
  mutating func add(series: Int, row: Int, column: Int, dots: UInt8 = 0) {
    guard row >= 0, row < rows, column >= 0, column < columns else { return }
    let cell = row * columns + column
    if let last = claims[cell].indices.last(where: { claims[cell][$0].series == series }) {
      claims[cell][last].dots |= dots
    } else {
      claims[cell].append((series, dots))
    }
  }

  /// Calls `body` once for every lit cell with the series it goes to and the
  /// dots that series lights there, in the order described above.
  /// - Parameters:
  ///   - seriesCount: How many series there are (indices below it).
  ///   - body: Called with the plot row and column, the owner and its dots.
  /// - Complexity: O(rows * columns + claims).
  func forEachOwner(
    seriesCount: Int, _ body: (_ row: Int, _ column: Int, _ series: Int, _ dots: UInt8) -> Void
  ) {
    var lastShown = Array(repeating: -1, count: max(0, seriesCount))
    func last(_ series: Int) -> Int { lastShown.indices.contains(series) ? lastShown[series] : -1 }
    for column in 0..<columns {
      for shared in [false, true] {
        for row in 0..<rows {
          let claimants = claims[row * columns + column]
          guard let first = claimants.first, (claimants.count > 1) == shared else { continue }
          let winner =
            claimants.min { (last($0.series), $0.series) < (last($1.series), $1.series) } ?? first
          if lastShown.indices.contains(winner.series) { lastShown[winner.series] = column }
          body(row, column, winner.series, winner.dots)
        }
      }
    }
  }
}
