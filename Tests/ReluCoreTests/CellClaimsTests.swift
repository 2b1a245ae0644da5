import Testing

@testable import ReluCore

/// ``CellClaims`` (claims linked through two flat arrays) against a plain
/// model holding an array of claimants per cell.
@Suite struct CellClaimsTests {
  /// The plain model: each cell lists its claimants in the order they first
  /// lit it; the owner is the claimant shown longest ago.
  struct PlainClaims {
    let columns: Int
    let rows: Int
    var claims: [[(series: Int, dots: UInt8)]]

    init(columns: Int, rows: Int) {
      self.columns = columns
      self.rows = rows
      claims = Array(repeating: [], count: columns * rows)
    }

    mutating func add(series: Int, row: Int, column: Int, dots: UInt8) {
      guard row >= 0, row < rows, column >= 0, column < columns else { return }
      let cell = row * columns + column
      if let index = claims[cell].firstIndex(where: { $0.series == series }) {
        claims[cell][index].dots |= dots
      } else {
        claims[cell].append((series, dots))
      }
    }

    func owners(seriesCount: Int) -> [[Int]] {
      var lastShown = Array(repeating: -1, count: seriesCount)
      var handedOut = 0
      func last(_ series: Int) -> Int {
        lastShown.indices.contains(series) ? lastShown[series] : -1
      }
      var owners: [[Int]] = []
      for column in 0..<columns {
        for shared in [false, true] {
          for row in 0..<rows {
            let claimants = claims[row * columns + column]
            guard !claimants.isEmpty, (claimants.count > 1) == shared,
              let winner = claimants.min(by: {
                (last($0.series), $0.series) < (last($1.series), $1.series)
              })
            else { continue }
            if lastShown.indices.contains(winner.series) { lastShown[winner.series] = handedOut }
            handedOut += 1
            owners.append([row, column, winner.series, Int(winner.dots)])
          }
        }
      }
      return owners
    }
  }

  @Test func ownersAgreeWithThePlainModelOnRandomClaims() {
    var generator = SplitMix64(seed: 7)
    for _ in 0..<200 {
      let columns = Int.random(in: 0...9, using: &generator)
      let rows = Int.random(in: 0...6, using: &generator)
      let seriesCount = Int.random(in: 1...5, using: &generator)
      var fast = CellClaims(columns: columns, rows: rows)
      var plain = PlainClaims(columns: columns, rows: rows)
      for _ in 0..<Int.random(in: 0...60, using: &generator) {
        // Rows and columns one past each edge, series one past the count.
        let row = Int.random(in: -1...rows, using: &generator)
        let column = Int.random(in: -1...columns, using: &generator)
        let series = Int.random(in: 0...seriesCount, using: &generator)
        let dots = UInt8.random(in: 0...255, using: &generator)
        fast.add(series: series, row: row, column: column, dots: dots)
        plain.add(series: series, row: row, column: column, dots: dots)
      }
      var owners: [[Int]] = []
      fast.forEachOwner(seriesCount: seriesCount) { row, column, series, dots in
        owners.append([row, column, series, Int(dots)])
      }
      #expect(owners == plain.owners(seriesCount: seriesCount))
    }
  }

  @Test func aSharedRunAlternatesBetweenItsSeries() {
    var claims = CellClaims(columns: 6, rows: 1)
    for column in 0..<6 {
      claims.add(series: 0, row: 0, column: column)
      claims.add(series: 1, row: 0, column: column)
    }
    var owners: [Int] = []
    claims.forEachOwner(seriesCount: 2) { _, _, series, _ in owners.append(series) }
    #expect(owners == [0, 1, 0, 1, 0, 1])
  }

  /// Two lines falling steeply together share a run down one column: they
  /// take turns down it as along a row, the first cell to the one that has
  /// not been shown for longest.
  @Test func aSharedRunDownOneColumnAlternatesToo() {
    var claims = CellClaims(columns: 2, rows: 5)
    claims.add(series: 1, row: 0, column: 0)
    claims.add(series: 0, row: 1, column: 0)
    for row in 0..<5 {
      claims.add(series: 0, row: row, column: 1)
      claims.add(series: 1, row: row, column: 1)
    }
    var owners: [[Int]] = []
    claims.forEachOwner(seriesCount: 2) { row, column, series, _ in
      owners.append([row, column, series])
    }
    #expect(
      owners == [
        [0, 0, 1], [1, 0, 0], [0, 1, 1], [1, 1, 0], [2, 1, 1], [3, 1, 0], [4, 1, 1],
      ])
  }
}
