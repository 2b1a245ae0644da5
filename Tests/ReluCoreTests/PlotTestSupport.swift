import Testing

@testable import ReluCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Helpers shared by the plot tests.
enum PlotTestSupport {
  /// An environment variable, or nil.
  static func environment(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }

  /// A fresh folder under /tmp.
  static func temporaryFolder() throws -> String {
    var template = Array("/tmp/relulab-atomic-XXXXXX".utf8CString)
    let made = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.flatMap { mkdtemp($0) }.map { String(cString: $0) }
    }
    return try #require(made)
  }

  /// The whole file as text.
  static func contents(of path: String) throws -> String {
    let descriptor = open(path, O_RDONLY)
    try #require(descriptor >= 0, "open \(path)")
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      try #require(count >= 0)
      if count == 0 { break }
      bytes += buffer[0..<count]
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The names in a folder, without `.` and `..`.
  static func entries(_ folder: String) throws -> [String] {
    let directory = try #require(opendir(folder))
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != ".", name != ".." { names.append(name) }
    }
    return names.sorted()
  }
}

/// Reads a rendered plot back into samples: which sample (column k, row j) of
/// the plot area each cell lights, by the mapping documented on ``PlotFrame``.
struct PlotReader {
  let canvas: Canvas
  let frame: PlotFrame

  /// The sample rows lit in sample column `k` by cells of `role` (a braille
  /// dot, or in ascii the cell's glyph), and whether a cell of that column
  /// shows `glyph` as a whole character instead (a braille series glyph).
  func litRows(column k: Int, role: CellRole, glyph: Character) -> (rows: [Int], glyphRows: [Int]) {
    let (across, down) = frame.samplesPerCell
    var rows: [Int] = []
    var glyphRows: [Int] = []
    for cellRow in 0..<frame.rows {
      let cell = canvas[frame.top + cellRow, frame.left + k / across]
      guard cell.role == role else { continue }
      if frame.rendering == .braille, let dots = Braille.dots(cell.character) {
        for dotRow in 0..<down where dots & Braille.bit(column: k % across, row: dotRow) != 0 {
          rows.append(cellRow * down + dotRow)
        }
      } else if cell.character == glyph {
        if frame.rendering == .ascii {
          rows.append(cellRow)
        } else {
          glyphRows.append(cellRow)
        }
      }
    }
    return (rows, glyphRows)
  }

  /// x of sample column k, computed from the documented formula.
  func x(_ k: Int) -> Double {
    let n = Double(frame.sampleColumns - 1)
    return frame.xRange.lower + Double(k) / n * (frame.xRange.upper - frame.xRange.lower)
  }

  /// y of sample row j, computed from the documented formula.
  func y(_ j: Int) -> Double {
    let m = Double(frame.sampleRows - 1)
    return frame.yRange.upper - Double(j) / m * (frame.yRange.upper - frame.yRange.lower)
  }

  /// The height of one sample row in data units.
  var rowHeight: Double { frame.yRange.width / Double(frame.sampleRows - 1) }

  /// The sample row position of y (fractional, unclamped).
  func position(_ y: Double) -> Double { (frame.yRange.upper - y) / rowHeight }
}
