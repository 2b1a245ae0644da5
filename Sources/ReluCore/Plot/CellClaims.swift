/// Which series light which cells of a plot area, and which one each cell
/// goes to when several do.
///
/// A cell lit by one series goes to it. A cell several series light (relu and
/// leaky for z > 0, relu' and leaky' along y = 1, two curves crossing) goes to
/// the one shown longest ago: columns are visited left to right, and in each
/// the cells one series has to itself come first, then the shared ones top
/// down, each to its claimant whose last cell was handed out earliest (never
/// shown counts as earliest; ties, between series never shown, go to the
/// earlier series). Along a run shared by m series, across columns or down
/// one column, each so shows every m-th cell, and no series vanishes under
/// the others.
///
/// The claims are kept in flat arrays rather than an array per cell: for each
/// cell the index of its latest claim, for each claim its series, dots and
/// the cell's previous claim, and the lit cells in column-major order once
/// sorted. So a frame allocates a few arrays, not one per cell, and the owners
/// are found by visiting the lit cells only.
struct CellClaims {
  /// One series lighting one cell, linked to the cell's previous claim.
  private struct Claim {
    var series: Int
    var dots: UInt8
    /// The index in ``claims`` of the cell's previous claim, or -1.
    var previous: Int32
  }

  /// The plot area's size in cells.
  let columns: Int
  let rows: Int
  /// For each cell (row-major), the index in ``claims`` of its latest claim,
  /// or -1 for an unlit cell.
  private var latest: [Int32]
  /// Every claim, one per (cell, series), in the order first made.
  private var claims: [Claim] = []
  /// Each lit cell once, as column * rows + row, in the order first lit.
  private var lit: [Int] = []

  init(columns: Int, rows: Int) {
    self.columns = max(0, columns)
    self.rows = max(0, rows)
    latest = Array(repeating: -1, count: self.columns * self.rows)
  }

  /// Records that `series` lights a cell (row and column in the plot area),
  /// with braille `dots` there; cells outside the area are ignored.
  /// - Complexity: O(series already lighting the cell).
  mutating func add(series: Int, row: Int, column: Int, dots: UInt8 = 0) {
    guard row >= 0, row < rows, column >= 0, column < columns else { return }
    let cell = row * columns + column
    var index = latest[cell]
    while index >= 0 {
      if claims[Int(index)].series == series {
        claims[Int(index)].dots |= dots
        return
      }
      index = claims[Int(index)].previous
    }
    if latest[cell] < 0 { lit.append(column * rows + row) }
    claims.append(Claim(series: series, dots: dots, previous: latest[cell]))
    latest[cell] = Int32(claims.count - 1)
  }

  /// Calls `body` once for every lit cell with the series it goes to and the
  /// dots that series lights there, in the order described above.
  /// - Parameters:
  ///   - seriesCount: How many series there are (indices below it).
  ///   - body: Called with the plot row and column, the owner and its dots.
  /// - Complexity: O(claims + lit cells * log(lit cells)).
  func forEachOwner(
    seriesCount: Int, _ body: (_ row: Int, _ column: Int, _ series: Int, _ dots: UInt8) -> Void
  ) {
    // For each series, when its last cell was handed out (a count of cells
    // handed out before it), or -1.
    var lastShown = Array(repeating: -1, count: max(0, seriesCount))
    var handedOut = 0
    func last(_ series: Int) -> Int { lastShown.indices.contains(series) ? lastShown[series] : -1 }
    /// The owner of a lit cell: the claimant shown longest ago. (last
    /// shown, series) differs between claimants, so the order they are
    /// visited in is moot.
    func owner(from first: Int32) -> Claim {
      var winner = claims[Int(first)]
      var index = winner.previous
      while index >= 0 {
        let claim = claims[Int(index)]
        if (last(claim.series), claim.series) < (last(winner.series), winner.series) {
          winner = claim
        }
        index = claim.previous
      }
      return winner
    }
    // The lit cells column by column, top down in each: cells a series has
    // to itself are handed out at once, shared ones after them (their rows
    // kept in order here).
    let order = lit.sorted()
    var sharedRows: [Int] = []
    var start = 0
    while start < order.count {
      let column = order[start] / rows
      var end = start
      sharedRows.removeAll(keepingCapacity: true)
      while end < order.count, order[end] / rows == column {
        let row = order[end] % rows
        end += 1
        let first = latest[row * columns + column]
        guard claims[Int(first)].previous < 0 else {
          sharedRows.append(row)
          continue
        }
        let claim = claims[Int(first)]
        if lastShown.indices.contains(claim.series) { lastShown[claim.series] = handedOut }
        handedOut += 1
        body(row, column, claim.series, claim.dots)
      }
      for row in sharedRows {
        let winner = owner(from: latest[row * columns + column])
        if lastShown.indices.contains(winner.series) { lastShown[winner.series] = handedOut }
        handedOut += 1
        body(row, column, winner.series, winner.dots)
      }
      start = end
    }
  }
}
