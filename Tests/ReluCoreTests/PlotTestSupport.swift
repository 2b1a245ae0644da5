import ReluTestSupport
import Testing

@testable import ReluCore

/// Helpers shared by the plot tests.
enum PlotTestSupport {
  /// An environment variable, or nil.
  static func environment(_ name: String) -> String? {
    Platform.environment(name)
  }

  /// A fresh folder under /tmp.
  static func temporaryFolder() throws -> String {
    try #require(TestFileSystem.makeTemporaryFolder("/tmp/relulab-atomic-XXXXXX"))
  }

  /// The whole file as text.
  static func contents(of path: String) throws -> String {
    let descriptor = Platform.openForReading(path)
    try #require(descriptor >= 0, "open \(path)")
    defer { Platform.closeFile(descriptor) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = buffer.withUnsafeMutableBytes { Platform.readSome(descriptor, into: $0) }
      try #require(count >= 0)
      if count == 0 { break }
      bytes += buffer[0..<count]
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The names in a folder, without `.` and `..`.
  static func entries(_ folder: String) throws -> [String] {
    try #require(Platform.folderEntries(folder))
  }
}
