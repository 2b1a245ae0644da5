import Foundation
import ReluCore

/// The result of running the built `relulab`.
struct Run {
  var stdout: String
  var stderr: String
  var status: Int32
}

/// Runs the `relulab` binary SwiftPM built next to this test bundle.
func relulab(
  _ arguments: [String], stdin: String? = nil, directory: URL? = nil,
  environment: [String: String]? = nil
) throws -> Run {
  try relulab(
    arguments, stdinBytes: stdin.map { Data($0.utf8) }, directory: directory,
    environment: environment)
}

/// Runs `relulab` with raw bytes (not necessarily UTF-8) on standard input.
///
/// When `locale` is given, the locale variables (LC_ALL, LC_MESSAGES, LANG)
/// are its only, so a test of the locale does not depend on the machine's.
func relulab(
  _ arguments: [String], stdinBytes: Data?, directory: URL? = nil,
  environment locale: [String: String]? = nil
) throws -> Run {
  try command(
    productsDirectory.appendingPathComponent("relulab").path, arguments, stdinBytes: stdinBytes,
    directory: directory, locale: locale)
}

/// Runs `relulab` with `overrides` over the isolated environment: each
/// variable set to its value, or removed where the value is nil.
func relulab(
  _ arguments: [String], stdin: String, overriding overrides: [String: String?]
) throws -> Run {
  try command(
    productsDirectory.appendingPathComponent("relulab").path, arguments,
    stdinBytes: Data(stdin.utf8), directory: nil, locale: nil, overrides: overrides)
}

/// Runs a program with `NO_COLOR` set, feeding it `stdin` (its home and XDG
/// folders in ``TestEnvironment/home``).
func command(
  _ path: String, _ arguments: [String], stdin: String, directory: URL? = nil
) throws -> Run {
  try command(path, arguments, stdinBytes: Data(stdin.utf8), directory: directory, locale: nil)
}

private func command(
  _ path: String, _ arguments: [String], stdinBytes: Data?, directory: URL?,
  locale: [String: String]?, overrides: [String: String?] = [:]
) throws -> Run {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: path)
  process.arguments = arguments
  if let directory { process.currentDirectoryURL = directory }
  var environment = TestEnvironment.isolated()
  environment["NO_COLOR"] = "1"
  if let locale {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] { environment[name] = locale[name] }
  }
  for (name, value) in overrides { environment[name] = value }
  process.environment = environment
  let out = Pipe()
  let err = Pipe()
  let input = Pipe()
  process.standardOutput = out
  process.standardError = err
  process.standardInput = input
  try process.run()
  // Through read and write with retries: Foundation's FileHandle traps when a
  // signal (a child's SIGCHLD) interrupts it.
  if let stdinBytes {
    _ = stdinBytes.withUnsafeBytes {
      Platform.writeAll(input.fileHandleForWriting.fileDescriptor, $0)
    }
  }
  try input.fileHandleForWriting.close()
  // Read both pipes fully before waiting, so a large output cannot block the child.
  let group = DispatchGroup()
  nonisolated(unsafe) var errData = Data()
  DispatchQueue.global().async(group: group) {
    errData = readAll(err.fileHandleForReading.fileDescriptor)
  }
  let outData = readAll(out.fileHandleForReading.fileDescriptor)
  group.wait()
  process.waitUntilExit()
  return Run(
    stdout: String(decoding: outData, as: UTF8.self),
    stderr: String(decoding: errData, as: UTF8.self),
    status: process.terminationStatus)
}

/// Every byte from `descriptor` until the end of the file.
func readAll(_ descriptor: Int32) -> Data {
  var data = Data()
  var buffer = [UInt8](repeating: 0, count: 65_536)
  while true {
    let count = buffer.withUnsafeMutableBytes { Platform.readSome(descriptor, into: $0) }
    guard count > 0 else { return data }
    data.append(contentsOf: buffer[..<count])
  }
}

/// The folder holding the built products (the test bundle's folder).
let productsDirectory: URL = {
  let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
  var dir = exe.deletingLastPathComponent()
  while dir.path != "/",
    !FileManager.default.fileExists(atPath: dir.appendingPathComponent("relulab").path)
  {
    dir = dir.deletingLastPathComponent()
  }
  return dir
}()

/// The package's root folder.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()
